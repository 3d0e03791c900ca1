package io.gridgov.testkit.geo;

import static io.gridgov.testkit.GridAssertions.assertThat;

import io.gridgov.geo.CoordinateSystem;
import io.gridgov.geo.validate.PartitionValidator;
import io.gridgov.geo.validate.ValidationOptions;
import io.gridgov.geo.validate.ValidationReport;
import io.gridgov.geo.validate.Violation;
import io.gridgov.testkit.Defect;
import io.gridgov.testkit.Defects;
import io.gridgov.testkit.Mutation;
import io.gridgov.testkit.Partition;
import io.gridgov.testkit.PartitionArbitrary;
import io.gridgov.testkit.PartitionSpec;
import io.gridgov.testkit.Partitions;
import io.gridgov.testkit.Style;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Assertions;

/**
 * grid-geo's property suite on the testkit's arbitraries (it lives here because grid-geo cannot
 * depend on grid-testkit: that would be a Maven cycle).
 */
class ValidatorOnGeneratedPartitionsProperties {

    private static final ValidationOptions ONE_THREAD = ValidationOptions.builder().parallelism(1).build();

    @Provide
    Arbitrary<Partition> partitions() {
        return Partitions.any().levels(1, 4).roots(1, 3).fanOut(1, 7).verticesPerBorder(0, 8)
                .crs(CoordinateSystem.LON_LAT_WGS84, CoordinateSystem.PROJECTED_METRES).holes(2).lakes(2)
                .dedicatedShare(0.1).maxLeaves(400);
    }

    /** Every defect (VERTEX_ACROSS_PARENT_BORDER included since grid-geo's owner test was fixed, see GridGeoBugsTest). */
    static final Defect[] DEFECTS = Defect.values();

    static PartitionArbitrary defectCities() {
        return Partitions.any().levels(2, 4).fanOut(3, 7).verticesPerBorder(1, 8)
                .crs(CoordinateSystem.LON_LAT_WGS84, CoordinateSystem.PROJECTED_METRES).holes(1).lakes(1)
                .maxLeaves(200);
    }

    @Provide
    Arbitrary<Mutation> mutations() {
        return Defects.mutations(defectCities(), DEFECTS);
    }

    @Provide
    Arbitrary<Mutation> verticesAcrossTheParentsBorder() {
        return Defects.mutations(defectCities(), Defect.VERTEX_ACROSS_PARENT_BORDER);
    }

    @Property(tries = 60)
    void aGeneratedPartitionHasNoViolationAtAll(@ForAll("partitions") Partition p) {
        assertThat(PartitionValidator.validate(p.toGeoPartition(), ONE_THREAD)).hasNoFindings();
    }

    @Property(tries = 100)
    void eachInjectedDefectGivesExactlyTheExpectedViolations(@ForAll("mutations") Mutation m) {
        // at the default cluster tolerance a sibling within it of the defect may be named too (DefectProperties)
        DefectProperties.assertReports(PartitionValidator.validate(m.partition().toGeoPartition(), ONE_THREAD), m);
    }

    @Property(tries = 1000)
    @Tag("long")
    void eachInjectedDefectGivesExactlyTheExpectedViolationsOnAThousandCities(@ForAll("mutations") Mutation m) {
        DefectProperties.assertReports(PartitionValidator.validate(m.partition().toGeoPartition(), ONE_THREAD), m);
    }

    @Property(tries = 60)
    void aVertexMovedAcrossTheParentsBorderGivesExactlyOutsideAndOverlap(
            @ForAll("verticesAcrossTheParentsBorder") Mutation m) {
        DefectProperties.assertReports(PartitionValidator.validate(m.partition().toGeoPartition(), ONE_THREAD), m);
    }

    @Property(tries = 40)
    void theReportDoesNotDependOnFeatureOrderOrThreads(@ForAll("mutations") Mutation m, @ForAll long shuffleSeed) {
        ValidationReport straight = PartitionValidator.validate(m.partition().toGeoPartition(), ONE_THREAD);
        ValidationReport shuffled = PartitionValidator.validate(m.partition().shuffled(shuffleSeed).toGeoPartition(),
                ValidationOptions.builder().parallelism(2).build());
        Assertions.assertEquals(summary(straight.violations()), summary(shuffled.violations()));
    }

    private static List<String> summary(List<Violation> vs) {
        return vs.stream().map(v -> v.ruleId() + " " + v.severity() + " " + v.level() + " " + v.parentId() + " "
                + v.gridIds() + " " + v.areaM2() + " " + v.point()).toList();
    }

    @Property(tries = 3)
    @Tag("long")
    void aTenThousandGridCityHasNoViolation(@ForAll @LongRange(min = 0, max = 1000) long seed,
            @ForAll Style style) {
        Partition city = Partitions.generate(PartitionSpec.builder().style(style).fanOuts(1, 20, 25, 20)
                .verticesPerBorder(6).holes(5).lakes(5).dedicatedShare(0.05).seed(seed).build());
        assertThat(PartitionValidator.validate(city.toGeoPartition())).hasNoFindings();
    }
}

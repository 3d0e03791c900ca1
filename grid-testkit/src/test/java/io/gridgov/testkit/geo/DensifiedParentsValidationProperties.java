package io.gridgov.testkit.geo;

import static io.gridgov.testkit.GridAssertions.assertThat;

import io.gridgov.geo.CoordinateSystem;
import io.gridgov.geo.validate.PartitionValidator;
import io.gridgov.geo.validate.ValidationOptions;
import io.gridgov.testkit.Defect;
import io.gridgov.testkit.Defects;
import io.gridgov.testkit.Mutation;
import io.gridgov.testkit.Partition;
import io.gridgov.testkit.PartitionArbitrary;
import io.gridgov.testkit.Partitions;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * grid-geo's validator on cities whose parents are densified ({@code PartitionSpec.densifiedParents}):
 * no child group shares its parent's vertices, so the validator cannot take the exact-tiling
 * shortcut, and must still find nothing on a clean city and exactly the injected defect otherwise.
 */
class DensifiedParentsValidationProperties {

    private static final ValidationOptions ONE_THREAD = ValidationOptions.builder().parallelism(1).build();

    static PartitionArbitrary cities() {
        return Partitions.any().levels(2, 3).roots(1, 3).fanOut(3, 7).verticesPerBorder(0, 6)
                .crs(CoordinateSystem.LON_LAT_WGS84, CoordinateSystem.PROJECTED_METRES).holes(1).lakes(1)
                .maxLeaves(200);
    }

    @Provide
    Arbitrary<Partition> densified() {
        return cities().specs().map(s -> Partitions.generate(s.toBuilder().densifiedParents(true).build()));
    }

    @Provide
    Arbitrary<Mutation> mutations() {
        return Defects.mutations(densified(), Defect.values());
    }

    @Property(tries = 40)
    void aCityWithDensifiedParentsHasNoViolationAtAll(@ForAll("densified") Partition p) {
        assertThat(PartitionValidator.validate(p.toGeoPartition(), ONE_THREAD)).hasNoFindings();
    }

    @Property(tries = 40)
    void eachInjectedDefectGivesExactlyTheExpectedViolations(@ForAll("mutations") Mutation m) {
        // the grids named may include a sibling the mutator leaves out (see DefectProperties.assertReports)
        DefectProperties.assertReports(PartitionValidator.validate(m.partition().toGeoPartition(), ONE_THREAD), m);
    }
}

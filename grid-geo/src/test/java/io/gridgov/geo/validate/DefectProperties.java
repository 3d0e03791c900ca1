package io.gridgov.geo.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.gridgov.core.Severity;
import io.gridgov.core.tree.GridNode;
import io.gridgov.geo.CoordinateSystem;
import io.gridgov.geo.GeoPartition;
import io.gridgov.geo.testing.Defects;
import io.gridgov.geo.testing.Oracle;
import io.gridgov.geo.testing.RectangleCity;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.locationtech.jts.geom.Geometry;

/** Properties of the validator on generated partitions (grid of rectangles subdivided into rectangles). */
class DefectProperties {

    private static final ValidationOptions SEQUENTIAL = ValidationOptions.builder().parallelism(1).build();

    record Case(RectangleCity city, Defects.Kind kind, int col, int row) {
    }

    @Provide
    Arbitrary<RectangleCity> cities() {
        return Combinators.combine(Arbitraries.integers().between(1, 2), Arbitraries.integers().between(2, 3),
                Arbitraries.integers().between(2, 3), Arbitraries.integers().between(3, 5),
                Arbitraries.of(CoordinateSystem.values()))
                .as((a, b, c, d, crs) -> new RectangleCity(new int[] {a, b, c}, d, 100, 0, crs));
    }

    @Provide
    Arbitrary<Case> defects() {
        return cities().flatMap(city -> Combinators.combine(Arbitraries.of(Defects.Kind.values()),
                Arbitraries.integers().between(0, city.leafSide() - 1),
                Arbitraries.integers().between(0, city.leafSide() - 1))
                .as((kind, col, row) -> new Case(city, kind, col, row)));
    }

    @Property(tries = 40)
    void aValidPartitionHasNoError(@ForAll("cities") RectangleCity city) {
        RectangleCity jittered = new RectangleCity(city.fanout(), city.densify(), 100, 0.3, city.crs());
        ValidationReport report = PartitionValidator.validate(jittered.generate().partition(), SEQUENTIAL);
        assertThat(report.errors()).isEmpty();
        assertThat(report.isValid()).isTrue();
    }

    @Property(tries = 120)
    void oneInjectedDefectGivesExactlyTheExpectedViolations(@ForAll("defects") Case c) {
        Defects.Mutated m = Defects.apply(c.city(), c.kind(), c.col(), c.row());
        ValidationReport report = PartitionValidator.validate(m.generated().partition(), SEQUENTIAL);

        assertThat(report.violations()).as("%s: %s", c, report.violations()).hasSameSizeAs(m.expected());
        for (Defects.Expected e : m.expected()) {
            assertThat(report.violations()).as("%s: expected %s in %s", c, e, report.violations())
                    .anySatisfy(v -> {
                        assertThat(v.rule()).isEqualTo(e.rule());
                        assertThat(v.severity()).isEqualTo(Severity.ERROR);
                        assertThat(v.parentId()).contains(e.parent());
                        assertThat(v.gridIds()).isEqualTo(e.grids());
                        assertThat(v.areaM2()).isCloseTo(e.areaM2(), within(e.areaM2() * 0.01));
                        assertThat(v.level()).isEqualTo(c.city().fanout().length);
                    });
        }
    }

    @Property(tries = 1000)
    @net.jqwik.api.Tag("long")
    void manyInjectedDefectsGiveExactlyTheExpectedViolations(@ForAll("defects") Case c) {
        oneInjectedDefectGivesExactlyTheExpectedViolations(c);
    }

    @Property(tries = 40)
    void theReportDoesNotDependOnFeatureOrderOrThreads(@ForAll("defects") Case c, @ForAll long seed) {
        Defects.Mutated m = Defects.apply(c.city(), c.kind(), c.col(), c.row());
        ValidationReport original = PartitionValidator.validate(m.generated().partition(), SEQUENTIAL);

        List<GridNode> nodes = new ArrayList<>(m.generated().nodes());
        Collections.shuffle(nodes, new Random(seed));
        List<String> ids = new ArrayList<>(m.generated().geometries().keySet());
        Collections.shuffle(ids, new Random(seed + 1));
        Map<String, Geometry> geometries = new LinkedHashMap<>();
        ids.forEach(id -> geometries.put(id, m.generated().geometries().get(id)));
        GeoPartition shuffled = GeoPartition.assemble(m.generated().scheme(), nodes, geometries, m.generated().crs());
        ValidationReport again = PartitionValidator.validate(shuffled,
                ValidationOptions.builder().parallelism(3).build());

        assertThat(again).isEqualTo(original);
    }

    @Property(tries = 40)
    void anIndependentBruteForceOracleAgreesWithTheValidator(@ForAll("defects") Case c) {
        if (c.kind() == Defects.Kind.BOW_TIE) {
            return; // the oracle measures valid geometries only
        }
        Defects.Mutated m = Defects.apply(c.city(), c.kind(), c.col(), c.row());
        GeoPartition partition = m.generated().partition();
        ValidationReport report = PartitionValidator.validate(partition, SEQUENTIAL);
        Oracle.Measures oracle = Oracle.measure(partition, 1e-6);

        Map<String, Double> overlaps = new TreeMap<>();
        Map<String, Double> gaps = new TreeMap<>();
        Map<String, Double> outside = new TreeMap<>();
        for (Violation v : report.violations()) {
            switch (v.rule()) {
                case OVERLAP -> overlaps.put(String.join("|", v.gridIds()), v.areaM2());
                case GAP -> gaps.merge(v.parentId().orElseThrow(), v.areaM2(), Double::sum);
                case OUTSIDE_PARENT -> outside.merge(v.parentId().orElseThrow(), v.areaM2(), Double::sum);
                default -> { }
            }
        }
        assertThat(overlaps.keySet()).isEqualTo(oracle.overlapAreaByPair().keySet());
        assertThat(gaps.keySet()).isEqualTo(oracle.gapAreaByParent().keySet());
        assertThat(outside.keySet()).isEqualTo(oracle.outsideAreaByParent().keySet());
        overlaps.forEach((k, a) -> assertThat(a).isCloseTo(oracle.overlapAreaByPair().get(k), within(1e-6 * a + 1e-6)));
        gaps.forEach((k, a) -> assertThat(a).isCloseTo(oracle.gapAreaByParent().get(k), within(1e-6 * a + 1e-6)));
        outside.forEach((k, a) -> assertThat(a).isCloseTo(oracle.outsideAreaByParent().get(k), within(1e-6 * a + 1e-6)));
    }
}

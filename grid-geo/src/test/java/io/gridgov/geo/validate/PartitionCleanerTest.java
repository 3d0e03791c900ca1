package io.gridgov.geo.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.gridgov.core.Severity;
import io.gridgov.core.tree.GridNode;
import io.gridgov.core.tree.Level;
import io.gridgov.core.tree.LevelScheme;
import io.gridgov.geo.CoordinateSystem;
import io.gridgov.geo.GeoPartition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKTReader;

/** Fixtures of the cleaner: one per overlap strategy, gaps narrow, wide and allowed, both authorities, refusals. */
class PartitionCleanerTest {

    /** A parent P with children given as id → WKT (P's own WKT first). */
    static GeoPartition partition(String... idAndWkt) throws Exception {
        WKTReader wkt = new WKTReader();
        Map<String, Geometry> g = new LinkedHashMap<>();
        List<GridNode> nodes = new ArrayList<>();
        for (int i = 0; i < idAndWkt.length; i += 2) {
            String id = idAndWkt[i];
            g.put(id, wkt.read(idAndWkt[i + 1]));
            nodes.add(i == 0 ? GridNode.builder(id).build() : GridNode.builder(id).parent(idAndWkt[0]).build());
        }
        LevelScheme scheme = LevelScheme.of("t", Level.builder("a").build(), Level.builder("b").build());
        return GeoPartition.assemble(scheme, nodes, g, CoordinateSystem.PROJECTED_METRES);
    }

    static final String P = "POLYGON ((0 0, 100 0, 100 50, 0 50, 0 0))";
    static final String C = "POLYGON ((0 20, 100 20, 100 50, 0 50, 0 20))";

    /**
     * a's right edge leans into b: the triangle (50 0, 70 20, 50 20) of 200 m² is in both. It
     * borders a's own part along 20 m and b's along 28.3 m; a is the larger (1,200 m² against 1,000).
     */
    static GeoPartition overlap() throws Exception {
        return partition("P", P, "a", "POLYGON ((0 0, 50 0, 70 20, 0 20, 0 0))",
                "b", "POLYGON ((50 0, 100 0, 100 20, 50 20, 50 0))", "c", C);
    }

    static double area(CleaningResult r, String id) {
        return r.partition().geometries().get(id).getArea();
    }

    static void assertValidatesClean(CleaningResult r, CleaningOptions options) {
        ValidationReport report = PartitionValidator.validate(r.partition(), options.validationOptions());
        assertThat(report.violations()).as("findings after cleaning").isEmpty();
        r.partition().geometries().values().forEach(g -> assertThat(g.isValid()).isTrue());
    }

    @ParameterizedTest
    @CsvSource({"LONGEST_BORDER, b", "LARGEST_AREA, a", "SMALLEST_AREA, b", "LOWEST_ID, a"})
    void eachOverlapStrategyGivesTheOverlapToItsGrid(CleaningOptions.OverlapStrategy strategy, String winner)
            throws Exception {
        CleaningOptions options = CleaningOptions.builder().overlaps(strategy).build();
        CleaningResult r = PartitionCleaner.clean(overlap(), options);
        String loser = winner.equals("a") ? "b" : "a";
        double before = overlap().geometries().get(winner).getArea();
        assertThat(area(r, winner)).isCloseTo(before, within(1e-6));
        assertThat(area(r, loser)).isCloseTo(overlap().geometries().get(loser).getArea() - 200, within(1e-6));
        assertThat(r.change(loser).orElseThrow().areaLostM2()).isCloseTo(200, within(1e-3));
        assertThat(r.change(loser).orElseThrow().largestDisplacementMetres()).isGreaterThan(10);
        // the winner only gains the node where the loser's edge ends on its border
        r.change(winner).ifPresent(c -> assertThat(c.areaGainedM2() + c.areaLostM2()).isCloseTo(0, within(1e-3)));
        assertThat(r.isComplete()).isTrue();
        assertValidatesClean(r, options);
    }

    @Test
    void aNarrowGapGoesToTheNeighbourWithTheLongestBorder() throws Exception {
        // a 1 m gap between a and b, and c above both: the gap borders a and b along 20 m, c along 1 m
        GeoPartition p = partition("P", P, "a", "POLYGON ((0 0, 49 0, 49 20, 0 20, 0 0))",
                "b", "POLYGON ((50 0, 100 0, 100 20, 50 20, 50 0))", "c", C);
        CleaningResult r = PartitionCleaner.clean(p);
        assertThat(area(r, "a") + area(r, "b")).isCloseTo(2000, within(1e-6));
        assertThat(area(r, "c")).isCloseTo(3000, within(1e-6));
        assertThat(r.gapsLeft()).isEmpty();
        assertValidatesClean(r, CleaningOptions.DEFAULTS);
    }

    @Test
    void aWideGapIsLeftAndReported() throws Exception {
        GeoPartition p = partition("P", P, "a", "POLYGON ((0 0, 40 0, 40 20, 0 20, 0 0))",
                "b", "POLYGON ((50 0, 100 0, 100 20, 50 20, 50 0))", "c", C);
        CleaningResult r = PartitionCleaner.clean(p);
        assertThat(r.gapsLeft()).singleElement().satisfies(gap -> {
            assertThat(gap.kind()).isEqualTo(CleaningResult.LeftGap.Kind.WIDER_THAN_MAX);
            assertThat(gap.areaM2()).isCloseTo(200, within(1e-6));
            assertThat(gap.bordering()).containsExactly("a", "b", "c");
            assertThat(gap.parentId()).contains("P");
            assertThat(gap.message().in(Locale.ENGLISH)).contains("200 m²").contains("'P'").contains("5 m");
            assertThat(gap.message().in(Locale.SIMPLIFIED_CHINESE)).contains("保持原样");
        });
        assertThat(r.isComplete()).isFalse();
        assertThat(r.changes()).allSatisfy(c -> assertThat(c.areaGainedM2() + c.areaLostM2()).isCloseTo(0, within(1e-3)));
        // the same gap, wider than 5 m, is filled when the maximum covers it
        CleaningOptions wide = CleaningOptions.builder().maxGapWidthMetres(11).build();
        CleaningResult filled = PartitionCleaner.clean(p, wide);
        assertThat(filled.gapsLeft()).isEmpty();
        assertValidatesClean(filled, wide);
    }

    @Test
    void aGapInsideAnAllowedGapIsLeftAsAllowed() throws Exception {
        GeoPartition p = partition("P", P, "a", "POLYGON ((0 0, 40 0, 40 20, 0 20, 0 0))",
                "b", "POLYGON ((50 0, 100 0, 100 20, 50 20, 50 0))", "c", C)
                .withAllowedGaps(List.of(new WKTReader().read("POLYGON ((40 0, 50 0, 50 20, 40 20, 40 0))")));
        CleaningResult r = PartitionCleaner.clean(p);
        assertThat(r.gapsLeft()).singleElement().extracting(CleaningResult.LeftGap::kind)
                .isEqualTo(CleaningResult.LeftGap.Kind.ALLOWED);
        assertThat(r.isComplete()).isTrue();
    }

    /** The parent's top edge runs from (0 48) to (100 52); its children stop at y = 50. */
    static GeoPartition tiltedParent() throws Exception {
        return partition("P", "POLYGON ((0 0, 100 0, 100 52, 0 48, 0 0))",
                "a", "POLYGON ((0 0, 50 0, 50 50, 0 50, 0 0))", "b", "POLYGON ((50 0, 100 0, 100 50, 50 50, 50 0))");
    }

    @Test
    void withParentAuthorityTheChildrenAreFittedToTheParent() throws Exception {
        CleaningResult r = PartitionCleaner.clean(tiltedParent());
        assertThat(area(r, "a") + area(r, "b")).isCloseTo(area(r, "P"), within(1e-6 * 5000));
        assertThat(area(r, "P")).isCloseTo(5000, within(1e-9));
        assertThat(r.change("a").orElseThrow().areaLostM2()).isCloseTo(50, within(1e-3));
        assertThat(r.change("b").orElseThrow().areaGainedM2()).isCloseTo(50, within(1e-3));
        // (0 50) moves to the nearest point of the tilted edge, 2 m × cos(atan(0.04)) away
        assertThat(r.change("a").orElseThrow().largestDisplacementMetres()).isCloseTo(2, within(0.01));
        assertThat(r.change("P")).isEmpty();
        assertValidatesClean(r, CleaningOptions.DEFAULTS);
    }

    @Test
    void withChildrenAuthorityTheParentIsRedrawnAsTheirUnion() throws Exception {
        CleaningOptions options = CleaningOptions.builder().authority(CleaningOptions.Authority.CHILDREN).build();
        CleaningResult r = PartitionCleaner.clean(tiltedParent(), options);
        assertThat(r.changes()).extracting(CleaningResult.Change::id).containsExactly("P");
        assertThat(area(r, "P")).isCloseTo(5000, within(1e-9));
        assertThat(r.partition().geometries().get("P").getEnvelopeInternal().getMaxY()).isEqualTo(50);
        assertThat(r.change("P").orElseThrow().largestDisplacementMetres()).isCloseTo(2, within(1e-6));
        assertValidatesClean(r, options);
    }

    @Test
    void aGridThatWouldVanishIsRefusedAndItsGroupLeftAsItWas() throws Exception {
        GeoPartition p = partition("P", P, "a", P, "b", "POLYGON ((200 0, 250 0, 250 50, 200 50, 200 0))");
        CleaningResult r = PartitionCleaner.clean(p);
        assertThat(r.refusals()).singleElement().satisfies(x -> {
            assertThat(x.id()).isEqualTo("b");
            assertThat(x.reason()).isEqualTo(CleaningResult.Refusal.Reason.VANISH);
            assertThat(x.parentId()).contains("P");
            assertThat(x.message().in(Locale.ENGLISH)).contains("'b' would vanish");
        });
        assertThat(r.changes()).isEmpty();
        assertThat(r.isComplete()).isFalse();
    }

    @Test
    void aGridThatWouldSplitIsRefused() throws Exception {
        // b lies across a's middle, and their overlap goes to b (the smaller): a would be cut in two
        GeoPartition p = partition("P", P, "a", "POLYGON ((0 0, 100 0, 100 10, 0 10, 0 0))",
                "b", "POLYGON ((45 0, 55 0, 55 50, 45 50, 45 0))",
                "c", "POLYGON ((0 10, 45 10, 45 50, 0 50, 0 10))", "d", "POLYGON ((55 10, 100 10, 100 50, 55 50, 55 10))");
        CleaningResult r = PartitionCleaner.clean(p, CleaningOptions.builder()
                .overlaps(CleaningOptions.OverlapStrategy.SMALLEST_AREA).build());
        assertThat(r.refusals()).singleElement().satisfies(x -> {
            assertThat(x.id()).isEqualTo("a");
            assertThat(x.reason()).isEqualTo(CleaningResult.Refusal.Reason.SPLIT);
            assertThat(x.pieces()).isEqualTo(2);
        });
        assertThat(PartitionValidator.validate(r.partition()).errors()).extracting(Violation::severity)
                .containsOnly(Severity.ERROR);
    }

    @Test
    void aCleanPartitionComesBackUnchanged() throws Exception {
        GeoPartition p = overlap();
        CleaningResult once = PartitionCleaner.clean(p);
        CleaningResult twice = PartitionCleaner.clean(once.partition());
        assertThat(twice.changes()).isEmpty();
        once.partition().geometries().forEach((id, g) -> assertThat(twice.partition().geometries().get(id)).isSameAs(g));
    }
}

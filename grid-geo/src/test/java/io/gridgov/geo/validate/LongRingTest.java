package io.gridgov.geo.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.gridgov.core.tree.GridNode;
import io.gridgov.core.tree.Level;
import io.gridgov.core.tree.LevelScheme;
import io.gridgov.geo.CoordinateSystem;
import io.gridgov.geo.GeoPartition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * Issue 13: a grid whose ring of 100,000 vertices overlaps (or leaves a gap to) its siblings gets
 * the right answer (one piece of the exact area) at that size. The distance tests of the
 * edge-mismatch explanation and the parent comparison go through {@link Proximity} (indexed
 * segments, not every segment of one against every segment of the other), and the simple-shell
 * certificate compares at most {@link SimpleShell#MAX_PER_CELL} segments per cell. No timing is
 * asserted (docs/BENCHMARKS.md has the measurements).
 */
class LongRingTest {

    private static final GeometryFactory F = new GeometryFactory();
    private static final int VERTICES = 100_000;

    /**
     * Parent 200 × 100 m. "a": x 0–100, y 0–60, whose right side between y 0 and 50 is an arc of
     * {@code vertices} vertices bulging {@code bulge} metres (into "b" when positive, away from it
     * when negative); "b": x 100–150, y 0–60; "c": the rest, an inverted L (y 60–100, and x 150–200
     * below) whose sides carry as many vertices and whose envelope covers the piece between "a" and
     * "b" without touching it — the pair the old facet distance compared segment by segment.
     */
    static GeoPartition arc(double bulge) {
        return arc(bulge, VERTICES);
    }

    static GeoPartition arc(double bulge, int vertices) {
        List<Coordinate> a = new ArrayList<>();
        a.add(new Coordinate(0, 0));
        for (int k = 0; k <= vertices; k++) {
            double y = 50.0 * k / vertices;
            double x = k == 0 || k == vertices ? 100 : 100 + bulge * Math.sin(Math.PI * y / 50);
            a.add(new Coordinate(x, y));
        }
        a.add(new Coordinate(100, 60));
        a.add(new Coordinate(0, 60));
        a.add(new Coordinate(0, 0));
        List<Coordinate> c = new ArrayList<>();
        c.add(new Coordinate(150, 0));
        c.add(new Coordinate(200, 0));
        c.add(new Coordinate(200, 100));
        for (int k = 0; k < vertices; k++) {
            c.add(new Coordinate(200 - 200.0 * k / vertices, 100)); // the top side, densified
        }
        c.add(new Coordinate(0, 100));
        c.add(new Coordinate(0, 60));
        c.add(new Coordinate(100, 60));
        c.add(new Coordinate(150, 60));
        c.add(new Coordinate(150, 0));
        Map<String, Geometry> geometries = new LinkedHashMap<>();
        geometries.put("p", box(0, 0, 200, 100));
        geometries.put("a", F.createPolygon(a.toArray(new Coordinate[0])));
        geometries.put("b", box(100, 0, 150, 60));
        geometries.put("c", F.createPolygon(c.toArray(new Coordinate[0])));
        List<GridNode> nodes = new ArrayList<>();
        nodes.add(GridNode.builder("p").build());
        for (String id : List.of("a", "b", "c")) {
            nodes.add(GridNode.builder(id).parent("p").build());
        }
        LevelScheme scheme = LevelScheme.of("t", Level.builder("district").build(), Level.builder("grid").build());
        return GeoPartition.assemble(scheme, nodes, geometries, CoordinateSystem.PROJECTED_METRES);
    }

    static Geometry box(double x0, double y0, double x1, double y1) {
        return F.createPolygon(new Coordinate[] {new Coordinate(x0, y0), new Coordinate(x1, y0),
            new Coordinate(x1, y1), new Coordinate(x0, y1), new Coordinate(x0, y0)});
    }

    /** The area between the straight side and the arc: ∫ bulge·sin(πy/50) dy over 50 m. */
    static double lens(double bulge) {
        return Math.abs(bulge) * 100 / Math.PI;
    }

    private static final ValidationOptions EXACT = ValidationOptions.builder().toleranceMetres(0).parallelism(1).build();

    @Test
    void aLongRingOverlappingItsSiblingIsOneOverlapOfTheLensArea() {
        ValidationReport report = PartitionValidator.validate(arc(10), EXACT);

        assertThat(report.findings(BoundaryRule.OVERLAP)).singleElement().satisfies(v -> {
            assertThat(v.gridIds()).containsExactly("a", "b");
            assertThat(v.areaM2()).isCloseTo(lens(10), within(lens(10) * 1e-3));
        });
        assertThat(report.findings(BoundaryRule.EDGE_MISMATCH)).isEmpty();
    }

    @Test
    void aLongRingLeavingAGapToItsSiblingIsOneGapBetweenBoth() {
        ValidationReport report = PartitionValidator.validate(arc(-10), EXACT);

        assertThat(report.findings(BoundaryRule.GAP)).singleElement().satisfies(v -> {
            assertThat(v.gridIds()).containsExactly("a", "b");
            assertThat(v.areaM2()).isCloseTo(lens(10), within(lens(10) * 1e-3));
        });
    }
}

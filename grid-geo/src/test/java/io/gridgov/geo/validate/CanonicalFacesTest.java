package io.gridgov.geo.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.polygonize.Polygonizer;

/**
 * The polygonizer's faces come in an order (and with ring starts) that depend on its hash sets of
 * edges, hashed by identity; the canonical faces depend on the faces alone.
 */
class CanonicalFacesTest {

    private static final GeometryFactory FACTORY = new GeometryFactory();

    @Test
    void theFacesOfTheSameLinesInAnyOrderAndDirectionAreTheSameInTheSameOrder() {
        List<LineString> lines = new ArrayList<>();
        // a 3 × 3 grid of unit squares, the middle one with a square hole
        for (int k = 0; k <= 3; k++) {
            for (int m = 0; m < 3; m++) {
                lines.add(line(k, m, k, m + 1));
                lines.add(line(m, k, m + 1, k));
            }
        }
        lines.add(line(1.25, 1.25, 1.75, 1.25));
        lines.add(line(1.75, 1.25, 1.75, 1.75));
        lines.add(line(1.75, 1.75, 1.25, 1.75));
        lines.add(line(1.25, 1.75, 1.25, 1.25));
        List<Polygon> first = CanonicalFaces.of(polygonize(lines), FACTORY);
        assertThat(first).hasSize(10);
        Random random = new Random(7);
        for (int run = 0; run < 20; run++) {
            List<LineString> shuffled = new ArrayList<>();
            for (LineString l : lines) {
                shuffled.add(random.nextBoolean() ? l : l.reverse());
            }
            Collections.shuffle(shuffled, random);
            List<Polygon> again = CanonicalFaces.of(polygonize(shuffled), FACTORY);
            assertThat(again).hasSameSizeAs(first);
            for (int f = 0; f < first.size(); f++) {
                assertThat(again.get(f).equalsExact(first.get(f))).as("face %d of run %d", f, run).isTrue();
            }
        }
    }

    @Test
    void aRingStartsAtItsLeastVertexRunningTheSameWay() {
        Coordinate[] ring = {new Coordinate(2, 0), new Coordinate(2, 2), new Coordinate(0, 2), new Coordinate(0, 0),
            new Coordinate(2, 0)};
        Coordinate[] fromLeast = CanonicalFaces.fromLeast(ring);
        assertThat(fromLeast).containsExactly(new Coordinate(0, 0), new Coordinate(2, 0), new Coordinate(2, 2),
                new Coordinate(0, 2), new Coordinate(0, 0));
    }

    @SuppressWarnings("unchecked")
    private static List<Polygon> polygonize(List<LineString> lines) {
        Polygonizer polygonizer = new Polygonizer();
        polygonizer.add(lines);
        return new ArrayList<>(polygonizer.getPolygons());
    }

    private static LineString line(double x1, double y1, double x2, double y2) {
        return FACTORY.createLineString(new Coordinate[] {new Coordinate(x1, y1), new Coordinate(x2, y2)});
    }
}

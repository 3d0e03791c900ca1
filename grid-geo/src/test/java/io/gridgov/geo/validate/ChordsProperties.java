package io.gridgov.geo.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.locationtech.jts.algorithm.construct.MaximumInscribedCircle;
import org.locationtech.jts.algorithm.locate.SimplePointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Polygon;

/**
 * {@link Chords}: in any direction, the longest chord is at least the diameter of the largest disc
 * inside the polygon (so half of it bounds the inscribed radius from above), and its midpoint lies in
 * the polygon, no deeper than that radius. On bending slivers (two polylines along a bent border, as a
 * redrawn outline leaves them), star polygons and polygons with a hole, in random directions.
 */
class ChordsProperties {

    private static final GeometryFactory F = new GeometryFactory();

    @Property(tries = 200)
    void longestChordBoundsTheInscribedCircle(@ForAll @IntRange(min = 0, max = 2) int shape,
            @ForAll @IntRange(min = 3, max = 40) int vertices, @ForAll long seed,
            @ForAll @DoubleRange(min = 0, max = 3.14) double angle) {
        Random r = new Random(seed);
        Polygon piece = switch (shape) {
            case 0 -> bentSliver(vertices, r);
            case 1 -> star(vertices, r, false);
            default -> star(vertices, r, true);
        };
        if (!piece.isValid()) {
            return;
        }
        double tolerance = 1e-4 * Math.sqrt(piece.getArea());
        double inscribed = new MaximumInscribedCircle(piece, tolerance).getRadiusLine().getLength();
        Chords.Longest chord = Chords.longest(piece, Math.cos(angle), Math.sin(angle));
        assertThat(chord.length() / 2).as("%s", piece).isGreaterThanOrEqualTo(inscribed - 2 * tolerance);
        Coordinate mid = new Coordinate(chord.midX(), chord.midY());
        assertThat(SimplePointInAreaLocator.locate(mid, piece)).as("%s: %s", piece, mid).isNotEqualTo(Location.EXTERIOR);
        double depth = piece.getBoundary().distance(F.createPoint(mid));
        assertThat(depth).isLessThanOrEqualTo(inscribed + 2 * tolerance);
    }

    /**
     * The sweep over each vertex's offset taken once finds the chord the sweep over every edge's two
     * offsets found ({@link ChordsBefore}), bit for bit: the same slabs, only their repeated bounds fewer.
     * Also on staircases swept along and across their steps, whose edges run along the chords' lines
     * (the offsets a vertex takes from them only). Seed fixed: it compares two floating routes.
     */
    @Property(tries = 400, seed = "20261204")
    void sameChordAsEveryEdgesTwoOffsets(@ForAll @IntRange(min = 0, max = 3) int shape,
            @ForAll @IntRange(min = 3, max = 40) int vertices, @ForAll long seed,
            @ForAll @IntRange(min = 0, max = 2) int along, @ForAll @DoubleRange(min = 0, max = 3.14) double angle) {
        Random r = new Random(seed);
        Polygon piece = switch (shape) {
            case 0 -> bentSliver(vertices, r);
            case 1 -> star(vertices, r, false);
            case 2 -> star(vertices, r, true);
            default -> staircase(vertices, r);
        };
        double ux = along == 0 ? 1 : along == 1 ? 0 : Math.cos(angle);
        double uy = along == 0 ? 0 : along == 1 ? 1 : Math.sin(angle);
        Chords.Longest now = Chords.longest(piece, ux, uy);
        Chords.Longest before = ChordsBefore.longest(piece, ux, uy);
        assertThat(now).as("%s", piece).isEqualTo(before);
    }

    /** A staircase of n steps of random sizes: every edge horizontal or vertical. */
    private static Polygon staircase(int n, Random r) {
        List<Coordinate> ring = new ArrayList<>();
        double x = 0;
        double y = 0;
        ring.add(new Coordinate(x, y));
        for (int i = 0; i < n; i++) {
            x += 0.5 + r.nextDouble() * 10;
            ring.add(new Coordinate(x, y));
            y += 0.5 + r.nextDouble() * 10;
            ring.add(new Coordinate(x, y));
        }
        ring.add(new Coordinate(0, y));
        ring.add(ring.get(0).copy());
        return F.createPolygon(ring.toArray(new Coordinate[0]));
    }

    /** A sliver between two polylines along a border bent at its middle by up to 60°. */
    private static Polygon bentSliver(int n, Random r) {
        double length = 20 + r.nextDouble() * 500;
        double amplitude = 0.1 + r.nextDouble() * 5;
        double bend = (r.nextDouble() - 0.5) * Math.PI / 3;
        List<Coordinate> ring = new ArrayList<>();
        ring.add(along(0, 0, length, bend));
        for (int i = 1; i < n; i++) {
            ring.add(along(length * i / n, amplitude * r.nextDouble() * Math.sin(Math.PI * i / n), length, bend));
        }
        ring.add(along(length, 0, length, bend));
        for (int i = n - 1; i > 0; i--) {
            ring.add(along(length * i / n, -amplitude * r.nextDouble() * Math.sin(Math.PI * i / n), length, bend));
        }
        ring.add(ring.get(0).copy());
        return F.createPolygon(ring.toArray(new Coordinate[0]));
    }

    /** The point at distance s along a border that turns by {@code bend} at its middle, offset by h to its left. */
    private static Coordinate along(double s, double h, double length, double bend) {
        if (s <= length / 2) {
            return new Coordinate(s, h);
        }
        double t = s - length / 2;
        double x = length / 2 + t * Math.cos(bend) - h * Math.sin(bend);
        double y = t * Math.sin(bend) + h * Math.cos(bend);
        return new Coordinate(x, y);
    }

    private static Polygon star(int n, Random r, boolean withHole) {
        Coordinate[] ring = new Coordinate[n + 1];
        for (int i = 0; i < n; i++) {
            double a = 2 * Math.PI * i / n;
            double radius = 2 + r.nextDouble() * 20;
            ring[i] = new Coordinate(radius * Math.cos(a), radius * Math.sin(a));
        }
        ring[n] = ring[0];
        if (!withHole) {
            return F.createPolygon(ring);
        }
        double h = 0.2 + r.nextDouble();
        Coordinate[] hole = {new Coordinate(-h, -h), new Coordinate(-h, h), new Coordinate(h, h), new Coordinate(h, -h),
            new Coordinate(-h, -h)};
        return F.createPolygon(F.createLinearRing(ring), new org.locationtech.jts.geom.LinearRing[] {F.createLinearRing(hole)});
    }
}

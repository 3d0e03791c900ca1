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
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * {@link Erosion} answers exactly what the inward buffer it replaces answers: on slivers (two
 * random polylines between the same ends, as a redrawn outline and a grid's border leave them),
 * random star polygons and thin quadrilaterals, in metres, for inward distances from far below to
 * far above the piece's width, {@code survives(r)} equals {@code !buffer(-r, 2).isEmpty()}, whether
 * the bounds decided it or the buffer did — except where the buffer is wrong, and then the inscribed
 * circle sides with Erosion. About one test in 200,000 meets such a buffer: JTS 1.20 left a crumb of
 * 0.008 m² outside a sliver 5.2 m wide (inscribed radius 2.59 m) buffered inward by 26.4 m, which
 * the hull's width (7.4 m) rules out.
 */
class ErosionProperties {

    private static final GeometryFactory F = new GeometryFactory();

    @Property(tries = 600)
    void boundsNeverContradictTheBuffer(@ForAll @IntRange(min = 0, max = 2) int shape,
            @ForAll @IntRange(min = 3, max = 40) int vertices, @ForAll long seed,
            @ForAll @DoubleRange(min = 0.02, max = 3) double scale) {
        Geometry piece = piece(shape, vertices, seed);
        if (!piece.isValid() || piece.isEmpty()) {
            return;
        }
        Erosion erosion = new Erosion(piece);
        double width = 2 * Math.sqrt(piece.getArea() / Math.PI);
        for (int k = 0; k < 12; k++) {
            double radius = width * scale * (0.05 + k / 8.0) / 2;
            boolean survives = erosion.survives(radius);
            if (survives != !piece.buffer(-radius, 2).isEmpty()) {
                // only where the buffer itself is wrong (a crumb left by an inward buffer far
                // wider than the piece): the inscribed circle agrees with Erosion
                double inscribed = new MaximumInscribedCircle(piece, width * 1e-4).getRadiusLine().getLength();
                assertThat(inscribed >= radius).as("%s at %s, inscribed radius %s", piece, radius, inscribed)
                        .isEqualTo(survives);
            }
        }
    }

    /**
     * {@link Erosion#bounds} brackets the largest inscribed radius (that of the maximum inscribed
     * circle, found to 1e-4 of the piece's size): its lower bound is the depth of a point inside (the
     * interior point, the midpoints across the widest places, the climb from them), its upper bound
     * half a chord or the hull's width, on the same shapes, before and after a survives test.
     */
    @Property(tries = 600)
    void boundsBracketTheInscribedRadius(@ForAll @IntRange(min = 0, max = 2) int shape,
            @ForAll @IntRange(min = 3, max = 60) int vertices, @ForAll long seed) {
        Geometry piece = piece(shape, vertices, seed);
        if (!piece.isValid() || piece.isEmpty()) {
            return;
        }
        double size = Math.sqrt(piece.getArea());
        double tolerance = size * 1e-4;
        double inscribed = new MaximumInscribedCircle(piece, tolerance).getRadiusLine().getLength();
        Erosion erosion = new Erosion(piece);
        double[] bounds = erosion.bounds();
        assertThat(bounds[0]).as("lower bound of %s", piece).isLessThanOrEqualTo(inscribed + tolerance);
        assertThat(bounds[1]).as("upper bound of %s", piece).isGreaterThanOrEqualTo(inscribed - tolerance);
        erosion.survives(bounds[0] + (bounds[1] - bounds[0]) / 2);
        double[] after = erosion.bounds();
        assertThat(after[0]).as("lower bound of %s after a buffer", piece).isLessThanOrEqualTo(inscribed + tolerance);
        assertThat(after[1]).as("upper bound of %s after a buffer", piece).isGreaterThanOrEqualTo(inscribed - tolerance);
    }

    /**
     * The severity's test {@link Erosion#atLeast} is exact whenever the exact bounds decide it: true when
     * {@link Erosion#bounds}' lower bound is at least r, false when its upper bound is below r, and then
     * the inscribed circle (to 1e-4 of the piece's size) agrees unless it lies within that of r; only
     * when r lies between the bounds is it what {@link Erosion#survives} (the inward buffer) answers. On
     * the same shapes, for radii from far below to far above the width, and on a fresh instance each time
     * (a test's answer never depends on the tests before it).
     */
    @Property(tries = 400)
    void atLeastIsExactWhereTheBoundsDecide(@ForAll @IntRange(min = 0, max = 2) int shape,
            @ForAll @IntRange(min = 3, max = 40) int vertices, @ForAll long seed,
            @ForAll @DoubleRange(min = 0.02, max = 3) double scale) {
        Geometry piece = piece(shape, vertices, seed);
        if (!piece.isValid() || piece.isEmpty()) {
            return;
        }
        double size = Math.sqrt(piece.getArea());
        double tolerance = size * 1e-4;
        double inscribed = new MaximumInscribedCircle(piece, tolerance).getRadiusLine().getLength();
        double[] bounds = new Erosion(piece).bounds();
        for (int k = 0; k < 12; k++) {
            double radius = inscribed * scale * (0.25 + k / 8.0);
            boolean atLeast = new Erosion(piece).atLeast(radius);
            if (bounds[0] >= radius || bounds[1] < radius) {
                assertThat(atLeast).as("%s at %s, bounds %s %s", piece, radius, bounds[0], bounds[1])
                        .isEqualTo(bounds[0] >= radius);
                if (Math.abs(inscribed - radius) > tolerance) {
                    assertThat(atLeast).as("%s at %s, inscribed radius %s", piece, radius, inscribed)
                            .isEqualTo(inscribed >= radius);
                }
            } else {
                assertThat(atLeast).as("%s at %s", piece, radius).isEqualTo(new Erosion(piece).survives(radius));
            }
        }
    }

    /** Two polylines from (0, 0) to (length, 0), one above, one below, by up to a few metres. */
    /** {@return a sliver (0), a star (1) or a quadrilateral (otherwise) drawn from the seed} */
    static Geometry piece(int shape, int vertices, long seed) {
        Random r = new Random(seed);
        return switch (shape) {
            case 0 -> sliver(vertices, r);
            case 1 -> star(vertices, r);
            default -> quad(r);
        };
    }

    static Geometry sliver(int n, Random r) {
        double length = 20 + r.nextDouble() * 500;
        double amplitude = 0.1 + r.nextDouble() * 5;
        List<Coordinate> ring = new ArrayList<>();
        ring.add(new Coordinate(0, 0));
        for (int i = 1; i < n; i++) {
            ring.add(new Coordinate(length * i / n, amplitude * r.nextDouble() * Math.sin(Math.PI * i / n)));
        }
        ring.add(new Coordinate(length, 0));
        for (int i = n - 1; i > 0; i--) {
            ring.add(new Coordinate(length * i / n, -amplitude * r.nextDouble() * Math.sin(Math.PI * i / n)));
        }
        ring.add(new Coordinate(0, 0));
        return rotated(F.createPolygon(ring.toArray(new Coordinate[0])), r);
    }

    static Geometry star(int n, Random r) {
        Coordinate[] ring = new Coordinate[n + 1];
        for (int i = 0; i < n; i++) {
            double angle = 2 * Math.PI * i / n;
            double radius = 1 + r.nextDouble() * 20;
            ring[i] = new Coordinate(radius * Math.cos(angle), radius * Math.sin(angle));
        }
        ring[n] = ring[0];
        return F.createPolygon(ring);
    }

    static Geometry quad(Random r) {
        double length = 5 + r.nextDouble() * 100;
        double width = 0.05 + r.nextDouble() * 3;
        double skew = r.nextDouble() * width * 3;
        return rotated(F.createPolygon(new Coordinate[] {new Coordinate(0, 0), new Coordinate(length, skew),
            new Coordinate(length + skew, width + skew), new Coordinate(skew, width), new Coordinate(0, 0)}), r);
    }

    private static Geometry rotated(Geometry g, Random r) {
        double a = r.nextDouble() * Math.PI;
        double ox = 1000 * r.nextDouble();
        double oy = 1000 * r.nextDouble();
        Geometry copy = g.copy();
        copy.apply((org.locationtech.jts.geom.CoordinateFilter) c -> {
            double x = c.x * Math.cos(a) - c.y * Math.sin(a);
            double y = c.x * Math.sin(a) + c.y * Math.cos(a);
            c.x = x + ox;
            c.y = y + oy;
        });
        copy.geometryChanged();
        return copy;
    }
}

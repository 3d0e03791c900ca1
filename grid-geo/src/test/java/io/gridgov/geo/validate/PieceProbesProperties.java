package io.gridgov.geo.validate;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/**
 * {@link PieceProbes} measures what JTS measures: on slivers, stars and quadrilaterals
 * ({@link ErosionProperties#piece}), the distance from any point to the boundary equals
 * {@code Geometry.distance} to it (to 1e-9 of the piece's size), and a ray from a segment's midpoint
 * along its normal ends on the boundary.
 */
class PieceProbesProperties {

    private static final GeometryFactory F = new GeometryFactory();

    @Property(tries = 300)
    void boundaryDistanceIsJtsDistanceToTheBoundary(@ForAll @IntRange(min = 0, max = 2) int shape,
            @ForAll @IntRange(min = 3, max = 40) int vertices, @ForAll long seed,
            @ForAll @DoubleRange(min = -0.5, max = 1.5) double u, @ForAll @DoubleRange(min = -0.5, max = 1.5) double v) {
        Geometry piece = ErosionProperties.piece(shape, vertices, seed);
        var e = piece.getEnvelopeInternal();
        double x = e.getMinX() + u * e.getWidth();
        double y = e.getMinY() + v * e.getHeight();
        double expected = piece.getBoundary().distance(F.createPoint(new Coordinate(x, y)));
        double size = Math.max(e.getWidth(), e.getHeight());
        assertThat(PieceProbes.boundaryDistance(piece, x, y)).isCloseTo(expected,
                org.assertj.core.data.Offset.offset(1e-9 * size));
    }

    @Property(tries = 300)
    void aRayFromASegmentEndsOnTheBoundary(@ForAll @IntRange(min = 0, max = 2) int shape,
            @ForAll @IntRange(min = 3, max = 40) int vertices, @ForAll long seed, @ForAll @IntRange(min = 1, max = 200) int segment) {
        Geometry piece = ErosionProperties.piece(shape, vertices, seed);
        if (!piece.isValid() || piece.isEmpty()) {
            return;
        }
        LineString ring = ((Polygon) piece.getGeometryN(0)).getExteriorRing();
        int k = 1 + (segment - 1) % (ring.getNumPoints() - 1);
        Coordinate a = ring.getCoordinateN(k - 1);
        Coordinate b = ring.getCoordinateN(k);
        double length = a.distance(b);
        if (length == 0) {
            return;
        }
        double nx = -(b.y - a.y) / length;
        double ny = (b.x - a.x) / length;
        double mx = (a.x + b.x) / 2;
        double my = (a.y + b.y) / 2;
        double size = Math.max(piece.getEnvelopeInternal().getWidth(), piece.getEnvelopeInternal().getHeight());
        for (int side : new int[] {1, -1}) {
            double t = PieceProbes.exit(piece, mx, my, side * nx, side * ny, ring, k);
            if (Double.isInfinite(t)) {
                continue;
            }
            double x = mx + side * nx * t;
            double y = my + side * ny * t;
            assertThat(t).isPositive();
            assertThat(piece.getBoundary().distance(F.createPoint(new Coordinate(x, y))))
                    .as("%s, segment %s, side %s, t %s", piece, k, side, t).isLessThan(1e-9 * size);
        }
    }
}

package io.gridgov.geo.validate;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.locationtech.jts.algorithm.MinimumDiameter;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

/**
 * {@link HullWidth} is {@code MinimumDiameter}'s width of the convex hull, to rounding errors, on slivers,
 * stars and thin quadrilaterals, and every vertex lies within that width of the edge it names, one at it
 * (the chords {@link Erosion} draws across that edge need its direction).
 */
class HullWidthProperties {

    @Property(tries = 1000)
    void theHullWidthIsMinimumDiametersLength(@ForAll @IntRange(min = 0, max = 2) int shape,
            @ForAll @IntRange(min = 3, max = 120) int vertices, @ForAll long seed) {
        Geometry piece = ErosionProperties.piece(shape, vertices, seed);
        if (!(piece instanceof Polygon polygon) || !piece.isValid() || piece.isEmpty()) {
            return;
        }
        MinimumDiameter jts = new MinimumDiameter(piece);
        HullWidth hull = HullWidth.of(polygon);
        double size = Math.sqrt(piece.getEnvelopeInternal().getArea()) + 1;
        assertThat(hull.width).as("%s", piece).isCloseTo(jts.getLength(),
                org.assertj.core.data.Offset.offset(1e-9 * size));
        // the edge the width is measured across: every vertex lies within the width of its line, one at it
        double vx = hull.bx - hull.ax;
        double vy = hull.by - hull.ay;
        double length = Math.hypot(vx, vy);
        double farthest = 0;
        for (org.locationtech.jts.geom.Coordinate c : polygon.getExteriorRing().getCoordinates()) {
            farthest = Math.max(farthest, Math.abs(vx * (c.y - hull.ay) - vy * (c.x - hull.ax)) / length);
        }
        assertThat(farthest).as("farthest from the edge of %s", piece).isCloseTo(hull.width,
                org.assertj.core.data.Offset.offset(1e-9 * size));
    }
}

package io.gridgov.geo.validate;

import static org.assertj.core.api.Assertions.assertThat;

import io.gridgov.geo.CoordinateSystem;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.locationtech.jts.algorithm.construct.MaximumInscribedCircle;
import org.locationtech.jts.geom.Geometry;

/**
 * The width a border's finding reports ({@link BorderGrouping#width}: the exact bounds of {@link Erosion},
 * then a bisection on inward buffers) is the piece's largest inscribed diameter, as the maximum inscribed
 * circle finds it to 1e-4 of its size, within {@value #WITHIN} of it: on slivers (two random polylines
 * between the same ends), star polygons and thin quadrilaterals, in metres. The bound is that of JTS's
 * inward buffer with two segments per quadrant, whose arcs are chords within 7.6% of the radius (a
 * bisection step it decides may be off by that much, and the bisection stops within 1%; a spiky star
 * came out 8.3% wide), not the 2% of the bisection alone; the exact bounds decide most slivers far
 * closer (on the redrawn city: mean 0.45%, p99 2.3% off the inscribed circle).
 */
class WidthProperties {

    private static final double WITHIN = 0.1;

    /**
     * When {@link Erosion#bounds} bracket the inscribed radius within {@link BorderGrouping#BRACKET}, the
     * width is the inscribed diameter to within {@link BorderGrouping#WIDTH_ACCURACY} (±3%), the accuracy
     * the messages declare ("about"): on the same shapes, one part each.
     */
    @Property(tries = 1000)
    void aBracketedWidthIsWithinTheDeclaredAccuracy(@ForAll @IntRange(min = 0, max = 2) int shape,
            @ForAll @IntRange(min = 3, max = 60) int vertices, @ForAll long seed) {
        Geometry piece = ErosionProperties.piece(shape, vertices, seed);
        if (!piece.isValid() || piece.isEmpty()) {
            return;
        }
        double[] bounds = new Erosion(piece).bounds();
        double areaBound = Math.sqrt(piece.getArea() / Math.PI);
        double hi = Math.min(areaBound, bounds[1]);
        if (hi > BorderGrouping.BRACKET * Math.min(hi, bounds[0])) {
            return;   // the bisection's case: theWidthIsTheInscribedDiameter
        }
        double size = Math.sqrt(piece.getArea());
        double diameter = 2 * new MaximumInscribedCircle(piece, size * 1e-5).getRadiusLine().getLength();
        double width = BorderGrouping.width(piece, CoordinateSystem.PROJECTED_METRES);
        assertThat(width).as("%s", piece).isCloseTo(diameter, org.assertj.core.data.Offset.offset(
                BorderGrouping.WIDTH_ACCURACY * diameter + size * 2e-5));
    }

    @Property(tries = 600)
    void theWidthIsTheInscribedDiameter(@ForAll @IntRange(min = 0, max = 2) int shape,
            @ForAll @IntRange(min = 3, max = 40) int vertices, @ForAll long seed) {
        Geometry piece = ErosionProperties.piece(shape, vertices, seed);
        if (!piece.isValid() || piece.isEmpty()) {
            return;
        }
        double size = Math.sqrt(piece.getArea());
        double diameter = 2 * new MaximumInscribedCircle(piece, size * 1e-4).getRadiusLine().getLength();
        double width = BorderGrouping.width(piece, CoordinateSystem.PROJECTED_METRES);
        assertThat(width).as("%s", piece).isCloseTo(diameter, org.assertj.core.data.Offset.offset(WITHIN * diameter
                + size * 2e-4));
    }
}

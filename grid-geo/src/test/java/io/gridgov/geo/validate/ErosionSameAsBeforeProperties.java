package io.gridgov.geo.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.locationtech.jts.geom.Geometry;

/**
 * {@link Erosion} computes the same doubles as before its distances to the boundary skipped blocks of
 * segments ({@link ErosionBefore}, main {@code 8ea31d2}): the bounds (which the reported widths are made
 * of), {@link Erosion#atLeast} (the severity) and {@link Erosion#holdsDisc}, and the bounds after them, on
 * the shapes of {@link ErosionProperties} (slivers, stars, thin quadrilaterals) of up to 300 vertices.
 * A block is skipped only when each of its segments would have been: the block's envelope distance
 * is computed as a segment's from smaller minima and larger maxima, and rounding is monotone.
 */
class ErosionSameAsBeforeProperties {

    @Property(tries = 1500)
    void boundsSeverityAndWidthTestsAreThoseOfBefore(@ForAll @IntRange(min = 0, max = 2) int shape,
            @ForAll @IntRange(min = 3, max = 300) int vertices, @ForAll long seed,
            @ForAll @DoubleRange(min = 0.02, max = 3) double scale) {
        Geometry piece = ErosionProperties.piece(shape, vertices, seed);
        if (!piece.isValid() || piece.isEmpty()) {
            return;
        }
        double[] bounds = new Erosion(piece).bounds();
        double[] boundsBefore = new ErosionBefore(piece).bounds();
        assertThat(Arrays.equals(bounds, boundsBefore)).as("%s: %s, before %s", piece, Arrays.toString(bounds),
                Arrays.toString(boundsBefore)).isTrue();
        double width = 2 * Math.sqrt(piece.getArea() / Math.PI);
        Erosion now = new Erosion(piece);
        ErosionBefore before = new ErosionBefore(piece);
        for (int k = 0; k < 6; k++) {
            double r = width * scale * (0.05 + k / 5.0) / 2;
            assertThat(now.atLeast(r)).as("atLeast %s", r).isEqualTo(before.atLeast(r));
            assertThat(now.holdsDisc(r)).as("holdsDisc %s", r).isEqualTo(before.holdsDisc(r));
            assertThat(Arrays.equals(now.bounds(), before.bounds())).as("bounds after %s", r).isTrue();
        }
    }
}

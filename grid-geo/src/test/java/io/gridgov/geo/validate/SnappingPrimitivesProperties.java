package io.gridgov.geo.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * The two primitives branch geosnap gave {@link GroupSnapping}: distances compared by their squares
 * must order exactly as {@link Math#hypot} does (the snapping's answers depend on it, ties
 * included), and {@link PositionIndex} must number exact positions in the order met.
 */
class SnappingPrimitivesProperties {

    /** Offsets near each other (ties and near ties are where the squares alone could err), at every scale. */
    @Property(tries = 3000)
    void distancesCompareAsHypotDoes(@ForAll long seed, @ForAll @IntRange(min = -540, max = 40) int exponent) {
        Random random = new Random(seed);
        double scale = Math.pow(2, exponent);
        double ax = (random.nextDouble() * 2 - 1) * scale;
        double ay = (random.nextDouble() * 2 - 1) * scale;
        double bx;
        double by;
        switch (random.nextInt(5)) {
            case 0 -> { // the same offset, mirrored or swapped: an exact tie
                bx = random.nextBoolean() ? -ay : ay;
                by = random.nextBoolean() ? -ax : ax;
            }
            case 1 -> { // one ulp or a few away
                bx = ax + random.nextInt(5) * Math.ulp(ax) * (random.nextBoolean() ? 1 : -1);
                by = ay;
            }
            case 2 -> { // the same length along another direction, rounded
                double length = Math.hypot(ax, ay);
                double angle = random.nextDouble() * 2 * Math.PI;
                bx = length * Math.cos(angle);
                by = length * Math.sin(angle);
            }
            case 3 -> { // a zero
                bx = 0;
                by = random.nextBoolean() ? 0 : ay;
            }
            default -> {
                bx = (random.nextDouble() * 2 - 1) * scale;
                by = (random.nextDouble() * 2 - 1) * scale;
            }
        }
        int expected = Double.compare(Math.hypot(ax, ay), Math.hypot(bx, by));
        int actual = GroupSnapping.compareDistances(ax, ay, ax * ax + ay * ay, bx, by, bx * bx + by * by);
        assertThat(Integer.signum(actual)).isEqualTo(Integer.signum(expected));
    }

    @Property(tries = 200)
    void positionsAreNumberedInTheOrderMet(@ForAll long seed, @ForAll @IntRange(min = 0, max = 3000) int count,
            @ForAll @IntRange(min = 0, max = 64) int expected, @ForAll @IntRange(min = -30, max = 30) int exponent) {
        Random random = new Random(seed);
        double scale = Math.pow(10, exponent);
        PositionIndex index = new PositionIndex(expected);
        Map<List<Double>, Integer> oracle = new HashMap<>();
        List<double[]> met = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            double x;
            double y;
            if (!met.isEmpty() && random.nextInt(3) == 0) {
                double[] again = met.get(random.nextInt(met.size()));
                x = again[0];
                y = again[1];
            } else {
                x = random.nextInt(50) * scale * (random.nextBoolean() ? 1 : -1);
                y = random.nextInt(50) * scale * (random.nextBoolean() ? 1 : -1);
                met.add(new double[] {x, y});
            }
            // -0.0 is the same position as 0.0 (they compare equal)
            List<Double> key = List.of(x + 0.0, y + 0.0);
            int found = index.find(x, y);
            Integer known = oracle.get(key);
            if (known == null) {
                assertThat(found).isEqualTo(-1);
                int added = index.add(x, y);
                assertThat(added).isEqualTo(oracle.size());
                oracle.put(key, added);
            } else {
                assertThat(found).isEqualTo(known);
            }
            assertThat(index.size()).isEqualTo(oracle.size());
        }
    }
}

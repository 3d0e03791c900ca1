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
 * The primitives of {@link GroupSnapping}'s cells and distances: distances compared by their squares
 * must order exactly as {@link Math#hypot} does (the snapping's answers depend on it, ties
 * included), {@link PositionIndex} must number exact positions in the order met, a cell found by a
 * product with the inverse must be the quotient's cell, and the cross-product bound of the pair
 * search must keep every pair the distance test takes.
 */
class SnappingPrimitivesProperties {

    /** Coordinates at lon/lat metre scale and below, many of them a few ulps from a cell's edge. */
    @Property(tries = 3000, seed = "20261204")
    void cellsByTheInverseAreTheQuotientsCells(@ForAll long seed) {
        Random random = new Random(seed);
        double size = 2 * Math.pow(10, random.nextDouble() * 5 - 2);   // twice a tolerance of 1 cm .. 1 km
        double inverse = 1 / size;
        for (int i = 0; i < 50; i++) {
            double v;
            if (random.nextBoolean()) {
                long k = random.nextLong() % 20_000_000L;
                v = k * size;
                for (int u = random.nextInt(7) - 3; u != 0; u += u > 0 ? -1 : 1) {
                    v = u > 0 ? Math.nextUp(v) : Math.nextDown(v);
                }
            } else {
                v = (random.nextDouble() * 2 - 1) * Math.pow(10, random.nextInt(9));
            }
            assertThat(GroupSnapping.cell(v, size, inverse)).as("v=%s size=%s", v, size)
                    .isEqualTo((long) Math.floor(v / size));
        }
    }

    /**
     * Points about a tolerance from an edge (inside, at and just beyond it), at metre coordinates up to
     * 10<sup>7</sup>: wherever the distance test of the pair search (as {@code GroupSnapping.offer}
     * makes it) takes a point strictly inside the edge, the cross product is within the bound.
     */
    @Property(tries = 2000, seed = "20261204")
    void theCrossBoundKeepsEveryPairTheDistanceTestTakes(@ForAll long seed) {
        Random random = new Random(seed);
        double tolerance = Math.pow(10, random.nextDouble() * 4 - 2);
        double reach = tolerance * (1 + 1e-9);
        double bound = tolerance * tolerance * (1 + 1e-9);
        double below = tolerance * tolerance * (1 - 1e-12);
        double x0 = (random.nextDouble() * 2 - 1) * 1e7;
        double y0 = (random.nextDouble() * 2 - 1) * 1e7;
        double length = Math.pow(10, random.nextDouble() * 7 - 3);
        double angle = random.nextDouble() * 2 * Math.PI;
        double x1 = x0 + length * Math.cos(angle);
        double y1 = y0 + length * Math.sin(angle);
        double bx = x1 - x0;
        double by = y1 - y0;
        double len2 = bx * bx + by * by;
        double lateral2 = GroupSnapping.lateralSquared(len2, reach);
        for (int i = 0; i < 50; i++) {
            double along = random.nextDouble();
            double off = tolerance * (1 + (random.nextDouble() * 2 - 1) * Math.pow(10, -random.nextInt(16)))
                    * (random.nextBoolean() ? 1 : -1);
            double px = x0 + along * bx - off * by / length;
            double py = y0 + along * by + off * bx / length;
            double qx = px - x0;
            double qy = py - y0;
            double dot = qx * bx + qy * by;
            double t = dot / len2;
            double ex = qx - t * bx;
            double ey = qy - t * by;
            double squared = ex * ex + ey * ey;
            boolean taken = dot > 0 && dot < len2 && t > 0 && t < 1
                    && (squared < below || squared <= bound && Math.hypot(ex, ey) <= tolerance);
            double cross = qx * by - qy * bx;
            if (taken) {
                assertThat(cross * cross).isLessThanOrEqualTo(lateral2);
            }
        }
    }

    /**
     * A ring's inserts, counted by segment and each segment's sorted along it ({@link
     * GroupSnapping.Ring#insertOrder}), come in the order of a whole sort by segment, then position
     * along it, then insertion: drawn over few segments and few positions so that many share a
     * segment and ties along it are common.
     */
    @Property(tries = 1000)
    void insertsAreOrderedBySegmentThenAlongThenAsMade(@ForAll long seed, @ForAll @IntRange(min = 0, max = 300) int count,
            @ForAll @IntRange(min = 1, max = 40) int segments) {
        Random random = new Random(seed);
        GroupSnapping.Ring ring = new GroupSnapping.Ring();
        ring.vertices = new int[segments + 1];
        for (int i = 0; i < count; i++) {
            double at = random.nextInt(4) == 0 ? 0.5 : random.nextInt(8) / 8.0 + random.nextDouble() / 1e3;
            ring.insert(random.nextInt(segments), at, random.nextInt(1000));
        }
        List<Integer> expected = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            expected.add(i);
        }
        expected.sort((x, y) -> ring.insertSegment[x] != ring.insertSegment[y]
                ? Integer.compare(ring.insertSegment[x], ring.insertSegment[y])
                : Double.compare(ring.insertAt[x], ring.insertAt[y]) != 0
                        ? Double.compare(ring.insertAt[x], ring.insertAt[y]) : Integer.compare(x, y));
        int[] order = ring.insertOrder();
        assertThat(order).hasSize(count);
        for (int i = 0; i < count; i++) {
            assertThat(order[i]).as("place %d", i).isEqualTo(expected.get(i));
        }
    }

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

    /** Also with arrays borrowed from the thread's {@link KeptArrays}, left full of another index's leftovers. */
    @Property(tries = 200)
    void positionsAreNumberedInTheOrderMet(@ForAll long seed, @ForAll @IntRange(min = 0, max = 3000) int count,
            @ForAll @IntRange(min = 0, max = 64) int expected, @ForAll @IntRange(min = -30, max = 30) int exponent,
            @ForAll boolean borrowed) {
        Random random = new Random(seed);
        double scale = Math.pow(10, exponent);
        KeptArrays kept = KeptArrays.ofThisThread();
        if (borrowed) {
            // a previous index's arrays, longer than this one's and full of other positions
            PositionIndex before = new PositionIndex(expected + random.nextInt(200), kept);
            for (int i = 0; i < 300; i++) {
                double x = random.nextInt(50) * scale;
                double y = random.nextInt(50) * scale;
                if (before.find(x, y) < 0) {
                    before.add(x, y);
                }
            }
            before.giveBack(kept);
            // and a long array one longer than asked, odd, as KeptArrays lends new ones a quarter longer
            kept.giveBack(new long[2 * Math.max(16, expected) + 1]);
        }
        PositionIndex index = borrowed ? new PositionIndex(expected, kept) : new PositionIndex(expected);
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
        if (borrowed) {
            index.giveBack(kept);
        }
    }
}

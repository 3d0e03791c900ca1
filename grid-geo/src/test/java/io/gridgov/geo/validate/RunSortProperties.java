package io.gridgov.geo.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * {@link RunSort} leaves what the sorts it replaces leave: {@code stably} the order of the boxed stable
 * sort by {@link Double#compare} (equal keys, -0.0 beside 0.0, in their order), {@code values} the array
 * of {@code Arrays.sort}; on keys drawn as a ring's offsets are (runs rising and falling, of every
 * length, with repeats and jitter) and at random.
 */
class RunSortProperties {

    @Property(tries = 1000)
    void sortsAsTheSortsItReplaces(@ForAll @IntRange(min = 0, max = 400) int n,
            @ForAll @IntRange(min = 1, max = 40) int distinct, @ForAll @IntRange(min = 0, max = 3) int shape,
            @ForAll long seed) {
        Random random = new Random(seed);
        double[] key = keys(n, distinct, shape, random);
        Integer[] boxed = new Integer[n];
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            boxed[i] = i;
            order[i] = i;
        }
        Arrays.sort(boxed, (x, y) -> Double.compare(key[x], key[y]));
        RunSort.stably(order, key);
        assertThat(order).containsExactly(Arrays.stream(boxed).mapToInt(Integer::intValue).toArray());
        // of a permutation already partly sorted, too (HullWidth sorts by y, then by x)
        double[] other = keys(n, distinct, shape, random);
        Arrays.sort(boxed, (x, y) -> Double.compare(other[x], other[y]));
        RunSort.stably(order, other);
        assertThat(order).containsExactly(Arrays.stream(boxed).mapToInt(Integer::intValue).toArray());

        // by two keys: as two stable sorts, by the tie key and then by the key (HullWidth: by x, then y)
        int[] twice = new int[n];
        int[] lexicographic = new int[n];
        for (int i = 0; i < n; i++) {
            twice[i] = i;
            lexicographic[i] = i;
        }
        RunSort.stably(twice, other);
        RunSort.stably(twice, key);
        RunSort.stably(lexicographic, key, other);
        assertThat(lexicographic).containsExactly(twice);

        double[] values = Arrays.copyOf(key, n + 3);
        double[] expected = values.clone();
        Arrays.sort(expected, 0, n);
        RunSort.values(values, n);
        for (int i = 0; i < values.length; i++) {
            assertThat(Double.doubleToRawLongBits(values[i])).as("at %d", i)
                    .isEqualTo(Double.doubleToRawLongBits(expected[i]));
        }
    }

    /**
     * Keys of few distinct values (0: ±0.0) at random (shape 0), rising and falling runs of random length
     * with repeats (1), the same jittered (2), or one rise and one fall as a sliver's ring (3).
     */
    private static double[] keys(int n, int distinct, int shape, Random random) {
        double[] key = new double[n];
        double level = 0;
        int direction = 1;
        for (int i = 0; i < n; i++) {
            switch (shape) {
                case 0 -> {
                    int k = random.nextInt(distinct);
                    key[i] = k == 0 ? (random.nextBoolean() ? -0.0 : 0.0) : k * (random.nextBoolean() ? 1 : -1) * 0.25;
                }
                case 1, 2 -> {
                    if (random.nextInt(Math.max(2, distinct)) == 0) {
                        direction = -direction;
                    }
                    level += random.nextInt(3) == 0 ? 0 : direction * 0.25;
                    key[i] = shape == 2 ? level + (random.nextInt(4) == 0 ? random.nextGaussian() : 0) : level;
                    if (key[i] == 0 && random.nextBoolean()) {
                        key[i] = -0.0;
                    }
                }
                default -> key[i] = i < n / 2 ? i * 0.5 + random.nextInt(2) * 0.1 : (n - i) * 0.5 - random.nextInt(2) * 0.1;
            }
        }
        return key;
    }
}

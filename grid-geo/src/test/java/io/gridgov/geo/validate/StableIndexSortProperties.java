package io.gridgov.geo.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * {@code OutlineChange.sortStably} orders indexes as the boxed sort it replaced,
 * {@code Arrays.sort(Integer[], (x, y) -> Double.compare(key[x], key[y]))}: equal keys (many here,
 * and -0.0 beside 0.0) keep their order, so a long stretch's segments are tried in the same order.
 */
class StableIndexSortProperties {

    @Property(tries = 300)
    void ordersIndexesAsTheBoxedStableSort(@ForAll @IntRange(min = 0, max = 300) int n,
            @ForAll @IntRange(min = 1, max = 40) int distinct, @ForAll long seed) {
        Random random = new Random(seed);
        double[] key = new double[n];
        for (int i = 0; i < n; i++) {
            int k = random.nextInt(distinct);
            key[i] = k == 0 ? (random.nextBoolean() ? -0.0 : 0.0) : k * (random.nextBoolean() ? 1 : -1) * 0.25;
        }
        Integer[] boxed = new Integer[n];
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            boxed[i] = i;
            order[i] = i;
        }
        Arrays.sort(boxed, (x, y) -> Double.compare(key[x], key[y]));
        OutlineChange.sortStably(order, key);
        assertThat(order).containsExactly(Arrays.stream(boxed).mapToInt(Integer::intValue).toArray());
    }
}

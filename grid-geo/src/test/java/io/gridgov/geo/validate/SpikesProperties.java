package io.gridgov.geo.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * {@link Spikes#keptWithoutSpikes(double[], double[], int)} (positions compared by their coordinates)
 * and {@link Spikes#keptWithoutSpikes(int[], int)} (by their ids) keep the same indexes as
 * {@link Spikes#keptWithoutSpikes(int, Spikes.SamePosition)} told the same positions, on rings drawn
 * from a few positions so that repeats, spikes and folds at the seam are common.
 */
class SpikesProperties {

    @Property(tries = 2000)
    void coordinatesKeepWhatTheComparisonKeeps(@ForAll @IntRange(min = 0, max = 40) int n,
            @ForAll @IntRange(min = 1, max = 8) int positions, @ForAll long seed) {
        Random r = new Random(seed);
        double[] xs = new double[n];
        double[] ys = new double[n];
        int[] id = new int[n];
        for (int i = 0; i < n; i++) {
            id[i] = r.nextInt(positions);
            // -0.0 and 0.0 are one position, as == has them
            xs[i] = id[i] == 0 ? (r.nextBoolean() ? 0.0 : -0.0) : id[i] * 1.5;
            ys[i] = id[i] % 3;
        }
        int[] byIds = Spikes.keptWithoutSpikes(n, (i, j) -> id[i] == id[j]);
        assertThat(Spikes.keptWithoutSpikes(xs, ys, n)).containsExactly(byIds);
        assertThat(Spikes.keptWithoutSpikes(id, n)).containsExactly(byIds);
    }

    /**
     * A ring with its spikes cut has none left: cut again, it keeps every vertex (what lets
     * {@link RingRebuild#snapped} take a merged ring as it is, see {@link InsertRounds#mergeInserts}).
     */
    @Property(tries = 2000)
    void aRingWithoutSpikesKeepsEveryVertex(@ForAll @IntRange(min = 0, max = 40) int n,
            @ForAll @IntRange(min = 1, max = 8) int positions, @ForAll long seed) {
        Random r = new Random(seed);
        int[] id = new int[n];
        for (int i = 0; i < n; i++) {
            id[i] = r.nextInt(positions);
        }
        int[] kept = Spikes.keptWithoutSpikes(id, n);
        int[] cut = new int[kept.length];
        for (int k = 0; k < kept.length; k++) {
            cut[k] = id[kept[k]];
        }
        if (cut.length > 0) {
            assertThat(Spikes.withoutSpikes(cut)).containsExactly(cut);
            int[] every = new int[cut.length];
            for (int k = 0; k + 1 < cut.length; k++) {
                every[k] = k;
            }
            assertThat(Spikes.keptWithoutSpikes(cut, cut.length - 1)).containsExactly(every);
        }
    }

    @Example
    void aSpikeAndARepeatAreCut() {
        // a b c b d d a: the spike c (with the second b) and the repeated d go, and the last a
        // repeats the first at the seam: a b d, closed
        double[] xs = {0, 1, 2, 1, 3, 3, 0};
        double[] ys = {0, 0, 1, 0, 2, 2, 0};
        assertThat(Spikes.keptWithoutSpikes(xs, ys, 7)).containsExactly(0, 1, 4, 0);
    }
}

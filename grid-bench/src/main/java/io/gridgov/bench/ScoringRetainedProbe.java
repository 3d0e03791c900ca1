package io.gridgov.bench;

import io.gridgov.scoring.Scorecard;
import java.util.List;

/**
 * Heap retained by the 100,000 scorecards of one {@link ScoringBenchmark#scoreAllParallel()}: used heap
 * after {@code System.gc()} with and without the cards held. A rough figure (the collector decides
 * what {@code System.gc()} frees), for docs/BENCHMARKS.md.
 *
 * <pre>
 * java -Xms6g -Xmx6g -cp grid-bench/target/benchmarks.jar io.gridgov.bench.ScoringRetainedProbe
 * </pre>
 */
public final class ScoringRetainedProbe {
    private ScoringRetainedProbe() {
    }

    /**
     * Prints the retained heap.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        ScoringBenchmark b = new ScoringBenchmark();
        b.subjects = 100_000;
        b.setup();
        b.scoreAllParallel(); // warm-up
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        long before = rt.totalMemory() - rt.freeMemory();
        List<Scorecard> cards = b.scoreAllParallel();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        long after = rt.totalMemory() - rt.freeMemory();
        System.out.printf("retained by %d cards: %.1f MB (%.0f bytes a card, %.1f a line)%n", cards.size(),
                (after - before) / 1e6, (after - before) / (double) cards.size(),
                (after - before) / (cards.size() * (double) cards.get(0).lines().size()));
    }
}

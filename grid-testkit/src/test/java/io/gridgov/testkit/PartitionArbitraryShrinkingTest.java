package io.gridgov.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Random;
import java.util.function.Predicate;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Shrinkable;
import net.jqwik.api.Example;

/** A failing property shrinks to a small partition: shrinking goes through the spec's parameters. */
class PartitionArbitraryShrinkingTest {

    /** Greedy shrinking as jqwik does it: take the first smaller value that still falsifies, until none does. */
    private static <T> T shrink(Shrinkable<T> start, Predicate<T> falsifies) {
        Shrinkable<T> current = start;
        for (int step = 0; step < 500; step++) {
            Optional<Shrinkable<T>> smaller = current.shrink().filter(s -> falsifies.test(s.value())).findFirst();
            if (smaller.isEmpty()) {
                break;
            }
            current = smaller.get();
        }
        return current.value();
    }

    @Example
    void aPropertyFailingOnPartitionsWithADedicatedLeafShrinksToASmallPartition() {
        Arbitrary<Partition> arbitrary = Partitions.any().levels(2, 3).fanOut(3, 6).verticesPerBorder(2, 6)
                .dedicatedShare(0.2);
        Predicate<Partition> falsifies = p -> p.leaves().stream().anyMatch(n -> n.kind().isDedicated());
        Random random = new Random(42);
        Shrinkable<Partition> failing = null;
        for (int i = 0; i < 50 && failing == null; i++) {
            Shrinkable<Partition> s = arbitrary.generator(100).next(random);
            if (falsifies.test(s.value()) && s.value().leaves().size() >= 9) {
                failing = s;
            }
        }
        assertThat(failing).as("a falsifying sample").isNotNull();

        Partition shrunk = shrink(failing, falsifies);

        assertThat(falsifies.test(shrunk)).isTrue();
        assertThat(shrunk.spec().levels()).isEqualTo(2);
        assertThat(shrunk.spec().fanOuts()).containsExactly(1, 3);
        assertThat(shrunk.spec().verticesPerBorder()).isEqualTo(2);
        assertThat(shrunk.leaves().size()).isLessThan(failing.value().leaves().size());
    }
}

package io.gridgov.testkit;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Arbitraries of mutated partitions: a generated partition with one injected {@link Defect}.
 *
 * <pre>{@code
 * @Property
 * void everyDefectIsReported(@ForAll("defects") Mutation m) {
 *     GridAssertions.assertThat(PartitionValidator.validate(m.partition().toGeoPartition()))
 *             .hasExactly(m.expected());
 * }
 *
 * @Provide
 * Arbitrary<Mutation> defects() {
 *     return Defects.mutations(Partitions.any().levels(2, 3), Defect.values());
 * }
 * }</pre>
 *
 * Thread-safe.
 */
public final class Defects {

    private Defects() {
    }

    /**
     * Mutations of partitions drawn from {@code partitions}, with a defect drawn from {@code defects}
     * and a shrinkable choice of the grid. Partitions without an eligible grid are skipped (jqwik
     * filters them), so give partitions that can take the defects (two levels or more, fan-out ≥ 3,
     * vertices per border ≥ 1 for {@link Defect#SLIVER}, ≥ 5 children for {@link Defect#SPLIT}).
     *
     * @param partitions the partitions
     * @param defects the defects to draw from (at least one)
     * @return the mutations
     */
    public static Arbitrary<Mutation> mutations(Arbitrary<Partition> partitions, Defect... defects) {
        requireNonNull(partitions, "partitions");
        requireNonNull(defects, "defects");
        if (defects.length == 0) {
            throw new IllegalArgumentException("at least one defect is needed");
        }
        // No edge cases: the combined edge cases (smallest partitions × every defect × choice 0) are mostly
        // partitions that cannot take the defect, which the filter drops, and jqwik then warns that "edge
        // case generation exceeds number of tries". Generated samples still shrink to small partitions.
        return Combinators.combine(partitions, Arbitraries.of(defects), Arbitraries.integers().between(0, 9_999))
                .as((p, d, choice) -> d.apply(p, choice))
                .filter(Optional::isPresent)
                .map(Optional::get)
                .withoutEdgeCases();
    }

    /**
     * Injects a defect (the one-call form of {@link Defect#apply(Partition, int)}).
     *
     * @param partition the partition
     * @param defect the defect
     * @param choice which eligible grid
     * @return the mutation, or empty when no grid is eligible
     */
    public static Optional<Mutation> inject(Partition partition, Defect defect, int choice) {
        return requireNonNull(defect, "defect").apply(partition, choice);
    }
}

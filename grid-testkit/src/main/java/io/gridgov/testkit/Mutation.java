package io.gridgov.testkit;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A partition with exactly one injected defect and the violations a correct validator must report
 * for it — no more, no fewer. Immutable and thread-safe.
 *
 * @param defect the defect injected
 * @param description what was done, e.g. {@code "shrank 1.2.3 by a triangle on its border with 1.2.4"}
 * @param partition the mutated partition
 * @param expected the violations that must be reported, in no particular order; empty only for
 *        {@link Defect#SLIVER}, a change within the cluster tolerance that must not be reported at all
 */
public record Mutation(Defect defect, String description, Partition partition, List<ExpectedViolation> expected) {

    /** Validates and copies the components. */
    public Mutation {
        requireNonNull(defect, "defect");
        requireNonNull(description, "description");
        requireNonNull(partition, "partition");
        expected = List.copyOf(expected);
        if (expected.isEmpty() && defect != Defect.SLIVER) {
            throw new IllegalArgumentException("a mutation expects at least one violation");
        }
    }

    /** {@return the expected violation when there is exactly one} */
    public ExpectedViolation single() {
        if (expected.size() != 1) {
            throw new IllegalStateException(defect + " expects " + expected.size() + " violations: " + expected);
        }
        return expected.get(0);
    }

    @Override
    public String toString() {
        return "Mutation[" + defect + ": " + description + "; expect " + expected + "; " + partition + "]";
    }
}

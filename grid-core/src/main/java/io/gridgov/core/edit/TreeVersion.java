package io.gridgov.core.edit;

import static java.util.Objects.requireNonNull;

import io.gridgov.core.tree.GridTree;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One version (generation, MapIt's term) of a grid tree: the tree in force from a date until the next
 * version. Immutable and thread-safe.
 *
 * @param number 1 for the first version, then 2, 3, …
 * @param effectiveFrom the first day in force; empty for a first version in force since always
 * @param tree the tree
 * @param change the edit that produced this version from the previous one; empty for the first
 */
public record TreeVersion(int number, Optional<LocalDate> effectiveFrom, GridTree tree, Optional<Change> change) {
    /** Validates the components. */
    public TreeVersion {
        if (number < 1) {
            throw new IllegalArgumentException("version number must be ≥ 1 but was " + number);
        }
        requireNonNull(effectiveFrom, "effectiveFrom");
        requireNonNull(tree, "tree");
        requireNonNull(change, "change");
    }
}

package io.gridgov.core.edit;

import static java.util.Objects.requireNonNull;

import io.gridgov.core.tree.GridTree;

/**
 * A tree after an edit, and the record of the change.
 *
 * @param tree the new tree (the old one is unchanged)
 * @param change what changed
 */
public record Edited(GridTree tree, Change change) {
    /** Validates the components. */
    public Edited {
        requireNonNull(tree, "tree");
        requireNonNull(change, "change");
    }
}

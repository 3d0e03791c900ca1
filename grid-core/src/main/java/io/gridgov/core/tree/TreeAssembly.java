package io.gridgov.core.tree;

import static java.util.Objects.requireNonNull;

import io.gridgov.core.Finding;
import io.gridgov.core.Severity;
import java.util.List;

/**
 * The result of assembling a tree from nodes that may be inconsistent: the tree of every node that
 * could be placed, and a finding for every node that could not (duplicate ids, unknown parents,
 * parent cycles). Nothing is dropped silently: each node left out is named in a finding.
 *
 * @param tree the nodes that form a consistent tree
 * @param findings why the other nodes were left out, in a deterministic order
 */
public record TreeAssembly(GridTree tree, List<Finding> findings) {

    /** Validates and copies the components. */
    public TreeAssembly {
        requireNonNull(tree, "tree");
        findings = List.copyOf(findings);
    }

    /** {@return whether any node was left out} */
    public boolean hasErrors() {
        return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
    }
}

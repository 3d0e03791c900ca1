package io.gridgov.core.rule;

import static java.util.Objects.requireNonNull;

import io.gridgov.core.Severity;
import io.gridgov.core.tree.GridNode;
import io.gridgov.core.tree.GridTree;
import io.gridgov.core.tree.Level;
import java.util.function.BiConsumer;

/**
 * The common part of the built-in rules: a fixed id and severity, and a walk over the nodes that have
 * a level. Each built-in rule stays its own public final class with its public {@code ID} constant;
 * this base is an implementation detail of the package. Immutable and thread-safe.
 */
abstract class BuiltInRule implements StructuralRule {

    private final String id;
    private final Severity severity;

    BuiltInRule(String id, Severity severity) {
        this.id = requireNonNull(id, "id");
        this.severity = requireNonNull(severity, "severity");
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final Severity severity() {
        return severity;
    }

    /**
     * Calls {@code action} for each node of the tree that has a level in the scheme, in pre-order.
     *
     * @param tree the tree
     * @param action called with the node and its level
     */
    static void forEachLevelled(GridTree tree, BiConsumer<GridNode, Level> action) {
        tree.nodes().forEach(node -> tree.level(node.id()).ifPresent(level -> action.accept(node, level)));
    }
}

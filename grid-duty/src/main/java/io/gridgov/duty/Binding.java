package io.gridgov.duty;

import io.gridgov.core.tree.GridNode;
import io.gridgov.core.tree.GridTree;
import io.gridgov.core.tree.Level;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which grids a template applies to (绑定). A grid matches when it is at one of the {@code levels}
 * (if any are given), of one of the {@code kinds} (if any; {@code comprehensive}, {@code dedicated}
 * for any dedicated grid, or {@code dedicated:TYPE}), and carries at least one of the {@code tags}
 * (if any). An empty binding matches every grid. Immutable and thread-safe.
 *
 * @param levels level keys, such as {@code grid}
 * @param kinds grid kinds in file form
 * @param tags tags, any of which suffices
 */
public record Binding(Set<String> levels, Set<String> kinds, Set<String> tags) {

    /** Validates and copies the components. */
    public Binding {
        levels = Set.copyOf(new TreeSet<>(levels));
        kinds = Set.copyOf(new TreeSet<>(kinds));
        tags = Set.copyOf(new TreeSet<>(tags));
    }

    /** {@return a binding to the given levels only} */
    public static Binding levels(String... levels) {
        return new Binding(Set.of(levels), Set.of(), Set.of());
    }

    /**
     * Whether a node of a tree matches this binding.
     *
     * @param tree the tree
     * @param node a node of the tree
     * @return whether the template applies to the node
     */
    public boolean matches(GridTree tree, GridNode node) {
        if (!levels.isEmpty()) {
            String key = tree.level(node.id()).map(Level::key).orElse("");
            if (!levels.contains(key)) {
                return false;
            }
        }
        if (!kinds.isEmpty()) {
            String kind = node.kind().toString();
            boolean ok = kinds.contains(kind) || (node.kind().isDedicated() && kinds.contains("dedicated"));
            if (!ok) {
                return false;
            }
        }
        if (!tags.isEmpty()) {
            boolean any = false;
            for (String t : node.tags()) {
                if (tags.contains(t)) {
                    any = true;
                    break;
                }
            }
            return any;
        }
        return true;
    }
}

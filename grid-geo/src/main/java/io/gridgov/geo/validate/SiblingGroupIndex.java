package io.gridgov.geo.validate;

import io.gridgov.core.tree.GridNode;
import io.gridgov.core.tree.GridTree;

/**
 * A tree's sibling groups by the nodes' positions in its pre-order ({@link GridTree#nodes()}): the
 * roots, then the children of each node that has some, those parents in pre-order, each group's
 * members in sibling order; so a group's parent is a member of an earlier group. Read off the nodes and their level numbers
 * ({@link GridTree#levelNumbers()}) in one walk, so that a run reaches every grid's group, level and
 * geometry without looking the grid up by id: on the redrawn 10,000-grid city those lookups (a
 * {@code String} hash and a few cache misses each, several per grid) were about 3 % of the
 * validation at the covering tolerance. Immutable once built.
 *
 * <p>A node's parent is found without its id: it is the last node before it in pre-order one level
 * up, since every node between a parent and its child lies in the parent's subtree, a level or more
 * below the parent.
 */
final class SiblingGroupIndex {

    /** The nodes in pre-order. */
    final GridNode[] nodes;
    /** Per node, its level number. */
    final int[] levels;
    /** Per node, whether it has children. */
    private final boolean[] hasChildren;
    /** Per group, its parent's position; -1 for the roots. */
    private final int[] groupParent;
    /** Per group, where its members start in {@link #members}; one more entry at the end. */
    private final int[] groupStart;
    /** The groups' members' positions, group after group. */
    private final int[] members;

    private SiblingGroupIndex(GridNode[] nodes, int[] levels, boolean[] hasChildren, int[] groupParent,
            int[] groupStart, int[] members) {
        this.nodes = nodes;
        this.levels = levels;
        this.hasChildren = hasChildren;
        this.groupParent = groupParent;
        this.groupStart = groupStart;
        this.members = members;
    }

    /**
     * Indexes a tree's sibling groups.
     *
     * @param tree the tree
     * @return its groups, in the order above
     */
    static SiblingGroupIndex of(GridTree tree) {
        GridNode[] nodes = tree.nodes().toArray(GridNode[]::new);
        int[] levels = tree.levelNumbers();
        int n = nodes.length;
        int deepest = 0;
        for (int level : levels) {
            deepest = Math.max(deepest, level);
        }
        // per node its parent (-1: a root), as the last node met one level up
        int[] parent = new int[n];
        int[] lastAt = new int[deepest + 1];
        int rootCount = 0;
        boolean[] hasChildren = new boolean[n];
        int parentCount = 0;
        for (int k = 0; k < n; k++) {
            if (nodes[k].parentId().isEmpty()) {
                parent[k] = -1;
                rootCount++;
            } else {
                int p = lastAt[levels[k] - 1];
                assert nodes[k].parentId().get().equals(nodes[p].id()) : nodes[k];
                parent[k] = p;
                if (!hasChildren[p]) {
                    hasChildren[p] = true;
                    parentCount++;
                }
            }
            lastAt[levels[k]] = k;
        }
        int groups = (rootCount > 0 ? 1 : 0) + parentCount;
        int[] groupParent = new int[groups];
        int[] groupStart = new int[groups + 1];
        // per node that has children, its group; the members' counts, then where each group starts
        int[] groupOf = new int[n];
        int[] count = new int[groups];
        int g = 0;
        if (rootCount > 0) {
            groupParent[g] = -1;
            count[g++] = rootCount;
        }
        for (int k = 0; k < n; k++) {
            if (hasChildren[k]) {
                groupOf[k] = g;
                groupParent[g++] = k;
            }
        }
        for (int k = 0; k < n; k++) {
            if (parent[k] >= 0) {
                count[groupOf[parent[k]]]++;
            }
        }
        for (int i = 0; i < groups; i++) {
            groupStart[i + 1] = groupStart[i] + count[i];
        }
        int[] fill = new int[groups];
        System.arraycopy(groupStart, 0, fill, 0, groups);
        int[] members = new int[groupStart[groups]];
        for (int k = 0; k < n; k++) {
            int group = parent[k] < 0 ? 0 : groupOf[parent[k]];
            members[fill[group]++] = k;
        }
        return new SiblingGroupIndex(nodes, levels, hasChildren, groupParent, groupStart, members);
    }

    /** {@return the number of groups} */
    int groupCount() {
        return groupParent.length;
    }

    /** {@return the position of group {@code g}'s parent, -1 for the roots} */
    int parent(int g) {
        return groupParent[g];
    }

    /** {@return where group {@code g}'s members start in {@link #member}} */
    int start(int g) {
        return groupStart[g];
    }

    /** {@return where group {@code g}'s members end (exclusive) in {@link #member}} */
    int end(int g) {
        return groupStart[g + 1];
    }

    /** {@return the position of the {@code i}-th member, over all groups} */
    int member(int i) {
        return members[i];
    }

    /** {@return whether the node at position {@code k} has children} */
    boolean hasChildren(int k) {
        return hasChildren[k];
    }
}

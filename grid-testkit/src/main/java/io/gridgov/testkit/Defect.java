package io.gridgov.testkit;

import java.util.Optional;

/**
 * The defects a mutator can inject, each with the violations it must cause. Every mutator works on
 * a leaf grid chosen among the eligible ones by a shrinkable {@code choice}, and returns empty
 * when the partition has no eligible grid (e.g. no parent for {@link #GROW_OUTSIDE_PARENT} in a
 * one-level partition). Expected areas are those of the pieces the mutator builds (a triangle, a
 * quadrilateral, a whole grid), measured like grid-geo measures (ellipsoidal for lon/lat).
 * Thread-safe: mutators keep no state and never modify their input.
 */
public enum Defect {
    /** Shrink a grid by a triangle on its longest border (遗漏): GAP with the grid and its neighbour across. */
    SHRINK,
    /** Grow a grid by a triangle into a sibling (交叉): OVERLAP of the two. */
    GROW_INTO_NEIGHBOUR,
    /** Grow a grid by a triangle across its parent's border (越界): OUTSIDE_PARENT. */
    GROW_OUTSIDE_PARENT,
    /** Delete a grid: GAP of its area, bordered by the siblings that shared a border with it. */
    DELETE,
    /** Add a copy of a grid under another id: OVERLAP of the grid's area. */
    DUPLICATE,
    /** Swap two consecutive vertices of a grid's border (a bow-tie): INVALID_GEOMETRY only. */
    BOW_TIE,
    /**
     * Move the vertex where a grid's border with a sibling meets the parent's border across the
     * parent's border (the grid's edge to the sibling border now crosses the parent's border):
     * OUTSIDE_PARENT of the piece beyond the border and OVERLAP with the sibling.
     */
    VERTEX_ACROSS_PARENT_BORDER,
    /** Give a grid the parent next to its own: GAP in the old parent and OUTSIDE_PARENT in the new, each its area. */
    WRONG_PARENT,
    /**
     * Nudge one vertex of a shared border by 0.4 × the default tolerance into the neighbour: a
     * difference within the cluster tolerance, which validation snaps away, so nothing is expected
     * (before tolerance meant snapping, this was an OVERLAP WARNING).
     */
    SLIVER,
    /** Merge a non-touching sibling into a grid, making it two pieces (飞地): NOT_CONTIGUOUS with the smaller piece's area. */
    SPLIT;

    /**
     * Injects this defect.
     *
     * @param partition a partition (valid, as generated)
     * @param choice which eligible grid to mutate (taken modulo the number of eligible grids; ≥ 0)
     * @return the mutation, or empty when no grid of the partition is eligible
     */
    public Optional<Mutation> apply(Partition partition, int choice) {
        if (choice < 0) {
            throw new IllegalArgumentException("choice must be ≥ 0 but was " + choice);
        }
        return Mutators.apply(this, java.util.Objects.requireNonNull(partition, "partition"), choice);
    }
}

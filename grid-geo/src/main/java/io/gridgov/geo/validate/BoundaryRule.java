package io.gridgov.geo.validate;

/**
 * The fixed ids of the boundary rules (边界规则). The order of the constants is the order of
 * violations of the same level and parent in a report.
 */
public enum BoundaryRule {
    /** A grid-core structural finding (duplicate id, unknown parent, cycle, …) carried into the report. */
    STRUCTURAL,
    /** A geometry that is not valid in the OGC sense (self-intersection, bow-tie, ring not closed …). */
    INVALID_GEOMETRY,
    /** A node without a geometry among siblings that have one. */
    MISSING_GEOMETRY,
    /** Two siblings share interior area (交叉). One violation per pair. */
    OVERLAP,
    /** Part of a parent covered by none of its children (遗漏), holes and notches alike. One per piece. */
    GAP,
    /** Part of a child outside its parent (越界). One violation per piece. */
    OUTSIDE_PARENT,
    /** Shared borders that do not match vertex for vertex and are not explained otherwise, e.g. a T-junction. */
    EDGE_MISMATCH,
    /** A grid in several pieces where its level requires a single piece (飞地). */
    NOT_CONTIGUOUS
}

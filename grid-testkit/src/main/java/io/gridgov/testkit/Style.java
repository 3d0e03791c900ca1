package io.gridgov.testkit;

/** How a generated partition cuts a parent into children. Thread-safe (an enum). */
public enum Style {
    /**
     * Street blocks (街巷定界): each parent is cut along a generated street pattern into columns of
     * rectilinear blocks of irregular widths and heights (T-junctions included).
     */
    STREET_BLOCKS,
    /**
     * Organic: each parent is cut into the Voronoi cells of seeds spread inside it (best-candidate
     * sampling), clipped to the parent; shared borders carry noise vertices.
     */
    ORGANIC
}

package io.gridgov.core.tree;

import static java.util.Objects.requireNonNull;

/**
 * A supervisor's span of control (联系范围) at a level, e.g. S9: each level-1 worker links
 * 4–5 level-2 grids, each level-2 worker links 8–10 level-3 workers, each level-3 worker links
 * 20–30 households.
 *
 * @param role the role whose holders supervise, such as {@code worker}
 * @param unit what is counted per holder
 * @param bounds the allowed count per holder
 */
public record Span(String role, Unit unit, Band bounds) {

    /** What a span counts. */
    public enum Unit {
        /** Child grids of the holder's grid, divided among the holders. */
        CHILD_GRIDS,
        /** Holders of {@link Span#role()} in the child grids, divided among the holders. */
        SUBORDINATE_WORKERS,
        /** Households of the holder's grid, divided among the holders. */
        HOUSEHOLDS
    }

    /** Validates the components. */
    public Span {
        requireNonNull(role, "role");
        requireNonNull(unit, "unit");
        requireNonNull(bounds, "bounds");
    }

    /** {@return a span of {@code min}–{@code max} units per holder of {@code role}} */
    public static Span of(String role, Unit unit, long min, long max) {
        return new Span(role, unit, Band.of(min, max));
    }
}

package io.gridgov.cases;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * Who is responsible for a case now (责任单位): its grid and the grid's staff before dispatch, the unit it
 * was dispatched to, the node it was escalated to, or a named department (吹哨). Immutable and thread-safe.
 *
 * @param kind what kind of unit
 * @param id the grid or node id, the department key, or empty for {@link Kind#NONE}
 * @param staff the people holding a role in that grid or node on the day asked about (from the tree's staffing)
 */
public record ResponsibleUnit(Kind kind, String id, List<String> staff) {

    /** The kinds of unit. */
    public enum Kind {
        /** The grid the case was located to (网格), not yet dispatched. */
        GRID,
        /** A node of the tree the case was dispatched or escalated to (社区, 街道...). */
        NODE,
        /** A department or another named unit (职能部门). */
        DEPARTMENT,
        /** Nobody: the case was not located and not dispatched. */
        NONE
    }

    /** Validates the components. */
    public ResponsibleUnit {
        requireNonNull(kind, "kind");
        requireNonNull(id, "id");
        staff = List.copyOf(staff);
    }

    @Override
    public String toString() {
        return kind == Kind.NONE ? "-" : kind.name().toLowerCase(java.util.Locale.ROOT) + ":" + id;
    }
}

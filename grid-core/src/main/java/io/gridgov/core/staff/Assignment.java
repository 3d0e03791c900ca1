package io.gridgov.core.staff;

import static java.util.Objects.requireNonNull;

import io.gridgov.core.tree.Validity;

/**
 * A person holding a role in a grid for a period. One person may hold several (一岗多责).
 *
 * @param personId the person
 * @param role the role key, such as {@code worker}
 * @param gridId the grid (any level of the tree)
 * @param validity the period
 */
public record Assignment(String personId, String role, String gridId, Validity validity) {

    /** Validates the components. */
    public Assignment {
        requireNonNull(personId, "personId");
        requireNonNull(role, "role");
        requireNonNull(gridId, "gridId");
        requireNonNull(validity, "validity");
    }

    /** {@return an assignment with no time limits} */
    public static Assignment of(String personId, String role, String gridId) {
        return new Assignment(personId, role, gridId, Validity.ALWAYS);
    }
}

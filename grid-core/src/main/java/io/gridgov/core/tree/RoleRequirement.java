package io.gridgov.core.tree;

import static java.util.Objects.requireNonNull;

/**
 * How many people must hold a role in each grid of a level, e.g. exactly one worker per grid
 * (一格一员): {@code RoleRequirement.of("worker", 1, 1)}.
 *
 * @param role the role key, such as {@code worker} (see {@code io.gridgov.core.staff.Role})
 * @param count how many holders are allowed; a minimum above zero makes the role required
 */
public record RoleRequirement(String role, Band count) {

    /** Validates the components. */
    public RoleRequirement {
        requireNonNull(role, "role");
        requireNonNull(count, "count");
        if (role.isBlank()) {
            throw new IllegalArgumentException("role key is blank");
        }
    }

    /** {@return a requirement of {@code min}–{@code max} holders of {@code role}} */
    public static RoleRequirement of(String role, long min, long max) {
        return new RoleRequirement(role, Band.of(min, max));
    }

    /** {@return a requirement of at least one holder of {@code role}} */
    public static RoleRequirement atLeastOne(String role) {
        return new RoleRequirement(role, Band.atLeast(1));
    }
}

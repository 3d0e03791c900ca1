package io.gridgov.geo.validate;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * The {@link BoundaryRule#INVALID_GEOMETRY} rule on one sibling group: geometries that IsValidOp rejects (self-intersection, bow-tie, …), with the reason and the place (几何无效).
 *
 * <pre>{@code
 * List<Violation> found = InvalidGeometryRule.check(SiblingGroup.of(partition, "c1"), ValidationOptions.DEFAULTS);
 * }</pre>
 *
 * <p>The checks of a group share their intermediate results (validity, JTS coverage check, union),
 * so this one-call entry computes them and returns this rule's violations only;
 * {@link PartitionValidator} runs every rule on every group of a tree at once. Stateless and
 * thread-safe.
 */
public final class InvalidGeometryRule {

    /** The rule this class checks. */
    public static final BoundaryRule RULE = BoundaryRule.INVALID_GEOMETRY;

    private InvalidGeometryRule() {
    }

    /**
     * Checks one sibling group.
     *
     * @param group the group
     * @param options tolerance, minimum area and allowed gaps
     * @return the violations of this rule, in report order
     */
    public static List<Violation> check(SiblingGroup group, ValidationOptions options) {
        return SiblingGroupChecks.check(requireNonNull(group, "group"), requireNonNull(options, "options"), RULE);
    }
}

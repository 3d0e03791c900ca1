package io.gridgov.geo.validate;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * The {@link BoundaryRule#EDGE_MISMATCH} rule on one sibling group: shared borders that do not match vertex for vertex (CoverageValidator's invalid edges) and are not explained by an overlap, gap or outside piece, e.g. a T-junction (边界不吻合).
 *
 * <pre>{@code
 * List<Violation> found = EdgeMismatchRule.check(SiblingGroup.of(partition, "c1"), ValidationOptions.DEFAULTS);
 * }</pre>
 *
 * <p>The checks of a group share their intermediate results (validity, JTS coverage check, union),
 * so this one-call entry computes them and returns this rule's violations only;
 * {@link PartitionValidator} runs every rule on every group of a tree at once. Stateless and
 * thread-safe.
 */
public final class EdgeMismatchRule {

    /** The rule this class checks. */
    public static final BoundaryRule RULE = BoundaryRule.EDGE_MISMATCH;

    private EdgeMismatchRule() {
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

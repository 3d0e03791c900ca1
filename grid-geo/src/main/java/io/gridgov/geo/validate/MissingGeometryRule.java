package io.gridgov.geo.validate;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * The {@link BoundaryRule#MISSING_GEOMETRY} rule on one sibling group: children without geometry among siblings that have one (缺少边界).
 *
 * <pre>{@code
 * List<Violation> found = MissingGeometryRule.check(SiblingGroup.of(partition, "c1"), ValidationOptions.DEFAULTS);
 * }</pre>
 *
 * <p>The checks of a group share their intermediate results (validity, JTS coverage check, union),
 * so this one-call entry computes them and returns this rule's violations only;
 * {@link PartitionValidator} runs every rule on every group of a tree at once. Stateless and
 * thread-safe.
 */
public final class MissingGeometryRule {

    /** The rule this class checks. */
    public static final BoundaryRule RULE = BoundaryRule.MISSING_GEOMETRY;

    private MissingGeometryRule() {
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

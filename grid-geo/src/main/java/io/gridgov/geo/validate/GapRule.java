package io.gridgov.geo.validate;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * The {@link BoundaryRule#GAP} rule on one sibling group: connected pieces of the parent covered by no child — holes and notches on the parent's edge alike — minus the allowed gaps (遗漏).
 *
 * <pre>{@code
 * List<Violation> found = GapRule.check(SiblingGroup.of(partition, "c1"), ValidationOptions.DEFAULTS);
 * }</pre>
 *
 * <p>The checks of a group share their intermediate results (validity, JTS coverage check, union),
 * so this one-call entry computes them and returns this rule's violations only;
 * {@link PartitionValidator} runs every rule on every group of a tree at once. Stateless and
 * thread-safe.
 */
public final class GapRule {

    /** The rule this class checks. */
    public static final BoundaryRule RULE = BoundaryRule.GAP;

    private GapRule() {
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

package io.gridgov.core.rule;

import io.gridgov.core.Severity;
import java.util.List;

/**
 * {@value #ID} (WARNING): a node has holders of a role, but more or fewer than its level allows on
 * the context's date — two workers where the level requires exactly one. No holders at all is
 * {@link MissingRoleRule}'s concern. Stateless and thread-safe.
 */
public final class RoleCountRule extends BuiltInRule {

    /** The rule id. */
    public static final String ID = "ROLE_COUNT";

    /** Creates the rule. */
    public RoleCountRule() {
        super(ID, Severity.WARNING, RoleCountRule::check);
    }

    private static void check(RuleContext context, Found found) {
        forEachRequirement(context, (node, req, holders) -> {
            if (!holders.isEmpty() && !req.count().contains(holders.size())) {
                found.add(List.of(node.id()), RoleNames.text("rule.ROLE_COUNT", context, node.id(), req.role(),
                        holders.size(), req.count().toString(), String.join(", ", holders)));
            }
        });
    }
}

package io.gridgov.core.rule;

import io.gridgov.core.Severity;
import java.util.List;

/**
 * {@value #ID} (ERROR): a node has nobody in a role its level requires on the context's date, e.g.
 * a grid without its worker (一格一员). Too few holders but at least one is {@link RoleCountRule}'s
 * concern. Stateless and thread-safe.
 */
public final class MissingRoleRule extends BuiltInRule {

    /** The rule id. */
    public static final String ID = "MISSING_ROLE";

    /** Creates the rule. */
    public MissingRoleRule() {
        super(ID, Severity.ERROR, MissingRoleRule::check);
    }

    private static void check(RuleContext context, Found found) {
        forEachRequirement(context, (node, req, holders) -> {
            if (req.count().minInclusive() > 0 && holders.isEmpty()) {
                found.add(List.of(node.id()), () -> RoleNames.text("rule.MISSING_ROLE", context, node.id(), req.role(),
                        context.asOf().toString()));
            }
        });
    }
}

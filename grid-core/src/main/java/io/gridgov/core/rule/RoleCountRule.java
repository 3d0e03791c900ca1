package io.gridgov.core.rule;

import io.gridgov.core.Finding;
import io.gridgov.core.Severity;
import io.gridgov.core.tree.RoleRequirement;
import java.util.ArrayList;
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
        super(ID, Severity.WARNING);
    }

    @Override
    public List<Finding> check(RuleContext context) {
        List<Finding> findings = new ArrayList<>();
        forEachLevelled(context.tree(), (node, level) -> {
            for (RoleRequirement req : level.roles()) {
                List<String> holders = context.staffing().holders(node.id(), req.role(), context.asOf());
                if (!holders.isEmpty() && !req.count().contains(holders.size())) {
                    findings.add(finding(List.of(node.id()), RoleNames.text("rule.ROLE_COUNT", context, node.id(),
                            req.role(), holders.size(), req.count().toString(), String.join(", ", holders))));
                }
            }
        });
        return findings;
    }
}

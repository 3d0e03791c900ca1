package io.gridgov.core.rule;

import io.gridgov.core.Severity;
import io.gridgov.core.tree.GridTree;
import io.gridgov.core.tree.Level;
import io.gridgov.core.tree.RoleRequirement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@value #ID} (WARNING): a node has holders of a role, but more or fewer than its level allows on
 * the context's date — two workers where the level requires exactly one. No holders at all is
 * {@link MissingRoleRule}'s concern. Stateless and thread-safe.
 */
public final class RoleCountRule implements StructuralRule {

    /** The rule id. */
    public static final String ID = "ROLE_COUNT";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public List<Finding> check(RuleContext context) {
        GridTree tree = context.tree();
        List<Finding> findings = new ArrayList<>();
        tree.nodes().forEach(node -> {
            Optional<Level> level = tree.level(node.id());
            if (level.isEmpty()) {
                return;
            }
            for (RoleRequirement req : level.get().roles()) {
                List<String> holders = context.staffing().holders(node.id(), req.role(), context.asOf());
                if (!holders.isEmpty() && !req.count().contains(holders.size())) {
                    findings.add(finding(List.of(node.id()), text("rule.ROLE_COUNT", RoleNames.args(context, req.role(), 1, node.id(), null,
                            holders.size(), req.count().toString(), String.join(", ", holders)))));
                }
            }
        });
        return findings;
    }

    private static io.gridgov.core.i18n.LocalizedText text(String key, Object[][] args) {
        return Texts.text(key, args[0], args[1]);
    }
}

package io.gridgov.core.rule;

import io.gridgov.core.Severity;
import io.gridgov.core.tree.GridTree;
import io.gridgov.core.tree.Level;
import io.gridgov.core.tree.RoleRequirement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@value #ID} (ERROR): a node has nobody in a role its level requires on the context's date, e.g.
 * a grid without its worker (一格一员). Too few holders but at least one is {@link RoleCountRule}'s
 * concern. Stateless and thread-safe.
 */
public final class MissingRoleRule implements StructuralRule {

    /** The rule id. */
    public static final String ID = "MISSING_ROLE";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
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
                if (req.count().minInclusive() > 0
                        && context.staffing().holders(node.id(), req.role(), context.asOf()).isEmpty()) {
                    findings.add(finding(List.of(node.id()), text("rule.MISSING_ROLE", RoleNames.args(context, req.role(), 1, node.id(), null,
                            context.asOf().toString()))));
                }
            }
        });
        return findings;
    }

    private static io.gridgov.core.i18n.LocalizedText text(String key, Object[][] args) {
        return Texts.text(key, args[0], args[1]);
    }
}

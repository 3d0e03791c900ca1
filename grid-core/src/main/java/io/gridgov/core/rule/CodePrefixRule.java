package io.gridgov.core.rule;

import static io.gridgov.core.i18n.CoreMessages.MESSAGES;

import io.gridgov.core.Severity;
import io.gridgov.core.tree.GridNode;
import io.gridgov.core.tree.GridTree;
import java.util.List;

/**
 * {@value #ID} (ERROR): a node's code does not extend its parent's code (for padded schemes: the
 * parent's code without its trailing zero segments). Checked only where both have a code.
 * Stateless and thread-safe.
 */
public final class CodePrefixRule extends BuiltInRule {

    /** The rule id. */
    public static final String ID = "CODE_PREFIX";

    /** Creates the rule. */
    public CodePrefixRule() {
        super(ID, Severity.ERROR, CodePrefixRule::check);
    }

    private static void check(RuleContext context, Found found) {
        GridTree tree = context.tree();
        tree.nodes().forEach(node -> {
            if (node.code().isEmpty() || node.parentId().isEmpty()) {
                return;
            }
            GridNode parent = tree.require(node.parentId().get());
            if (parent.code().isEmpty()) {
                return;
            }
            String parentCode = parent.code().get();
            String prefix = context.codeScheme().map(s -> s.childPrefix(parentCode, tree.levelNumber(parent.id())))
                    .orElse(parentCode);
            String code = node.code().get();
            if (!code.startsWith(prefix) || code.equals(parentCode)) {
                found.add(List.of(node.id(), parent.id()),
                        MESSAGES.text("rule.CODE_PREFIX", node.id(), code, parent.id(), prefix));
            }
        });
    }
}

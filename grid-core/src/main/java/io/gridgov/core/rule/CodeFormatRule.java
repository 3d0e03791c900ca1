package io.gridgov.core.rule;

import static io.gridgov.core.i18n.CoreMessages.MESSAGES;

import io.gridgov.core.Severity;
import io.gridgov.core.code.CodeScheme;
import io.gridgov.core.tree.GridTree;
import java.util.List;

/**
 * {@value #ID} (ERROR): a node's code does not have the length and characters its level requires in
 * the context's {@link CodeScheme} (by default the one the level scheme's code lengths imply). Nodes
 * without a code, and trees without a code scheme, are not checked. Stateless and thread-safe.
 */
public final class CodeFormatRule extends BuiltInRule {

    /** The rule id. */
    public static final String ID = "CODE_FORMAT";

    /** Creates the rule. */
    public CodeFormatRule() {
        super(ID, Severity.ERROR, CodeFormatRule::check);
    }

    private static void check(RuleContext context, Found found) {
        if (context.codeScheme().isEmpty()) {
            return;
        }
        CodeScheme codes = context.codeScheme().get();
        GridTree tree = context.tree();
        forEachNode(tree, (node, level) -> node.code().ifPresent(code -> {
            if (!codes.wellFormed(code, level)) {
                found.add(List.of(node.id()), MESSAGES.text("rule.CODE_FORMAT", node.id(), code, level,
                        codes.id(), codes.length(level).orElse(0)));
            }
        }));
    }
}

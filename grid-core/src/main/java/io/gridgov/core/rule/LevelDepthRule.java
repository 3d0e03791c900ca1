package io.gridgov.core.rule;

import static io.gridgov.core.i18n.CoreMessages.MESSAGES;

import io.gridgov.core.Severity;
import io.gridgov.core.tree.GridNode;
import io.gridgov.core.tree.GridTree;
import io.gridgov.core.tree.LevelScheme;
import java.util.List;
import java.util.OptionalInt;

/**
 * {@value #ID} (ERROR): a node lies deeper than the scheme's last level, or declares a level
 * ({@code level} in the file) that is unknown to the scheme or differs from the level its place in the
 * tree gives it (e.g. a grid hanging directly from a street: every grid belongs to a community).
 * Stateless and thread-safe.
 */
public final class LevelDepthRule extends BuiltInRule {

    /** The rule id. */
    public static final String ID = "LEVEL_DEPTH";

    /** Creates the rule. */
    public LevelDepthRule() {
        super(ID, Severity.ERROR, LevelDepthRule::check);
    }

    private static void check(RuleContext context, Found found) {
        GridTree tree = context.tree();
        LevelScheme scheme = tree.scheme();
        forEachNode(tree, (node, number) -> {
            if (number > scheme.depth()) {
                found.add(List.of(node.id()),
                        MESSAGES.text("rule.LEVEL_DEPTH", node.id(), number, scheme.id(), scheme.depth()));
            } else if (node.levelKey().isPresent()) {
                declared(node, number, scheme, found);
            }
        });
    }

    private static void declared(GridNode node, int number, LevelScheme scheme, Found found) {
        String key = node.levelKey().orElseThrow();
        OptionalInt declared = scheme.numberOf(key);
        String actual = scheme.level(number).key();
        if (declared.isEmpty()) {
            found.add(List.of(node.id()), MESSAGES.text("rule.LEVEL_DEPTH.unknown", node.id(), key,
                    scheme.id(), String.join(", ", scheme.levels().stream().map(l -> l.key()).toList())));
        } else if (declared.getAsInt() != number) {
            found.add(List.of(node.id()), MESSAGES.text("rule.LEVEL_DEPTH.mismatch", node.id(), key, actual));
        }
    }
}

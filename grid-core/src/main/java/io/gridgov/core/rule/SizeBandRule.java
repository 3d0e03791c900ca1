package io.gridgov.core.rule;

import static io.gridgov.core.i18n.CoreMessages.MESSAGES;

import io.gridgov.core.Severity;
import io.gridgov.core.tree.Band;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * {@value #ID} (WARNING): a comprehensive node's households or population lie outside its level's
 * band (规模适度: an urban grid of 300–500 households and at most 2,500 residents). Dedicated grids
 * (专属网格 — a school, an enterprise) are sized by their unit and not checked; nor are nodes whose
 * figure is unknown. Stateless and thread-safe.
 */
public final class SizeBandRule extends BuiltInRule {

    /** The rule id. */
    public static final String ID = "SIZE_BAND";

    /** Creates the rule. */
    public SizeBandRule() {
        super(ID, Severity.WARNING, SizeBandRule::check);
    }

    private static void check(RuleContext context, Found found) {
        forEachLevelled(context.tree(), (node, level) -> {
            if (node.kind().isDedicated()) {
                return;
            }
            check(node.id(), "households", node.households(), level.households(), found);
            check(node.id(), "population", node.population(), level.population(), found);
        });
    }

    private static void check(String id, String what, OptionalLong value, Optional<Band> band, Found found) {
        if (value.isPresent() && band.isPresent() && !band.get().contains(value.getAsLong())) {
            found.add(List.of(id), MESSAGES.text("rule.SIZE_BAND." + what, id, value.getAsLong(),
                    band.get().toString()));
        }
    }
}

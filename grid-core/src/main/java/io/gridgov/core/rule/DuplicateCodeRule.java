package io.gridgov.core.rule;

import static io.gridgov.core.i18n.CoreMessages.MESSAGES;

import io.gridgov.core.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@value #ID} (ERROR): two or more nodes share a code; one finding per code, naming the nodes in
 * pre-order. Stateless and thread-safe.
 */
public final class DuplicateCodeRule extends BuiltInRule {

    /** The rule id. */
    public static final String ID = "DUPLICATE_CODE";

    /** Creates the rule. */
    public DuplicateCodeRule() {
        super(ID, Severity.ERROR, DuplicateCodeRule::check);
    }

    private static void check(RuleContext context, Found found) {
        Map<String, List<String>> byCode = new LinkedHashMap<>();
        context.tree().nodes().forEach(n -> n.code().ifPresent(
                c -> byCode.computeIfAbsent(c, k -> new ArrayList<>(1)).add(n.id())));
        byCode.forEach((code, ids) -> {
            if (ids.size() > 1) {
                found.add(ids, MESSAGES.text("rule.DUPLICATE_CODE", code, ids.size(), String.join(", ", ids)));
            }
        });
    }
}

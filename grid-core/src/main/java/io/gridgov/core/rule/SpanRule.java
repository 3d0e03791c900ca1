package io.gridgov.core.rule;

import io.gridgov.core.Severity;
import io.gridgov.core.tree.Band;
import io.gridgov.core.tree.GridNode;
import io.gridgov.core.tree.GridTree;
import io.gridgov.core.tree.Span;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@value #ID} (WARNING): the span of control (联系范围) of a level's role holders lies outside its
 * bounds — S9 §1: a level-1 worker links 4–5 level-2 grids, a level-2 worker 8–10 level-3 workers,
 * a level-3 worker 20–30 households. The span is counted per node and divided among the node's
 * holders of the role on the context's date: {@code count ∈ [min × holders, max × holders]}.
 * Nodes without holders ({@link MissingRoleRule}) or, for {@link Span.Unit#HOUSEHOLDS}, without a
 * household figure are not checked. Stateless and thread-safe.
 */
public final class SpanRule extends BuiltInRule {

    /** The rule id. */
    public static final String ID = "SPAN";

    /** Creates the rule. */
    public SpanRule() {
        super(ID, Severity.WARNING, SpanRule::check);
    }

    private static void check(RuleContext context, Found found) {
        GridTree tree = context.tree();
        forEachLevelled(tree, (node, level) -> {
            for (Span span : level.spans()) {
                int holders = context.staffing().holders(node.id(), span.role(), context.asOf()).size();
                if (holders == 0) {
                    continue;
                }
                long count;
                switch (span.unit()) {
                    case CHILD_GRIDS -> count = tree.children(node.id()).size();
                    case SUBORDINATE_WORKERS -> {
                        Set<String> people = new HashSet<>();
                        for (GridNode child : tree.children(node.id())) {
                            people.addAll(context.staffing().holders(child.id(), span.role(), context.asOf()));
                        }
                        count = people.size();
                    }
                    case HOUSEHOLDS -> {
                        if (node.households().isEmpty()) {
                            continue;
                        }
                        count = node.households().getAsLong();
                    }
                    default -> throw new AssertionError(span.unit());
                }
                Band b = span.bounds();
                boolean inside = count >= b.minInclusive() * holders
                        && (b.maxInclusive() == Long.MAX_VALUE || count <= b.maxInclusive() * holders);
                if (!inside) {
                    BigDecimal perHolder = BigDecimal.valueOf(count).divide(BigDecimal.valueOf(holders), 1,
                            RoundingMode.HALF_EVEN);
                    found.add(List.of(node.id()), RoleNames.text("rule.SPAN." + span.unit().name(), context,
                            node.id(), span.role(), holders, count, perHolder.toPlainString(), b.toString()));
                }
            }
        });
    }
}

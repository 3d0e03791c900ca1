package io.gridgov.core.rule;

import static java.util.Objects.requireNonNull;

import io.gridgov.core.Finding;
import io.gridgov.core.Severity;
import io.gridgov.core.i18n.LocalizedText;
import io.gridgov.core.tree.GridNode;
import io.gridgov.core.tree.GridTree;
import io.gridgov.core.tree.Level;
import io.gridgov.core.tree.LevelScheme;
import io.gridgov.core.tree.RoleRequirement;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Supplier;
import java.util.function.BiConsumer;
import java.util.function.ObjIntConsumer;

/**
 * The common part of the built-in rules: a fixed id and severity, the check itself given as a
 * {@link Check} that reports into {@link Found} (which stamps each finding with the rule's id and
 * severity), and walks over the nodes that have a level. Each built-in rule stays its own public final
 * class with its public {@code ID} constant; this base is an implementation detail of the package.
 * Immutable and thread-safe.
 */
abstract class BuiltInRule implements StructuralRule {

    /** What one built-in rule checks: reports the findings about the context's tree into {@code found}. */
    @FunctionalInterface
    interface Check {
        void run(RuleContext context, Found found);
    }

    /**
     * The findings of one run of a rule, in the order reported: the first {@code limit} kept, all of
     * them counted by severity. Not thread-safe; one per run.
     */
    static final class Found {
        private final StructuralRule rule;
        private final int limit;
        private final List<Finding> findings = new ArrayList<>();
        private final long[] bySeverity = new long[Severity.values().length];

        private Found(StructuralRule rule, int limit) {
            this.rule = rule;
            this.limit = limit;
        }

        /** Adds a finding of the rule about {@code nodeIds} (most relevant first). */
        void add(List<String> nodeIds, LocalizedText message) {
            add(nodeIds, () -> message);
        }

        /** Adds a finding of the rule; the message is made only when the finding is kept. */
        void add(List<String> nodeIds, Supplier<LocalizedText> message) {
            bySeverity[rule.severity().ordinal()]++;
            if (findings.size() < limit) {
                findings.add(rule.finding(nodeIds, message.get()));
            }
        }

        /** Adds a finding made elsewhere (the tree's assembly) under the rule's id. */
        void add(Finding finding) {
            bySeverity[finding.severity().ordinal()]++;
            if (findings.size() < limit) {
                findings.add(finding);
            }
        }
    }

    /** The findings a rule kept and how many it found of each severity. */
    record Capped(List<Finding> kept, long[] bySeverity) {
    }

    /** Called with a levelled node, one of its level's role requirements and the role's holders on the date. */
    @FunctionalInterface
    interface RequirementAction {
        void accept(GridNode node, RoleRequirement requirement, List<String> holders);
    }

    private final String id;
    private final Severity severity;
    private final Check check;

    BuiltInRule(String id, Severity severity, Check check) {
        this.id = requireNonNull(id, "id");
        this.severity = requireNonNull(severity, "severity");
        this.check = requireNonNull(check, "check");
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final Severity severity() {
        return severity;
    }

    @Override
    public final List<Finding> check(RuleContext context) {
        return check(context, Integer.MAX_VALUE).kept();
    }

    /** {@return the first {@code limit} findings and the count of all of them by severity} */
    final Capped check(RuleContext context, int limit) {
        Found found = new Found(this, limit);
        check.run(context, found);
        return new Capped(found.findings, found.bySeverity);
    }

    /**
     * Calls {@code action} for each node of the tree that has a level in the scheme, in pre-order.
     *
     * @param tree the tree
     * @param action called with the node and its level
     */
    static void forEachLevelled(GridTree tree, BiConsumer<GridNode, Level> action) {
        LevelScheme scheme = tree.scheme();
        forEachNode(tree, (node, number) -> {
            if (number <= scheme.depth()) {
                action.accept(node, scheme.level(number));
            }
        });
    }

    /**
     * Calls {@code action} for each node of the tree with its level number, in pre-order. The numbers
     * are read off {@link GridTree#levelNumbers()} alongside the nodes: looking each node up by id
     * was most of the time of these rules on a large tree.
     *
     * @param tree the tree
     * @param action called with the node and its level number
     */
    static void forEachNode(GridTree tree, ObjIntConsumer<GridNode> action) {
        Iterator<GridNode> nodes = tree.nodes().iterator();
        for (int number : tree.levelNumbers()) {
            action.accept(nodes.next(), number);
        }
    }

    /**
     * Calls {@code action} for each role requirement of each levelled node (pre-order, then the level's
     * order of requirements), with the role's holders at the node on the context's date.
     *
     * @param context the tree, staffing and date
     * @param action called with the node, the requirement and the holders
     */
    static void forEachRequirement(RuleContext context, RequirementAction action) {
        forEachLevelled(context.tree(), (node, level) -> {
            for (RoleRequirement req : level.roles()) {
                action.accept(node, req, context.staffing().holders(node.id(), req.role(), context.asOf()));
            }
        });
    }
}

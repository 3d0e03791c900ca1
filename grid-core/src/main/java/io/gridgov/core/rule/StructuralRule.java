package io.gridgov.core.rule;

import io.gridgov.core.Finding;
import io.gridgov.core.Severity;
import java.util.List;

/**
 * A structural rule about a grid tree and its staffing (结构规则), with a fixed id and severity.
 * The built-in rules are the classes of this package ({@link DuplicateIdRule} … {@link SpanRule});
 * users add their own by implementing this interface and registering the rule with
 * {@link StructuralValidator.Builder#add(StructuralRule)}.
 *
 * <pre>{@code
 * StructuralRule namedGrids = new StructuralRule() {
 *     public String id() { return "UNNAMED"; }
 *     public Severity severity() { return Severity.WARNING; }
 *     public List<Finding> check(RuleContext c) {
 *         return c.tree().nodes().filter(n -> n.name().equals(n.id()))
 *                 .map(n -> finding(List.of(n.id()), new LocalizedText("unnamed " + n.id(), "未命名 " + n.id())))
 *                 .toList();
 *     }
 * };
 * }</pre>
 *
 * <p>Implementations must be stateless or immutable, and thread-safe.
 */
public interface StructuralRule {

    /** {@return the fixed rule id, upper case, such as {@code SIZE_BAND}} */
    String id();

    /** {@return the severity of this rule's findings} */
    Severity severity();

    /**
     * Checks the tree.
     *
     * @param context the tree, staffing, date and code scheme
     * @return the findings, in a deterministic order (pre-order of the nodes concerned)
     */
    List<Finding> check(RuleContext context);

    /**
     * A finding of this rule.
     *
     * @param nodeIds the nodes concerned, most relevant first
     * @param message the explanation
     * @return the finding with this rule's id and severity
     */
    default Finding finding(List<String> nodeIds, io.gridgov.core.i18n.LocalizedText message) {
        return new Finding(id(), severity(), nodeIds, message);
    }
}

package io.gridgov.core.rule;

import io.gridgov.core.Severity;
import java.util.List;

/**
 * {@value #ID} (ERROR): A node id occurs more than once in the input; the first node with the id is kept. Detected while assembling the tree ({@code GridTree.assemble}); this
 * rule reports the assembly's findings with that id so that every rule is listed, counted and
 * configured the same way. Stateless and thread-safe.
 */
public final class DuplicateIdRule implements StructuralRule {

    /** The rule id. */
    public static final String ID = "DUPLICATE_ID";

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
        return context.assemblyFindings().stream().filter(f -> f.rule().equals(ID)).toList();
    }
}

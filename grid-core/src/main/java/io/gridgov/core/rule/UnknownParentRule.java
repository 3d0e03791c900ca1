package io.gridgov.core.rule;

import io.gridgov.core.Severity;
import java.util.List;

/**
 * {@value #ID} (ERROR): A node names a parent that does not exist; the node and its descendants are left out. Detected while assembling the tree ({@code GridTree.assemble}); this
 * rule reports the assembly's findings with that id so that every rule is listed, counted and
 * configured the same way. Stateless and thread-safe.
 */
public final class UnknownParentRule implements StructuralRule {

    /** The rule id. */
    public static final String ID = "UNKNOWN_PARENT";

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

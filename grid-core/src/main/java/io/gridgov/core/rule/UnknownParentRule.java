package io.gridgov.core.rule;

/**
 * {@value #ID} (ERROR): A node names a parent that does not exist; the node and its descendants are left out. Detected while assembling the tree ({@code GridTree.assemble}); this
 * rule reports the assembly's findings with that id so that every rule is listed, counted and
 * configured the same way. Stateless and thread-safe.
 */
public final class UnknownParentRule extends AssemblyRule {

    /** The rule id. */
    public static final String ID = "UNKNOWN_PARENT";

    /** Creates the rule. */
    public UnknownParentRule() {
        super(ID);
    }
}

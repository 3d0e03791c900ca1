package io.gridgov.core.rule;

/**
 * {@value #ID} (ERROR): Nodes whose parents form a cycle; they are left out. Detected while assembling the tree ({@code GridTree.assemble}); this
 * rule reports the assembly's findings with that id so that every rule is listed, counted and
 * configured the same way. Stateless and thread-safe.
 */
public final class CycleRule extends AssemblyRule {

    /** The rule id. */
    public static final String ID = "CYCLE";

    /** Creates the rule. */
    public CycleRule() {
        super(ID);
    }
}

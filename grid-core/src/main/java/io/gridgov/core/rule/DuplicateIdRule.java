package io.gridgov.core.rule;

/**
 * {@value #ID} (ERROR): A node id occurs more than once in the input; the first node with the id is kept. Detected while assembling the tree ({@code GridTree.assemble}); this
 * rule reports the assembly's findings with that id so that every rule is listed, counted and
 * configured the same way. Stateless and thread-safe.
 */
public final class DuplicateIdRule extends AssemblyRule {

    /** The rule id. */
    public static final String ID = "DUPLICATE_ID";

    /** Creates the rule. */
    public DuplicateIdRule() {
        super(ID);
    }
}

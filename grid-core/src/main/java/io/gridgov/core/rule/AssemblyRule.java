package io.gridgov.core.rule;

import io.gridgov.core.Finding;
import io.gridgov.core.Severity;
import java.util.List;

/**
 * A built-in rule whose findings come from assembling the tree ({@code GridTree.assemble}): it
 * reports the assembly's findings that carry its id, so that every rule is listed, counted and
 * configured the same way. Immutable and thread-safe.
 */
abstract class AssemblyRule extends BuiltInRule {

    AssemblyRule(String id) {
        super(id, Severity.ERROR);
    }

    @Override
    public final List<Finding> check(RuleContext context) {
        return context.assemblyFindings().stream().filter(f -> f.rule().equals(id())).toList();
    }
}

package io.gridgov.core.rule;

import io.gridgov.core.Severity;

/**
 * A built-in rule whose findings come from assembling the tree ({@code GridTree.assemble}): it
 * reports the assembly's findings that carry its id, so that every rule is listed, counted and
 * configured the same way. Immutable and thread-safe.
 */
abstract class AssemblyRule extends BuiltInRule {

    AssemblyRule(String id) {
        super(id, Severity.ERROR, (context, found) -> context.assemblyFindings().stream()
                .filter(f -> f.ruleId().equals(id)).forEach(found::add));
    }
}

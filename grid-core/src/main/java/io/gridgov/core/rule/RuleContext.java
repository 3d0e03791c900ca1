package io.gridgov.core.rule;

import static java.util.Objects.requireNonNull;

import io.gridgov.core.Finding;
import io.gridgov.core.code.CodeScheme;
import io.gridgov.core.staff.Staffing;
import io.gridgov.core.tree.GridTree;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What a {@link StructuralRule} checks: the tree as of a date, its staffing, the code format, and the
 * findings of assembling the tree from raw nodes ({@code DUPLICATE_ID}, {@code UNKNOWN_PARENT},
 * {@code CYCLE}), which the assembly rules report. Immutable and thread-safe.
 *
 * @param tree the tree, already restricted to the nodes valid on {@code asOf}
 * @param staffing the staffing
 * @param asOf the day on which roles are counted
 * @param codeScheme the code format, when codes are checked
 * @param assemblyFindings the findings of {@code GridTree.assemble}, empty when the tree was built directly
 */
public record RuleContext(GridTree tree, Staffing staffing, LocalDate asOf, Optional<CodeScheme> codeScheme,
        List<Finding> assemblyFindings) {

    /** Validates and copies the components. */
    public RuleContext {
        requireNonNull(tree, "tree");
        requireNonNull(staffing, "staffing");
        requireNonNull(asOf, "asOf");
        requireNonNull(codeScheme, "codeScheme");
        assemblyFindings = List.copyOf(assemblyFindings);
    }
}

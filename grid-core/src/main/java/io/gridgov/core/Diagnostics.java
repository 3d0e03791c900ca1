package io.gridgov.core;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A report of {@link Diagnostic findings} (诊断报告), asked the same questions with the same words in
 * every module: {@link #isValid()}, {@link #count(Severity)}, {@link #findings()},
 * {@link #findings(String)} and {@link #errors()}. grid-core's
 * {@link io.gridgov.core.rule.StructuralReport}, grid-geo's boundary report, and the results of
 * validating duty templates and scoring schemes all answer them.
 *
 * <pre>{@code
 * Diagnostics<Finding> problems = scheme.validate();
 * if (!problems.isValid()) {
 *     problems.errors().forEach(f -> System.out.println(f.location().orElseThrow() + ": " + f.message(locale)));
 * }
 * }</pre>
 *
 * <p>Implementations are immutable and thread-safe.
 *
 * @param <D> the kind of finding
 */
public interface Diagnostics<D extends Diagnostic> {

    /**
     * A report of the given findings, in their order.
     *
     * @param findings the findings
     * @param <D> the kind of finding
     * @return the immutable report
     */
    static <D extends Diagnostic> Diagnostics<D> of(List<? extends D> findings) {
        return new DiagnosticList<>(List.copyOf(findings));
    }

    /** {@return every finding, in the report's deterministic order} */
    List<D> findings();

    /** {@return whether no finding is an {@link Severity#ERROR}} */
    default boolean isValid() {
        return findings().stream().noneMatch(Diagnostic::isError);
    }

    /** {@return the number of findings of one severity} */
    default long count(Severity severity) {
        requireNonNull(severity, "severity");
        return findings().stream().filter(d -> d.severity() == severity).count();
    }

    /** {@return the findings of one rule id, in report order} */
    default List<D> findings(String ruleId) {
        requireNonNull(ruleId, "ruleId");
        return findings().stream().filter(d -> d.ruleId().equals(ruleId)).toList();
    }

    /** {@return the {@link Severity#ERROR} findings, in report order} */
    default List<D> errors() {
        return findings().stream().filter(Diagnostic::isError).toList();
    }
}

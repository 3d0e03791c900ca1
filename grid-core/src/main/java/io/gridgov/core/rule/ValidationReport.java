package io.gridgov.core.rule;

import static java.util.Objects.requireNonNull;

import io.gridgov.core.Finding;
import io.gridgov.core.Severity;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The result of {@link StructuralValidator}: every finding, in a deterministic order (the validator's
 * rule order, then pre-order of the nodes concerned), and the number of findings per rule id (every
 * rule that ran is listed, with 0 when it found nothing). Immutable and thread-safe.
 *
 * @param asOf the day the tree and staffing were checked for
 * @param findings the findings
 * @param countsByRule rule id → number of findings, in rule order
 */
public record ValidationReport(LocalDate asOf, List<Finding> findings, Map<String, Integer> countsByRule) {

    /** Validates and copies the components. */
    public ValidationReport {
        requireNonNull(asOf, "asOf");
        findings = List.copyOf(findings);
        countsByRule = Collections.unmodifiableMap(new LinkedHashMap<>(countsByRule));
    }

    /** {@return whether any finding is an ERROR} */
    public boolean hasErrors() {
        return count(Severity.ERROR) > 0;
    }

    /** {@return the number of findings of a severity} */
    public long count(Severity severity) {
        requireNonNull(severity, "severity");
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    /** {@return the findings of one rule} */
    public List<Finding> findings(String ruleId) {
        requireNonNull(ruleId, "ruleId");
        return findings.stream().filter(f -> f.rule().equals(ruleId)).toList();
    }
}

package io.gridgov.core.rule;

import static java.util.Objects.requireNonNull;

import io.gridgov.core.Diagnostics;
import io.gridgov.core.Finding;
import io.gridgov.core.Severity;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.stream.Collectors;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The result of {@link StructuralValidator} (结构检查报告): every finding, in a deterministic order
 * (the validator's rule order, then pre-order of the nodes concerned), and the number of findings per
 * rule id (every rule that ran is listed, with 0 when it found nothing). A validator keeps the first
 * findings of each rule up to its limit ({@link StructuralValidator.Builder#maxFindingsPerRule}, 1,000
 * by default) and counts the rest: {@link #countsByRule()}, {@link #count(io.gridgov.core.Severity)} and
 * {@link #isValid()} are exact, {@link #omitted(String)} tells how many findings of a rule were not kept.
 * Asked with the
 * {@link Diagnostics} words: {@link #isValid()}, {@link #count(io.gridgov.core.Severity)},
 * {@link #findings(String)}, {@link #errors()}. Immutable and thread-safe.
 *
 * @param asOf the day the tree and staffing were checked for
 * @param findings the findings
 * @param countsByRule rule id → number of findings found (kept or not), in rule order
 * @param countsBySeverity severity → number of findings found (kept or not); absent means 0
 */
public record StructuralReport(LocalDate asOf, List<Finding> findings, Map<String, Integer> countsByRule,
        Map<Severity, Long> countsBySeverity) implements Diagnostics<Finding> {

    /** Validates and copies the components. */
    public StructuralReport {
        requireNonNull(asOf, "asOf");
        findings = List.copyOf(findings);
        countsByRule = Collections.unmodifiableMap(new LinkedHashMap<>(countsByRule));
        EnumMap<Severity, Long> bySeverity = new EnumMap<>(Severity.class);
        bySeverity.putAll(countsBySeverity);
        countsBySeverity = Collections.unmodifiableMap(bySeverity);
    }

    /**
     * A report that kept every finding: the counts by severity are those of the findings.
     *
     * @param asOf the day
     * @param findings every finding
     * @param countsByRule rule id → number of findings
     */
    public StructuralReport(LocalDate asOf, List<Finding> findings, Map<String, Integer> countsByRule) {
        this(asOf, findings, countsByRule, findings.stream().collect(Collectors.groupingBy(Finding::severity,
                () -> new EnumMap<>(Severity.class), Collectors.counting())));
    }

    /** {@return the number of findings of one severity, counting those not kept} */
    @Override
    public long count(Severity severity) {
        requireNonNull(severity, "severity");
        return countsBySeverity.getOrDefault(severity, 0L);
    }

    /** {@return whether no finding, kept or not, is an ERROR} */
    @Override
    public boolean isValid() {
        return count(Severity.ERROR) == 0;
    }

    /** {@return how many findings of a rule were found but not kept (0 for an unknown rule)} */
    public int omitted(String ruleId) {
        requireNonNull(ruleId, "ruleId");
        int found = countsByRule.getOrDefault(ruleId, 0);
        return found == 0 ? 0 : found - (int) findings.stream().filter(f -> f.ruleId().equals(ruleId)).count();
    }

    /** {@return whether some findings were counted but not kept} */
    public boolean isTruncated() {
        return countsByRule.values().stream().mapToLong(Integer::longValue).sum() > findings.size();
    }
}

package io.gridgov.core.rule;

import static java.util.Objects.requireNonNull;

import io.gridgov.core.Diagnostics;
import io.gridgov.core.Finding;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The result of {@link StructuralValidator} (结构检查报告): every finding, in a deterministic order
 * (the validator's rule order, then pre-order of the nodes concerned), and the number of findings per
 * rule id (every rule that ran is listed, with 0 when it found nothing). Asked with the
 * {@link Diagnostics} words: {@link #isValid()}, {@link #count(io.gridgov.core.Severity)},
 * {@link #findings(String)}, {@link #errors()}. Immutable and thread-safe.
 *
 * @param asOf the day the tree and staffing were checked for
 * @param findings the findings
 * @param countsByRule rule id → number of findings, in rule order
 */
public record StructuralReport(LocalDate asOf, List<Finding> findings, Map<String, Integer> countsByRule)
        implements Diagnostics<Finding> {

    /** Validates and copies the components. */
    public StructuralReport {
        requireNonNull(asOf, "asOf");
        findings = List.copyOf(findings);
        countsByRule = Collections.unmodifiableMap(new LinkedHashMap<>(countsByRule));
    }
}

package io.gridgov.cases;

import io.gridgov.core.Diagnostics;
import io.gridgov.core.Finding;
import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a replay answers as of an instant (案件报告): every open case, the cases closed in the history
 * window, the findings, and the statistics of the period when one was asked for. Immutable and
 * thread-safe.
 *
 * @param setup what the replay used
 * @param asOf the instant the events were replayed to
 * @param open the open cases as of {@code asOf}, sorted by deadline
 * @param history cases closed in the history window up to {@code asOf} (empty when none was asked for)
 * @param findings the findings, at most {@value CaseReplay#MAX_FINDINGS}
 * @param findingCount how many findings there were in all
 * @param statistics the statistics of the period, when one was given
 * @param events how many events were read
 * @param applied how many events were applied (the rest are findings or after {@code asOf})
 * @param cases how many cases were reported
 * @param peakHeld the largest number of cases held at once
 * @param phases how many reported cases ended in each phase as of {@code asOf}: each is exactly one of open,
 *     closed, cancelled and rejected, so the counts add up to {@code cases}
 */
public record CaseReport(CaseSetup setup, Instant asOf, List<CaseView> open, List<CaseView> history,
        List<Finding> findings, long findingCount, Optional<CaseStatistics> statistics, long events, long applied,
        long cases, long peakHeld, Map<CaseStatus.Phase, Long> phases) implements Diagnostics<Finding> {

    /** Validates the components. */
    public CaseReport {
        requireNonNull(setup, "setup");
        requireNonNull(asOf, "asOf");
        open = List.copyOf(open);
        history = List.copyOf(history);
        findings = List.copyOf(findings);
        requireNonNull(statistics, "statistics");
        phases = Map.copyOf(phases);
    }

    /** {@return an open case, or one of the history, by id} */
    public Optional<CaseView> view(String caseId) {
        return open.stream().filter(v -> v.id().equals(caseId)).findFirst()
                .or(() -> history.stream().filter(v -> v.id().equals(caseId)).findFirst());
    }

    /**
     * The three lists of a node's subtree (any node of the tree; a grid id when there is no tree).
     *
     * @param node the node
     * @return the lists
     */
    public CaseLists lists(String node) {
        requireNonNull(node, "node");
        java.util.Set<String> within = new java.util.HashSet<>();
        within.add(node);
        setup.tree().filter(t -> t.contains(node))
                .ifPresent(t -> t.descendants(node).forEach(n -> within.add(n.id())));
        java.util.function.Predicate<CaseView> in = v -> v.state().grid().map(within::contains).orElse(false);
        return CaseLists.of(node, asOf, open.stream().filter(in).toList(), history.stream().filter(in).toList());
    }
}

package io.gridgov.cases;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Case statistics (案件统计) for a period {@code [from, to)}, judged on the cases as replayed up to
 * {@link #asOf()} (at least {@code to}): per grid (the grid a case was located to), per node of the tree
 * (the node and its whole subtree), per department and per category.
 *
 * <ul>
 * <li>{@code reported}: reported within the period;</li>
 * <li>{@code due}: handling deadline within the period — never for a case never dispatched, a rejected
 *     case, or one cancelled before its deadline;</li>
 * <li>{@code postponed}: due with an approved postponement;</li>
 * <li>{@code on_time}: due, not postponed, whose last {@code handled} before its first passing
 *     {@code verified} is at or before the deadline;</li>
 * <li>{@code overdue_open}: due, not postponed, not on time, not closed or cancelled before {@code to};</li>
 * <li>{@code late}: the rest of due: closed or cancelled, but not on time —
 *     so {@code on_time + overdue_open + late + postponed = due};</li>
 * <li>{@code closed}: latest closure within the period; {@code reworked}: of those, with a failed
 *     verification; {@code escalated} and {@code supervised}: first escalation (explicit or automatic) or
 *     first supervision within the period.</li>
 * </ul>
 * Every count but {@code overdue_open} and {@code late} depends on one instant of each case, so with the
 * same {@code asOf} the counts of {@code [a, b)} and {@code [b, c)} add up to those of {@code [a, c)}.
 * Immutable and thread-safe.
 *
 * @param from the period's start, inclusive
 * @param to the period's end, exclusive
 * @param asOf the instant the cases were replayed to
 * @param byGrid counts per located grid ({@value #UNLOCATED} for cases located to no grid)
 * @param byNode counts per node of the tree, rolled up over its subtree
 * @param byDepartment counts per category's department
 * @param byCategory counts per category
 * @param total all cases
 */
public record CaseStatistics(Instant from, Instant to, Instant asOf, Map<String, CaseCounts> byGrid,
        Map<String, CaseCounts> byNode, Map<String, CaseCounts> byDepartment, Map<String, CaseCounts> byCategory,
        CaseCounts total) {

    /** The subject of cases located to no grid. */
    public static final String UNLOCATED = "(unlocated)";

    /** Validates the components; the maps are kept sorted by key. */
    public CaseStatistics {
        requireNonNull(from, "from");
        requireNonNull(to, "to");
        requireNonNull(asOf, "asOf");
        byGrid = java.util.Collections.unmodifiableMap(new TreeMap<>(byGrid));
        byNode = java.util.Collections.unmodifiableMap(new TreeMap<>(byNode));
        byDepartment = java.util.Collections.unmodifiableMap(new TreeMap<>(byDepartment));
        byCategory = java.util.Collections.unmodifiableMap(new TreeMap<>(byCategory));
        requireNonNull(total, "total");
    }

    /** {@return the counts of a node and its subtree (or of a grid when there is no tree), if it had any case} */
    public Optional<CaseCounts> node(String id) {
        CaseCounts c = byNode.get(id);
        return Optional.ofNullable(c != null ? c : byGrid.get(id));
    }

    /**
     * The statistics as facts for scoring: one subject per node of the tree (its subtree rolled up; per
     * grid when there is no tree), named {@code cases.reported}, {@code cases.due}, … and
     * {@code cases.<count>.by_source.<source>} (see {@link CaseCounts#facts()}).
     *
     * @return subject id to fact name to value, subjects sorted
     */
    public Map<String, Map<String, Long>> facts() {
        Map<String, Map<String, Long>> out = new TreeMap<>();
        (byNode.isEmpty() ? byGrid : byNode).forEach((id, c) -> out.put(id, c.facts()));
        return java.util.Collections.unmodifiableMap(out);
    }

    /**
     * The statistics as grid-core's shared facts value, for {@code gridgov assess} and grid-scoring: the
     * subjects and facts of {@link #facts()}, source {@code cases}.
     *
     * @param period the period label, such as {@code 2026-11}
     * @return the facts
     */
    public io.gridgov.core.facts.FactSet factSet(String period) {
        requireNonNull(period, "period");
        io.gridgov.core.facts.FactSet.Builder b = io.gridgov.core.facts.FactSet.builder().period(period).source("cases");
        facts().forEach((id, f) -> {
            b.subject(id);
            f.forEach((name, v) -> b.fact(id, name, v));
        });
        return b.build();
    }
}

package io.gridgov.geo.validate;

import static java.util.Objects.requireNonNull;

import io.gridgov.core.Diagnostics;
import io.gridgov.core.Severity;
import io.gridgov.geo.CoordinateSystem;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The result of validating a partition: every violation in a deterministic order, counts per rule
 * and level, and whether the partition is valid (no ERROR).
 *
 * <p>Order: structural findings first (in grid-core's order), then by level (top first), parent id,
 * rule, grid ids and the position of the representative point — independent of the order of the
 * input features and of the number of threads. Asked with the {@link Diagnostics} words of every
 * report: {@link #isValid()}, {@link #count(Severity)}, {@link #findings()},
 * {@link #findings(String)}, {@link #errors()}, plus {@link #findings(BoundaryRule)} and the counts
 * per rule and level. Immutable and thread-safe.
 *
 * @param violations the violations, in report order
 * @param gridCount the number of nodes validated
 * @param crs the coordinate system of the points and geometries
 * @param snappedVertices per parent id (the empty string for the roots), how many vertices the
 *        cluster tolerance snapped (moved onto a vertex or inserted into a segment within
 *        {@link ValidationOptions#toleranceMetres()}) before the checks; parents without any left out.
 *        Where a parent's grids share their borders vertex for vertex, only their outline is snapped
 *        against the parent, so the count is of the vertices where the grids and the parent disagree
 */
public record ValidationReport(List<Violation> violations, int gridCount, CoordinateSystem crs,
        Map<String, Integer> snappedVertices) implements Diagnostics<Violation> {

    /** Validates and copies the components. */
    public ValidationReport {
        violations = List.copyOf(violations);
        requireNonNull(crs, "crs");
        snappedVertices = Collections.unmodifiableMap(new TreeMap<>(snappedVertices));
        if (gridCount < 0) {
            throw new IllegalArgumentException("gridCount must be ≥ 0 but was " + gridCount);
        }
    }

    /**
     * A report without snapped vertices.
     *
     * @param violations the violations, in report order
     * @param gridCount the number of nodes validated
     * @param crs the coordinate system
     */
    public ValidationReport(List<Violation> violations, int gridCount, CoordinateSystem crs) {
        this(violations, gridCount, crs, Map.of());
    }

    /** {@return the number of vertices snapped in the whole partition} */
    public long snappedVertexCount() {
        return snappedVertices.values().stream().mapToLong(Integer::longValue).sum();
    }

    /** {@return every violation, in report order: the {@link #violations()}} */
    @Override
    public List<Violation> findings() {
        return violations;
    }

    /** {@return the violations of one rule, in report order} */
    public List<Violation> findings(BoundaryRule rule) {
        requireNonNull(rule, "rule");
        return violations.stream().filter(v -> v.rule() == rule).toList();
    }

    /** {@return the number of violations of one rule} */
    public long count(BoundaryRule rule) {
        requireNonNull(rule, "rule");
        return violations.stream().filter(v -> v.rule() == rule).count();
    }

    /** {@return the number of violations of one rule at one level (0 = unknown level)} */
    public long count(BoundaryRule rule, int level) {
        requireNonNull(rule, "rule");
        return violations.stream().filter(v -> v.rule() == rule && v.level() == level).count();
    }

    /** {@return the counts per rule (rules without violations left out), in rule order} */
    public Map<BoundaryRule, Long> countsByRule() {
        Map<BoundaryRule, Long> counts = new EnumMap<>(BoundaryRule.class);
        violations.forEach(v -> counts.merge(v.rule(), 1L, Long::sum));
        return Collections.unmodifiableMap(counts);
    }

    /** {@return the counts per rule and level number, in rule and level order} */
    public Map<BoundaryRule, Map<Integer, Long>> countsByRuleAndLevel() {
        Map<BoundaryRule, Map<Integer, Long>> counts = new EnumMap<>(BoundaryRule.class);
        violations.forEach(v -> counts.computeIfAbsent(v.rule(), r -> new TreeMap<>()).merge(v.level(), 1L, Long::sum));
        Map<BoundaryRule, Map<Integer, Long>> frozen = new EnumMap<>(BoundaryRule.class);
        counts.forEach((r, m) -> frozen.put(r, Collections.unmodifiableMap(m)));
        return Collections.unmodifiableMap(frozen);
    }
}

package io.gridgov.testkit;

import static java.util.Objects.requireNonNull;

import io.gridgov.core.Arguments;
import io.gridgov.core.Severity;
import io.gridgov.geo.validate.BoundaryRule;
import io.gridgov.geo.validate.Violation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.assertj.core.data.Percentage;

/**
 * What a violation must look like, for {@link ValidationReportAssert#hasViolation}: each call adds
 * a condition; unset components match anything.
 *
 * <pre>{@code
 * assertThat(report).hasViolation(v -> v.rule(GAP).parent("P").grids("a", "b")
 *         .areaCloseTo(120.0, withinPercent(1)));
 * }</pre>
 *
 * Not thread-safe (a short-lived builder).
 */
public final class ViolationPattern {

    private BoundaryRule rule;
    private Severity severity;
    private Optional<String> parent;
    private List<String> grids;
    private Double area;
    private Percentage percentage;
    private Integer level;

    ViolationPattern() {
    }

    /** Requires this rule. @return this pattern */
    public ViolationPattern rule(BoundaryRule rule) {
        this.rule = requireNonNull(rule, "rule");
        return this;
    }

    /** Requires this severity. @return this pattern */
    public ViolationPattern severity(Severity severity) {
        this.severity = requireNonNull(severity, "severity");
        return this;
    }

    /** Requires this parent id. @return this pattern */
    public ViolationPattern parent(String parentId) {
        this.parent = Optional.of(requireNonNull(parentId, "parentId"));
        return this;
    }

    /** Requires the violation to concern roots (no parent). @return this pattern */
    public ViolationPattern noParent() {
        this.parent = Optional.empty();
        return this;
    }

    /** Requires exactly these grid ids (in any order). @return this pattern */
    public ViolationPattern grids(String... ids) {
        requireNonNull(ids, "ids");
        this.grids = Arrays.stream(ids).sorted().toList();
        return this;
    }

    /** Requires this level number (1 = top). @return this pattern */
    public ViolationPattern level(int level) {
        this.level = Arguments.atLeast(level, 0, "level");
        return this;
    }

    /**
     * Requires an area close to {@code m2}.
     *
     * @param m2 the expected area in m²
     * @param within the allowed difference, e.g. {@link GridAssertions#withinPercent(double) withinPercent(1)}
     * @return this pattern
     */
    public ViolationPattern areaCloseTo(double m2, Percentage within) {
        this.area = m2;
        this.percentage = requireNonNull(within, "within");
        return this;
    }

    /** {@return whether the violation satisfies every condition} */
    public boolean test(Violation v) {
        return (rule == null || v.rule() == rule)
                && (severity == null || v.severity() == severity)
                && (parent == null || v.parentId().equals(parent))
                && (grids == null || v.gridIds().equals(grids))
                && (level == null || v.level() == level)
                && (area == null || Math.abs(v.areaM2() - area) <= Math.abs(area) * percentage.value / 100);
    }

    @Override
    public String toString() {
        List<String> parts = new ArrayList<>();
        if (rule != null) {
            parts.add("rule " + rule);
        }
        if (severity != null) {
            parts.add("severity " + severity);
        }
        if (parent != null) {
            parts.add("parent " + parent.orElse("(none)"));
        }
        if (grids != null) {
            parts.add("grids " + grids);
        }
        if (level != null) {
            parts.add("level " + level);
        }
        if (area != null) {
            parts.add("area " + area + " m² within " + percentage);
        }
        return parts.isEmpty() ? "any violation" : String.join(", ", parts);
    }
}

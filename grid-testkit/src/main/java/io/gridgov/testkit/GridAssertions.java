package io.gridgov.testkit;

import io.gridgov.geo.validate.ValidationReport;
import org.assertj.core.data.Percentage;

/**
 * Entry point of the AssertJ assertions over boundary validation reports.
 *
 * <pre>{@code
 * import static io.gridgov.testkit.GridAssertions.assertThat;
 * import static io.gridgov.testkit.GridAssertions.withinPercent;
 *
 * assertThat(report).isValid();                       // no ERROR, as report.isValid()
 * assertThat(report).hasOnly(BoundaryRule.GAP)
 *         .hasViolation(v -> v.rule(BoundaryRule.GAP).parent("P").grids("a", "b").areaCloseTo(120.0, withinPercent(1)));
 * assertThat(report).hasExactly(mutation.expected());
 * }</pre>
 *
 * Failure messages list the report's violations with their pieces as WKT. Thread-safe (stateless).
 */
public final class GridAssertions {

    private GridAssertions() {
    }

    /**
     * Starts assertions on a report.
     *
     * @param report the report
     * @return the assertion object
     */
    public static ValidationReportAssert assertThat(ValidationReport report) {
        return new ValidationReportAssert(report);
    }

    /**
     * A relative tolerance for {@link ViolationPattern#areaCloseTo}.
     *
     * @param percent the tolerance in per cent (≥ 0)
     * @return the percentage
     */
    public static Percentage withinPercent(double percent) {
        return Percentage.withPercentage(percent);
    }
}

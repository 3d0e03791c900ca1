package io.gridgov.geo.validate;

import static org.assertj.core.api.Assertions.assertThat;

import io.gridgov.geo.FixtureAccess;
import org.junit.jupiter.api.Test;

/** Tolerance means snapping: what lies within it is one, and the report says how much was snapped. */
class SnappingTest {

    static FixtureAccess.Case fixture(String name) {
        return FixtureAccess.cases().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void aParentDigitisedWithinTheToleranceIsSnappedAndTheReportCountsTheVertices() {
        FixtureAccess.Case c = fixture("sliver-parent-digitised-separately.txt");
        ValidationReport report = PartitionValidator.validate(c.partition(), c.options());
        assertThat(report.violations()).isEmpty();
        assertThat(report.snappedVertices()).containsOnlyKeys("P");
        assertThat(report.snappedVertices().get("P")).isPositive();
        assertThat(report.snappedVertexCount()).isEqualTo((long) report.snappedVertices().get("P"));
    }

    @Test
    void withoutToleranceNothingIsSnappedAndTheStripsAreErrors() {
        FixtureAccess.Case c = fixture("sliver-parent-digitised-separately.txt");
        ValidationReport report = PartitionValidator.validate(c.partition(),
                c.options().toBuilder().toleranceMetres(0).build());
        assertThat(report.snappedVertices()).isEmpty();
        assertThat(report.errors()).extracting(Violation::rule).containsExactlyInAnyOrder(BoundaryRule.GAP, BoundaryRule.OUTSIDE_PARENT);
    }

    @Test
    void anExactTilingIsNeverSnapped() {
        FixtureAccess.Case c = fixture("valid-enclave-with-hole.txt");
        ValidationReport report = PartitionValidator.validate(c.partition(), c.options());
        assertThat(report.violations()).isEmpty();
        assertThat(report.snappedVertices()).isEmpty();
    }
}

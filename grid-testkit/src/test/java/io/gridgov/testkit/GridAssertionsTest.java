package io.gridgov.testkit;

import static io.gridgov.testkit.GridAssertions.assertThat;
import static io.gridgov.testkit.GridAssertions.withinPercent;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gridgov.core.Severity;
import io.gridgov.geo.CoordinateSystem;
import io.gridgov.geo.validate.PartitionValidator;
import io.gridgov.geo.validate.BoundaryRule;
import io.gridgov.geo.validate.ValidationReport;
import org.junit.jupiter.api.Test;

class GridAssertionsTest {

    private static final Partition CITY = Partitions.generate(PartitionSpec.builder().fanOuts(1, 3, 4)
            .crs(CoordinateSystem.PROJECTED_METRES).verticesPerBorder(3).seed(11).build());

    private static Mutation deleted() {
        return Defect.DELETE.apply(CITY, 0).orElseThrow();
    }

    private static ValidationReport report(Partition p) {
        return PartitionValidator.validate(p.toGeoPartition());
    }

    @Test
    void aValidCityHasNoErrorsAndNoViolations() {
        assertThat(report(CITY)).isValid().hasNoFindings();
    }

    @Test
    void aDeletedGridIsFoundByPatternAndByExpectation() {
        Mutation m = deleted();
        ExpectedViolation gap = m.single();
        ValidationReport r = report(m.partition());
        assertThat(r).hasOnly(BoundaryRule.GAP).reports(m)
                .hasViolation(v -> v.rule(BoundaryRule.GAP).severity(Severity.ERROR).parent(gap.parentId().orElseThrow())
                        .grids(gap.gridIds().toArray(String[]::new)).level(3)
                        .areaCloseTo(gap.areaM2().getAsDouble(), withinPercent(1)));
    }

    @Test
    void isValidFailsWithTheOffendingPieceAsWkt() {
        ValidationReport r = report(deleted().partition());
        assertThatThrownBy(() -> assertThat(r).isValid())
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expected no ERROR violations but found 1")
                .hasMessageContaining("GAP ERROR level 3 parent 1.")
                .hasMessageContaining("piece: POLYGON ((");
    }

    @Test
    void hasViolationFailsNamingThePatternAndListingTheReport() {
        ValidationReport r = report(deleted().partition());
        assertThatThrownBy(() -> assertThat(r).hasViolation(v -> v.rule(BoundaryRule.OVERLAP).grids("x", "y")))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expected a violation with rule OVERLAP, grids [x, y]")
                .hasMessageContaining("GAP ERROR");
    }

    @Test
    void hasOnlyFailsOnAnotherRuleAndOnAnEmptyReport() {
        assertThatThrownBy(() -> assertThat(report(deleted().partition())).hasOnly(BoundaryRule.OVERLAP))
                .hasMessageContaining("Expected only violations of [OVERLAP] but found 1 others");
        assertThatThrownBy(() -> assertThat(report(CITY)).hasOnly(BoundaryRule.GAP))
                .hasMessageContaining("the report is empty");
    }

    @Test
    void hasExactlyFailsListingWhatIsMissingAndWhatIsUnexpected() {
        Mutation m = deleted();
        assertThatThrownBy(() -> assertThat(report(CITY)).reports(m))
                .hasMessageContaining("missing 1:")
                .hasMessageContaining("expected piece: POLYGON ((")
                .hasMessageContaining("unexpected 0:");
    }

    @Test
    void anAreaOutsideThePercentageDoesNotMatch() {
        Mutation m = deleted();
        double area = m.single().areaM2().getAsDouble();
        ValidationReport r = report(m.partition());
        assertThat(r).hasViolation(v -> v.areaCloseTo(area * 1.009, withinPercent(1)));
        assertThatThrownBy(() -> assertThat(r).hasViolation(v -> v.areaCloseTo(area * 1.05, withinPercent(1))))
                .isInstanceOf(AssertionError.class);
    }
}

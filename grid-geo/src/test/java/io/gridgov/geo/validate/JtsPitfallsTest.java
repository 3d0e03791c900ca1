package io.gridgov.geo.validate;

import static org.assertj.core.api.Assertions.assertThat;

import io.gridgov.geo.FixtureAccess;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.coverage.CoverageGapFinder;
import org.locationtech.jts.coverage.CoverageUnion;
import org.locationtech.jts.coverage.CoverageValidator;
import org.locationtech.jts.geom.Geometry;

/**
 * The JTS 1.20 pitfalls the validator works around are real (each test shows JTS's behaviour on a
 * fixture), and the validator gets each fixture right.
 */
class JtsPitfallsTest {

    static FixtureAccess.Case fixture(String name) {
        return FixtureAccess.cases().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    static Geometry[] children(FixtureAccess.Case c) {
        return c.partition().tree().children("P").stream().map(n -> c.partition().geometries().get(n.id()))
                .toArray(Geometry[]::new);
    }

    @Test
    void coverageUnionReturnsAnInvalidPolygonWhenAHoleTouchesTheShellButTheValidatorFindsNoGap() {
        FixtureAccess.Case c = fixture("valid-hole-touching-shell.txt");
        assertThat(CoverageUnion.union(children(c)).isValid()).as("locationtech/jts#1134").isFalse();
        assertThat(PartitionValidator.validate(c.partition(), c.options()).violations()).isEmpty();
    }

    @Test
    void coverageGapFinderMissesANotchOnTheParentsEdgeButTheValidatorReportsIt() {
        FixtureAccess.Case c = fixture("gap-notch-on-parent-edge.txt");
        assertThat(CoverageGapFinder.findGaps(children(c), 5).isEmpty()).isTrue();
        assertThat(PartitionValidator.validate(c.partition(), c.options()).findings(BoundaryRule.GAP)).hasSize(1);
    }

    @Test
    void aParentInTheSameCoverageAsItsChildrenIsFlaggedEverywhereButTheValidatorComparesWithTheUnion() {
        FixtureAccess.Case c = fixture("valid-parent-fewer-vertices.txt");
        Geometry[] withParent = new Geometry[3];
        withParent[0] = c.partition().geometries().get("P");
        System.arraycopy(children(c), 0, withParent, 1, 2);
        assertThat(Arrays.stream(CoverageValidator.validate(withParent)).allMatch(g -> g != null)).isTrue();
        assertThat(PartitionValidator.validate(c.partition(), c.options()).violations()).isEmpty();
    }

    @Test
    void aTJunctionHasNoGapOrOverlapAreaButIsAnEdgeMismatch() {
        FixtureAccess.Case c = fixture("edge-mismatch-t-junction.txt");
        ValidationReport report = PartitionValidator.validate(c.partition(), c.options());
        assertThat(report.violations()).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo(BoundaryRule.EDGE_MISMATCH);
            assertThat(v.gridIds()).containsExactly("A", "B", "C");
            assertThat(v.point()).hasValueSatisfying(p -> assertThat(p.y()).isEqualTo(5.0));
        });
    }
}

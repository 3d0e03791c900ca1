package io.gridgov.geo.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.gridgov.geo.FixtureAccess;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

/** Each rule has fixtures under {@code fixtures/validate}, valid and invalid; each yields exactly what it expects. */
class RuleFixturesTest {

    static Stream<FixtureAccess.Case> fixtures() {
        return FixtureAccess.cases();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void eachFixtureYieldsExactlyTheViolationsItExpects(FixtureAccess.Case fixture) {
        ValidationReport report = PartitionValidator.validate(fixture.partition(), fixture.options());

        List<Violation> remaining = new ArrayList<>(report.violations());
        for (FixtureAccess.Expect e : fixture.expected()) {
            Violation match = remaining.stream()
                    .filter(v -> v.rule() == e.rule() && v.severity() == e.severity()
                            && v.parentId().orElse("-").equals(e.parent()) && v.gridIds().equals(e.grids()))
                    .findFirst().orElse(null);
            assertThat(match).as("%s: expected %s among %s", fixture.name(), e, report.violations()).isNotNull();
            assertThat(match.areaM2()).as("area of %s", e)
                    .isCloseTo(e.areaM2(), within(Math.max(1e-6, e.areaM2() * 0.01)));
            assertThat(match.message().en()).isNotBlank();
            assertThat(match.message().zh()).isNotBlank().isNotEqualTo(match.message().en());
            if (match.areaM2() > 0 && match.rule() != BoundaryRule.INVALID_GEOMETRY) {
                Geometry piece = match.geometry().orElseThrow();
                Coordinate p = new Coordinate(match.point().orElseThrow().x(), match.point().orElseThrow().y());
                assertThat(piece.intersects(piece.getFactory().createPoint(p)))
                        .as("the representative point lies in the piece").isTrue();
            }
            remaining.remove(match);
        }
        assertThat(remaining).as("%s: unexpected violations", fixture.name()).isEmpty();
        assertThat(report.isValid()).isEqualTo(fixture.expected().stream().noneMatch(e -> e.severity().isError()));
    }
}

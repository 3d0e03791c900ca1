package io.gridgov.geo.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gridgov.core.tree.GridNode;
import io.gridgov.geo.FixtureAccess;
import io.gridgov.geo.GeoPartition;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Each rule class, on each sibling group, returns exactly that rule's violations of the full validation. */
class RuleClassesTest {

    static final Map<BoundaryRule, BiFunction<SiblingGroup, ValidationOptions, List<Violation>>> RULES = Map.of(
            BoundaryRule.INVALID_GEOMETRY, InvalidGeometryRule::check,
            BoundaryRule.MISSING_GEOMETRY, MissingGeometryRule::check,
            BoundaryRule.OVERLAP, OverlapRule::check,
            BoundaryRule.GAP, GapRule::check,
            BoundaryRule.OUTSIDE_PARENT, OutsideParentRule::check,
            BoundaryRule.EDGE_MISMATCH, EdgeMismatchRule::check,
            BoundaryRule.NOT_CONTIGUOUS, NotContiguousRule::check);

    static Stream<FixtureAccess.Case> fixtures() {
        return FixtureAccess.cases();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void eachRuleClassAgreesWithTheFullValidationOnEveryGroup(FixtureAccess.Case fixture) {
        GeoPartition p = fixture.partition();
        ValidationOptions options = fixture.options().toBuilder().allowedGaps(p.allowedGaps()).build();
        ValidationReport report = PartitionValidator.validate(p, fixture.options());
        List<SiblingGroup> groups = new ArrayList<>(List.of(SiblingGroup.roots(p)));
        p.tree().nodes().map(GridNode::id).filter(id -> !p.tree().isLeaf(id)).forEach(id -> groups.add(SiblingGroup.of(p, id)));

        List<Violation> fromRuleClasses = new ArrayList<>();
        for (SiblingGroup group : groups) {
            for (BoundaryRule rule : RULES.keySet()) {
                List<Violation> found = RULES.get(rule).apply(group, options);
                assertThat(found).allSatisfy(v -> assertThat(v.rule()).isEqualTo(rule));
                fromRuleClasses.addAll(found);
            }
            assertThat(PartitionValidator.validate(group, options)).containsExactlyInAnyOrderElementsOf(
                    report.violations().stream().filter(v -> v.rule() != BoundaryRule.STRUCTURAL
                            && v.parentId().equals(group.parentId())).toList());
        }
        assertThat(fromRuleClasses).containsExactlyInAnyOrderElementsOf(
                report.violations().stream().filter(v -> v.rule() != BoundaryRule.STRUCTURAL).toList());
    }

    @Test
    void aGroupNeedsChildren() {
        GeoPartition p = fixtures().findFirst().orElseThrow().partition();
        String leaf = p.tree().leaves().get(0).id();
        assertThatThrownBy(() -> SiblingGroup.of(p, leaf)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(leaf);
    }
}

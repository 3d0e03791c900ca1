package io.gridgov.core.rule;

import static org.assertj.core.api.Assertions.assertThat;

import io.gridgov.core.Severity;
import io.gridgov.core.staff.Staffing;
import io.gridgov.core.tree.GridNode;
import io.gridgov.core.tree.GridTree;
import io.gridgov.core.tree.LevelSchemes;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 13: a 2-million-node tree without staff died under a 1 GB heap collecting 4 million
 * MISSING_ROLE findings. The report keeps the first findings of each rule and counts the rest.
 */
class FindingCapTest {

    /** An urban tree of {@code grids} unstaffed grids: each misses its worker and its leader. */
    static GridTree unstaffed(int grids) {
        List<GridNode> nodes = new ArrayList<>();
        nodes.add(GridNode.builder("d").level("district").build());
        nodes.add(GridNode.builder("s").parent("d").level("street").build());
        nodes.add(GridNode.builder("c").parent("s").level("community").build());
        for (int i = 0; i < grids; i++) {
            nodes.add(GridNode.builder("g" + i).parent("c").level("grid").households(400).build());
        }
        return GridTree.of(LevelSchemes.urban(), nodes);
    }

    @Test
    void findingsBeyondTheLimitAreCountedNotKept() {
        StructuralReport report = StructuralValidator.builder().maxFindingsPerRule(100).build()
                .check(unstaffed(30_000), Staffing.empty(), LocalDate.of(2026, 11, 1));
        assertThat(report.countsByRule()).containsEntry(MissingRoleRule.ID, 60_000);
        assertThat(report.findings(MissingRoleRule.ID)).hasSize(100);
        assertThat(report.findings(MissingRoleRule.ID).get(0).subjects()).containsExactly("g0");
        assertThat(report.omitted(MissingRoleRule.ID)).isEqualTo(59_900);
        assertThat(report.count(Severity.ERROR)).isEqualTo(60_000);
        assertThat(report.isValid()).isFalse();
        assertThat(report.isTruncated()).isTrue();
    }

    @Test
    void theDefaultKeepsAThousandPerRuleAndAFullReportIsNotTruncated() {
        StructuralReport big = StructuralValidator.validate(unstaffed(2_000), Staffing.empty(), LocalDate.of(2026, 11, 1));
        assertThat(big.findings(MissingRoleRule.ID)).hasSize(StructuralValidator.DEFAULT_MAX_FINDINGS_PER_RULE);
        assertThat(big.countsByRule()).containsEntry(MissingRoleRule.ID, 4_000);
        StructuralReport small = StructuralValidator.validate(unstaffed(3), Staffing.empty(), LocalDate.of(2026, 11, 1));
        assertThat(small.isTruncated()).isFalse();
        assertThat(small.omitted(MissingRoleRule.ID)).isZero();
        assertThat(small.count(Severity.ERROR)).isEqualTo(small.errors().size());
    }
}

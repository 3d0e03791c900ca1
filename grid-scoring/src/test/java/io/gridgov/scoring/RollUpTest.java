package io.gridgov.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.gridgov.core.facts.FactSet;
import io.gridgov.core.facts.SubjectFacts;
import io.gridgov.core.tree.GridNode;
import io.gridgov.core.tree.GridTree;
import io.gridgov.core.tree.Level;
import io.gridgov.core.tree.LevelScheme;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RollUpTest {
    private final Scheme scheme = Check.oneIndicator("{\"type\": \"manual\", \"fact\": \"m\"}",
            ", \"grades\": [{\"name\": \"好\", \"min\": 80}, {\"name\": \"差\", \"min\": 0}]");

    private Scorecard card(String subject, String period, String m) {
        return Scoring.of(scheme).score(SubjectFacts.of(subject, Check.facts("m", m)), Optional.of(period));
    }

    @Test
    void threeMonthsMakeAQuarterByEqualWeights() {
        RollUp q = RollUp.periods(scheme, "2026-Q4",
                List.of(card("g1", "2026-10", "90"), card("g1", "2026-11", "75"), card("g1", "2026-12", "80")));
        assertThat(q.total()).isEqualByComparingTo("81.7");
        assertThat(q.grade()).contains("好");
        assertThat(q.categories()).containsEntry("A", new BigDecimal("81.7"));
    }

    @Test
    void quartersMakeAYearWithWeights() {
        RollUp y = RollUp.periodsWeighted(scheme, "2026", List.of(
                new RollUp.Part(card("g1", "Q1", "60"), new BigDecimal("0.2")),
                new RollUp.Part(card("g1", "Q2", "70"), new BigDecimal("0.2")),
                new RollUp.Part(card("g1", "Q3", "80"), new BigDecimal("0.3")),
                new RollUp.Part(card("g1", "Q4", "90"), new BigDecimal("0.3"))));
        assertThat(y.total()).isEqualByComparingTo("77.0");
    }

    @Test
    void childrenRollUpIntoTheirParentByHouseholds() {
        LevelScheme levels = LevelScheme.of("t", Level.builder("community").build(), Level.builder("grid").build());
        GridTree tree = GridTree.of(levels, List.of(
                GridNode.builder("c1").root().name("社区").level("community").build(),
                GridNode.builder("g1").parent("c1").name("一网格").level("grid").households(300).build(),
                GridNode.builder("g2").parent("c1").name("二网格").level("grid").households(100).build()));
        List<Scorecard> cards = List.of(card("g1", "2026-11", "90"), card("g2", "2026-11", "50"));
        assertThat(Ranking.peerGroup(tree, "g1")).isEqualTo("L2/comprehensive");
        assertThat(RollUp.children(scheme, tree, "c1", "2026-11", cards, RollUp.Weighting.HOUSEHOLDS).total())
                .isEqualByComparingTo("80.0");
        assertThat(RollUp.children(scheme, tree, "c1", "2026-11", cards, RollUp.Weighting.EQUAL).total())
                .isEqualByComparingTo("70.0");
    }

    @Test
    void childrenMayBeWeightedByTheWeightInTheirFacts() {
        FactSet kids = FactSet.of("2026-11", List.of(
                new SubjectFacts("g1", Optional.empty(), Optional.of(new BigDecimal("320")), Check.facts("m", 90)),
                new SubjectFacts("g2", Optional.empty(), Optional.of(new BigDecimal("80")), Check.facts("m", 40))));
        List<Scorecard> cards = Scoring.score(scheme, kids);
        assertThat(RollUp.childrenByWeight(scheme, "c1", "2026-11", cards, kids).total()).isEqualByComparingTo("80.0");
    }

    @Test
    void aParentMayBeScoredOnItsOwnSchemeFromItsChildrensSummedFacts() {
        Scheme rate = Check.oneIndicator("""
                {"type": "rate", "numerator": "done", "denominator": "required", "perPercentBelow": 1,
                 "onZeroDenominator": "full"}""", "");
        FactSet kids = FactSet.of("2026-11", List.of(SubjectFacts.of("g1", Check.facts("done", 9, "required", 10)),
                SubjectFacts.of("g2", Check.facts("done", 81, "required", 90))));
        Scorecard parent = RollUp.ownScheme(rate, "c1", Optional.empty(), kids);
        assertThat(parent.subject()).isEqualTo("c1");
        assertThat(parent.total()).isEqualByComparingTo("90"); // 90 / 100
    }
}

package io.gridgov.scoring;

import static io.gridgov.scoring.Check.resource;
import static org.assertj.core.api.Assertions.assertThat;

import io.gridgov.core.facts.FactFiles;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class PresetsTest {

    @Test
    void everyPresetIsAValidSchemeWhosePointsAddUp() {
        for (String id : Presets.IDS) {
            Scheme s = Presets.load(id);
            assertThat(s.id()).isEqualTo(id);
            assertThat(s.validate().findings()).isEmpty();
        }
    }

    @Test
    void gridWorkerPresetScoresTheSampleMonthWithExplainedLines() {
        Scheme s = Presets.load("grid-worker-monthly");
        assertThat(s.total()).isEqualByComparingTo("1000");
        List<Scorecard> cards = Scoring.score(s, FactFiles.readJson(resource("grid-worker-2026-11.json"), "gw.json"));
        Scorecard zhang = cards.get(0);
        Scorecard li = cards.get(1);
        Scorecard wang = cards.get(2);
        Scorecard zhao = cards.get(3);
        assertThat(zhang.total()).isEqualByComparingTo("1020");
        assertThat(zhang.bonus()).isEqualByComparingTo("20");
        assertThat(zhang.grade()).contains("优秀");
        assertThat(li.total()).isEqualByComparingTo("815");
        assertThat(li.grade()).contains("良好");
        assertThat(li.line("D1").orElseThrow().reason(Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("重点户漏访 1 次, 每次扣 20 分, 扣 20 分");
        assertThat(li.line("A1").orElseThrow().reason(Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("巡查完成率 27/30 = 90%, 低于 100% 10 个百分点, 每个百分点扣 5 分, 扣 50 分");
        assertThat(wang.total()).isEqualByComparingTo("0");
        assertThat(wang.vetoes()).extracting(Scorecard.VetoHit::code).containsExactly("V1");
        assertThat(zhao.total()).isEqualByComparingTo("446.7");
        assertThat(zhao.grade()).contains("不合格");
        assertThat(zhao.vetoes()).extracting(Scorecard.VetoHit::effect).containsExactly(VetoEffect.LOWEST_GRADE);
        for (Scorecard c : cards) {
            assertThat(c.lines().stream().map(LineItem::awarded).reduce(java.math.BigDecimal.ZERO,
                    java.math.BigDecimal::add)).isEqualByComparingTo(c.base());
        }
        Ranking r = Ranking.of(cards, s);
        assertThat(r.entries()).extracting(Ranking.Entry::subject, Ranking.Entry::rank)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("w-zhang", 1), org.assertj.core.groups.Tuple.tuple("w-li", 2),
                        org.assertj.core.groups.Tuple.tuple("w-zhao", 3), org.assertj.core.groups.Tuple.tuple("w-wang", 4));
        // issue 13 §2: the preset's lists take no one below 良好 onto the red list (w-zhao, 不合格 by a veto, was
        // third) and no one above 不合格 onto the black list
        assertThat(r.red()).extracting(Ranking.Entry::subject).containsExactly("w-zhang", "w-li");
        assertThat(r.black()).extracting(Ranking.Entry::subject).containsExactlyInAnyOrder("w-wang", "w-zhao");
    }

    @Test
    void cityManagementPresetCountsOpenOverdueCasesAndExcludesPostponedOnes() {
        Scheme s = Presets.load("city-management");
        assertThat(s.categories().stream().map(Scheme.Category::points).reduce(java.math.BigDecimal.ZERO,
                java.math.BigDecimal::add)).isEqualByComparingTo("100");
        List<Scorecard> cards = Scoring.score(s, FactFiles.readCsv(resource("city-2026-11.csv"), "city.csv"));
        Scorecard roads = cards.get(1);
        assertThat(roads.line("A1").orElseThrow().awarded()).isEqualByComparingTo("13.33");
        // 80 on time of 100 closed + 20 open overdue = 66.67% → 33.33 points × 1.5 > 35
        assertThat(roads.line("B1").orElseThrow().awarded()).isEqualByComparingTo("0");
        assertThat(roads.line("C1").orElseThrow().awarded()).isEqualByComparingTo("5");
        assertThat(roads.total()).isEqualByComparingTo("18.33");
        assertThat(roads.grade()).contains("E");
        Scorecard sanitation = cards.get(0);
        // 180 / (196 + 4 − 10) = 94.74% → 5.26 pp × 1.5 = 7.89 off
        assertThat(sanitation.line("B1").orElseThrow().awarded()).isEqualByComparingTo("27.11");
        assertThat(cards.get(2).total()).isEqualByComparingTo("100");
        assertThat(cards.get(2).grade()).contains("A");
        Ranking r = Ranking.of(cards, s);
        assertThat(r.excluded()).extracting(Scorecard::subject).containsExactly("dept-water");
        assertThat(r.entries()).extracting(Ranking.Entry::group).containsOnly(
                java.util.Optional.of("department"), java.util.Optional.of("region"));
    }

    @Test
    void plantSafetyPresetNamesTheBestAndWorstGrid() {
        Scheme s = Presets.load("plant-safety-monthly");
        List<Scorecard> cards = Scoring.score(s, FactFiles.readCsv(resource("plant-2026-11.csv"), "plant.csv"));
        assertThat(cards).extracting(Scorecard::total).map(java.math.BigDecimal::intValue)
                .containsExactly(96, 82, 100, 55, 98);
        Ranking r = Ranking.of(cards, s);
        assertThat(r.best()).extracting(Ranking.Entry::subject).containsExactly("roller-3");
        assertThat(r.worst()).extracting(Ranking.Entry::subject).containsExactly("tower-1");
        assertThat(r.red()).extracting(Ranking.Entry::subject).containsExactly("roller-3");
        assertThat(r.black()).extracting(Ranking.Entry::subject).containsExactly("tower-1");
    }
}

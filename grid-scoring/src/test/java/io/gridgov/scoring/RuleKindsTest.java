package io.gridgov.scoring;

import static io.gridgov.scoring.Check.d;
import static io.gridgov.scoring.Check.en;
import static io.gridgov.scoring.Check.oneIndicator;
import static io.gridgov.scoring.Check.score;
import static io.gridgov.scoring.Check.zh;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gridgov.core.io.InvalidInputException;
import org.junit.jupiter.api.Test;

class RuleKindsTest {

    @Test
    void deductSubtractsCountTimesEachAndExplainsItInChinese() {
        Scheme s = oneIndicator("""
                {"type": "deduct", "items": [{"fact": "patrol.missing_records", "each": 10}]}""", "");
        LineItem l = score(s, "patrol.missing_records", 3).lines().get(0);
        assertThat(l.awarded()).isEqualByComparingTo("70");
        assertThat(l.deducted()).isEqualByComparingTo("30");
        assertThat(zh(l)).isEqualTo("巡查记录缺失 3 次, 每次扣 10 分, 扣 30 分");
        assertThat(en(l)).isEqualTo("巡查记录缺失 3 times, 10 points each, 30 points deducted");
    }

    @Test
    void deductStopsAtTheIndicatorsPointsAndSaysSo() {
        Scheme s = oneIndicator("""
                {"type": "deduct", "items": [{"fact": "a", "each": 10, "name": "巡查记录缺失"},
                  {"fact": "b", "each": 20, "name": "领导发现记录缺失"}]}""", "");
        Scorecard c = score(s, "a", 6, "b", 3);
        LineItem l = c.lines().get(0);
        assertThat(l.awarded()).isEqualByComparingTo("0");
        assertThat(c.total()).isEqualByComparingTo("0");
        assertThat(zh(l)).isEqualTo("巡查记录缺失 6 次, 每次扣 10 分, 扣 60 分; 领导发现记录缺失 3 次, 每次扣 20 分, 扣 60 分; "
                + "应扣 120 分, 本项 100 分扣完为止");
    }

    @Test
    void rateGivesFullPointsAtFullAtAndDeductsPerPercentagePointBelow() {
        Scheme s = oneIndicator("""
                {"type": "rate", "numerator": "done", "denominator": "required", "fullAt": 1.0,
                 "perPercentBelow": 5, "onZeroDenominator": "full"}""", "");
        assertThat(score(s, "done", 30, "required", 30).total()).isEqualByComparingTo("100");
        LineItem l = score(s, "done", 57, "required", 60).lines().get(0);
        assertThat(l.awarded()).isEqualByComparingTo("75");
        assertThat(zh(l)).isEqualTo("巡查记录缺失 57/60 = 95%, 低于 100% 5 个百分点, 每个百分点扣 5 分, 扣 25 分");
        assertThat(score(s, "done", 0, "required", 0).total()).isEqualByComparingTo("100");
    }

    @Test
    void rateGivesNothingBelowZeroBelowAndFollowsOnZeroDenominator() {
        Scheme s = oneIndicator("""
                {"type": "rate", "numerator": "done", "denominator": "required", "fullAt": 0.9,
                 "perPercentBelow": 1, "zeroBelow": 0.6, "onZeroDenominator": "zero"}""", "");
        assertThat(score(s, "done", 59, "required", 100).total()).isEqualByComparingTo("0");
        assertThat(score(s, "done", 80, "required", 100).total()).isEqualByComparingTo("90");
        assertThat(score(s, "done", 0, "required", 0).total()).isEqualByComparingTo("0");
    }

    @Test
    void rateDenominatorAddsAndSubtractsFacts() {
        Scheme s = oneIndicator("""
                {"type": "rate", "numerator": "on_time", "denominator": "closed", "denominatorPlus": ["open_overdue"],
                 "denominatorMinus": ["postponed"], "perPercentBelow": 1, "onZeroDenominator": "full"}""", "");
        // 80 / (90 + 10 - 20) = 100%
        assertThat(score(s, "on_time", 80, "closed", 90, "open_overdue", 10, "postponed", 20).total())
                .isEqualByComparingTo("100");
        // 70 / 80 = 87.5% → 12.5 points off
        assertThat(score(s, "on_time", 70, "closed", 90, "open_overdue", 10, "postponed", 20).total())
                .isEqualByComparingTo("87.5");
    }

    @Test
    void linearInterpolatesAndMayRunDownward() {
        Scheme s = oneIndicator("""
                {"type": "linear", "fact": "reworked", "denominator": "closed", "zeroAt": 0.2, "fullAt": 0,
                 "onZeroDenominator": "full"}""", "");
        assertThat(score(s, "reworked", 0, "closed", 100).total()).isEqualByComparingTo("100");
        assertThat(score(s, "reworked", 5, "closed", 100).total()).isEqualByComparingTo("75");
        assertThat(score(s, "reworked", 30, "closed", 100).total()).isEqualByComparingTo("0");
        assertThat(score(s, "reworked", 0, "closed", 0).total()).isEqualByComparingTo("100");
    }

    @Test
    void bandsMapValueRangesToPoints() {
        Scheme s = oneIndicator("""
                {"type": "bands", "fact": "satisfaction", "bands": [{"to": 60, "points": 0},
                  {"from": 60, "to": 80, "points": 50}, {"from": 80, "points": 100}]}""", "");
        assertThat(score(s, "satisfaction", 59.9).total()).isEqualByComparingTo("0");
        assertThat(score(s, "satisfaction", 60).total()).isEqualByComparingTo("50");
        LineItem l = score(s, "satisfaction", 80).lines().get(0);
        assertThat(l.awarded()).isEqualByComparingTo("100");
        assertThat(zh(l)).isEqualTo("巡查记录缺失为 80, 落在 [80, +∞) 档, 得 100 分");
    }

    @Test
    void checklistAwardsEachTrueItem() {
        Scheme s = oneIndicator("""
                {"type": "checklist", "items": [{"fact": "board", "points": 40, "name": "公示牌"},
                  {"fact": "ledger", "points": 60, "name": "工作台账"}]}""", "");
        LineItem l = score(s, "board", 1, "ledger", 0).lines().get(0);
        assertThat(l.awarded()).isEqualByComparingTo("40");
        assertThat(zh(l)).isEqualTo("公示牌: 已完成, 得 40 分; 工作台账: 未完成, 扣 60 分");
        assertThatThrownBy(() -> score(s, "board", 2, "ledger", 0)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("subject \"g1\"").hasMessageContaining("field \"board\"");
    }

    @Test
    void manualTakesTheAssessorsScoreWithinPoints() {
        Scheme s = oneIndicator("{\"type\": \"manual\", \"fact\": \"score.A1\"}", "");
        assertThat(score(s, "score.A1", 87.25).total()).isEqualByComparingTo("87.3");
        assertThatThrownBy(() -> score(s, "score.A1", 101)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("expected an assessor's score in [0, 100], found 101");
    }

    @Test
    void addGivesBonusCappedPerItemAndOverall() {
        Scheme s = oneIndicator("{\"type\": \"manual\", \"fact\": \"m\"}", """
                , "bonus": {"cap": 50, "items": [
                   {"code": "B1", "name": "市级表彰", "rule": {"type": "add", "fact": "awards.city", "each": 20, "cap": 40}},
                   {"code": "B2", "name": "县级表彰", "rule": {"type": "add", "fact": "awards.county", "each": 10}}]}""");
        Scorecard c = score(s, "m", 90, "awards.city", 3, "awards.county", 2);
        assertThat(c.bonusLines().get(0).awarded()).isEqualByComparingTo("40");
        assertThat(c.bonus()).isEqualByComparingTo("50");
        assertThat(c.total()).isEqualByComparingTo("140");
        assertThat(c.bonusLines().stream().map(LineItem::awarded).reduce(d("0"), java.math.BigDecimal::add))
                .isEqualByComparingTo("50");
        assertThat(zh(c.bonusLines().get(1))).contains("加分合计 60 分, 上限 50 分, 10 分不计");
    }

    @Test
    void vetoEffectsZeroLowestGradeAndExclude() {
        String grades = ", \"grades\": [{\"name\": \"优秀\", \"min\": 90}, {\"name\": \"不合格\", \"min\": 0}]";
        for (String effect : new String[] {"zero", "lowestGrade", "exclude"}) {
            Scheme s = oneIndicator("{\"type\": \"manual\", \"fact\": \"m\"}", grades
                    + ", \"vetoes\": [{\"code\": \"V1\", \"name\": \"弄虚作假\", \"fact\": \"falsification\", "
                    + "\"when\": {\"gt\": 0}, \"effect\": \"" + effect + "\"}]");
            Scorecard clean = score(s, "m", 95, "falsification", 0);
            assertThat(clean.vetoed()).isFalse();
            assertThat(clean.grade()).contains("优秀");
            Scorecard c = score(s, "m", 95, "falsification", 1);
            assertThat(c.vetoes()).hasSize(1);
            switch (effect) {
                case "zero" -> {
                    assertThat(c.total()).isEqualByComparingTo("0");
                    assertThat(c.vetoes().get(0).reason().text().zh()).isEqualTo("一票否决「弄虚作假」(falsification = 1): 总分计为 0 分");
                }
                case "lowestGrade" -> {
                    assertThat(c.total()).isEqualByComparingTo("95");
                    assertThat(c.grade()).contains("不合格");
                }
                default -> {
                    assertThat(c.excluded()).isTrue();
                    assertThat(Ranking.of(java.util.List.of(c), s.lists()).excluded()).containsExactly(c);
                }
            }
        }
    }

    @Test
    void aMissingFactIsAnErrorNamingSubjectAndFactUnlessDefaulted() {
        Scheme s = oneIndicator("""
                {"type": "deduct", "items": [{"fact": "patrol.missing_records", "each": 10}]}""", "");
        assertThatThrownBy(() -> score(s)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("subject \"g1\"").hasMessageContaining("field \"patrol.missing_records\"")
                .hasMessageContaining("missing fact \"patrol.missing_records\"");
        Scheme withDefault = oneIndicator("""
                {"type": "deduct", "items": [{"fact": "patrol.missing_records", "each": 10}]}""",
                ", \"facts\": {\"patrol.missing_records\": {\"default\": 0}}");
        Scorecard c = score(withDefault);
        assertThat(c.total()).isEqualByComparingTo("100");
        assertThat(c.lines().get(0).facts().get(0).defaulted()).isTrue();
    }

    @Test
    void pointsAreRoundedWithTheSchemesRounding() {
        Scheme s = oneIndicator("""
                {"type": "rate", "numerator": "done", "denominator": "required", "perPercentBelow": 1,
                 "onZeroDenominator": "full"}""", ", \"rounding\": {\"scale\": 0, \"mode\": \"DOWN\"}");
        // 2/3 = 66.67% → 33.33 points off → 66.67 → DOWN at scale 0 → 66
        assertThat(score(s, "done", 2, "required", 3).total()).isEqualTo(d("66"));
    }
}

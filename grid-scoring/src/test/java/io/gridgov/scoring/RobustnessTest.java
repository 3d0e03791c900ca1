package io.gridgov.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.gridgov.core.Finding;
import io.gridgov.core.Severity;
import io.gridgov.core.facts.FactFiles;
import io.gridgov.core.facts.FactSet;
import io.gridgov.core.facts.SubjectFacts;
import io.gridgov.core.io.InvalidInputException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Regressions of issue 13 in grid-scoring: bounded numbers, short messages, nothing silently wrong. */
class RobustnessTest {

    private static final String SCHEME = Check.resource("issue-example.json")
            .replace("\"total\": 1000", "\"total\": 300");   // the excerpt made whole

    @ParameterizedTest
    @ValueSource(strings = {"1e999999", "-1e999999", "1e-999999", "1E+2147483647", "1e15", "0.0000000000001",
            "1E+21474836477"})
    void aSchemeNumberBeyondTheBoundsIsALocatedShortErrorNotAnOutOfMemoryError(String n) {
        String json = SCHEME.replace("\"each\": 10}", "\"each\": " + n + "}");
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> SchemeJson.read(json, "s.json"));
        assertThat(e.location().line()).hasValue(10);
        assertThat(e.getMessage()).doesNotContain("\n").hasSizeLessThan(250);
        if (n.equals("1E+21474836477")) {
            // beyond what the JSON parser holds (found by the long fuzz run): located by the reader kit
            assertThat(e.location().column()).hasValue(88);
            assertThat(e.getMessage()).contains("expected a number whose exponent a decimal can hold");
            return;
        }
        assertThat(e.location().field()).contains("$.categories[0].indicators[1].rule.items[0].each");
        assertThat(e.getMessage()).contains("expected a number of magnitude below 10^15 with at most 12 decimals");
    }

    @Test
    void aSchemeBuiltInCodeWithAHugeNumberIsReportedWithoutExpandingIt() {
        Scheme s = SchemeJson.parse(SCHEME, "s.json");
        Scheme huge = new Scheme(s.id(), s.name(), new BigDecimal("1e999999999"), s.rounding(), s.categories(),
                s.bonus(), s.vetoes(), s.grades(), s.lists(), s.facts());
        List<Finding> problems = huge.validate().findings();
        assertThat(problems).extracting(Finding::ruleId).containsExactly("NUMBER_RANGE");
        assertThat(problems.get(0).message().en()).endsWith("found 1E+999999999");
        InvalidSchemeException e = catchThrowableOfType(InvalidSchemeException.class, () -> Scoring.of(huge));
        assertThat(e.getMessage()).hasSizeLessThan(300);
    }

    @Test
    void factsBuiltInCodeBeyondTheBoundsAreAnInputErrorNotAnArithmeticException() {
        Scoring engine = Scoring.of(SchemeJson.read(SCHEME, "s.json"));
        for (String v : List.of("1e999999999", "1e-999999999", "-1e2147483647", "123456789012345678901234567890")) {
            SubjectFacts g1 = SubjectFacts.of("g1", Map.of("patrol.required", BigDecimal.TEN, "patrol.done",
                    new BigDecimal(v), "patrol.missing_records", BigDecimal.ZERO,
                    "patrol.missing_records.leader_found", BigDecimal.ZERO, "awards.city", BigDecimal.ZERO,
                    "falsification", BigDecimal.ZERO));
            InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                    () -> engine.score(g1, Optional.empty()));
            assertThat(e.location().field()).contains("patrol.done");
            assertThat(e.getMessage()).hasSizeLessThan(200);
        }
    }

    @Test
    void extremeButBoundedFactsScoreExactlyWithoutArithmeticExceptions() {
        Scoring engine = Scoring.of(SchemeJson.read(SCHEME, "s.json"));
        String[] values = {"999999999999999.999999999999", "0.000000000001", "0", "3", "0.333333333333"};
        for (String a : values) {
            for (String b : values) {
                FactSet f = FactSet.builder().fact("g1", "patrol.required", new BigDecimal(a))
                        .fact("g1", "patrol.done", new BigDecimal(b)).fact("g1", "patrol.missing_records", new BigDecimal(b))
                        .fact("g1", "patrol.missing_records.leader_found", new BigDecimal(a))
                        .fact("g1", "awards.city", new BigDecimal(a)).fact("g1", "falsification", BigDecimal.ZERO).build();
                Scorecard c = engine.scoreAll(f).get(0);
                assertThat(c.total()).isBetween(BigDecimal.ZERO, new BigDecimal("350"));
                c.lines().forEach(l -> assertThat(l.reason(Locale.ENGLISH)).hasSizeLessThan(500));
                c.bonusLines().forEach(l -> assertThat(l.reason(Locale.SIMPLIFIED_CHINESE)).hasSizeLessThan(500));
            }
        }
    }

    @Test
    void ratesOfSixteenDigitsStillPrintAsPercentagesWithTwoDecimals() {
        Scheme s = Check.oneIndicator("{\"type\": \"rate\", \"numerator\": \"a\", \"denominator\": \"b\", "
                + "\"perPercentBelow\": 1, \"onZeroDenominator\": \"full\"}", "");
        assertThat(Check.en(Check.score(s, "a", 80, "b", 120).line("A1").orElseThrow()))
                .startsWith("巡查记录缺失: 80/120 = 66.67%, 33.33 percentage points below 100%");
    }

    @Test
    void roundingThatDoesNotRoundIsRefusedAtReadTime() {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> SchemeJson.read(
                SCHEME.replace("\"HALF_UP\"", "\"UNNECESSARY\""), "s.json"));
        assertThat(e.location().field()).contains("$.rounding.mode");
    }

    @Test
    void manySchemeProblemsAreListedOnFurtherLinesFirstFewThenHowManyMore() {
        StringBuilder inds = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            inds.append(i == 0 ? "" : ",").append("{\"code\": \"X\", \"name\": \"n\", \"points\": 1, \"rule\": ")
                    .append("{\"type\": \"manual\", \"fact\": \"f\"}}");
        }
        String json = "{\"id\": \"t\", \"name\": \"t\", \"total\": 100, \"categories\": [{\"code\": \"A\", \"name\": \"A\","
                + " \"points\": 100, \"indicators\": [" + inds + "]}]}";
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> SchemeJson.read(json, "s.json"));
        String[] lines = e.getMessage().split("\n");
        assertThat(lines).hasSize(7);
        assertThat(lines[0]).startsWith("s.json:1:");
        assertThat(lines[1]).startsWith("  $.categories[0].indicators[2].code: code \"X\" is already used");
        assertThat(lines[6]).isEqualTo("  … and 34 more problems");
        assertThat(e.message(Locale.SIMPLIFIED_CHINESE).split("\n")[6]).isEqualTo("  …… 另有 34 个问题");
        InvalidSchemeException cause = (InvalidSchemeException) e.getCause();
        assertThat(cause.findings()).hasSize(40);
        assertThat(cause.getMessage().split("\n")).hasSize(7);
    }

    @Test
    void aMisspeltFactIsAWarningNamingTheClosestNameTheSchemeReads() {
        Scheme s = Presets.load("grid-worker-monthly");
        FactSet f = FactFiles.readJson("""
                {"subjects": [{"id": "g1", "facts": {"duty.patrol.required": 30, "duty.patrol.done": 30,
                  "duty.collect.required": 0, "duty.collect.done": 0, "duty.report.required": 0, "duty.report.done": 0,
                  "satisfaction.percent": 95, "falsificaton": 1}}]}""", "month.json");
        Scoring engine = Scoring.of(s);
        List<Finding> unread = engine.check(f).findings("UNREAD_FACT");
        assertThat(unread).hasSize(1);
        assertThat(unread.get(0).severity()).isEqualTo(Severity.WARNING);
        assertThat(unread.get(0).message().en()).isEqualTo("fact \"falsificaton\" (1 subjects) is read by no rule of "
                + "the scheme; did you mean \"falsification\"?");
        // the veto no longer passes silently: its missing fact is a warning for the subject
        List<Finding> veto = engine.check(f).findings("MISSING_FACT").stream()
                .filter(x -> x.message().en().contains("V1")).toList();
        assertThat(veto).hasSize(1);
        assertThat(veto.get(0).severity()).isEqualTo(Severity.WARNING);
        assertThat(veto.get(0).subjects()).containsExactly("g1");
        assertThat(veto.get(0).message().en()).isEqualTo("lacks fact \"falsification\" read by V1: counted as 0 (missing: zero)");
    }

    @Test
    void aMissingFactCountsAsTheSchemeSaysPerLineOrSchemeWide() {
        String two = """
                {"id": "t", "name": "t", "total": 100, %s
                 "categories": [{"code": "A", "name": "A", "points": 100, "indicators": [
                   {"code": "A1", "name": "巡查", "points": 60, "rule": {"type": "deduct", "items": [{"fact": "late", "each": 10}]}},
                   {"code": "A2", "name": "走访", "points": 40, %s "rule": {"type": "manual", "fact": "visit"}}]}],
                 "vetoes": [{"code": "V1", "name": "弄虚作假", "fact": "fake", "when": {"gt": 0}, "effect": "zero" %s}]}""";
        FactSet none = FactSet.builder().fact("g1", "other", 1).build();
        Scheme zero = SchemeJson.read(two.formatted("\"missing\": \"zero\",", "", ""), "t.json");
        Scorecard c = Scoring.score(zero, none).get(0);
        assertThat(c.line("A1").orElseThrow().awarded()).isEqualByComparingTo("60");
        assertThat(c.line("A2").orElseThrow().awarded()).isEqualByComparingTo("0");
        assertThat(c.line("A2").orElseThrow().reason(Locale.ENGLISH)).contains("fact \"visit\" missing, counted as 0");
        assertThat(c.line("A2").orElseThrow().facts()).extracting(LineItem.FactValue::defaulted).containsExactly(true);
        Scheme skip = SchemeJson.read(two.formatted("\"missing\": \"error\",", "\"missing\": \"skip\",",
                ", \"missing\": \"skip\""), "t.json");
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> Scoring.score(skip, none));
        assertThat(e.getMessage()).isEqualTo("<facts>, subject \"g1\", field \"late\": missing fact \"late\", "
                + "which the scheme requires (missing: error) (A1)");
        FactSet late = FactSet.builder().fact("g1", "late", 2).build();
        Scorecard s = Scoring.score(skip, late).get(0);
        assertThat(s.line("A2").orElseThrow().awarded()).isEqualByComparingTo("40");
        assertThat(s.line("A2").orElseThrow().reason(Locale.SIMPLIFIED_CHINESE)).isEqualTo("走访: 缺少事实 \"visit\", 不考核, 得满分 40 分");
        assertThat(s.total()).isEqualByComparingTo("80");
        List<Finding> found = Scoring.of(skip).check(late).findings();
        assertThat(found).extracting(Finding::severity).containsExactly(Severity.WARNING, Severity.WARNING);
        // nothing stated: an error, and the check says so before scoring
        Scheme silent = SchemeJson.read(two.formatted("", "", ""), "t.json");
        assertThat(Scoring.of(silent).check(late).isValid()).isFalse();
        assertThat(catchThrowableOfType(InvalidInputException.class, () -> Scoring.score(silent, late)).getMessage())
                .contains("field \"visit\": missing fact \"visit\" and the scheme gives no default (A2)");
    }

    @Test
    void missingFactFindingsAreSummarisedForLargeInputs() {
        Scheme s = Presets.load("grid-worker-monthly");
        FactSet.Builder b = FactSet.builder();
        for (int i = 0; i < 5000; i++) {
            b.fact("g" + i, "duty.patrol.required", 1);
        }
        List<Finding> found = Scoring.of(s).check(b.build()).findings("MISSING_FACT");
        assertThat(found.size()).isLessThan(500);
        assertThat(found).anyMatch(f -> f.message().en().equals("4990 more subjects lack fact \"falsification\" read by "
                + "V1, counted as above"));
    }

    @Test
    void closestNameIsOnlyOfferedWhenItIsCloseEnough() {
        assertThat(FactCheck.closest("falsificaton", java.util.Set.of("falsification", "fake"))).contains("falsification");
        assertThat(FactCheck.closest("population", java.util.Set.of("falsification"))).isEmpty();
        assertThat(FactCheck.distance("kitten", "sitting")).isEqualTo(3);
    }
}

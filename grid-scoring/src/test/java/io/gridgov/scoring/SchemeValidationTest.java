package io.gridgov.scoring;

import static io.gridgov.scoring.Check.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.gridgov.core.io.InvalidInputException;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchemeValidationTest {

    private static List<String> problems(String json) {
        return SchemeJson.parse(json, "t.json").validate().findings().stream().map(SchemeFindings::text).toList();
    }

    private static String scheme(String category, String rest) {
        return """
                {"id": "t", "name": "t", "total": 100, "categories": [%s]%s}""".formatted(category, rest);
    }

    @Test
    void theIssuesExampleParsesAndOnlyItsMissingCategoriesAreReported() {
        Scheme s = SchemeJson.parse(resource("issue-example.json"), "issue.json");
        assertThat(s.categories().get(0).indicators()).hasSize(2);
        assertThat(s.validate().findings()).extracting(SchemeFindings::text)
                .containsExactly("$.total: the total is 1000 but the categories sum to 300");
    }

    @Test
    void indicatorPointsMustSumToTheirCategory() {
        assertThat(problems(scheme("""
                {"code": "A", "name": "A", "points": 100, "indicators": [
                  {"code": "A1", "name": "a", "points": 60, "rule": {"type": "manual", "fact": "x"}},
                  {"code": "A2", "name": "b", "points": 30, "rule": {"type": "manual", "fact": "y"}}]}""", "")))
                .containsExactly("$.categories[0].points: category \"A\" has 100 points but its indicators sum to 90");
    }

    @Test
    void codesMustBeUniqueAcrossTheScheme() {
        assertThat(problems(scheme("""
                {"code": "A", "name": "A", "points": 100, "indicators": [
                  {"code": "A", "name": "a", "points": 100, "rule": {"type": "manual", "fact": "x"}}]}""", "")))
                .containsExactly("$.categories[0].indicators[0].code: code \"A\" is already used at $.categories[0].code");
    }

    @Test
    void bandsMustMeetWithoutGapOrOverlap() {
        String cat = """
                {"code": "A", "name": "A", "points": 100, "indicators": [{"code": "A1", "name": "a", "points": 100,
                  "rule": {"type": "bands", "fact": "v", "bands": [{"to": 60, "points": 0},
                    {"from": 70, "to": 80, "points": 50}, {"from": 75, "points": 100}]}}]}""";
        assertThat(problems(scheme(cat, ""))).containsExactly(
                "$.categories[0].indicators[0].rule.bands[1].from: gap between the previous band's end 60 and this band's start 70",
                "$.categories[0].indicators[0].rule.bands[2].from: this band starts at 75, before the previous band ends at 80");
    }

    @Test
    void declaredFactsMustCoverEveryReference() {
        String cat = """
                {"code": "A", "name": "A", "points": 100, "indicators": [{"code": "A1", "name": "a", "points": 100,
                  "rule": {"type": "rate", "numerator": "done", "denominator": "required", "perPercentBelow": 1,
                           "onZeroDenominator": "full"}}]}""";
        assertThat(problems(scheme(cat, ", \"facts\": {\"done\": {}}"))).containsExactly(
                "$.categories[0].indicators[0].rule.denominator: fact \"required\" is not declared in \"facts\" "
                        + "(declare it, with a default if it is optional)");
    }

    @Test
    void anUnknownRuleTypeIsReportedAtItsType() {
        String cat = """
                {"code": "A", "name": "A", "points": 100, "indicators": [{"code": "A1", "name": "a", "points": 100,
                  "rule": {"type": "magic", "fact": "v"}}]}""";
        assertThat(problems(scheme(cat, ""))).singleElement().asString()
                .startsWith("$.categories[0].indicators[0].rule.type: unknown rule type \"magic\"");
    }

    @Test
    void readRefusesAnInvalidSchemeNamingFileAndPathWithEveryProblemInTheCause() {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> SchemeJson.read(resource("issue-example.json"), "issue.json"));
        assertThat(e.location().file()).contains("issue.json");
        assertThat(e.location().field()).contains("$.total");
        assertThat(e.location().line()).hasValue(2);
        assertThat(e.location().column()).hasValue(63); // characters, not bytes
        assertThat(e.getCause()).isInstanceOf(InvalidSchemeException.class);
        assertThat(((InvalidSchemeException) e.getCause()).findings()).hasSize(1);
    }

    @Test
    void syntaxErrorsNameLineAndColumn() {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> SchemeJson.read("{\n  \"id\": \"x\",\n  \"total\": 10,,\n}", "bad.json"));
        assertThat(e.location().line()).hasValue(3);
        assertThat(e.location().column()).isPresent();
        assertThat(e.getMessage()).startsWith("bad.json:3:");
    }

    @Test
    void structuralErrorsNameTheJsonPath() {
        assertThatThrownBy(() -> SchemeJson.read(scheme("""
                {"code": "A", "name": "A", "points": "lots", "indicators": []}""", ""), "t.json"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("t.json:1:92, field \"$.categories[0].points\": expected a number, found \"lots\"");
        assertThatThrownBy(() -> SchemeJson.read(scheme("""
                {"code": "A", "name": "A", "points": 100, "indicators": [{"code": "A1", "name": "a", "points": 100,
                  "rule": {"type": "rate", "numerator": "d", "denominator": "r", "perPercentBelwo": 1}}]}""", ""), "t.json"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("field \"$.categories[0].indicators[0].rule.perPercentBelwo\": unknown field");
    }

    @Test
    void aRateMustSayWhatAZeroDenominatorEarns() {
        assertThatThrownBy(() -> SchemeJson.read(scheme("""
                {"code": "A", "name": "A", "points": 100, "indicators": [{"code": "A1", "name": "a", "points": 100,
                  "rule": {"type": "rate", "numerator": "d", "denominator": "r", "perPercentBelow": 1}}]}""", ""), "t.json"))
                .hasMessageContaining("field \"$.categories[0].indicators[0].rule\": missing required key \"onZeroDenominator\"");
    }

    @Test
    void writingAndReadingAPresetGivesTheSameScheme() {
        for (String id : Presets.IDS) {
            Scheme s = Presets.load(id);
            assertThat(SchemeJson.read(SchemeJson.write(s), id)).isEqualTo(s);
        }
    }

    @Test
    void everySchemeProblemIsAnErrorDiagnosticWithARuleIdTheSchemeItsPathAndBothLanguages() {
        String broken = """
                {"id": "t", "name": "t", "total": 100, "grades": [{"name": "A", "min": 10}, {"name": "A", "min": 10}],
                 "facts": {"x": {}},
                 "categories": [{"code": "A", "name": "A", "points": 90, "indicators": [
                  {"code": "A", "name": "a", "points": 60, "rule": {"type": "manual", "fact": "y"}},
                  {"code": "A2", "name": "b", "points": 30, "rule": {"type": "bands", "fact": "x", "bands": [
                    {"to": 60, "points": 0}, {"from": 70, "points": 50}]}},
                  {"code": "A3", "name": "c", "points": 10, "rule": {"type": "add", "fact": "x", "each": -1}}]}]}""";
        io.gridgov.core.Diagnostics<io.gridgov.core.Finding> report = SchemeJson.parse(broken, "t.json").validate();
        assertThat(report.isValid()).isFalse();
        assertThat(report.errors()).isEqualTo(report.findings());
        assertThat(report.findings()).extracting(io.gridgov.core.Finding::ruleId).contains("TOTAL_SUM",
                "DUPLICATE_CODE", "UNDECLARED_FACT", "BAND_GAP", "ADD_IN_INDICATOR", "DUPLICATE_GRADE",
                "DUPLICATE_GRADE_MIN", "GRADES_FROM_ZERO");
        assertThat(report.findings("TOTAL_SUM")).extracting(SchemeFindings::path).containsExactly("$.total");
        for (io.gridgov.core.Diagnostic d : report.findings()) {
            assertThat(d.ruleId()).matches("[A-Z][A-Z_]*");
            assertThat(d.severity()).isEqualTo(io.gridgov.core.Severity.ERROR);
            assertThat(d.subjects()).containsExactly("t");
            assertThat(d.location().orElseThrow().field().orElseThrow()).startsWith("$");
            assertThat(d.message(java.util.Locale.ENGLISH)).isNotBlank().doesNotStartWith("scheme.");
            assertThat(d.message(java.util.Locale.SIMPLIFIED_CHINESE)).isNotBlank()
                    .isNotEqualTo(d.message(java.util.Locale.ENGLISH));
        }
    }

    @Test
    void everySchemeMessageKeyIsInBothBundlesAndNamesARule() throws Exception {
        java.util.Properties en = new java.util.Properties();
        java.util.Properties zh = new java.util.Properties();
        try (var a = getClass().getResourceAsStream("/io/gridgov/scoring/i18n/messages.properties");
                var b = getClass().getResourceAsStream("/io/gridgov/scoring/i18n/messages_zh_CN.properties")) {
            en.load(new java.io.InputStreamReader(a, java.nio.charset.StandardCharsets.UTF_8));
            zh.load(new java.io.InputStreamReader(b, java.nio.charset.StandardCharsets.UTF_8));
        }
        java.util.List<String> keys = en.stringPropertyNames().stream().filter(k -> k.startsWith("scheme.")).sorted().toList();
        assertThat(keys).hasSizeGreaterThan(20);
        for (String k : keys) {
            assertThat(zh.getProperty(k)).as(k).isNotBlank().isNotEqualTo(en.getProperty(k));
            assertThat(io.gridgov.scoring.SchemeValidator.ruleId(k)).as(k).matches("[A-Z][A-Z_]*[A-Z]");
        }
        assertThat(io.gridgov.scoring.SchemeValidator.ruleId("scheme.duplicateGradeMin")).isEqualTo("DUPLICATE_GRADE_MIN");
    }

    @Test
    void anInvalidSchemeIsRefusedInBothLanguages() {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> SchemeJson.read(
                new java.io.ByteArrayInputStream(scheme("""
                        {"code": "A", "name": "A", "points": 90, "indicators": [
                          {"code": "A1", "name": "a", "points": 90, "rule": {"type": "manual", "fact": "x"}}]}""", "")
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8)), "t.json"));
        assertThat(e).isNotNull();
        assertThat(e.message(java.util.Locale.ENGLISH)).contains("the total is 100 but the categories sum to 90");
        assertThat(e.message(java.util.Locale.SIMPLIFIED_CHINESE)).contains("$.total").containsPattern("\\p{IsHan}");
    }
}

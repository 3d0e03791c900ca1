package io.gridgov.core.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gridgov.core.Finding;
import io.gridgov.core.Severity;
import io.gridgov.core.format.TreeDocument;
import io.gridgov.core.i18n.LocalizedText;
import io.gridgov.core.testing.Fixtures;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * Each built-in rule against a tree that breaks it and one that does not. The cases are data:
 * {@code cases.csv} lists fixture, rule and the node ids the rule must name (nothing = no finding).
 */
class StructuralRulesTest {

    static final LocalDate AS_OF = LocalDate.of(2026, 11, 1);

    static ValidationReport validate(String fixture) {
        TreeDocument doc = Fixtures.tree("/io/gridgov/core/rule/cases/" + fixture);
        StructuralValidator.Builder b = StructuralValidator.builder();
        doc.codeScheme().ifPresent(b::codeScheme);
        return b.build().check(doc.assembly(), doc.staffing(), AS_OF);
    }

    @ParameterizedTest(name = "{0}: {1} names [{2}]")
    @CsvFileSource(resources = "/io/gridgov/core/rule/cases.csv", numLinesToSkip = 1)
    void eachRuleNamesExactlyTheNodesThatBreakIt(String fixture, String rule, String expected) {
        ValidationReport report = validate(fixture);
        Set<String> named = new TreeSet<>();
        report.findings(rule).forEach(f -> named.addAll(f.nodeIds()));
        Set<String> wanted = expected == null ? Set.of() : new TreeSet<>(Arrays.asList(expected.trim().split("\\s+")));
        assertThat(named).as("nodes named by %s in %s: %s", rule, fixture, report.findings(rule)).isEqualTo(wanted);
        assertThat(report.countsByRule()).containsEntry(rule, report.findings(rule).size());
        for (Finding f : report.findings(rule)) {
            assertThat(f.message().en()).doesNotStartWith("rule.");
            assertThat(f.message().zh()).doesNotStartWith("rule.").isNotEqualTo(f.message().en());
        }
    }

    @Test
    void everyBuiltInRuleHasACaseThatBreaksItAndOneThatDoesNot() throws IOException {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = getClass().getResourceAsStream("/io/gridgov/core/rule/cases.csv")) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int i = 1; i < lines.length; i++) {
                rows.add(lines[i].split(",", -1));
            }
        }
        for (StructuralRule rule : StructuralValidator.builtInRules()) {
            assertThat(rows).as(rule.id() + " broken").anyMatch(r -> r[1].equals(rule.id()) && !r[2].isBlank());
            assertThat(rows).as(rule.id() + " kept").anyMatch(r -> r[1].equals(rule.id()) && r[2].isBlank());
        }
    }

    @Test
    void theCleanSampleHasNoFindingsAndEveryRuleIsCounted() {
        ValidationReport report = validate("clean.json");
        assertThat(report.findings()).isEmpty();
        assertThat(report.countsByRule().keySet()).containsExactly("DUPLICATE_ID", "UNKNOWN_PARENT", "CYCLE",
                "LEVEL_DEPTH", "DUPLICATE_CODE", "CODE_FORMAT", "CODE_PREFIX", "SIZE_BAND", "MISSING_ROLE",
                "ROLE_COUNT", "SPAN");
        assertThat(report.hasErrors()).isFalse();
    }

    @Test
    void aGridWithoutItsWorkerIsAnErrorInBothLanguages() {
        ValidationReport report = validate("missing-role.json");
        Finding f = report.findings("MISSING_ROLE").get(0);
        assertThat(f.severity()).isEqualTo(Severity.ERROR);
        assertThat(f.message(Locale.ENGLISH)).isEqualTo("Node 'g2' has no grid worker on 2026-11-01");
        assertThat(f.message(Locale.SIMPLIFIED_CHINESE)).isEqualTo("节点“g2”在 2026-11-01 没有网格员");
        assertThat(report.hasErrors()).isTrue();
    }

    @Test
    void findingsComeInRuleOrderThenPreOrderAndAreRepeatable() {
        ValidationReport first = validate("span.json");
        assertThat(first.findings("SPAN")).extracting(f -> f.nodeIds().get(0)).containsExactly("b2", "h2");
        assertThat(validate("span.json")).isEqualTo(first);
        assertThat(first.findings("SPAN").get(1).message().en())
                .isEqualTo("Node 'h2': 1 grid worker(s) link 40 households, 40.0 each; the span is 20–30");
        assertThat(first.findings("SPAN").get(1).message().zh())
                .isEqualTo("节点“h2”：1 名网格员联系 40 户，人均 40.0 户；联系范围应为 20–30 户");
    }

    @Test
    void usersAddTheirOwnRulesAndTheyRunAfterTheBuiltIns() {
        StructuralRule unnamed = new StructuralRule() {
            @Override
            public String id() {
                return "UNNAMED";
            }

            @Override
            public Severity severity() {
                return Severity.INFO;
            }

            @Override
            public List<Finding> check(RuleContext c) {
                return c.tree().nodes().filter(n -> n.name().equals(n.id()))
                        .map(n -> finding(List.of(n.id()), new LocalizedText("unnamed " + n.id(), "未命名 " + n.id())))
                        .toList();
            }
        };
        TreeDocument doc = Fixtures.tree("/io/gridgov/core/rule/cases/span.json");
        ValidationReport report = StructuralValidator.builder().add(unnamed).remove("SPAN").build()
                .check(doc.assembly(), doc.staffing(), AS_OF);
        assertThat(report.findings("UNNAMED")).extracting(f -> f.nodeIds().get(0))
                .containsExactly("b1", "h1", "b2", "h2", "h3");
        assertThat(report.countsByRule()).doesNotContainKey("SPAN").containsEntry("UNNAMED", 5);
        assertThatThrownBy(() -> StructuralValidator.builder().add(new SizeBandRule()))
                .hasMessageContaining("SIZE_BAND");
    }

    @Test
    void bothBundlesHaveTheSameKeys() throws IOException {
        Properties en = load("/io/gridgov/core/i18n/messages.properties");
        Properties zh = load("/io/gridgov/core/i18n/messages_zh_CN.properties");
        assertThat(zh.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
        Set<String> ruleKeys = new HashSet<>();
        en.stringPropertyNames().stream().filter(k -> k.startsWith("rule.")).forEach(k -> ruleKeys.add(k.split("\\.")[1]));
        StructuralValidator.builtInRules().forEach(r -> assertThat(ruleKeys).contains(r.id()));
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (var reader = new java.io.InputStreamReader(StructuralRulesTest.class.getResourceAsStream(name),
                StandardCharsets.UTF_8)) {
            p.load(reader);
        }
        return p;
    }
}

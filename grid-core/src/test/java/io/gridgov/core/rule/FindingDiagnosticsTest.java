package io.gridgov.core.rule;

import static org.assertj.core.api.Assertions.assertThat;

import io.gridgov.core.Diagnostic;
import io.gridgov.core.Diagnostics;
import io.gridgov.core.Finding;
import io.gridgov.core.Severity;
import io.gridgov.core.i18n.LocalizedText;
import io.gridgov.core.io.InputLocation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Structural findings speak the shared diagnostics vocabulary, and reports answer with its words. */
class FindingDiagnosticsTest {

    static List<StructuralReport> everyCase() throws IOException {
        Set<String> fixtures = new LinkedHashSet<>();
        try (InputStream in = FindingDiagnosticsTest.class.getResourceAsStream("/io/gridgov/core/rule/cases.csv")) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int i = 1; i < lines.length; i++) {
                fixtures.add(lines[i].split(",", -1)[0].trim());
            }
        }
        List<StructuralReport> reports = new ArrayList<>();
        fixtures.forEach(f -> reports.add(StructuralRulesTest.validate(f)));
        return reports;
    }

    @Test
    void everyStructuralFindingIsADiagnosticWithARuleIdSubjectsAndBothLanguages() throws IOException {
        Set<String> ruleIds = new LinkedHashSet<>();
        for (StructuralReport report : everyCase()) {
            for (Diagnostic d : report.findings()) {
                ruleIds.add(d.ruleId());
                assertThat(d.ruleId()).matches("[A-Z][A-Z_]*");
                assertThat(d.subjects()).as("subjects of %s", d).isNotEmpty();
                assertThat(d.message(Locale.ENGLISH)).isNotBlank().doesNotStartWith("rule.");
                assertThat(d.message(Locale.SIMPLIFIED_CHINESE)).isNotBlank().doesNotStartWith("rule.")
                        .isNotEqualTo(d.message(Locale.ENGLISH));
                assertThat(d.location()).isEmpty();
            }
        }
        assertThat(ruleIds).as("rules seen").hasSizeGreaterThanOrEqualTo(StructuralValidator.builtInRules().size());
    }

    @Test
    void aStructuralReportAnswersLikeAnyReportOfItsFindings() throws IOException {
        for (StructuralReport report : everyCase()) {
            Diagnostics<Finding> same = Diagnostics.of(report.findings());
            assertThat(report.isValid()).isEqualTo(same.isValid()).isEqualTo(report.errors().isEmpty());
            for (Severity s : Severity.values()) {
                assertThat(report.count(s)).isEqualTo(same.count(s));
            }
            assertThat(report.errors()).isEqualTo(same.errors()).allMatch(Diagnostic::isError);
            report.countsByRule().forEach((rule, n) -> assertThat(report.findings(rule)).hasSize(n));
        }
    }

    @Test
    void theReportWordsCountSeveritiesAndSelectRules() {
        Finding error = new Finding("A", Severity.ERROR, List.of("x"), new LocalizedText("a", "甲"));
        Finding warning = new Finding("B", Severity.WARNING, List.of("y"),
                Optional.of(InputLocation.ofFile("f.json").at(3, 7).withField("$.b")), new LocalizedText("b", "乙"));
        Diagnostics<Finding> report = Diagnostics.of(List.of(error, warning));
        assertThat(report.isValid()).isFalse();
        assertThat(report.count(Severity.ERROR)).isEqualTo(1);
        assertThat(report.count(Severity.INFO)).isZero();
        assertThat(report.findings("B")).containsExactly(warning);
        assertThat(report.errors()).containsExactly(error);
        assertThat(Diagnostics.of(List.of(warning)).isValid()).isTrue();
        assertThat(warning.message(Locale.SIMPLIFIED_CHINESE)).isEqualTo("乙");
        assertThat(warning).hasToString("WARNING B f.json:3:7, field \"$.b\": b");
        assertThat(error).hasToString("ERROR A x: a");
    }
}

package io.gridgov.geo.validate;

import static org.assertj.core.api.Assertions.assertThat;

import io.gridgov.core.Diagnostic;
import io.gridgov.core.Diagnostics;
import io.gridgov.core.Severity;
import io.gridgov.geo.FixtureAccess;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Boundary violations speak the shared diagnostics vocabulary, and the report answers with its words. */
class ViolationDiagnosticsTest {

    @Test
    void everyViolationOfEveryFixtureIsADiagnosticWithARuleIdItsGridsAndBothLanguages() {
        Set<BoundaryRule> seen = EnumSet.noneOf(BoundaryRule.class);
        FixtureAccess.cases().forEach(fixture -> {
            ValidationReport report = PartitionValidator.validate(fixture.partition(), fixture.options());
            for (Violation v : report.findings()) {
                Diagnostic d = v;
                seen.add(v.rule());
                assertThat(d.ruleId()).as("%s", v).matches("[A-Z][A-Z_]*");
                if (v.rule() != BoundaryRule.STRUCTURAL) {
                    assertThat(d.ruleId()).isEqualTo(v.rule().name());
                    assertThat(d.location()).isEmpty();
                }
                assertThat(d.subjects()).isEqualTo(v.gridIds()).isNotEmpty();
                assertThat(d.message(Locale.ENGLISH)).isNotBlank().doesNotStartWith("violation.");
                assertThat(d.message(Locale.SIMPLIFIED_CHINESE)).isNotBlank().isNotEqualTo(d.message(Locale.ENGLISH));
            }
            Diagnostics<Violation> same = Diagnostics.of(report.violations());
            assertThat(report.isValid()).isEqualTo(same.isValid());
            assertThat(report.errors()).isEqualTo(same.errors());
            for (Severity s : Severity.values()) {
                assertThat(report.count(s)).isEqualTo(same.count(s));
            }
            for (BoundaryRule r : BoundaryRule.values()) {
                List<Violation> ofRule = report.findings(r);
                assertThat(ofRule).hasSize((int) report.count(r));
                if (r != BoundaryRule.STRUCTURAL) {
                    assertThat(report.findings(r.name())).isEqualTo(ofRule);
                }
            }
        });
        assertThat(seen).as("rules the fixtures exercise").contains(BoundaryRule.GAP, BoundaryRule.OVERLAP,
                BoundaryRule.OUTSIDE_PARENT, BoundaryRule.INVALID_GEOMETRY, BoundaryRule.NOT_CONTIGUOUS);
    }
}

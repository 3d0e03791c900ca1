package io.gridgov.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class VendorRuleKindTest {

    @Test
    void aRuleKindRegisteredThroughServiceLoaderScoresAndExplains() {
        Scheme s = Check.oneIndicator("{\"type\": \"vendor.threshold\", \"fact\": \"v\", \"min\": 3}", "");
        assertThat(s.referencedFacts()).containsExactly("v");
        Scorecard hit = Check.score(s, "v", 3);
        assertThat(hit.total()).isEqualByComparingTo("100");
        assertThat(hit.lines().get(0).reason(Locale.SIMPLIFIED_CHINESE)).isEqualTo("达标");
        assertThat(Check.score(s, "v", 2).total()).isEqualByComparingTo("0");
        assertThat(SchemeJson.read(SchemeJson.write(s), "rt")).isEqualTo(s);
    }

    @Test
    void theProvidersProblemsAreReportedAtTheRulesPath() {
        Scheme s = SchemeJson.parse("""
                {"id": "t", "name": "t", "total": 10, "categories": [{"code": "A", "name": "A", "points": 10,
                  "indicators": [{"code": "A1", "name": "a", "points": 10, "rule": {"type": "vendor.threshold", "fact": "v"}}]}]}""",
                "t.json");
        assertThat(s.validate().findings()).extracting(SchemeFindings::text)
                .containsExactly("$.categories[0].indicators[0].rule: missing numeric \"min\"");
    }
}

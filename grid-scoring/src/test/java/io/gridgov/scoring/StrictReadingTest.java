package io.gridgov.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.gridgov.core.i18n.Messages;
import io.gridgov.core.io.InvalidInputException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The scheme and scorecard readers under the strict reader policy, with messages in both languages. */
class StrictReadingTest {

    private static final String CATEGORY = """
            {"code": "A", "name": "A", "points": 100, "indicators": [
              {"code": "A1", "name": "a", "points": 100, "rule": {"type": "manual", "fact": "x"}}]}""";

    private static String scheme(String rest) {
        return """
                {"id": "t", "name": "t", "total": 100,
                 "categories": [%s]%s}""".formatted(CATEGORY, rest);
    }

    private static InvalidInputException schemeFailure(String json) {
        return catchThrowableOfType(() -> SchemeJson.parse(json, "s.json"), InvalidInputException.class);
    }

    private static InvalidInputException cardsFailure(String json) {
        return catchThrowableOfType(() -> ScorecardJson.read(json, "c.json"), InvalidInputException.class);
    }

    @Test
    void aDuplicatedFieldInASchemeIsRejectedAtItsLineAndColumn() {
        InvalidInputException e = schemeFailure("""
                {"id": "t", "name": "t", "total": 100,
                 "categories": [], "total": 90}""");
        assertThat(e.getMessage()).startsWith("s.json:2:").contains("\"total\"").contains("again");
        assertThat(e.location().column().getAsInt()).isGreaterThan(15);
    }

    @Test
    void aDuplicatedFieldInScorecardsIsRejectedAtItsLineAndColumn() {
        InvalidInputException e = cardsFailure("""
                {"scorecards": [
                  {"scheme": "t", "subject": "g1", "subject": "g2"}]}""");
        assertThat(e.getMessage()).startsWith("c.json:2:").contains("\"subject\"").contains("again");
        assertThat(e.location().column().getAsInt()).isGreaterThan(30);
    }

    @Test
    void messagesComeInEnglishAndChineseWithoutBundleKeys() {
        List<InvalidInputException> failures = List.of(
                schemeFailure(scheme(", \"rounding\": {\"scale\": 9}")),
                schemeFailure(scheme(", \"rounding\": {\"mode\": \"NEAREST\"}")),
                schemeFailure(scheme(", \"lists\": {\"red\": -1}")),
                schemeFailure(scheme(", \"facts\": [\"x\"]")),
                schemeFailure(scheme(", \"vetoes\": [{\"code\": \"V\", \"name\": \"v\", \"fact\": \"x\","
                        + " \"when\": {\">\": 0}, \"effect\": \"banish\"}]")),
                schemeFailure(scheme("").replace("{\"type\": \"manual\", \"fact\": \"x\"}",
                        "{\"type\": \"rate\", \"numerator\": \"a\", \"denominator\": \"b\", \"perPercentBelow\": 1}")),
                schemeFailure(scheme("").replace("{\"type\": \"manual\", \"fact\": \"x\"}",
                        "{\"type\": \"rate\", \"numerator\": \"a\", \"denominator\": \"b\", \"perPercentBelow\": 1,"
                                + " \"onZeroDenominator\": \"half\"}")),
                cardsFailure("{\"scorecards\": [{\"scheme\": \"t\", \"subject\": \"g\", \"base\": 1, \"bonus\": 0,"
                        + " \"total\": 1, \"excluded\": \"no\", \"lines\": [], \"bonusLines\": [], \"vetoes\": []}]}"));
        for (InvalidInputException e : failures) {
            assertThat(e).isNotNull();
            String en = e.problem().in(Messages.ENGLISH);
            String zh = e.problem().in(Messages.CHINESE);
            assertThat(en).as(e.getMessage()).isNotBlank().doesNotContainPattern("(json|input)\\.[a-zA-Z]");
            assertThat(zh).as(e.getMessage()).isNotBlank().isNotEqualTo(en).doesNotContainPattern("(json|input)\\.[a-zA-Z]");
        }
    }
}

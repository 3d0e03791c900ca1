package io.gridgov.core.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.gridgov.core.io.InvalidInputException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue 13 §1: fact values beyond the declared bounds are located errors at read time, never a later crash. */
class FactBoundsTest {

    @ParameterizedTest
    @ValueSource(strings = {"1e999999", "-1e999999", "1e15", "1000000000000000", "1e-999999999", "0.0000000000001",
            "123456789012345678901234567890", "1E+21474836477", "1e-99999999999999"})
    void aJsonFactBeyondTheBoundsIsALocatedError(String value) {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> FactFiles.readJson(
                "{\"subjects\": [{\"id\": \"g1\", \"facts\": {\"x\": " + value + "}}]}", "f.json"));
        assertThat(e.location().line()).hasValue(1);
        assertThat(e.location().record()).contains("subject \"g1\"");
        assertThat(e.location().field()).contains("facts.x");
        assertThat(e.expected()).startsWith("expected a number of magnitude below 10^15 with at most 12 decimals")
                .hasSizeLessThan(200);
        assertThat(e.problem().zh()).contains("10^15");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e999999", "1E+2147483647", "99999999999999999", "0.1234567890123"})
    void aCsvFactOrWeightBeyondTheBoundsIsALocatedError(String value) {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> FactFiles.readCsv("id,x\ng1," + value + "\n", "f.csv"));
        assertThat(e.location().line()).hasValue(2);
        assertThat(e.location().field()).contains("x");
        assertThat(e.expected()).startsWith("expected a number of magnitude below 10^15");
        InvalidInputException w = catchThrowableOfType(InvalidInputException.class,
                () -> FactFiles.readCsv("id,weight\ng1," + value + "\n", "f.csv"));
        assertThat(w.location().field()).contains("weight");
    }

    @Test
    void aVeryLongCsvNumberIsRejectedWithoutParsingItWholeAndQuotedShort() {
        String digits = "9".repeat(1_000_000);
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> FactFiles.readCsv("id,x\ng1," + digits + "\n", "f.csv"));
        assertThat(e.getMessage()).hasSizeLessThan(300);
    }

    @Test
    void numbersAtTheBoundsAreRead() {
        FactSet f = FactFiles.readJson("{\"subjects\": [{\"id\": \"g1\", \"weight\": 999999999999999.999999999999,"
                + " \"facts\": {\"a\": -999999999999999, \"b\": 0.000000000001, \"c\": 1.50000000000000000000,"
                + " \"d\": 0e-999999999}}]}", "f.json");
        assertThat(f.subjects().get(0).values()).containsEntry("b", new BigDecimal("0.000000000001"));
    }
}

package io.gridgov.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.gridgov.core.io.InvalidInputException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class FactsReaderTest {

    @Test
    void jsonFactsKeepPeriodGroupsWeightsAndExactValues() {
        Facts f = FactsReader.readJson("""
                {"period": "2026-11", "subjects": [
                  {"id": "g1", "group": "L3/comprehensive", "weight": 320,
                   "facts": {"patrol.done": 57, "rate": 0.10, "board": true, "ledger": false}}]}""", "f.json");
        assertThat(f.period()).contains("2026-11");
        Facts.Subject g1 = f.subjects().get(0);
        assertThat(g1.group()).contains("L3/comprehensive");
        assertThat(g1.weight()).contains(new BigDecimal("320"));
        assertThat(g1.values()).containsEntry("rate", new BigDecimal("0.10")).containsEntry("board", BigDecimal.ONE)
                .containsEntry("ledger", BigDecimal.ZERO);
    }

    @Test
    void aBadJsonValueNamesFileLineColumnSubjectAndField() {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> FactsReader.readJson("""
                {"period": "2026-11", "subjects": [
                  {"id": "g1", "facts": {"patrol.done": 57}},
                  {"id": "g2", "facts": {"patrol.done": "many"}}]}""", "f.json"));
        assertThat(e.location().file()).contains("f.json");
        assertThat(e.location().line()).hasValue(3);
        assertThat(e.location().column()).isPresent();
        assertThat(e.location().record()).contains("subject \"g2\"");
        assertThat(e.location().field()).contains("facts.patrol.done");
        assertThat(e.expected()).isEqualTo("expected a number or true/false, found \"many\"");
    }

    @Test
    void columnsCountCharactersNotBytes() {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> FactsReader.readJson(
                "{\"subjects\": [{\"id\": \"网格一\", \"facts\": {\"x\": \"?\"}}]}", "f.json"));
        assertThat(e.location().column()).hasValue(44);
        assertThat(e.location().record()).contains("subject \"网格一\"");
    }

    @Test
    void duplicateSubjectsAreRejected() {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> FactsReader.readJson(
                "{\"subjects\": [{\"id\": \"g1\", \"facts\": {}}, {\"id\": \"g1\", \"facts\": {}}]}", "f.json"));
        assertThat(e.expected()).contains("\"g1\" appears twice");
    }

    @Test
    void csvHasOneRowPerSubjectAndEmptyCellsAreMissingFacts() {
        Facts f = FactsReader.readCsv("""
                id,group,period,patrol.done,patrol.required,board
                g1,L3,2026-11,57,60,true
                g2,L3,2026-11,,60,false
                """, "f.csv");
        assertThat(f.period()).contains("2026-11");
        assertThat(f.subjects()).hasSize(2);
        assertThat(f.subjects().get(1).values()).doesNotContainKey("patrol.done").containsEntry("board", BigDecimal.ZERO);
    }

    @Test
    void aBadCsvCellNamesLineColumnSubjectAndColumn() {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> FactsReader.readCsv("""
                id,patrol.done
                g1,57
                g2,5x7
                """, "f.csv"));
        assertThat(e.location().line()).hasValue(3);
        assertThat(e.location().column()).hasValue(4);
        assertThat(e.location().record()).contains("subject \"g2\"");
        assertThat(e.location().field()).contains("patrol.done");
        assertThat(e.getMessage()).isEqualTo("f.csv:3:4, subject \"g2\", field \"patrol.done\": "
                + "expected a number or true/false, found \"5x7\"");
    }

    @Test
    void aCsvWithoutIdColumnIsRejected() {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> FactsReader.readCsv("name,x\na,1\n", "f.csv"));
        assertThat(e.location().field()).contains("id");
    }

    @Test
    void aMissingFactWhenScoringNamesTheFactsFileSubjectAndFact() {
        Scheme s = Check.oneIndicator("{\"type\": \"manual\", \"fact\": \"score\"}", "");
        Facts f = FactsReader.readCsv("id,other\ng7,1\n", "month.csv");
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> Scoring.score(s, f));
        assertThat(e.getMessage()).isEqualTo("month.csv, subject \"g7\", field \"score\": "
                + "missing fact \"score\" and the scheme gives no default (A1)");
    }
}

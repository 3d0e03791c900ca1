package io.gridgov.core.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.gridgov.core.io.InvalidInputException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FactFilesTest {

    @Test
    void jsonFactsKeepPeriodGroupsWeightsAndExactValues() {
        FactSet f = FactFiles.readJson("""
                {"period": "2026-11", "subjects": [
                  {"id": "g1", "group": "L3/comprehensive", "weight": 320,
                   "facts": {"patrol.done": 57, "rate": 0.10, "board": true, "ledger": false}}]}""", "f.json");
        assertThat(f.period()).contains("2026-11");
        SubjectFacts g1 = f.subjects().get(0);
        assertThat(g1.group()).contains("L3/comprehensive");
        assertThat(g1.weight()).contains(new BigDecimal("320"));
        assertThat(g1.values()).containsEntry("rate", new BigDecimal("0.10")).containsEntry("board", BigDecimal.ONE)
                .containsEntry("ledger", BigDecimal.ZERO);
    }

    @Test
    void aBadJsonValueNamesFileLineColumnSubjectAndField() {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> FactFiles.readJson("""
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
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> FactFiles.readJson(
                "{\"subjects\": [{\"id\": \"网格一\", \"facts\": {\"x\": \"?\"}}]}", "f.json"));
        assertThat(e.location().column()).hasValue(44);
        assertThat(e.location().record()).contains("subject \"网格一\"");
    }

    @Test
    void duplicateSubjectsAreRejected() {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> FactFiles.readJson(
                "{\"subjects\": [{\"id\": \"g1\", \"facts\": {}}, {\"id\": \"g1\", \"facts\": {}}]}", "f.json"));
        assertThat(e.expected()).contains("\"g1\" appears twice");
    }

    @Test
    void csvHasOneRowPerSubjectAndEmptyCellsAreMissingFacts() {
        FactSet f = FactFiles.readCsv("""
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
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> FactFiles.readCsv("""
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
                () -> FactFiles.readCsv("name,x\na,1\n", "f.csv"));
        assertThat(e.location().field()).contains("id");
    }

    @Test
    void aKeyGivenTwiceIsRejectedWithItsPlaceSubjectAndField() {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> FactFiles.readJson("""
                {"subjects": [
                  {"id": "g1", "facts": {"x": 1, "x": 2}}]}""", "f.json"));
        assertThat(e.location().line()).hasValue(2);
        assertThat(e.location().column()).isPresent();
        assertThat(e.location().record()).contains("subject \"g1\"");
        assertThat(e.location().field()).contains("facts.x");
        assertThat(e.expected()).isEqualTo("expected each key once, \"x\" appears twice");
        InvalidInputException top = catchThrowableOfType(InvalidInputException.class, () -> FactFiles.readJson(
                "{\"period\": \"2026-11\", \"period\": \"2026-12\", \"subjects\": []}", "f.json"));
        assertThat(top.location().field()).contains("period");
    }

    @Test
    void contentAfterTheObjectIsRejected() {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> FactFiles.readJson("{\"subjects\": []} {}", "f.json"));
        assertThat(e.location().line()).hasValue(1);
        assertThat(e.expected()).startsWith("expected the end of the file");
    }

    @Test
    void csvCellsMayBeQuotedWithCommasQuotesAndLineBreaks() {
        FactSet f = FactFiles.readCsv("\uFEFFid,group,x\r\n\"g,1\",\"L3 \"\"a\"\"\nb\",2\r\n", "f.csv");
        assertThat(f.subjects()).singleElement().satisfies(s -> {
            assertThat(s.id()).isEqualTo("g,1");
            assertThat(s.group()).contains("L3 \"a\"\nb");
            assertThat(s.values()).containsEntry("x", new BigDecimal("2"));
        });
    }

    @Test
    void anUnclosedCsvQuoteNamesWhereItOpened() {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> FactFiles.readCsv("id,x\ng1,1\n\"g2,2\n", "f.csv"));
        assertThat(e.location().line()).hasValue(3);
        assertThat(e.location().column()).hasValue(1);
        assertThat(e.expected()).startsWith("expected a closing quote");
    }

    @Test
    void aFactNamedLikeACsvColumnCannotBeWrittenAsCsv() {
        FactSet f = FactSet.builder().fact("g1", "weight", 3).build();
        assertThat(catchThrowableOfType(IllegalArgumentException.class, () -> FactFiles.toCsv(f)))
                .hasMessageContaining("\"weight\"");
        assertThat(FactFiles.readJson(FactFiles.toJson(f), "f.json").subjects()).isEqualTo(f.subjects());
    }

    @Test
    void filesAreWrittenWholeAndReadBackByTheirExtension(@TempDir Path dir) {
        FactSet f = FactSet.builder().period("2026-11").fact("g1", "a", new BigDecimal("0.10"))
                .group("g1", "L3").weight("g1", new BigDecimal("320")).fact("g2", "b", 1).build();
        for (String name : List.of("facts.json", "facts.csv")) {
            Path file = FactFiles.write(f, dir.resolve(name));
            FactSet back = FactFiles.read(file);
            assertThat(back.subjects()).isEqualTo(f.subjects());
            assertThat(back.period()).contains("2026-11");
            assertThat(back.source()).contains(file.toString());
        }
        assertThat(dir.toFile().list()).containsExactlyInAnyOrder("facts.json", "facts.csv");
    }

    @Test
    void readerErrorsComeInEnglishAndChineseWithoutBundleKeys() {
        List<org.assertj.core.api.ThrowableAssert.ThrowingCallable> bad = List.of(
                () -> FactFiles.readCsv("", "f.csv"),
                () -> FactFiles.readCsv("id,x,x\ng1,1,2\n", "f.csv"),
                () -> FactFiles.readCsv("name,x\na,1\n", "f.csv"),
                () -> FactFiles.readCsv("id,x\ng1,1,2\n", "f.csv"),
                () -> FactFiles.readCsv("id,x\ng1,1\ng1,2\n", "f.csv"),
                () -> FactFiles.readCsv("id,weight\ng1,-1\n", "f.csv"),
                () -> FactFiles.readCsv("id,x\ng1,many\n", "f.csv"),
                () -> FactFiles.readCsv("id,x\n\"g1\"x,1\n", "f.csv"),
                () -> FactFiles.readJson("[]", "f.json"),
                () -> FactFiles.readJson("{\"subjects\": [], \"other\": 1}", "f.json"),
                () -> FactFiles.readJson("{}", "f.json"),
                () -> FactFiles.readJson("{\"subjects\": [{\"facts\": {}}]}", "f.json"),
                () -> FactFiles.readJson("{\"subjects\": [{\"id\": \"g1\", \"facts\": {\"x\": {}}}]}", "f.json"),
                () -> FactFiles.readJson("{\"subjects\": [{\"id\": \"g1\", \"weight\": -1, \"facts\": {}}]}",
                        "f.json"),
                () -> FactFiles.readJson("{\"subjects\": []} 1", "f.json"));
        for (var read : bad) {
            InvalidInputException e = catchThrowableOfType(InvalidInputException.class, read);
            String en = e.message(java.util.Locale.ENGLISH);
            String zh = e.message(java.util.Locale.SIMPLIFIED_CHINESE);
            assertThat(en).as(en).startsWith("f.").isNotEqualTo(zh);
            assertThat(zh).as(zh).containsPattern("\\p{IsHan}");
            for (String problem : List.of(e.problem().en(), e.problem().zh())) {
                assertThat(problem).as(problem).doesNotContainPattern("\\b(facts|input|found)\\.\\w");
            }
        }
    }
}

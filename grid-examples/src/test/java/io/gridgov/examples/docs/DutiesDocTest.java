package io.gridgov.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gridgov.core.duty.ActivityRecords;
import io.gridgov.core.duty.DutyCatalog;
import io.gridgov.core.duty.DutyTemplates;
import io.gridgov.core.duty.WorkCalendar;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every example of docs/formats/duties.md is read by the code it documents; the Java sample runs. */
class DutiesDocTest {

    static final Path DOC = Path.of("..", "docs", "formats", "duties.md");
    static final Path SAMPLE = Path.of("src", "main", "java", "io", "gridgov", "examples", "docs", "DutiesSample.java");

    static String block(String marker) throws Exception {
        String doc = Files.readString(DOC);
        Matcher m = Pattern.compile("<!-- " + Pattern.quote(marker) + " -->\\n```[a-z]*\\n(.*?)```", Pattern.DOTALL).matcher(doc);
        assertThat(m.find()).as("block " + marker).isTrue();
        return m.group(1);
    }

    @Test
    void theJavaSampleRunsAndTheDocShowsItsCode() throws Exception {
        assertThat(DutiesSample.run()).contains("\"period\" : \"2026-11\"").contains("duty.visit.key.missed");
        String source = Files.readString(SAMPLE);
        Matcher m = Pattern.compile("// tag::duties\\[\\]\\n(.*?)\\n\\s*// end::duties\\[\\]", Pattern.DOTALL).matcher(source);
        assertThat(m.find()).isTrue();
        String expected = m.group(1).lines().map(l -> l.startsWith("        ") ? l.substring(8) : l)
                .reduce((a, b) -> a + "\n" + b).orElseThrow();
        assertThat(block("snippet:duties").stripTrailing()).isEqualTo(expected.stripTrailing());
    }

    @Test
    void theTemplateExampleIsAValidTemplate() throws Exception {
        var templates = DutyTemplates.read(new ByteArrayInputStream(block("check:template").getBytes(StandardCharsets.UTF_8)),
                "duties.md");
        assertThat(DutyCatalog.validate(templates)).isEmpty();
    }

    @Test
    void theCalendarExampleReads() throws Exception {
        WorkCalendar cal = WorkCalendar.read(new ByteArrayInputStream(block("check:calendar").getBytes(StandardCharsets.UTF_8)),
                "duties.md");
        assertThat(cal.holidays()).hasSize(8);
        assertThat(cal.workdays()).hasSize(2);
    }

    @Test
    void theActivityExamplesGiveTheSameRecordsInBothFormats() throws Exception {
        var jsonl = ActivityRecords.readJsonLines(new StringReader(block("check:activities-jsonl")), "duties.md");
        var csv = ActivityRecords.readCsv(new StringReader(block("check:activities-csv")), "duties.md");
        assertThat(jsonl).hasSize(2);
        assertThat(csv).usingRecursiveFieldByFieldElementComparatorIgnoringFields("line").isEqualTo(jsonl);
        assertThat(jsonl.get(1).duty()).hasValue("patrol-traffic");
    }

    @Test
    void theFactsExampleAddsUp() throws Exception {
        JsonNode facts = new ObjectMapper().readTree(block("check:facts"));
        for (JsonNode subject : facts.get("subjects")) {
            JsonNode f = subject.get("facts");
            f.fieldNames().forEachRemaining(name -> {
                if (name.endsWith(".required")) {
                    String p = name.substring(0, name.length() - ".required".length());
                    assertThat(f.get(p + ".done").asLong() + f.get(p + ".late").asLong() + f.get(p + ".missed").asLong())
                            .as(p).isEqualTo(f.get(name).asLong());
                }
            });
        }
    }
}

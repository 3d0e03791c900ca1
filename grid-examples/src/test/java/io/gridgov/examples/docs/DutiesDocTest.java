package io.gridgov.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gridgov.duty.ActivityRecords;
import io.gridgov.duty.DutyCatalog;
import io.gridgov.duty.DutyTemplates;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Every example of docs/formats/duties.md is read by the code it documents; the Java sample runs. */
class DutiesDocTest {

    static final Path DOC = DocSnippets.ROOT.resolve("docs/formats/duties.md");

    static String block(String name) {
        return DocSnippets.block(DOC, "check", name) + "\n";
    }

    @Test
    void theJavaSampleRunsAndTheDocShowsItsCode() {
        assertThat(DutiesSample.run()).contains("\"period\" : \"2026-11\"").contains("duty.visit.key.missed");
        assertThat(DocSnippets.blocks(DOC, "snippet")).extracting(DocSnippets.Block::tag).containsExactly("duties");
        assertThat(DocSnippets.mismatches(DOC, DocSnippets.ROOT)).isEmpty();
    }

    @Test
    void theTemplateExampleIsAValidTemplate() throws Exception {
        var templates = DutyTemplates.read(new ByteArrayInputStream(block("template").getBytes(StandardCharsets.UTF_8)),
                "duties.md");
        assertThat(DutyCatalog.validate(templates).findings()).isEmpty();
    }

    @Test
    void theActivityExamplesGiveTheSameRecordsInBothFormats() throws Exception {
        var jsonl = ActivityRecords.readJsonLines(new StringReader(block("activities-jsonl")), "duties.md");
        var csv = ActivityRecords.readCsv(new StringReader(block("activities-csv")), "duties.md");
        assertThat(jsonl).hasSize(2);
        assertThat(csv).usingRecursiveFieldByFieldElementComparatorIgnoringFields("line").isEqualTo(jsonl);
        assertThat(jsonl.get(1).duty()).hasValue("patrol-traffic");
    }

    @Test
    void theFactsExampleAddsUp() throws Exception {
        JsonNode facts = new ObjectMapper().readTree(block("facts"));
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

package io.gridgov.duty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.gridgov.core.i18n.Messages;
import io.gridgov.core.io.InvalidInputException;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The duty readers under the strict reader policy, with messages in both languages. */
class StrictReadingTest {

    private static final String TEMPLATE = """
            {"id": "t", "bindings": [{"levels": ["grid"]}],
             "duties": [{"code": "visit", "action": "visit",
                         "frequency": {"kind": "quota", "times": 1, "per": "week", "per": "month"}}]}
            """;

    private static InvalidInputException templateFailure(String json) {
        return catchThrowableOfType(() -> DutyTemplates.read(
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "t.json"), InvalidInputException.class);
    }

    private static InvalidInputException activityFailure(String lines) {
        return catchThrowableOfType(() -> ActivityRecords.readJsonLines(new StringReader(lines), "a.jsonl"),
                InvalidInputException.class);
    }

    @Test
    void aDuplicatedFieldInATemplateIsRejectedAtItsLineAndColumn() {
        InvalidInputException e = templateFailure(TEMPLATE);
        assertThat(e.getMessage()).startsWith("t.json:3:").contains("\"per\"").contains("again");
        assertThat(e.location().column().getAsInt()).isGreaterThan(50);
    }

    @Test
    void aDuplicatedFieldInAnActivityLineIsRejectedAtItsLineAndColumn() {
        InvalidInputException e = activityFailure("""
                {"who": "w1", "role": "worker", "grid": "g1", "action": "visit", "start": "2026-11-03T09:00"}
                {"who": "w1", "role": "worker", "grid": "g1", "grid": "g2", "action": "visit", "start": "2026-11-03T09:00"}
                """);
        assertThat(e.getMessage()).startsWith("a.jsonl:2:").contains("\"grid\"").contains("again");
        assertThat(e.location().column().getAsInt()).isGreaterThan(40);
    }

    @Test
    void contentAfterTheObjectOnALineIsRejected() {
        InvalidInputException e = activityFailure("""
                {"who": "w1", "role": "worker", "grid": "g1", "action": "visit", "start": "2026-11-03T09:00"} {}
                """);
        assertThat(e.getMessage()).startsWith("a.jsonl:1:");
    }

    @Test
    void aGzipActivityFileIsRefusedInOneLine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("a.jsonl.gz");
        try (GZIPOutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write("{}\n".getBytes(StandardCharsets.UTF_8));
        }
        InvalidInputException e = catchThrowableOfType(() -> ActivityRecords.read(file), InvalidInputException.class);
        assertThat(e.getMessage()).contains("a.jsonl.gz").contains("gzip");
    }

    @Test
    void messagesComeInEnglishAndChineseWithoutBundleKeys() {
        List<InvalidInputException> failures = List.of(
                templateFailure("{\"id\": \"t\", \"duties\": [{\"code\": \"c\", \"action\": \"visit\"}]}"),
                templateFailure("{\"id\": \"t\", \"duties\": [{\"code\": \"c\", \"action\": \"visit\","
                        + " \"frequency\": {\"kind\": \"quota\", \"per\": \"fortnight\"}}]}"),
                templateFailure("{\"id\": \"t\", \"duties\": [{\"code\": \"c\", \"action\": \"visit\","
                        + " \"frequency\": {\"kind\": \"time-share\", \"share\": \"3/2\", \"per\": \"week\"}}]}"),
                templateFailure("{\"id\": \"t\", \"duties\": [{\"code\": \"c\", \"action\": \"visit\","
                        + " \"frequency\": {\"kind\": \"daily\"}, \"evidence\": [\"selfie\"]}]}"),
                templateFailure("{\"id\": \"t\", \"names\": {}}"),
                templateFailure("{\"id\": \"t\", \"idd\": 1}"),
                activityFailure("[1]"),
                activityFailure("{\"who\": \"w1\", \"role\": \"worker\", \"grid\": \"g1\", \"action\": \"visit\","
                        + " \"start\": \"soon\"}"),
                activityFailure("{\"who\": \"w1\", \"role\": \"worker\", \"grid\": \"g1\", \"start\": \"2026-11-03T09:00\"}"));
        for (InvalidInputException e : failures) {
            assertThat(e).isNotNull();
            String en = e.problem().in(Messages.ENGLISH);
            String zh = e.problem().in(Messages.CHINESE);
            assertThat(en).as(e.getMessage()).isNotBlank().doesNotContainPattern("(template|activity|input)\\.[a-zA-Z]");
            assertThat(zh).as(e.getMessage()).isNotBlank().isNotEqualTo(en)
                    .doesNotContainPattern("(template|activity|input)\\.[a-zA-Z]");
        }
    }

    @Test
    void theCatalogCountsFurtherProblemsInBothLanguages() {
        List<DutyTemplate> templates = DutyTemplates.read(new ByteArrayInputStream("""
                {"id": "t", "bindings": [{"levels": ["grid"]}], "duties": [
                  {"code": "a", "action": "visit", "role": "janitor", "frequency": {"kind": "daily"}},
                  {"code": "b", "action": "visit", "role": "porter", "frequency": {"kind": "daily"}}]}
                """.getBytes(StandardCharsets.UTF_8)), "t.json");
        InvalidInputException e = catchThrowableOfType(() -> DutyCatalog.of(templates), InvalidInputException.class);
        assertThat(e.problem().in(Messages.ENGLISH)).contains("janitor").contains("and 1 more problem");
        assertThat(e.problem().in(Messages.CHINESE)).contains("janitor").contains("另有 1 个问题");
    }
}

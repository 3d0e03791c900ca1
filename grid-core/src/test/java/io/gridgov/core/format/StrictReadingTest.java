package io.gridgov.core.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.gridgov.core.i18n.Messages;
import io.gridgov.core.io.InvalidInputException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tree and level-scheme readers under the strict reader policy, with messages in both languages. */
class StrictReadingTest {

    private static InvalidInputException treeFailure(String json) {
        return catchThrowableOfType(() -> TreeJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                "t.json", Optional.empty()), InvalidInputException.class);
    }

    private static InvalidInputException schemeFailure(Path dir, String json) throws Exception {
        Path file = dir.resolve("s.json");
        Files.writeString(file, json);
        return catchThrowableOfType(() -> LevelSchemeJson.read(file), InvalidInputException.class);
    }

    @Test
    void aDuplicatedFieldInATreeIsRejectedAtItsLineAndColumn() {
        InvalidInputException e = treeFailure("""
                {"scheme": "urban", "nodes": [
                  {"id": "c1", "name": "社区", "name": "翠湖"}]}""");
        assertThat(e.getMessage()).startsWith("t.json:2:").contains("\"name\"").contains("again");
        assertThat(e.location().column().getAsInt()).isGreaterThan(20);
    }

    @Test
    void aDuplicatedFieldInALevelSchemeIsRejectedAtItsLineAndColumn(@TempDir Path dir) throws Exception {
        InvalidInputException e = schemeFailure(dir, """
                {"id": "x",
                 "levels": [{"key": "a"}], "id": "y"}""");
        assertThat(e.getMessage()).startsWith(dir.resolve("s.json") + ":2:").contains("\"id\"").contains("again");
    }

    @Test
    void contentAfterALevelSchemeAndAGzipTreeAreRejected(@TempDir Path dir) throws Exception {
        assertThat(schemeFailure(dir, "\"urban\" \"rural\"").getMessage()).contains(":1:9");
        Path gz = dir.resolve("t.json.gz");
        try (GZIPOutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write("{\"nodes\": []}".getBytes(StandardCharsets.UTF_8));
        }
        InvalidInputException e = catchThrowableOfType(() -> TreeJson.read(gz), InvalidInputException.class);
        assertThat(e.getMessage()).contains("t.json.gz").contains("gzip");
    }

    @Test
    void messagesComeInEnglishAndChineseWithoutBundleKeys(@TempDir Path dir) throws Exception {
        List<InvalidInputException> failures = new ArrayList<>(List.of(
                treeFailure("[1]"),
                treeFailure("{\"scheme\": \"urban\", \"nodes\": [{\"id\": true}]}"),
                treeFailure("{\"scheme\": \"urban\", \"nodes\": [{\"id\": \"a\", \"households\": -1}]}"),
                treeFailure("{\"scheme\": \"urban\", \"nodes\": [{\"id\": \"a\", \"validFrom\": \"soon\"}]}"),
                treeFailure("{\"scheme\": \"urban\", \"nodes\": []} {}")));
        failures.add(schemeFailure(dir, "{\"id\": \"x\", \"levels\": []}"));
        failures.add(schemeFailure(dir, "{\"id\": \"x\", \"levels\": [{\"key\": \"a\", \"codeLength\": 99}]}"));
        for (InvalidInputException e : failures) {
            assertThat(e).isNotNull();
            String en = e.problem().in(Messages.ENGLISH);
            String zh = e.problem().in(Messages.CHINESE);
            assertThat(en).as(e.getMessage()).isNotBlank().doesNotContainPattern("(input|found)\\.[a-zA-Z]");
            assertThat(zh).as(e.getMessage()).isNotBlank().isNotEqualTo(en).doesNotContainPattern("(input|found)\\.[a-zA-Z]");
        }
    }
}

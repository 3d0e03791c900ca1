package io.gridgov.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.gridgov.core.io.TreeJson;
import io.gridgov.examples.sample.SampleCity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** docs/formats/tree.md quotes its code from {@link TreeFormatSample} exactly, and the code runs. */
class TreeFormatDocTest {

    static final Path DOC = Path.of("..", "docs", "formats", "tree.md");
    static final Path SOURCE = Path.of("src", "main", "java", "io", "gridgov", "examples", "docs",
            "TreeFormatSample.java");
    static final Pattern SNIPPET = Pattern.compile(
            "<!-- snippet: TreeFormatSample#(\\w+) -->\\s*```java\\n(.*?)```", Pattern.DOTALL);

    @Test
    void everySnippetInTheDocIsTheTaggedSourceVerbatim() throws IOException {
        String doc = Files.readString(DOC);
        String source = Files.readString(SOURCE);
        Matcher m = SNIPPET.matcher(doc);
        int found = 0;
        while (m.find()) {
            found++;
            assertThat(m.group(2)).as("snippet " + m.group(1)).isEqualTo(tagged(source, m.group(1)));
        }
        assertThat(found).isEqualTo(2);
    }

    static String tagged(String source, String tag) {
        int start = source.indexOf("// tag::" + tag + "[]");
        int end = source.indexOf("// end::" + tag + "[]");
        List<String> lines = source.substring(source.indexOf('\n', start) + 1, end).lines().toList();
        int indent = lines.stream().filter(l -> !l.isBlank()).mapToInt(l -> l.length() - l.stripLeading().length())
                .min().orElse(0);
        StringBuilder b = new StringBuilder();
        lines.stream().filter(l -> !l.isBlank() || !b.isEmpty())
                .forEach(l -> b.append(l.length() >= indent ? l.substring(indent) : l.strip()).append('\n'));
        return b.toString().stripTrailing() + "\n";
    }

    @Test
    void theSamplesRunOnTheSampleCity(@TempDir Path dir) {
        Path file = dir.resolve("city-tree.json");
        TreeJson.write(SampleCity.load(), file);
        List<String> out = TreeFormatSample.run(file);
        assertThat(out).contains("WARNING SIZE_BAND [g150] 节点“g150”有 531 户，超出本级规模 300–500 户")
                .endsWith("g002 in c01, then in c02");
    }
}

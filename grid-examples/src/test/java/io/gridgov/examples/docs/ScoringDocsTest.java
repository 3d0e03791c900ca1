package io.gridgov.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Keeps docs/formats/scheme.md honest: every code snippet equals the tagged source, every included
 * file equals the file, and the worked example's printed output is what the doc shows.
 */
class ScoringDocsTest {
    private static final Path ROOT = Path.of("..");
    private static final Path DOC = ROOT.resolve("docs/formats/scheme.md");
    private static final Pattern MARKER = Pattern.compile("<!-- (snippet|file|output): ([^ ]+)(?: tag=(\\S+))? -->\\n```\\w*\\n(.*?)\\n```",
            Pattern.DOTALL);

    record Block(String kind, String target, String tag, String body) {
    }

    static List<Block> blocks() throws IOException {
        String md = Files.readString(DOC);
        List<Block> out = new ArrayList<>();
        Matcher m = MARKER.matcher(md);
        while (m.find()) {
            out.add(new Block(m.group(1), m.group(2), m.group(3), m.group(4)));
        }
        return out;
    }

    /** The lines between {@code // tag::name[]} and {@code // end::name[]}, with common indentation removed. */
    static String tagged(Path source, String tag) throws IOException {
        List<String> lines = Files.readAllLines(source);
        int from = -1;
        int to = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().equals("// tag::" + tag + "[]")) {
                from = i + 1;
            } else if (lines.get(i).strip().equals("// end::" + tag + "[]")) {
                to = i;
            }
        }
        assertThat(from).as("tag %s in %s", tag, source).isPositive();
        List<String> body = lines.subList(from, to);
        int indent = body.stream().filter(l -> !l.isBlank()).mapToInt(l -> l.length() - l.stripLeading().length())
                .min().orElse(0);
        return String.join("\n", body.stream().map(l -> l.isBlank() ? "" : l.substring(indent)).toList());
    }

    @Test
    void theDocHasTheWorkedExamplesBlocks() throws IOException {
        assertThat(blocks()).extracting(Block::kind).containsExactly("file", "file", "snippet", "output");
    }

    @Test
    void everySnippetInTheDocIsTheTaggedSource() throws IOException {
        for (Block b : blocks()) {
            if (b.kind().equals("snippet")) {
                assertThat(b.body()).as(b.target()).isEqualTo(tagged(ROOT.resolve(b.target()), b.tag()));
            } else if (b.kind().equals("file")) {
                assertThat(b.body()).as(b.target()).isEqualTo(Files.readString(ROOT.resolve(b.target())).stripTrailing());
            }
        }
    }

    @Test
    void theWorkedExampleRunsAndPrintsWhatTheDocShows() throws IOException {
        Path dir = ROOT.resolve("grid-examples/src/main/resources/docs/scoring");
        List<String> out = ScoringExample.run(dir.resolve("worked-example.json"), dir.resolve("worked-example-facts.json"));
        String shown = blocks().stream().filter(b -> b.kind().equals("output")).findFirst().orElseThrow().body();
        assertThat(String.join("\n", out)).isEqualTo(shown);
        assertThat(out).contains("  A2  70.0  巡查记录缺失 3 次, 每次扣 10 分, 扣 30 分");
    }
}

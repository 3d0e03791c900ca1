package io.gridgov.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Keeps docs/formats/scheme.md honest: every code snippet equals the tagged source, every included
 * file equals the file, and the worked example's printed output is what the doc shows.
 */
class ScoringDocsTest {
    private static final Path DOC = DocSnippets.ROOT.resolve("docs/formats/scheme.md");

    @Test
    void theDocHasTheWorkedExamplesBlocks() {
        assertThat(DocSnippets.blocks(DOC)).extracting(DocSnippets.Block::kind)
                .containsExactly("file", "file", "snippet", "output");
    }

    @Test
    void everySnippetInTheDocIsTheTaggedSourceAndEveryFileTheFile() {
        assertThat(DocSnippets.mismatches(DOC, DocSnippets.ROOT)).isEmpty();
    }

    @Test
    void theWorkedExampleRunsAndPrintsWhatTheDocShows() {
        Path dir = DocSnippets.ROOT.resolve("grid-examples/src/main/resources/docs/scoring");
        List<String> out = ScoringExample.run(dir.resolve("worked-example.json"), dir.resolve("worked-example-facts.json"));
        assertThat(String.join("\n", out)).isEqualTo(DocSnippets.block(DOC, "output", "ScoringExample"));
        assertThat(out).contains("  A2  70.0  巡查记录缺失 3 次, 每次扣 10 分, 扣 30 分");
    }
}

package io.gridgov.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** docs/embedding.md quotes {@link EmbeddingSamples} verbatim, and each output it shows is what the sample prints. */
class EmbeddingDocTest {

    static final Path DOC = DocSnippets.ROOT.resolve("docs/embedding.md");

    @Test
    void everySampleOfTheGuideIsTheCompiledSource() {
        assertThat(DocSnippets.blocks(DOC, "snippet")).extracting(DocSnippets.Block::tag)
                .containsExactly("tree", "validate", "locate", "duties", "score");
        assertThat(DocSnippets.mismatches(DOC, DocSnippets.ROOT)).isEmpty();
    }

    @Test
    void everySampleRunsAndPrintsWhatTheGuideShows() throws Exception {
        Map<String, List<String>> printed = EmbeddingSamples.run();
        for (DocSnippets.Block shown : DocSnippets.blocks(DOC, "output")) {
            assertThat(printed).containsKey(shown.target());
            assertThat(String.join("\n", printed.get(shown.target()))).as(shown.target()).isEqualTo(shown.text());
        }
        assertThat(DocSnippets.blocks(DOC, "output")).hasSize(5);
    }

    @Test
    void theSamplesShowWhatEachCapabilityIsFor() throws Exception {
        Map<String, List<String>> printed = EmbeddingSamples.run();
        assertThat(printed.get("tree")).anySatisfy(l -> assertThat(l).startsWith("WARNING SIZE_BAND [g2]"));
        assertThat(printed.get("validate")).contains("WARNING SIZE_BAND [g2]").anySatisfy(l -> assertThat(l).startsWith("ERROR GAP [g1, g2] 220888 m² at POINT"))
                .contains("valid: false");
        assertThat(printed.get("locate")).containsExactly("d/s1/c1/g1", "g2", "c1", "-");
        assertThat(printed.get("duties")).contains("g1 4/5, g2 0/10");
        assertThat(printed.get("score")).contains("red g1, black g2");
    }
}

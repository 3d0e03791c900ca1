package io.gridgov.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.gridgov.core.format.TreeJson;
import io.gridgov.examples.sample.SampleCity;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** docs/formats/tree.md quotes its code from {@link TreeFormatSample} exactly, and the code runs. */
class TreeFormatDocTest {

    static final Path DOC = DocSnippets.ROOT.resolve("docs/formats/tree.md");

    @Test
    void everySnippetInTheDocIsTheTaggedSourceVerbatim() {
        assertThat(DocSnippets.blocks(DOC, "snippet")).extracting(DocSnippets.Block::tag)
                .containsExactly("read", "history");
        assertThat(DocSnippets.mismatches(DOC, DocSnippets.ROOT)).isEmpty();
    }

    @Test
    void theSamplesRunOnTheSampleCity(@TempDir Path dir) {
        Path file = dir.resolve("city-tree.json");
        TreeJson.write(SampleCity.load(), file);
        List<String> out = TreeFormatSample.run(file);
        assertThat(out).contains("WARNING SIZE_BAND [g150] 节点“g150”有 527 户，超出本级规模 300–500 户")
                .endsWith("g002 in c01, then in c02");
    }
}

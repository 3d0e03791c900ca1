package io.gridgov.examples.docs.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.gridgov.examples.docs.DocSnippets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/testing-boundary-rules.md quotes the compiled example code verbatim. */
class TestingBoundaryRulesDocTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Path DOC = ROOT.resolve("docs/testing-boundary-rules.md");

    @Test
    void everySnippetOfTheTutorialEqualsItsSource() {
        assertThat(DocSnippets.blocks(DOC, "snippet")).extracting(DocSnippets.Block::tag)
                .contains("rule", "arbitrary", "valid", "moved", "defects");
        assertThat(DocSnippets.mismatches(DOC, ROOT)).isEmpty();
    }
}

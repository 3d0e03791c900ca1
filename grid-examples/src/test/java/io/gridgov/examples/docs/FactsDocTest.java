package io.gridgov.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.gridgov.core.facts.FactFiles;
import io.gridgov.core.facts.FactSet;
import io.gridgov.core.io.InvalidInputException;
import java.math.BigDecimal;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Keeps docs/formats/facts.md honest: its sample, its examples and the merge message it shows. */
class FactsDocTest {
    private static final Path DOC = DocSnippets.ROOT.resolve("docs/formats/facts.md");

    @Test
    void everySnippetInTheDocIsTheTaggedSource() {
        assertThat(DocSnippets.mismatches(DOC, DocSnippets.ROOT)).isEmpty();
    }

    @Test
    void theExamplesAreReadAsTheDocSays() {
        FactSet json = FactFiles.readJson(DocSnippets.block(DOC, "check", "json"), "facts.md");
        assertThat(json.subject("g1").orElseThrow().values()).containsEntry("board.posted", BigDecimal.ONE);
        assertThat(json.subject("g1").orElseThrow().weight()).contains(new BigDecimal("320"));
        FactSet csv = FactFiles.readCsv(DocSnippets.block(DOC, "check", "csv"), "facts.md");
        assertThat(csv.subject("street-a").orElseThrow().group()).contains("region");
    }

    @Test
    void theProducerSampleWritesWhatScoringReads(@TempDir Path dir) {
        FactSet back = FactFiles.read(FactsSample.write(dir));
        assertThat(back.period()).contains("2026-11");
        assertThat(back.subject("g1").orElseThrow().values()).containsEntry("cases.due", new BigDecimal("12"));
    }

    @Test
    void theMergeMessageIsTheOneTheDocShows() {
        FactSet a = FactSet.builder().source("a.json").fact("g1", "duty.patrol.done", 27).build();
        FactSet b = FactSet.builder().source("b.json").fact("g1", "duty.patrol.done", 28).build();
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> FactSet.merge(a, b));
        assertThat(e.getMessage()).isEqualTo(DocSnippets.block(DOC, "output", "conflict"));
    }
}

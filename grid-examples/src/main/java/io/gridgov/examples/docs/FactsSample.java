package io.gridgov.examples.docs;

import io.gridgov.core.facts.FactFiles;
import io.gridgov.core.facts.FactSet;
import java.nio.file.Path;

/**
 * The sample of {@code docs/formats/facts.md}: a producer of facts (here case handling) builds grid-core's
 * {@link FactSet} and writes it in the one facts format; a test checks that the doc quotes this code
 * and that scoring's reader takes the file back.
 */
public final class FactsSample {
    private FactsSample() {
    }

    /**
     * Writes a month's case facts.
     *
     * @param dir the folder to write {@code cases-2026-11.json} into
     * @return the written file
     */
    public static Path write(Path dir) {
        // tag::produce[]
        FactSet cases = FactSet.builder().period("2026-11").source("cases")
                .fact("g1", "cases.due", 12).fact("g1", "cases.closed_on_time", 11).build();
        Path file = FactFiles.write(cases, dir.resolve("cases-2026-11.json"));   // whole or not at all
        // end::produce[]
        return file;
    }
}

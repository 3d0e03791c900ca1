package io.gridgov.examples.demo;

import static java.util.Objects.requireNonNull;

import io.gridgov.core.i18n.LocalizedText;
import java.nio.file.Path;
import java.util.List;

/**
 * What a demo step found and wrote.
 *
 * @param summary lines for the summary, in both languages
 * @param errors number of ERROR findings
 * @param warnings number of WARNING findings
 * @param outputs the files written
 */
public record StepOutcome(List<LocalizedText> summary, long errors, long warnings, List<Path> outputs) {
    /** Validates and copies the components. */
    public StepOutcome {
        summary = List.copyOf(summary);
        outputs = List.copyOf(outputs);
        requireNonNull(summary, "summary");
    }
}

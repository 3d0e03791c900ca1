package io.gridgov.examples.demo;

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
 * @param commands the {@code gridgov} command lines that repeat the step on the files in the output
 *     directory, as the demo prints them (paths relative to the working directory); may be empty
 */
public record StepOutcome(List<LocalizedText> summary, long errors, long warnings, List<Path> outputs,
        List<String> commands) {
    /** Validates and copies the components. */
    public StepOutcome {
        summary = List.copyOf(summary);
        outputs = List.copyOf(outputs);
        commands = List.copyOf(commands);
    }

    /**
     * A step's outcome without commands to repeat it.
     *
     * @param summary lines for the summary, in both languages
     * @param errors number of ERROR findings
     * @param warnings number of WARNING findings
     * @param outputs the files written
     */
    public StepOutcome(List<LocalizedText> summary, long errors, long warnings, List<Path> outputs) {
        this(summary, errors, warnings, outputs, List.of());
    }
}

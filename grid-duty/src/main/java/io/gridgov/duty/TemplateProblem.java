package io.gridgov.duty;

import static java.util.Objects.requireNonNull;

import io.gridgov.core.Severity;
import io.gridgov.core.i18n.LocalizedText;
import io.gridgov.core.io.InputLocation;
import java.util.Locale;
import java.util.Optional;

/**
 * One problem found by validating duty templates: which rule, how serious, where (file and JSON
 * path such as {@code $.duties[2].role}), and why in both languages.
 *
 * @param rule a fixed id: {@code UNKNOWN_ROLE}, {@code UNKNOWN_ACTION}, {@code UNMEETABLE_QUOTA},
 *        {@code EXTENDS_CYCLE}, {@code UNKNOWN_PARENT}, {@code DUPLICATE_TEMPLATE}, {@code DUPLICATE_DUTY},
 *        {@code UNKNOWN_DUTY}, {@code NO_BINDING}, {@code BINDING_MATCHES_NO_LEVEL}, {@code UNKNOWN_LEVEL}
 * @param severity how serious
 * @param templateId the template concerned
 * @param file the file the template was read from, if any
 * @param path the JSON path within that file
 * @param message the explanation
 */
public record TemplateProblem(String rule, Severity severity, String templateId, Optional<String> file, String path,
        LocalizedText message) {

    /** Validates the components. */
    public TemplateProblem {
        requireNonNull(rule, "rule");
        requireNonNull(severity, "severity");
        requireNonNull(templateId, "templateId");
        requireNonNull(file, "file");
        requireNonNull(path, "path");
        requireNonNull(message, "message");
    }

    /** {@return the location of the problem, as the readers report it} */
    public InputLocation location() {
        InputLocation l = file.map(InputLocation::ofFile).orElse(InputLocation.UNKNOWN);
        return l.withRecord("template \"" + templateId + "\"").withField(path);
    }

    /** {@return the message in {@code locale}} */
    public String message(Locale locale) {
        return message.in(locale);
    }

    @Override
    public String toString() {
        return severity + " " + rule + " " + location() + ": " + message.en();
    }
}

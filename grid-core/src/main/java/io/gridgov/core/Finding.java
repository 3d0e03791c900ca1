package io.gridgov.core;

import static java.util.Objects.requireNonNull;

import io.gridgov.core.i18n.LocalizedText;
import io.gridgov.core.io.InputLocation;
import java.util.List;
import java.util.Optional;

/**
 * One finding of a rule (发现的问题), the general {@link Diagnostic}: which rule, how serious, which
 * ids, where in the input, and why. Structural rules report findings about nodes; grid-duty reports
 * template findings (the subject is the template, the location its file and JSON path) and
 * grid-scoring scheme findings (the subject is the scheme, the location its JSON path) with it.
 * Immutable and thread-safe.
 *
 * @param ruleId the rule's fixed id, such as {@code DUPLICATE_ID}
 * @param severity how serious
 * @param subjects the ids concerned (nodes, templates, a scheme), most relevant first
 * @param location where in the input, when the finding has a place in a file
 * @param message the explanation in English and Chinese
 */
public record Finding(String ruleId, Severity severity, List<String> subjects, Optional<InputLocation> location,
        LocalizedText message) implements Diagnostic {

    /** Validates and copies the components. */
    public Finding {
        requireNonNull(ruleId, "ruleId");
        requireNonNull(severity, "severity");
        subjects = List.copyOf(subjects);
        requireNonNull(location, "location");
        requireNonNull(message, "message");
    }

    /**
     * A finding without a place in an input file, such as a structural finding about nodes.
     *
     * @param ruleId the rule's fixed id
     * @param severity how serious
     * @param subjects the ids concerned, most relevant first
     * @param message the explanation
     */
    public Finding(String ruleId, Severity severity, List<String> subjects, LocalizedText message) {
        this(ruleId, severity, subjects, Optional.empty(), message);
    }

    /** {@return severity, rule id, location or subjects, and the English message} */
    @Override
    public String toString() {
        return severity + " " + ruleId + " " + location.map(InputLocation::toString).orElse(String.join(", ", subjects))
                + ": " + message.en();
    }
}

package io.gridgov.cases;

import static java.util.Objects.requireNonNull;

import io.gridgov.core.Severity;
import io.gridgov.core.i18n.LocalizedText;
import io.gridgov.core.io.InputLocation;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * An event that does not fit its case (无效事件): handled before dispatched, an event after the case was
 * closed other than {@code reopened}, time going backwards within a case, an unknown case id, a second
 * report, an unknown category or grid. The event is not applied; the case's other events still count.
 * Shaped like grid-core's shared diagnostics (severity, rule id, subjects, location, bilingual message).
 * Immutable and thread-safe.
 *
 * @param severity how serious
 * @param ruleId the rule, such as {@code HANDLED_BEFORE_DISPATCHED}
 * @param subjects the case id, then other ids concerned
 * @param location the file and line of the event, when it was read from a file
 * @param message the explanation in English and Chinese
 */
public record CaseFinding(Severity severity, String ruleId, List<String> subjects, Optional<InputLocation> location,
        LocalizedText message) {

    /** Validates the components. */
    public CaseFinding {
        requireNonNull(severity, "severity");
        requireNonNull(ruleId, "ruleId");
        subjects = List.copyOf(subjects);
        requireNonNull(location, "location");
        requireNonNull(message, "message");
    }

    /** {@return the explanation in {@code locale}: Chinese for any zh locale} */
    public String message(Locale locale) {
        return message.in(locale);
    }

    /** {@return whether this is an ERROR} */
    public boolean isError() {
        return severity.isError();
    }

    @Override
    public String toString() {
        return location.map(l -> l + ": ").orElse("") + severity + " " + ruleId + " " + message.en();
    }
}

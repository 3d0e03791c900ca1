package io.gridgov.examples.cli;

import static io.gridgov.examples.i18n.ExamplesMessages.MESSAGES;

import io.gridgov.core.Diagnostic;
import io.gridgov.core.io.InputLocation;
import java.util.Locale;

/** One line per finding of any module, in the {@code --lang} language. Stateless and thread-safe. */
final class DiagnosticLines {

    private DiagnosticLines() {
    }

    /** {@return severity, rule id, location (or the ids concerned) and the message in {@code locale}} */
    static String line(Diagnostic d, Locale locale) {
        return MESSAGES.format(locale, "finding", d.severity(), d.ruleId(),
                d.location().map(InputLocation::toString).orElse(String.join(", ", d.subjects())), d.message(locale));
    }
}

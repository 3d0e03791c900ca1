package io.gridgov.duty;

import static java.util.Objects.requireNonNull;

import io.gridgov.core.i18n.LocalizedText;
import java.util.Locale;

/**
 * Thrown when a duty value (职责取值) is not valid: a blank code, negative grace days, an empty window, an
 * unknown preset, a key in the wrong form. The message names the value and what was expected, in English
 * ({@link #getMessage()}) and Chinese ({@link #message(Locale)}); readers of templates and activity records
 * turn it into a located {@link io.gridgov.core.io.InvalidInputException}. Immutable once thrown.
 */
public final class InvalidDutyException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final transient LocalizedText text;

    /**
     * Creates the exception.
     *
     * @param text what is wrong, in both languages
     */
    public InvalidDutyException(LocalizedText text) {
        super(requireNonNull(text, "text").en());
        this.text = text;
    }

    /** {@return the message in both languages} */
    public LocalizedText text() {
        return text;
    }

    /** {@return the message in a language: Chinese for any zh locale, English otherwise} */
    public String message(Locale locale) {
        return text.in(locale);
    }

    /** {@return an exception with the text of {@code key} in grid-duty's bundle} */
    static InvalidDutyException of(String key, Object... arguments) {
        return new InvalidDutyException(DutyMessages.MESSAGES.text(key, arguments));
    }
}

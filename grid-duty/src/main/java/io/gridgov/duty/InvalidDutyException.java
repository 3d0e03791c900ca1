package io.gridgov.duty;

import io.gridgov.core.i18n.LocalizedArgumentException;
import io.gridgov.core.i18n.LocalizedText;

/**
 * Thrown when a duty value (职责取值) is not valid: a blank code, negative grace days, an empty window, an
 * unknown preset, a key in the wrong form. The message names the value and what was expected, in English
 * ({@link #getMessage()}) and Chinese ({@link #message(java.util.Locale)}); readers of templates and activity records
 * turn it into a located {@link io.gridgov.core.io.InvalidInputException}. Immutable once thrown.
 */
public final class InvalidDutyException extends LocalizedArgumentException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param text what is wrong, in both languages
     */
    public InvalidDutyException(LocalizedText text) {
        super(text);
    }

    /** {@return an exception with the text of {@code key} in grid-duty's bundle} */
    static InvalidDutyException of(String key, Object... arguments) {
        return new InvalidDutyException(DutyMessages.MESSAGES.text(key, arguments));
    }
}

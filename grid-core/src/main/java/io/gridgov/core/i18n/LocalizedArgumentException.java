package io.gridgov.core.i18n;

import static java.util.Objects.requireNonNull;

import java.util.Locale;

/**
 * An argument that does not fit, with its message in both languages (双语参数错误): the common base of
 * the modules' value and edit errors, so that a caller (the command line, a service) shows any of them
 * in the user's language without knowing each module's type. {@link #getMessage()} is the English
 * text. Immutable once thrown.
 */
public abstract class LocalizedArgumentException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final transient LocalizedText text;

    /**
     * Creates the exception.
     *
     * @param text what is wrong, naming the values, in both languages
     */
    protected LocalizedArgumentException(LocalizedText text) {
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
}

package io.gridgov.core.edit;

import static java.util.Objects.requireNonNull;

import io.gridgov.core.i18n.LocalizedText;
import java.util.Locale;

/**
 * Thrown when an edit does not fit the tree it is applied to: an unknown node, a split that does not
 * conserve households, a merge of nodes that are not siblings. The message names the nodes and what
 * was expected, in English ({@link #getMessage()}) and Chinese ({@link #message(Locale)}). The tree is
 * left unchanged (it is immutable).
 */
public final class InvalidEditException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final transient LocalizedText text;

    /**
     * Creates the exception.
     *
     * @param text what is wrong, naming the nodes, in both languages
     */
    public InvalidEditException(LocalizedText text) {
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

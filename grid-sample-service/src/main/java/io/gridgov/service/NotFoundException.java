package io.gridgov.service;

import static java.util.Objects.requireNonNull;

import io.gridgov.core.i18n.LocalizedText;

/** A grid, node, point or period the service does not hold (未找到): answered with 404 and a problem detail. */
public final class NotFoundException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final LocalizedText text;

    /**
     * Creates the exception.
     *
     * @param text what was not found, in both languages
     */
    public NotFoundException(LocalizedText text) {
        super(requireNonNull(text, "text").en());
        this.text = text;
    }

    /** {@return what was not found, in both languages} */
    public LocalizedText text() {
        return text;
    }
}

package io.gridgov.scoring;

import static java.util.Objects.requireNonNull;

import io.gridgov.core.i18n.LocalizedText;

/**
 * One thing wrong with a scheme, at a JSON path such as {@code $.categories[0].indicators[1].points}.
 *
 * @param path where, as a JSON path from the scheme's root
 * @param message what is wrong, in English and Chinese
 */
public record SchemeProblem(String path, LocalizedText message) {
    /** Validates. */
    public SchemeProblem {
        requireNonNull(path, "path");
        requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return path + ": " + message.en();
    }
}

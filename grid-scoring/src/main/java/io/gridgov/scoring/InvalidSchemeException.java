package io.gridgov.scoring;

import io.gridgov.core.io.InputLocation;
import io.gridgov.core.Finding;
import java.util.List;

/** Thrown when a scheme is used that has problems; {@link #findings()} lists every one with its JSON path. */
public final class InvalidSchemeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<Finding> findings;

    /**
     * Creates the exception.
     *
     * @param schemeId the scheme
     * @param findings its problems, at least one
     */
    public InvalidSchemeException(String schemeId, List<Finding> findings) {
        super("scheme \"" + schemeId + "\" is invalid: " + (findings.isEmpty() ? ""
                : path(findings.get(0)) + ": " + lines(findings, java.util.Locale.ENGLISH)));
        this.findings = List.copyOf(findings);
    }

    /** {@return every problem, in the order of the scheme} */
    public List<Finding> findings() {
        return findings;
    }

    /** How many problems after the first a message lists, each on its own line, before "and N more". */
    static final int LISTED = 5;

    /**
     * The problems as a message: the first one's text, then up to {@value #LISTED} more on their own
     * lines ({@code "  $.path: text"}), then how many more there are — never one line of thousands of
     * characters.
     *
     * @param findings the problems, at least one
     * @param locale the language
     * @return the text, without the first problem's location
     */
    static String lines(List<Finding> findings, java.util.Locale locale) {
        StringBuilder b = new StringBuilder(findings.get(0).message().in(locale));
        int shown = Math.min(findings.size(), 1 + LISTED);
        for (int i = 1; i < shown; i++) {
            b.append("\n  ").append(path(findings.get(i))).append(": ").append(findings.get(i).message().in(locale));
        }
        if (findings.size() > shown) {
            b.append("\n  ").append(ScoringMessages.MESSAGES.format(locale, "scheme.more", String.valueOf(findings.size() - shown)));
        }
        return b.toString();
    }

    /** {@return the JSON path of a scheme problem} */
    static String path(Finding f) {
        return f.location().flatMap(InputLocation::field).orElse("$");
    }
}

package io.gridgov.core.io;

import static java.util.Objects.requireNonNull;

import io.gridgov.core.i18n.LocalizedText;
import java.util.Locale;

/**
 * Thrown when an input file cannot be read as what it claims to be. The message names the place
 * ({@link #location()}) and what was expected ({@link #expected()}); it never wraps a parser's
 * stack trace as the message. Readers throw it before returning anything, so a bad input never
 * yields a partial result.
 *
 * <pre>
 * city.json:12:7, node "g-004", field "households": expected a whole number ≥ 0, found "many"
 * </pre>
 */
public final class InvalidInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient InputLocation location;
    /** What was wrong and what was expected, in English and Chinese. */
    private final LocalizedText problem;

    /**
     * Creates the exception.
     *
     * @param location where
     * @param problem what was expected and what was found, e.g. {@code expected a whole number ≥ 0, found "many"}
     */
    public InvalidInputException(InputLocation location, String problem) {
        this(location, problem, null);
    }

    /**
     * Creates the exception with the low-level cause kept for debugging (not shown in the message).
     *
     * @param location where
     * @param problem what was expected and what was found
     * @param cause the parser's exception, or {@code null}
     */
    public InvalidInputException(InputLocation location, String problem, Throwable cause) {
        this(location, new LocalizedText(requireNonNull(problem, "problem"), problem), cause);
    }

    /**
     * Creates the exception with the problem in English and Chinese (from a bundle).
     *
     * @param location where
     * @param problem what was expected and what was found, in both languages
     */
    public InvalidInputException(InputLocation location, LocalizedText problem) {
        this(location, problem, null);
    }

    /**
     * Creates the exception with the problem in both languages and the low-level cause kept.
     *
     * @param location where
     * @param problem what was expected and what was found, in both languages
     * @param cause the parser's exception, or {@code null}
     */
    public InvalidInputException(InputLocation location, LocalizedText problem, Throwable cause) {
        super(requireNonNull(location, "location") + ": " + requireNonNull(problem, "problem").en(), cause);
        this.location = location;
        this.problem = problem;
    }

    /** {@return where the input is wrong} */
    public InputLocation location() {
        return location;
    }

    /** {@return what was expected and found, in English, without the location} */
    public String expected() {
        return problem.en();
    }

    /** {@return what was expected and found, in English and Chinese, without the location} */
    public LocalizedText problem() {
        return problem;
    }

    /** {@return the message (location and problem) in a language: Chinese for any zh locale} */
    public String message(Locale locale) {
        return location + ": " + problem.in(locale);
    }
}

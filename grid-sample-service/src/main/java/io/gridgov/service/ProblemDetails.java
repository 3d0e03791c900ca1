package io.gridgov.service;

import static io.gridgov.service.ServiceMessages.MESSAGES;

import io.gridgov.core.i18n.LocalizedText;
import io.gridgov.core.i18n.Messages;
import io.gridgov.core.io.InputLocation;
import io.gridgov.core.io.InvalidInputException;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Errors as RFC 9457 problem details (问题详情): the detail is the library's located message in the
 * language of {@code Accept-Language} (Chinese for any {@code zh}, English otherwise), and the
 * extension {@code messages} carries it in both; an input error adds {@code file}, {@code line},
 * {@code column}, {@code record} and {@code field} when the reader knows them. Bad input is 400, an
 * unknown grid, node, point or period 404. Stateless and thread-safe.
 */
@RestControllerAdvice
public class ProblemDetails {

    /** The base of the problem type URIs. */
    public static final String TYPES = "https://gridgov.io/problems/";

    /** Creates the advice (Spring does). */
    public ProblemDetails() {
    }

    /**
     * @param e the reader's exception
     * @param request the request, for its language
     * @return 400 with the located message
     */
    @ExceptionHandler(InvalidInputException.class)
    public ProblemDetail invalidInput(InvalidInputException e, HttpServletRequest request) {
        LocalizedText located = new LocalizedText(e.message(Messages.ENGLISH), e.message(Messages.CHINESE));
        ProblemDetail p = problem(HttpStatus.BAD_REQUEST, "invalid-input", located, request);
        InputLocation at = e.location();
        at.file().ifPresent(f -> p.setProperty("file", f));
        at.line().ifPresent(l -> p.setProperty("line", l));
        at.column().ifPresent(c -> p.setProperty("column", c));
        at.record().ifPresent(r -> p.setProperty("record", r));
        at.field().ifPresent(f -> p.setProperty("field", f));
        return p;
    }

    /**
     * @param e what was not found
     * @param request the request
     * @return 404
     */
    @ExceptionHandler(NotFoundException.class)
    public ProblemDetail notFound(NotFoundException e, HttpServletRequest request) {
        return problem(HttpStatus.NOT_FOUND, "not-found", e.text(), request);
    }

    /**
     * A library check refusing a value (a latitude beyond 90°, a date out of range).
     *
     * @param e the exception
     * @param request the request
     * @return 400
     */
    @ExceptionHandler({IllegalArgumentException.class, java.time.DateTimeException.class})
    public ProblemDetail badArgument(RuntimeException e, HttpServletRequest request) {
        return problem(HttpStatus.BAD_REQUEST, "invalid-argument",
                MESSAGES.text("argument.bad", String.valueOf(e.getMessage())), request);
    }

    static ProblemDetail problem(HttpStatus status, String type, LocalizedText detail, HttpServletRequest request) {
        Locale locale = language(request);
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail.in(locale));
        p.setType(URI.create(TYPES + type));
        p.setTitle(MESSAGES.format(locale, "title." + (status == HttpStatus.NOT_FOUND ? "not-found" : type)));
        p.setInstance(URI.create(request.getRequestURI()));
        p.setProperty("messages", Map.of("en", detail.en(), "zh", detail.zh()));
        return p;
    }

    /** {@return Chinese when the first language of Accept-Language is a zh one, English otherwise} */
    static Locale language(HttpServletRequest request) {
        String header = request.getHeader("Accept-Language");
        if (header == null || header.isBlank()) {
            return Messages.ENGLISH;
        }
        java.util.List<Locale.LanguageRange> ranges;
        try {
            ranges = Locale.LanguageRange.parse(header);
        } catch (IllegalArgumentException e) {
            return Messages.ENGLISH;
        }
        return !ranges.isEmpty() && ranges.get(0).getRange().startsWith("zh") ? Messages.CHINESE : Messages.ENGLISH;
    }
}

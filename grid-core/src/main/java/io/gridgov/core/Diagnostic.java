package io.gridgov.core;

import io.gridgov.core.i18n.LocalizedText;
import io.gridgov.core.io.InputLocation;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Something a rule or a reader found (诊断, 发现的问题): how serious, which rule, the ids concerned,
 * where in the input, and why in English and Chinese. Every module's findings share this vocabulary
 * — grid-core's structural {@link io.gridgov.core.Finding findings}, grid-geo's boundary
 * violations, grid-duty's template findings and grid-scoring's scheme findings — and each keeps its
 * own extra fields (a violation's geometry and area, for example).
 *
 * <pre>{@code
 * for (Diagnostic d : report.findings()) {
 *     System.out.println(d.severity() + " " + d.ruleId() + " " + d.subjects() + ": " + d.message(Locale.SIMPLIFIED_CHINESE));
 * }
 * }</pre>
 *
 * <p>Implementations are immutable and thread-safe.
 */
public interface Diagnostic {

    /** {@return how serious} */
    Severity severity();

    /** {@return the rule's fixed id, upper case, such as {@code DUPLICATE_ID}, {@code GAP} or {@code UNKNOWN_ROLE}} */
    String ruleId();

    /** {@return the ids concerned (nodes, grids, templates, scheme or subjects), most relevant first; may be empty} */
    List<String> subjects();

    /** {@return where in the input (file:line:col, record, field such as a JSON path), when the finding has a place in a file} */
    Optional<InputLocation> location();

    /** {@return the explanation in English and Chinese} */
    LocalizedText message();

    /** {@return the explanation in {@code locale}: Chinese for any {@code zh} locale, English otherwise} */
    default String message(Locale locale) {
        return message().in(locale);
    }

    /** {@return whether this is an {@link Severity#ERROR}} */
    default boolean isError() {
        return severity().isError();
    }
}

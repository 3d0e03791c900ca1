package io.gridgov.core;

import static java.util.Objects.requireNonNull;

import io.gridgov.core.i18n.LocalizedText;
import java.util.List;
import java.util.Locale;

/**
 * One structural finding about a grid tree: which rule, how serious, which nodes, and why.
 *
 * @param rule the rule's fixed id, such as {@code DUPLICATE_ID}
 * @param severity how serious
 * @param nodeIds the nodes concerned, most relevant first
 * @param message the explanation in English and Chinese
 */
public record Finding(String rule, Severity severity, List<String> nodeIds, LocalizedText message) {

    /** Validates and copies the components. */
    public Finding {
        requireNonNull(rule, "rule");
        requireNonNull(severity, "severity");
        nodeIds = List.copyOf(nodeIds);
        requireNonNull(message, "message");
    }

    /** {@return the message in {@code locale}} */
    public String message(Locale locale) {
        return message.in(locale);
    }
}

package io.gridgov.cases;

import static java.util.Objects.requireNonNull;

import io.gridgov.core.i18n.LocalizedText;
import java.time.Instant;

/**
 * One escalation of a case (上报/升级): explicit (an {@code escalated} event) or derived — a case not handled
 * within its category's {@code escalateAfter} of the report goes up one level of the tree, and again
 * after each further period, up to the root. Immutable and thread-safe.
 *
 * @param at when
 * @param from the node it left (the grid, or a node above it)
 * @param to the node or department it went to
 * @param automatic whether it was derived rather than recorded
 * @param reason why, in English and Chinese
 */
public record CaseEscalation(Instant at, String from, String to, boolean automatic, LocalizedText reason) {

    /** Validates the components. */
    public CaseEscalation {
        requireNonNull(at, "at");
        requireNonNull(from, "from");
        requireNonNull(to, "to");
        requireNonNull(reason, "reason");
    }
}

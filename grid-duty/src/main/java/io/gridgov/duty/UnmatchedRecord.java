package io.gridgov.duty;

import static java.util.Objects.requireNonNull;

import io.gridgov.core.i18n.LocalizedText;

/**
 * An activity record that counted for no obligation of the checked period, and why. Reported,
 * never dropped. A value; immutable and thread-safe.
 *
 * @param record the record
 * @param reason a fixed id: {@code UNKNOWN_GRID}, {@code NO_DUTY}, {@code EVIDENCE}, {@code BAD_TARGET}, {@code NO_TARGET},
 *        {@code TOO_SHORT}, {@code NOT_ASSIGNED}, {@code NO_WINDOW}, {@code OUTSIDE_VALIDITY}, {@code OUTSIDE_PERIOD}
 * @param message the explanation in both languages
 */
public record UnmatchedRecord(ActivityRecord record, String reason, LocalizedText message) {

    /** Validates the components. */
    public UnmatchedRecord {
        requireNonNull(record, "record");
        requireNonNull(reason, "reason");
        requireNonNull(message, "message");
    }
}

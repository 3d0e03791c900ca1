package io.gridgov.core.tree;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The dates during which something holds: a grid exists, a person holds a role.
 * Half-open: {@code [from, until)}; an empty end means "open".
 *
 * @param fromInclusive the first day, empty when it always held
 * @param untilExclusive the first day it no longer holds, empty when it still holds
 */
public record Validity(Optional<LocalDate> fromInclusive, Optional<LocalDate> untilExclusive) {

    /** Valid on every day. */
    public static final Validity ALWAYS = new Validity(Optional.empty(), Optional.empty());

    /** Validates that the interval is not reversed. */
    public Validity {
        requireNonNull(fromInclusive, "fromInclusive");
        requireNonNull(untilExclusive, "untilExclusive");
        if (fromInclusive.isPresent() && untilExclusive.isPresent()
                && !fromInclusive.get().isBefore(untilExclusive.get())) {
            throw new IllegalArgumentException("validity from " + fromInclusive.get()
                    + " is not before until " + untilExclusive.get());
        }
    }

    /** {@return valid from {@code fromInclusive} on, with no end} */
    public static Validity from(LocalDate fromInclusive) {
        return new Validity(Optional.of(fromInclusive), Optional.empty());
    }

    /** {@return valid on {@code [fromInclusive, untilExclusive)}} */
    public static Validity between(LocalDate fromInclusive, LocalDate untilExclusive) {
        return new Validity(Optional.of(fromInclusive), Optional.of(untilExclusive));
    }

    /** {@return whether {@code date} lies inside} */
    public boolean contains(LocalDate date) {
        requireNonNull(date, "date");
        return fromInclusive.map(f -> !date.isBefore(f)).orElse(true)
                && untilExclusive.map(date::isBefore).orElse(true);
    }

    /** {@return the same start, ending just before {@code untilExclusive}} */
    public Validity endingAt(LocalDate untilExclusive) {
        return new Validity(fromInclusive, Optional.of(untilExclusive));
    }
}

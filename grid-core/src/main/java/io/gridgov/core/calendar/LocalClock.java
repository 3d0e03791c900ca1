package io.gridgov.core.calendar;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.List;

/**
 * Converts instants to local seconds (epoch seconds on the zone's wall clock) and back. A zone whose
 * offset no longer changes (Asia/Shanghai since 1991) takes a fast path after its last transition.
 * Immutable and thread-safe.
 */
final class LocalClock {

    private final ZoneId zone;
    private final ZoneRules rules;
    /** From this epoch second on, the offset is {@link #offset}; {@code Long.MAX_VALUE} when it keeps changing. */
    private final long fixedFrom;
    private final int offset;

    LocalClock(ZoneId zone) {
        this.zone = zone;
        this.rules = zone.getRules();
        if (rules.isFixedOffset()) {
            fixedFrom = Long.MIN_VALUE;
            offset = rules.getOffset(Instant.EPOCH).getTotalSeconds();
        } else if (rules.getTransitionRules().isEmpty() && !rules.getTransitions().isEmpty()) {
            List<ZoneOffsetTransition> t = rules.getTransitions();
            ZoneOffsetTransition last = t.get(t.size() - 1);
            fixedFrom = last.toEpochSecond() + 86_400; // a day past any overlap
            offset = last.getOffsetAfter().getTotalSeconds();
        } else {
            fixedFrom = Long.MAX_VALUE;
            offset = 0;
        }
    }

    /** {@return the local epoch second of an instant} */
    long local(long epochSecond) {
        if (epochSecond >= fixedFrom) {
            return epochSecond + offset;
        }
        return epochSecond + rules.getOffset(Instant.ofEpochSecond(epochSecond)).getTotalSeconds();
    }

    /** {@return the instant of a local time; a time in a gap moves forward by the gap, an overlap takes the earlier} */
    Instant instant(long localSecond, int nano) {
        long s = localSecond - offset;
        if (s >= fixedFrom) {
            return Instant.ofEpochSecond(s, nano);
        }
        return ZonedDateTime.ofLocal(LocalDateTime.ofEpochSecond(localSecond, nano, ZoneOffset.UTC), zone, null).toInstant();
    }
}

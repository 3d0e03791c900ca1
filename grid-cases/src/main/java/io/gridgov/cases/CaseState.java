package io.gridgov.cases;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The state of one case (案件状态) after replaying its events up to some instant; a new value after each
 * event, never changed in place. What depends on the instant asked about (responsible unit, working
 * time left, automatic escalations) is in {@link CaseView}. Immutable and thread-safe.
 *
 * @param id the case id
 * @param category the category key
 * @param source who reported it ({@code worker}, {@code media}, {@code leader}...)
 * @param grid the grid it was located to (落格), when located
 * @param point where it was reported, when given
 * @param reportedAt when it was reported
 * @param reportLine the line of the report in the events file (0 when not from a file)
 * @param status where it stands
 * @param resumeTo the status a postponement returns to (equal to {@code status} when not postponed)
 * @param firstDispatchedAt the first dispatch: the handling clock starts here
 * @param assignee the unit it was last dispatched or escalated to by name (a department, a node, a role)
 * @param assignedAt when that happened
 * @param postponedMinutes the approved postponed working time, in minutes
 * @param deadline the handling deadline (处置时限): first dispatch + handling limit + postponed time; empty
 *     when never dispatched or the category has no handling limit
 * @param firstHandledAt the first {@code handled}
 * @param lastHandledAt the latest {@code handled}
 * @param onTimeBasis the last {@code handled} before the first passing verification: compared with the
 *     deadline for {@code cases.on_time}
 * @param failedVerifications how many verifications failed (返工)
 * @param escalations the explicit escalations, in order
 * @param supervisions how many times it was supervised (督办)
 * @param firstSupervisedAt the first supervision
 * @param closedAt the latest closure
 * @param reopenedAt the latest reopening
 * @param endedAt when it was last closed, cancelled or rejected, if it is so now
 * @param lastEventAt the time of the latest applied event
 * @param events how many events were applied
 */
public record CaseState(String id, String category, String source, Optional<String> grid, Optional<CasePoint> point,
        Instant reportedAt, long reportLine, CaseStatus status, CaseStatus resumeTo,
        Optional<Instant> firstDispatchedAt, Optional<String> assignee, Optional<Instant> assignedAt,
        long postponedMinutes, Optional<Instant> deadline, Optional<Instant> firstHandledAt,
        Optional<Instant> lastHandledAt, Optional<Instant> onTimeBasis, int failedVerifications,
        List<CaseEvent.Escalated> escalations, int supervisions, Optional<Instant> firstSupervisedAt,
        Optional<Instant> closedAt, Optional<Instant> reopenedAt, Optional<Instant> endedAt, Instant lastEventAt,
        int events) {

    /** Validates the components. */
    public CaseState {
        requireNonNull(id, "id");
        requireNonNull(category, "category");
        requireNonNull(source, "source");
        requireNonNull(grid, "grid");
        requireNonNull(point, "point");
        requireNonNull(reportedAt, "reportedAt");
        requireNonNull(status, "status");
        requireNonNull(resumeTo, "resumeTo");
        requireNonNull(firstDispatchedAt, "firstDispatchedAt");
        requireNonNull(assignee, "assignee");
        requireNonNull(assignedAt, "assignedAt");
        requireNonNull(deadline, "deadline");
        requireNonNull(firstHandledAt, "firstHandledAt");
        requireNonNull(lastHandledAt, "lastHandledAt");
        requireNonNull(onTimeBasis, "onTimeBasis");
        escalations = List.copyOf(escalations);
        requireNonNull(firstSupervisedAt, "firstSupervisedAt");
        requireNonNull(closedAt, "closedAt");
        requireNonNull(reopenedAt, "reopenedAt");
        requireNonNull(endedAt, "endedAt");
        requireNonNull(lastEventAt, "lastEventAt");
    }

    /**
     * {@return the live state {@code d} (emptied first) right after a report at {@code reportedAt} (microseconds,
     * {@link Draft#micros})} The id is {@code id}, or when that is null the ASCII id packed in {@code idLow},
     * {@code idHigh} ({@link Bytes#packed}) of {@code idLength} characters; {@code point} is null for none.
     */
    static Draft reported(Draft d, String id, long idLow, long idHigh, int idLength, CasePoint point, long reportedAt,
            long reportLine) {
        d.reset();
        // for a usual report only primitives are stored: the object is reused and long-lived, and a reference
        // stored into it would dirty a card for the collector to scan, once per case
        if (id != null) {
            d.id = id;
        }
        d.idLow = idLow;
        d.idHigh = idHigh;
        d.idLength = idLength;
        if (point != null) {
            d.point = point;
        }
        d.reportedAt = reportedAt;
        d.reportLine = reportLine;
        d.status(CaseStatus.REPORTED);
        d.lastEventAt = d.reportedAt;
        d.events = 1;
        return d;
    }

    /** {@return whether the case is open (not closed, cancelled or rejected)} */
    public boolean isOpen() {
        return status.isOpen();
    }

    /** {@return whether the case had an approved postponement} */
    public boolean isPostponed() {
        return postponedMinutes > 0;
    }

    /** {@return whether the case was closed, cancelled or rejected at or before {@code t}, judged by its latest such event} */
    public boolean endedBy(Instant t) {
        return endedAt.isPresent() && !endedAt.get().isAfter(t);
    }

    /**
     * The live state of a case during a replay: changed in place by each applied event (one object per
     * case, not per event), copied into a {@link CaseState} when asked. Not API, not thread-safe.
     */
    static final class Draft {
        /** The id, or null when it is the ASCII id packed in {@link #idLow} and {@link #idHigh} ({@link #id()}). */
        private String id;
        private long idLow;
        private long idHigh;
        private int idLength;
        /** The point reported, null for none. */
        private CasePoint point;
        /** The times below are in microseconds since the epoch ({@link #micros}), {@link #NONE} when absent. */
        long reportedAt;
        long reportLine;
        /**
         * The status and the status a postponement returns to, as ordinals: applying an event stores no
         * reference into this long-lived object (no card for the collector to scan).
         */
        private byte status;
        private byte resumeTo;
        long firstDispatchedAt = NONE;
        /**
         * The unit it was last dispatched or escalated to, as its index in the replay's list of units ({@link
         * #state}), -1 for none: an int, since a reference stored into this long-lived object at every
         * dispatch dirties a card the collector must then scan.
         */
        int assignee = -1;
        long assignedAt = NONE;
        long postponedMinutes;
        long deadline = NONE;
        long firstHandledAt = NONE;
        long lastHandledAt = NONE;
        long onTimeBasis = NONE;
        int failedVerifications;
        /** The explicit escalations, null for none (not an empty list: no reference stored at a report). */
        private List<CaseEvent.Escalated> escalations;
        int supervisions;
        long firstSupervisedAt = NONE;
        long closedAt = NONE;
        long reopenedAt = NONE;
        long endedAt = NONE;
        long lastEventAt;
        int events;
        /** Whether the replay has let go of this case (counted into the statistics). */
        boolean retired;
        /** The replay's indexes of the place of the grid ({@link CaseReplay.Place#ordinal}), the category and the source. */
        int place;
        int categoryIndex;
        int sourceIndex;
        /** The number of its id in the replay's {@link CaseNumbers}. */
        int number;

        /** How many cases this object has held before (a replay reuses the objects of cases it let go of). */
        int generation;

        Draft() {
        }

        /** {@return this, emptied for another case} */
        private Draft reset() {
            firstDispatchedAt = NONE;
            assignee = -1;
            assignedAt = NONE;
            postponedMinutes = 0;
            deadline = NONE;
            firstHandledAt = NONE;
            lastHandledAt = NONE;
            onTimeBasis = NONE;
            failedVerifications = 0;
            escalations = null;
            supervisions = 0;
            firstSupervisedAt = NONE;
            closedAt = NONE;
            reopenedAt = NONE;
            endedAt = NONE;
            retired = false;
            place = 0;
            id = null;
            point = null;
            categoryIndex = 0;
            sourceIndex = 0;
            number = 0;
            generation++;
            return this;
        }

        private static final CaseStatus[] STATUSES = CaseStatus.values();

        /** {@return the status} */
        CaseStatus status() {
            return STATUSES[status];
        }

        /** {@return the status a postponement returns to} */
        CaseStatus resumeTo() {
            return STATUSES[resumeTo];
        }

        /** Sets the status, and the status a postponement returns to. @return this */
        Draft status(CaseStatus s) {
            status = (byte) s.ordinal();
            resumeTo = status;
            return this;
        }

        /** Sets the status a postponement returns to. */
        void resumeTo(CaseStatus s) {
            resumeTo = (byte) s.ordinal();
        }

        Draft escalate(CaseEvent.Escalated e) {
            List<CaseEvent.Escalated> l = new ArrayList<>(escalations().size() + 1);
            l.addAll(escalations());
            l.add(e);
            escalations = l;
            return this;
        }

        /**
         * {@return a sum of fields at the start, the middle and the end of this object} Read only to have its cache
         * lines loaded ahead of use (a state spans three or four).
         */
        long touch() {
            return idLow + lastEventAt + status;
        }

        /** Counts one applied event at {@code at} (microseconds). */
        void applied(long at) {
            if (at > lastEventAt) {
                lastEventAt = at;
            }
            events++;
        }

        /** {@return the case id} */
        String id() {
            return id != null ? id : Bytes.unpacked(idLow, idHigh, idLength);
        }

        /** {@return the explicit escalations, in order} */
        List<CaseEvent.Escalated> escalations() {
            return escalations != null ? escalations : List.of();
        }

        /**
         * {@return the state as it is now} The category, source and grid are the replay's of this case's
         * indexes ({@link #categoryIndex}, {@link #sourceIndex}, {@link #place}), its unit one of {@code units}.
         */
        CaseState state(String category, String source, Optional<String> grid, List<String> units) {
            return new CaseState(id(), category, source, grid, Optional.ofNullable(point), instant(reportedAt), reportLine,
                    status(), resumeTo(),
                    optional(firstDispatchedAt), assignee < 0 ? Optional.empty() : Optional.of(units.get(assignee)), optional(assignedAt),
                    postponedMinutes, optional(deadline), optional(firstHandledAt),
                    optional(lastHandledAt), optional(onTimeBasis), failedVerifications, escalations(),
                    supervisions, optional(firstSupervisedAt), optional(closedAt),
                    optional(reopenedAt), optional(endedAt), instant(lastEventAt), events);
        }

        /** No time. */
        static final long NONE = Long.MIN_VALUE;
        private static final long MAX_SECOND = Long.MAX_VALUE / 1_000_000 - 1;

        /** {@return whether {@link #micros} holds the instant exactly: whole microseconds, within ±292,000 years} */
        static boolean fits(Instant t) {
            long s = t.getEpochSecond();
            return s >= -MAX_SECOND && s <= MAX_SECOND && t.getNano() % 1000 == 0;
        }

        /** {@return the instant in microseconds since the epoch; exact when {@link #fits}} */
        static long micros(Instant t) {
            return t.getEpochSecond() * 1_000_000 + t.getNano() / 1000;
        }

        /** {@return the instant of a time in microseconds since the epoch} */
        static Instant instant(long micros) {
            return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000), Math.floorMod(micros, 1_000_000) * 1000L);
        }

        /** {@return the least time in microseconds at or after {@code t}, saturated beyond the range of times} */
        static long ceilMicros(Instant t) {
            long sec = t.getEpochSecond();
            if (sec > MAX_SECOND) {
                return Long.MAX_VALUE;
            }
            if (sec < -MAX_SECOND) {
                return Long.MIN_VALUE + 1;
            }
            return sec * 1_000_000 + (t.getNano() + 999) / 1000;
        }

        /** {@return the instant of a time in microseconds, null for NONE} */
        static Instant orNull(long micros) {
            return micros == NONE ? null : instant(micros);
        }

        private static Optional<Instant> optional(long micros) {
            return micros == NONE ? Optional.empty() : Optional.of(instant(micros));
        }

        /** {@return whether the case is open now} */
        boolean isOpen() {
            return status().isOpen();
        }
    }
}

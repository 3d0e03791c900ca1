package io.gridgov.cases;

import io.gridgov.core.Finding;
import static java.util.Objects.requireNonNull;

import io.gridgov.core.Severity;
import io.gridgov.core.calendar.WorkCalendar;
import io.gridgov.core.i18n.LocalizedText;
import io.gridgov.core.io.InputLocation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Replays case events into states (事件回放), streaming: events go in one by one with {@link #accept},
 * in time order; {@link #finish} answers as of an instant. Only open cases are held, and finished ones
 * for the setup's reopen window after they ended; a finished case leaving memory is counted into the
 * statistics and the history first. Events after {@code asOf} are skipped.
 *
 * <p><b>Order.</b> Events must come sorted by time (ties in file order) for the bounded memory to hold:
 * a case is dropped once the latest time seen is more than the reopen window past its end. Within a case,
 * an event earlier than the case's previous event is a {@code TIME_BACKWARDS} finding.
 * {@link #replay(CaseSetup, Collection, Instant)} sorts a collection first (by time, then line), so any
 * order of the same events gives the same states.
 *
 * <p>Invalid events are {@link Finding findings} with the event's line; they are not applied, and the
 * case's other events still count. Not thread-safe: one replay per thread.
 *
 * <pre>{@code
 * CaseReplay replay = CaseReplay.builder(setup).asOf(asOf).period(from, to).build();
 * CaseEvents.read(Path.of("events.jsonl.gz"), setup.categories(), setup.calendar().zone(), replay::accept);
 * CaseReport report = replay.finish();
 * CaseLists lists = report.lists("street-01");
 * }</pre>
 */
public final class CaseReplay {

    /** The most findings a report keeps; the rest are counted. */
    public static final int MAX_FINDINGS = 10_000;

    private static final Comparator<CaseEvent> ORDER = Comparator.comparing(CaseEvent::at)
            .thenComparingLong(CaseEvent::line);

    private final CaseSetup setup;
    private final WorkCalendar cal;
    private final Instant asOf;
    private final Instant from;
    private final Instant to;
    private final Instant historyFrom;
    /**
     * The states by the number of their case's id ({@link CaseNumbers}), live where {@link #held}; made once per
     * number and reused for each case the number is given to, so that a case makes no object and a report
     * stores no reference into this array (null where no case had the number yet).
     */
    private CaseState.Draft[] live = new CaseState.Draft[1 << 10];
    /** Whether the state of each number is a live case. */
    private boolean[] held = new boolean[1 << 10];
    private int liveCount;
    /** The numbering of case ids: used here for {@link #accept}, on the reading thread during a read ahead. */
    private final CaseNumbers numbers = new CaseNumbers();
    /** Numbers let go of, not yet given back to the numbering. */
    private CaseNumbers.Released outbox = new CaseNumbers.Released();
    /** The cases that ended, in the order they did: they leave memory once the reopen window after that has passed. */
    private final EndedQueue ended = new EndedQueue();
    private final List<Finding> findings = new ArrayList<>();
    private final List<CaseView> history = new ArrayList<>();
    private final Tally tally;
    private final long[] phases = new long[CaseStatus.Phase.values().length];
    private final Map<String, Place> places = new HashMap<>();
    /** The places by their ordinal ({@link Place#ordinal}): the order statistics are added in. */
    private final List<Place> placeList = new ArrayList<>();
    /**
     * Per place ordinal, whether the grid is in the tree, and whether it has a parent to escalate to: read per case
     * without loading the place (before {@link #unlocated}, which is the first place made).
     */
    private boolean[] placeInTree = new boolean[0];
    private boolean[] placeEscalates = new boolean[0];
    private final Place unlocated = newPlace(CaseStatistics.UNLOCATED, Optional.empty(), List.of(), false);
    private final Map<String, Integer> categoryIndex = new HashMap<>();
    private final List<String> categoryKeys = new ArrayList<>();
    private final Map<String, Integer> sourceIndex = new HashMap<>();
    private final List<String> sourceKeys = new ArrayList<>();
    private long findingCount;
    private long events;
    private long applied;
    private long cases;
    private long peak;
    /** The latest time seen, in microseconds ({@link CaseState.Draft#micros}); NONE before any. */
    private long watermark = CaseState.Draft.NONE;
    /** The reopen window in microseconds, as an unsigned number (-1: longer than any difference of two times). */
    private final long reopenMicros;
    private boolean finished;

    private CaseReplay(Builder b) {
        this.setup = b.setup;
        this.cal = setup.calendar();
        this.asOf = b.asOf;
        this.from = b.from;
        this.to = b.to;
        this.historyFrom = b.historyFrom;
        this.tally = from == null ? null : new Tally();
        this.asOfSecond = asOf == null ? Long.MAX_VALUE : asOf.getEpochSecond();
        this.treePresent = setup.tree().isPresent();
        java.time.Duration w = setup.reopenWindow();
        this.reopenMicros = w.getSeconds() >= Long.MAX_VALUE / 1_000_000 - 1 ? -1L
                : w.getSeconds() * 1_000_000 + w.getNano() / 1000;
    }

    /** {@return a builder for a replay with this setup} */
    public static Builder builder(CaseSetup setup) {
        return new Builder(requireNonNull(setup, "setup"));
    }

    /**
     * Replays a collection of events in any order: sorted by time, ties by line, then replayed as of an instant.
     *
     * @param setup the setup
     * @param events the events
     * @param asOf the instant
     * @return the report, without statistics
     */
    public static CaseReport replay(CaseSetup setup, Collection<? extends CaseEvent> events, Instant asOf) {
        CaseReplay r = builder(setup).asOf(asOf).build();
        r.acceptAll(events);
        return r.finish();
    }

    /**
     * Sorts a collection of events by time, ties by line, and accepts them (one pass and no copy when they
     * are in that order already).
     *
     * @param events the events in any order
     */
    public void acceptAll(Collection<? extends CaseEvent> events) {
        CaseEvent previous = null;
        for (CaseEvent e : events) {
            if (previous != null && ORDER.compare(previous, e) > 0) {
                List<CaseEvent> sorted = new ArrayList<>(events);
                sorted.sort(ORDER);
                sorted.forEach(this::accept);
                return;
            }
            previous = e;
        }
        events.forEach(this::accept);   // already in order: no copy, no sort
    }

    /**
     * Applies one event (events in time order; see the class comment).
     *
     * @param e the event
     * @throws IllegalStateException after {@link #finish}
     */
    public void accept(CaseEvent e) {
        requireNonNull(e, "e");
        if (finished) {
            throw new IllegalStateException("the replay has finished");
        }
        int n = numbers.number(e.caseId());
        take(e, n, numbers.nextSeq() - 1);
        outbox.applyTo(numbers);
    }

    /** {@return the numbering of case ids, for a read ahead to use on its thread while it runs} */
    CaseNumbers numbers() {
        if (finished) {
            throw new IllegalStateException("the replay has finished");
        }
        return numbers;
    }

    /** {@return this replay as the calling thread's side of a numbered read ahead} */
    ReadAhead.Target target() {
        return new ReadAhead.Target() {
            @Override
            public void accept(CaseEvent e, int number, long seq) {
                if (finished) {
                    throw new IllegalStateException("the replay has finished");
                }
                take(e, number, seq);
            }

            @Override
            public void accept(EventColumns batch, int row, long seq) {
                if (finished) {
                    throw new IllegalStateException("the replay has finished");
                }
                take(batch, row, seq);
            }

            @Override
            public void ahead(EventColumns batch, int from, int to) {
                touch(batch.numbers, from, to);
            }

            @Override
            public CaseNumbers.Released swap(CaseNumbers.Released empty) {
                CaseNumbers.Released full = outbox;
                outbox = empty;
                return full;
            }
        };
    }

    /**
     * Loads the states of the numbers {@code numbers[from, to)} together: the live cases are far too many for the
     * cache, so each event's state is a miss of its own; loaded a few rows ahead in a group, the misses overlap
     * and the events then find their states in the cache.
     */
    private void touch(int[] numbers, int from, int to) {
        CaseState.Draft[] l = live;
        long sum = 0;
        for (int k = from; k < to; k++) {
            int n = numbers[k];
            if (n >= 0 && n < l.length) {
                CaseState.Draft d = l[n];
                if (d != null) {
                    sum += d.touch();
                }
            }
        }
        touched = sum;
    }

    /** What {@link #touch} loaded, kept so that its loads are not left out as unused. */
    private long touched;

    /**
     * Applies one event whose case id has number {@code n}, the {@code seq}-th use of the numbering; lets
     * go of the number when no live case has it afterwards.
     */
    private void take(CaseEvent e, int n, long seq) {
        events++;
        step(e, n, seq);
        release(n, seq);
    }

    /** As {@link #take(CaseEvent, int, long)}, for the event of a row of columns. */
    private void take(EventColumns rows, int i, long seq) {
        events++;
        int n = rows.numbers[i];
        long second = rows.seconds[i];
        // a row's time is whole seconds of a four-digit year: after asOf exactly when its second is, and it fits
        if (second <= asOfSecond) {
            // references stored only when they change: each costs the collector's write barrier (a fence)
            if (event != null) {
                this.event = null;
            }
            if (this.rows != rows) {
                this.rows = rows;
            }
            this.row = i;
            this.type = rows.types[i];
            step(second * 1_000_000, n, seq);
        }
        release(n, seq);
    }

    private void release(int n, long seq) {
        if (n >= held.length || !held[n]) {
            outbox.add(n, seq);
        }
    }

    private void step(CaseEvent e, int n, long seq) {
        this.event = e;
        this.rows = null;
        this.type = typeOf(e);
        if (asOf != null && e.at().isAfter(asOf)) {
            return;
        }
        if (!CaseState.Draft.fits(e.at())) {
            finding("TIME_RANGE", "finding.timeRange", e.at());
            return;
        }
        step(CaseState.Draft.micros(e.at()), n, seq);
    }

    /** Applies the current event ({@link #event} or {@link #rows}), at {@code at} microseconds. */
    private void step(long at, int n, long seq) {
        if (at > watermark) {
            watermark = at;
            evict(seq);
        }
        CaseState.Draft s = n < held.length && held[n] ? live[n] : null;
        if (type == EventColumns.REPORTED) {
            if (s != null) {
                finding("DUPLICATE_REPORT", "finding.duplicateReport", s.reportLine);
                return;
            }
            if (n >= live.length) {
                int length = Math.max(n + 1, live.length * 2);
                live = java.util.Arrays.copyOf(live, length);
                held = java.util.Arrays.copyOf(held, length);
            }
            s = live[n];
            if (s == null) {
                s = new CaseState.Draft();
                live[n] = s;
            }
            report(s, at);
            cases++;
            s.number = n;
            held[n] = true;
            liveCount++;
            if (liveCount > peak) {
                peak = liveCount;
            }
        } else if (s == null) {
            finding("UNKNOWN_CASE", "finding.unknownCase", typeName());
            return;
        } else if (at < s.lastEventAt) {
            finding("TIME_BACKWARDS", "finding.timeBackwards", typeName(), CaseState.Draft.instant(s.lastEventAt));
            return;
        } else {
            boolean wasEnded = s.endedAt != NONE;
            if (!apply(s, at)) {
                return;
            }
            s.applied(at);
            if (s.endedAt != NONE && !wasEnded) {
                ended.add(s.endedAt, s);
            }
        }
        applied++;
    }

    /** The event being applied: its object, or null while it is a row of {@link #rows} not made into one. */
    private CaseEvent event;
    private EventColumns rows;
    private int row;
    /** The type of the event being applied, as its index in {@link CaseEvents#TYPES}. */
    private int type;
    /** The epoch second of {@code asOf} ({@code Long.MAX_VALUE} when none): a row after it is skipped. */
    private final long asOfSecond;

    /** {@return the event being applied, made from its row if need be (for findings and rare types)} */
    private CaseEvent current() {
        if (event == null) {
            event = rows.event(row);
        }
        return event;
    }

    private String typeName() {
        return CaseEvents.TYPES.get(type);
    }

    /** {@return the type of an event as its index in {@link CaseEvents#TYPES}} */
    private static int typeOf(CaseEvent e) {
        if (e instanceof CaseEvent.Reported) {
            return EventColumns.REPORTED;
        } else if (e instanceof CaseEvent.Accepted) {
            return EventColumns.ACCEPTED;
        } else if (e instanceof CaseEvent.Rejected) {
            return EventColumns.REJECTED;
        } else if (e instanceof CaseEvent.Dispatched) {
            return EventColumns.DISPATCHED;
        } else if (e instanceof CaseEvent.Handled) {
            return EventColumns.HANDLED;
        } else if (e instanceof CaseEvent.Verified) {
            return EventColumns.VERIFIED;
        } else if (e instanceof CaseEvent.Closed) {
            return EventColumns.CLOSED;
        } else if (e instanceof CaseEvent.Postponed) {
            return EventColumns.POSTPONED;
        } else if (e instanceof CaseEvent.Resumed) {
            return EventColumns.RESUMED;
        } else if (e instanceof CaseEvent.Escalated) {
            return EventColumns.ESCALATED;
        } else if (e instanceof CaseEvent.Supervised) {
            return EventColumns.SUPERVISED;
        } else if (e instanceof CaseEvent.Cancelled) {
            return EventColumns.CANCELLED;
        } else if (e instanceof CaseEvent.Reopened) {
            return EventColumns.REOPENED;
        }
        throw new AssertionError(e);
    }

    private static final long NONE = CaseState.Draft.NONE;

    /**
     * The cases that ended, first in first out: when (microseconds), which state and its generation, in
     * arrays that are reused, so that a case ending makes no object for the collector.
     */
    private static final class EndedQueue {
        private long[] at = new long[1 << 10];
        /**
         * The number of each state ({@link CaseState.Draft#number}): a replay keeps one state per number, so the
         * number names it without a reference stored per ended case (each a fence of the collector's barrier).
         */
        private int[] number = new int[1 << 10];
        private int[] generation = new int[1 << 10];
        private int head;
        private int size;

        void add(long t, CaseState.Draft s) {
            if (size == at.length) {
                int n = at.length;
                long[] a = new long[n * 2];
                int[] d = new int[n * 2];
                int[] g = new int[n * 2];
                for (int i = 0; i < size; i++) {
                    int k = (head + i) & (n - 1);
                    a[i] = at[k];
                    d[i] = number[k];
                    g[i] = generation[k];
                }
                at = a;
                number = d;
                generation = g;
                head = 0;
            }
            int k = (head + size) & (at.length - 1);
            at[k] = t;
            number[k] = s.number;
            generation[k] = s.generation;
            size++;
        }

        boolean isEmpty() {
            return size == 0;
        }

        /** {@return whether the head starts a group of {@link ReadAhead#AHEAD} entries} */
        boolean groupStart() {
            return (head & (ReadAhead.AHEAD - 1)) == 0;
        }

        /** {@return a sum over the states of the group after the head's ({@link CaseState.Draft#touch}), loading them} */
        long touchAhead(CaseState.Draft[] live) {
            long sum = 0;
            int mask = at.length - 1;
            int n = Math.min(size, 2 * ReadAhead.AHEAD);
            for (int k = ReadAhead.AHEAD; k < n; k++) {
                sum += live[number[(head + k) & mask]].touch();
            }
            return sum;
        }

        long headAt() {
            return at[head];
        }

        /** {@return the state of the head, among the replay's states by number} */
        CaseState.Draft headState(CaseState.Draft[] live) {
            return live[number[head]];
        }

        int headGeneration() {
            return generation[head];
        }

        void poll() {
            head = (head + 1) & (at.length - 1);
            size--;
        }
    }

    /** Makes {@code d} the live state of the case the current event reports, at {@code at} microseconds. */
    private void report(CaseState.Draft d, long at) {
        String id;
        long idLow = 0;
        long idHigh = 0;
        int idLength = 0;
        Optional<CasePoint> point;
        long line;
        int category;
        int sourceAt;
        int place;
        boolean named;
        if (event == null) {
            // a row: category, source and grid by their interner indexes, through caches of primitives, so that
            // a usual report reads no string, no Optional and no Place (each a cache miss of its own)
            EventColumns c = rows;
            int i = row;
            if (c.interner != refsOf) {
                refsOf = c.interner;
                placeByRef = new int[0];
                categoryByRef = new int[0];
                unitByRef = new int[0];
                sourceByRef = new int[0];
            }
            id = c.ids[i];
            idLow = c.idLows[i];
            idHigh = c.idHighs[i];
            idLength = c.idLengths[i];
            point = Optional.empty();
            line = c.lines[i];
            named = true;
            category = cached(c.textRefs[i], categoryByRef);
            if (category < 0) {
                category = byRef(c.textRefs[i], c.text(i), CATEGORY_REFS);
            }
            sourceAt = cached(c.sourceRefs[i], sourceByRef);
            if (sourceAt < 0) {
                sourceAt = byRef(c.sourceRefs[i], c.source(i), SOURCE_REFS);
            }
            int g = c.gridRefs[i];
            place = cached(g, placeByRef);
            if (place < 0) {
                place = place(c.grid(i)).ordinal;
                if (g >= 0) {
                    if (g >= placeByRef.length) {
                        placeByRef = java.util.Arrays.copyOf(placeByRef, Math.max(g + 1, placeByRef.length * 2));
                    }
                    placeByRef[g] = place + 1;
                }
            }
        } else {
            CaseEvent.Reported r = (CaseEvent.Reported) event;
            id = r.caseId();
            Optional<String> grid = r.grid();
            point = r.point();
            line = r.line();
            named = grid.isPresent();
            category = category(r.category());
            sourceAt = index(sourceIndex, sourceKeys, r.source());
            if (grid.isEmpty() && point.isPresent()) {
                grid = setup.locator().locate(point.get().lon(), point.get().lat());
                if (grid.isEmpty()) {
                    finding(Severity.WARNING, "UNLOCATED", "finding.unlocated", point.get().lon(), point.get().lat());
                }
            }
            place = place(grid).ordinal;
        }
        if (!known[category]) {
            finding(Severity.WARNING, "UNKNOWN_CATEGORY", "finding.unknownCategory", categoryKeys.get(category));
        }
        if (named && treePresent && !placeInTree[place]) {
            finding(Severity.WARNING, "UNKNOWN_GRID", "finding.unknownGrid", placeList.get(place).grid);
        }
        // category, source and grid by their indexes here: no reference stored into the reused state
        CaseState.reported(d, id, idLow, idHigh, idLength, point.orElse(null), at, line);
        d.categoryIndex = category;
        d.sourceIndex = sourceAt;
        d.place = place;
    }

    /** {@return the index here cached for an interner index ({@code cache[ref] - 1}), or -1 when not yet cached} */
    private static int cached(int ref, int[] cache) {
        return ref >= 0 && ref < cache.length ? cache[ref] - 1 : -1;
    }

    private final boolean treePresent;
    /** The interner whose indexes the caches below are by: that of the read the rows come from. */
    private Interner refsOf;
    /** Per interner index of a grid, its place's ordinal + 1; of a category or source, its index here + 1 (0: not yet known). */
    private int[] placeByRef = new int[0];
    private int[] categoryByRef = new int[0];
    private int[] sourceByRef = new int[0];
    private int[] unitByRef = new int[0];
    private static final int CATEGORY_REFS = 0;
    private static final int SOURCE_REFS = 1;
    private static final int UNIT_REFS = 2;
    /** The units cases were dispatched or escalated to, by their index here. */
    private final Map<String, Integer> unitIndex = new HashMap<>();
    private final List<String> unitKeys = new ArrayList<>();

    /** {@return the index here of the unit of a dispatch row, through its interner index when it has one} */
    private int unit(EventColumns c, int i) {
        int u = cached(c.textRefs[i], unitByRef);
        return u >= 0 ? u : byRef(c.textRefs[i], c.text(i), UNIT_REFS);
    }

    /** {@return the index here of a category or source, through its interner index when it has one} */
    private int byRef(int ref, String key, int which) {
        int[] cache = which == CATEGORY_REFS ? categoryByRef : which == SOURCE_REFS ? sourceByRef : unitByRef;
        if (ref >= 0 && ref < cache.length && cache[ref] > 0) {
            return cache[ref] - 1;
        }
        int index = which == CATEGORY_REFS ? category(key)
                : index(which == SOURCE_REFS ? sourceIndex : unitIndex, which == SOURCE_REFS ? sourceKeys : unitKeys, key);
        if (ref >= 0) {
            if (ref >= cache.length) {
                cache = java.util.Arrays.copyOf(cache, Math.max(ref + 1, cache.length * 2));
                if (which == CATEGORY_REFS) {
                    categoryByRef = cache;
                } else if (which == SOURCE_REFS) {
                    sourceByRef = cache;
                } else {
                    unitByRef = cache;
                }
            }
            cache[ref] = index + 1;
        }
        return index;
    }

    /** Whether each category (by its index here) is one of the setup's. */
    private boolean[] known = new boolean[0];
    /** The handling limit of each category (by its index here) in working minutes, -1 for none. */
    private long[] handle = new long[0];

    /** {@return the index of a category in this replay, looked up in the setup on first use} */
    private int category(String key) {
        Integer i = categoryIndex.get(key);
        if (i == null) {
            i = categoryKeys.size();
            categoryIndex.put(key, i);
            categoryKeys.add(key);
            known = java.util.Arrays.copyOf(known, i + 1);
            handle = java.util.Arrays.copyOf(handle, i + 1);
            Optional<CaseCategory> c = setup.categories().category(key);
            known[i] = c.isPresent();
            handle[i] = c.flatMap(CaseCategory::handleWithin).map(l -> l.workingMinutes(cal)).orElse(-1L);
        }
        return i;
    }

    /**
     * Applies the current event to the live state of its case, in place; every check comes before any change.
     *
     * @return whether it was applied (false with a finding when the event does not fit the case)
     */
    private boolean apply(CaseState.Draft d, long at) {
        CaseStatus st = d.status();
        if (!st.isOpen() && !(type == EventColumns.REOPENED && st == CaseStatus.CLOSED)) {
            finding("AFTER_END", "finding.afterEnd", typeName(), st.name().toLowerCase(java.util.Locale.ROOT));
            return false;
        }
        switch (type) {
            case EventColumns.ACCEPTED:
                if (st != CaseStatus.REPORTED) {
                    return invalid(d);
                }
                d.status(CaseStatus.ACCEPTED);
                break;
            case EventColumns.REJECTED:
                if (st != CaseStatus.REPORTED && st != CaseStatus.ACCEPTED) {
                    return invalid(d);
                }
                d.status(CaseStatus.REJECTED);
                d.endedAt = at;
                break;
            case EventColumns.DISPATCHED:
                if (st != CaseStatus.REPORTED && st != CaseStatus.ACCEPTED && st != CaseStatus.DISPATCHED) {
                    return invalid(d);
                }
                d.status(CaseStatus.DISPATCHED);
                if (d.firstDispatchedAt == NONE) {
                    d.firstDispatchedAt = at;
                    d.deadline = deadline(d.categoryIndex, at, d.postponedMinutes);
                }
                d.assignee = event != null ? index(unitIndex, unitKeys, ((CaseEvent.Dispatched) event).to())
                        : unit(rows, row);
                d.assignedAt = at;
                break;
            case EventColumns.HANDLED:
                if (st == CaseStatus.REPORTED || st == CaseStatus.ACCEPTED) {
                    finding("HANDLED_BEFORE_DISPATCHED", "finding.handledBeforeDispatched");
                    return false;
                }
                if (st != CaseStatus.DISPATCHED) {
                    return invalid(d);
                }
                d.status(CaseStatus.HANDLED);
                if (d.firstHandledAt == NONE) {
                    d.firstHandledAt = at;
                }
                d.lastHandledAt = at;
                break;
            case EventColumns.VERIFIED:
                if (st != CaseStatus.HANDLED) {
                    return invalid(d);
                }
                if (event != null ? ((CaseEvent.Verified) event).pass() : rows.passes[row]) {
                    d.status(CaseStatus.VERIFIED);
                    if (d.onTimeBasis == NONE) {
                        d.onTimeBasis = d.lastHandledAt;
                    }
                } else {
                    d.status(CaseStatus.DISPATCHED);
                    d.failedVerifications++;
                }
                break;
            case EventColumns.CLOSED:
                if (st != CaseStatus.REPORTED && st != CaseStatus.ACCEPTED && st != CaseStatus.VERIFIED) {
                    return invalid(d);
                }
                d.status(CaseStatus.CLOSED);
                d.closedAt = at;
                d.endedAt = at;
                break;
            case EventColumns.POSTPONED: {
                if (st != CaseStatus.ACCEPTED && st != CaseStatus.DISPATCHED && st != CaseStatus.POSTPONED) {
                    return invalid(d);
                }
                CaseEvent.Postponed p = (CaseEvent.Postponed) current();
                long minutes = p.days().isPresent() ? (long) p.days().getAsInt() * cal.minutesPerDay()
                        : cal.workingMinutesBetween(p.at(), p.until().get());
                if (minutes <= 0) {
                    finding("EMPTY_POSTPONEMENT", "finding.emptyPostponement");
                    return false;
                }
                CaseStatus back = st == CaseStatus.POSTPONED ? d.resumeTo() : st;
                d.status(CaseStatus.POSTPONED);
                d.resumeTo(back);
                d.postponedMinutes += minutes;
                if (d.firstDispatchedAt != NONE) {
                    d.deadline = deadline(d.categoryIndex, d.firstDispatchedAt, d.postponedMinutes);
                }
                break;
            }
            case EventColumns.RESUMED:
                if (st != CaseStatus.POSTPONED) {
                    return invalid(d);
                }
                d.status(d.resumeTo());
                break;
            case EventColumns.ESCALATED: {
                CaseEvent.Escalated x = (CaseEvent.Escalated) current();
                d.escalate(x);
                if (x.to().isPresent() && !placeList.get(d.place).path.contains(x.to().get())) {
                    d.assignee = index(unitIndex, unitKeys, x.to().get());
                    d.assignedAt = at;
                }
                break;
            }
            case EventColumns.SUPERVISED:
                d.supervisions++;
                if (d.firstSupervisedAt == NONE) {
                    d.firstSupervisedAt = at;
                }
                break;
            case EventColumns.CANCELLED:
                d.status(CaseStatus.CANCELLED);
                d.endedAt = at;
                break;
            case EventColumns.REOPENED:
                d.status(d.firstDispatchedAt != NONE ? CaseStatus.DISPATCHED : CaseStatus.ACCEPTED);
                d.reopenedAt = at;
                d.endedAt = NONE;
                break;
            default:
                throw new AssertionError(type);
        }
        return true;
    }

    /**
     * {@return the handling deadline (microseconds) of a case of a category first dispatched at {@code start}
     * (microseconds), or NONE for none}
     */
    private long deadline(int category, long start, long postponed) {
        long limit = handle[category];
        return limit < 0 ? NONE
                : CaseState.Draft.micros(cal.plusWorkingMinutes(CaseState.Draft.instant(start), limit + postponed));
    }

    private boolean invalid(CaseState.Draft s) {
        finding("INVALID_SEQUENCE", "finding.invalidSequence", typeName(),
                s.status().name().toLowerCase(java.util.Locale.ROOT));
        return false;
    }

    private void finding(String rule, String key, Object... args) {
        finding(Severity.ERROR, rule, key, args);
    }

    /** Records a finding about the current event. */
    private void finding(Severity severity, String rule, String key, Object... args) {
        findingCount++;
        if (findings.size() >= MAX_FINDINGS) {
            return;
        }
        CaseEvent e = current();
        Object[] all = new Object[args.length + 2];
        all[0] = e.caseId();
        all[1] = e.type();
        System.arraycopy(args, 0, all, 2, args.length);
        LocalizedText text = CaseMessages.text(key, all);
        Optional<InputLocation> at = Optional.empty();
        if (e.line() > 0) {
            at = Optional.of(InputLocation.UNKNOWN.at(e.line(), 0).withRecord("case " + io.gridgov.core.io.JsonTree
                    .quoted(e.caseId())));
        }
        findings.add(new Finding(rule, severity, List.of(e.caseId()), at, text));
    }

    /**
     * Drops the cases that ended more than the reopen window before the latest time seen, while the event
     * of sequence {@code seq} is being applied (so its number is let go of as after the one before).
     */
    private void evict(long seq) {
        while (!ended.isEmpty()) {
            long headAt = ended.headAt();
            // leaves when headAt + window < watermark; the difference of two times is exact as unsigned
            if (headAt >= watermark || Long.compareUnsigned(watermark - headAt, reopenMicros) <= 0) {
                return;
            }
            if (ended.groupStart()) {
                // a case leaving is read for its statistics long after its last event: load the next ones together
                touched += ended.touchAhead(live);
            }
            CaseState.Draft s = ended.headState(live);
            int generation = ended.headGeneration();
            ended.poll();
            if (s.generation == generation && !s.retired && s.endedAt != NONE) {
                if (s.endedAt == headAt) {
                    // its object stays in place for the next case given the number: fewer objects for the
                    // collector to move, and numbers are reused first let go of, first reused, so that cases
                    // reported close together keep their states close in memory
                    held[s.number] = false;
                    liveCount--;
                    outbox.add(s.number, seq - 1);
                    retire(s);
                } else {
                    ended.add(s.endedAt, s);   // reopened and ended again
                }
            }
        }
    }

    /** Counts a case leaving the replay into the statistics and the history. */
    private void retire(CaseState.Draft s) {
        retireAt(s, asOf != null ? asOf : CaseState.Draft.instant(watermark));
    }

    /**
     * Answers as of {@code asOf} (or the latest event when none was set).
     *
     * @return the report
     */
    public CaseReport finish() {
        if (finished) {
            throw new IllegalStateException("the replay has finished");
        }
        finished = true;
        Instant at = asOf != null ? asOf : watermark == NONE ? Instant.EPOCH : CaseState.Draft.instant(watermark);
        List<CaseView> open = new ArrayList<>();
        for (int n = 0; n < live.length; n++) {
            if (!held[n]) {
                continue;
            }
            CaseState.Draft s = live[n];
            if (s.isOpen()) {
                phases[CaseStatus.Phase.OPEN.ordinal()]++;
                open.add(view(state(s), at));
                if (tally != null) {
                    tally.add(s, at);
                }
            } else {
                retireAt(s, at);
            }
        }
        open.sort(CaseLists.BY_DEADLINE);
        java.util.Arrays.fill(live, null);
        java.util.Arrays.fill(held, false);
        liveCount = 0;
        Optional<CaseStatistics> stats = tally == null ? Optional.empty()
                : Optional.of(tally.build(from, to, at));
        Map<CaseStatus.Phase, Long> byPhase = new java.util.EnumMap<>(CaseStatus.Phase.class);
        for (CaseStatus.Phase p : CaseStatus.Phase.values()) {
            byPhase.put(p, phases[p.ordinal()]);
        }
        return new CaseReport(setup, at, open, history, findings, findingCount, stats, events, applied, cases, peak,
                byPhase);
    }

    private void retireAt(CaseState.Draft s, Instant at) {
        s.retired = true;
        phases[s.status().phase().ordinal()]++;
        if (tally != null) {
            tally.add(s, at);
        }
        if (historyFrom != null && s.status() == CaseStatus.CLOSED
                && s.closedAt >= CaseState.Draft.ceilMicros(historyFrom)) {
            history.add(view(state(s), at));
        }
    }

    /** {@return the state of a live case as it is now} */
    private CaseState state(CaseState.Draft s) {
        Place p = placeList.get(s.place);
        return s.state(categoryKeys.get(s.categoryIndex), sourceKeys.get(s.sourceIndex), p.id, unitKeys);
    }

    /** {@return the ids from the root down to a grid, cached per replay} */
    private List<String> path(String grid) {
        return place(Optional.of(grid)).path;
    }

    /** {@return the place of a grid in this replay (its path and its statistics), made on first use} */
    private Place place(Optional<String> grid) {
        if (grid.isEmpty()) {
            return unlocated;
        }
        Place p = places.get(grid.get());
        if (p == null) {
            p = newPlace(grid.get(), grid, setup.path(grid.get()),
                    setup.tree().isPresent() && setup.tree().get().contains(grid.get()));
            places.put(grid.get(), p);
        }
        return p;
    }

    private Place newPlace(String grid, Optional<String> id, List<String> path, boolean inTree) {
        Place p = new Place(grid, id, path, inTree, placeList.size());
        placeList.add(p);
        if (p.ordinal >= placeInTree.length) {
            placeInTree = java.util.Arrays.copyOf(placeInTree, Math.max(16, placeInTree.length * 2));
            placeEscalates = java.util.Arrays.copyOf(placeEscalates, placeInTree.length);
        }
        placeInTree[p.ordinal] = inTree;
        placeEscalates[p.ordinal] = path.size() > 1;
        return p;
    }


    private static int index(Map<String, Integer> index, List<String> keys, String key) {
        Integer i = index.get(key);
        if (i == null) {
            i = keys.size();
            index.put(key, i);
            keys.add(key);
        }
        return i;
    }

    /**
     * A grid as a replay knows it, looked up once per case when it is reported: the path from the root
     * and the statistics cells of its cases (per category and source).
     */
    static final class Place {
        final String grid;
        /** The grid as a case state has it: empty when unlocated. */
        final Optional<String> id;
        final List<String> path;
        /** Whether the grid is a node of the setup's tree. */
        final boolean inTree;
        long[][] cells;
        /** Its index in the replay's list of places. */
        final int ordinal;

        Place(String grid, Optional<String> id, List<String> path, boolean inTree, int ordinal) {
            this.ordinal = ordinal;
            this.grid = grid;
            this.id = id;
            this.path = path;
            this.inTree = inTree;
        }
    }

    private CaseView view(CaseState s, Instant at) {
        return CaseView.of(setup, s, at, s.grid().map(this::path).orElse(List.of()));
    }

    /** Statistics under construction: counts per grid, category and source; rolled up when built. */
    private final class Tally {
        private final long[] one = new long[CaseCounts.NAMES.length];
        private static final int SOURCES = 16;
        /** Bits of a pending count: the place's ordinal above, then the slot, then the counts' flags. */
        private static final int FLAG_BITS = 10;
        private static final int SLOT_BITS = 22;
        /**
         * Cases counted but not yet added into their cells: (place, slot, flags) packed in a long each. The
         * cells of a year's cases (a grid × a category × a source) are far too many for the cache, and a case
         * added straight into its cell as it leaves costs a few misses; sorted first, a buffer is added place
         * by place, each cell touched once per run of equal counts.
         */
        private final long[] pending = new long[1 << 20];
        private int pendingCount;

        void add(CaseState.Draft s, Instant at) {
            int flags = count(s, at);
            if (flags == 0) {
                return;
            }
            int c = s.categoryIndex;
            int src = s.sourceIndex;
            if (src >= SOURCES) {
                // more than 16 sources: the rare ones share cells by index, kept apart in a map
                String key = placeList.get(s.place).grid + '\u0000' + categoryKeys.get(c) + '\u0000' + sourceKeys.get(src);
                long[] cell = overflow.computeIfAbsent(key, k -> new long[one.length]);
                for (int i = 0; i < one.length; i++) {
                    cell[i] += flags >>> i & 1;
                }
                return;
            }
            long slot = (long) c * SOURCES + src;
            if (slot >= 1L << SLOT_BITS) {
                throw new IllegalStateException("more categories than a replay counts: " + categoryKeys.size());
            }
            pending[pendingCount++] = (long) s.place << (SLOT_BITS + FLAG_BITS) | slot << FLAG_BITS | flags;
            if (pendingCount == pending.length) {
                flush();
            }
        }

        /** Adds the pending counts into their cells, place by place. */
        private void flush() {
            long[] p = pending;
            int n = pendingCount;
            java.util.Arrays.sort(p, 0, n);
            int cellCount = (categoryKeys.size() + 1) * SOURCES;
            for (int i = 0; i < n; ) {
                long v = p[i];
                int j = i + 1;
                while (j < n && p[j] == v) {
                    j++;
                }
                long times = j - i;
                Place place = placeList.get((int) (v >>> (SLOT_BITS + FLAG_BITS)));
                int slot = (int) (v >>> FLAG_BITS) & ((1 << SLOT_BITS) - 1);
                int flags = (int) v & ((1 << FLAG_BITS) - 1);
                long[][] cells = place.cells;
                if (cells == null || cells.length <= slot) {
                    long[][] bigger = new long[Math.max(slot + 1, cellCount)][];
                    if (cells != null) {
                        System.arraycopy(cells, 0, bigger, 0, cells.length);
                    }
                    cells = bigger;
                    place.cells = cells;
                }
                long[] cell = cells[slot];
                if (cell == null) {
                    cell = new long[one.length];
                    cells[slot] = cell;
                }
                for (int k = 0; k < one.length; k++) {
                    cell[k] += (flags >>> k & 1) * times;
                }
                i = j;
            }
            pendingCount = 0;
        }

        private final Map<String, long[]> overflow = new HashMap<>();

        /** The period in microseconds: times t with {@code fromMicros <= t < toMicros} are in it. */
        private final long fromMicros = CaseState.Draft.ceilMicros(from);
        private final long toMicros = CaseState.Draft.ceilMicros(to);

        /**
         * {@return the counts of a case as flags, bit {@code i} for {@link CaseCounts#NAMES}{@code [i]}; 0 when
         * it counts for nothing in the period}
         */
        private int count(CaseState.Draft s, Instant at) {
            int c = 0;
            if (in(s.reportedAt)) {
                c |= 1;
            }
            long dl = s.deadline;
            if (dl != NONE && in(dl) && s.status() != CaseStatus.REJECTED
                    && !(s.status() == CaseStatus.CANCELLED && s.endedAt <= dl)) {
                c |= 1 << 1;
                if (s.postponedMinutes > 0) {
                    c |= 1 << 2;
                } else if (s.onTimeBasis != NONE && s.onTimeBasis <= dl) {
                    c |= 1 << 3;
                } else if (s.endedAt == NONE || s.endedAt >= toMicros) {
                    c |= 1 << 4;
                } else {
                    c |= 1 << 5;
                }
            }
            if (s.status() == CaseStatus.CLOSED && in(s.closedAt)) {
                c |= 1 << 6;
                if (s.failedVerifications > 0) {
                    c |= 1 << 7;
                }
            }
            long escalated = firstEscalation(s, at);
            if (escalated != NONE && in(escalated)) {
                c |= 1 << 8;
            }
            if (s.firstSupervisedAt != NONE && in(s.firstSupervisedAt)) {
                c |= 1 << 9;
            }
            return c;
        }

        /**
         * {@return when the case was first escalated as of {@code at}, explicitly or automatically, in
         * microseconds, or NONE} The same instant as the first of {@link CaseView#escalations()}, without
         * building the view.
         */
        private long firstEscalation(CaseState.Draft s, Instant at) {
            long first = NONE;
            List<CaseEvent.Escalated> explicit = s.escalations();
            if (!explicit.isEmpty() && !explicit.get(0).at().isAfter(at)) {
                first = CaseState.Draft.micros(explicit.get(0).at());
            }
            if (placeEscalates[s.place]) {
                long period = escalationPeriod(s.categoryIndex, categoryKeys.get(s.categoryIndex));
                if (period > 0) {
                    // the automatic escalation must come before the case stopped (handled, ended, or at):
                    // p working minutes take at least p minutes, so a case stopped by then is spared the calendar
                    long stop = CaseState.Draft.ceilMicros(at);
                    if (s.firstHandledAt != NONE && s.firstHandledAt < stop) {
                        stop = s.firstHandledAt;
                    }
                    if (s.endedAt != NONE && s.endedAt < stop) {
                        stop = s.endedAt;
                    }
                    long wall = stop - s.reportedAt;   // negative past the range of longs: then longer than any period
                    if (stop > s.reportedAt && (wall < 0 || wall > period * 60_000_000L)) {
                        long auto = CaseState.Draft.micros(
                                cal.plusWorkingMinutes(CaseState.Draft.instant(s.reportedAt), period));
                        if (auto < stop && (first == NONE || auto < first)) {
                            first = auto;
                        }
                    }
                }
            }
            return first;
        }

        private long[] periods = new long[0];

        /** {@return the category's escalation period in working minutes, 0 for none, computed once per category} */
        private long escalationPeriod(int index, String category) {
            if (index >= periods.length) {
                int known = periods.length;
                periods = java.util.Arrays.copyOf(periods, categoryKeys.size());
                java.util.Arrays.fill(periods, known, periods.length, -1);
            }
            if (periods[index] < 0) {
                periods[index] = CaseView.escalationPeriod(setup, category);
            }
            return periods[index];
        }

        private boolean in(long t) {
            return t >= fromMicros && t < toMicros;
        }

        CaseStatistics build(Instant from, Instant to, Instant at) {
            flush();
            Map<String, Acc> grid = new HashMap<>();
            Map<String, Acc> node = new HashMap<>();
            Map<String, Acc> dept = new HashMap<>();
            Map<String, Acc> cat = new HashMap<>();
            Acc total = new Acc();
            List<Place> all = new ArrayList<>(places.values());
            all.add(unlocated);
            for (Place p : all) {
                long[][] cells = p.cells;
                if (cells == null) {
                    continue;
                }
                String g = p.grid;
                for (int slot = 0; slot < cells.length; slot++) {
                    if (cells[slot] != null) {
                        roll(g, categoryKeys.get(slot / SOURCES), sourceKeys.get(slot % SOURCES), cells[slot],
                                grid, node, dept, cat, total);
                    }
                }
            }
            overflow.forEach((k, c) -> {
                String[] p = k.split("\u0000", 3);
                roll(p[0], p[1], p[2], c, grid, node, dept, cat, total);
            });
            return new CaseStatistics(from, to, at, counts(grid), counts(node), counts(dept), counts(cat), counts(total));
        }

        private void roll(String g, String category, String source, long[] c, Map<String, Acc> grid,
                Map<String, Acc> node, Map<String, Acc> dept, Map<String, Acc> cat, Acc total) {
            grid.computeIfAbsent(g, k -> new Acc()).add(source, c);
            if (!g.equals(CaseStatistics.UNLOCATED)) {
                for (String n : path(g)) {
                    node.computeIfAbsent(n, k -> new Acc()).add(source, c);
                }
            }
            String d = setup.categories().category(category).map(CaseCategory::department).orElse("(unknown)");
            dept.computeIfAbsent(d, k -> new Acc()).add(source, c);
            cat.computeIfAbsent(category, k -> new Acc()).add(source, c);
            total.add(source, c);
        }

        private Map<String, CaseCounts> counts(Map<String, Acc> m) {
            Map<String, CaseCounts> out = new HashMap<>();
            m.forEach((k, a) -> out.put(k, counts(a)));
            return out;
        }

        private CaseCounts counts(Acc a) {
            Map<String, CaseCounts> src = new HashMap<>();
            a.bySource.forEach((k, c) -> src.put(k, CaseCounts.of(c, Map.of())));
            return CaseCounts.of(a.all, src);
        }
    }

    /** The counts of one subject: in all and per source. */
    private static final class Acc {
        final long[] all = new long[CaseCounts.NAMES.length];
        final Map<String, long[]> bySource = new HashMap<>(8);

        void add(String source, long[] c) {
            long[] b = bySource.computeIfAbsent(source, k -> new long[c.length]);
            for (int i = 0; i < c.length; i++) {
                all[i] += c[i];
                b[i] += c[i];
            }
        }
    }

    /** Builds a {@link CaseReplay}. Not thread-safe. */
    public static final class Builder {
        private final CaseSetup setup;
        private Instant asOf;
        private Instant from;
        private Instant to;
        private Instant historyFrom;

        private Builder(CaseSetup setup) {
            this.setup = setup;
        }

        /** Replays up to this instant (events after it are skipped). Default: every event. @return this builder */
        public Builder asOf(Instant asOf) {
            this.asOf = requireNonNull(asOf, "asOf");
            return this;
        }

        /**
         * Gathers statistics for {@code [from, to)}; cases are judged as of {@code asOf} (default: {@code to}).
         *
         * @param from the start, inclusive
         * @param to the end, exclusive
         * @return this builder
         */
        public Builder period(Instant from, Instant to) {
            requireNonNull(from, "from");
            requireNonNull(to, "to");
            if (!from.isBefore(to)) {
                throw new IllegalArgumentException("expected from before to, found " + from + " … " + to);
            }
            this.from = from;
            this.to = to;
            return this;
        }

        /** Keeps the cases closed since {@code from} as the 销号 history. @return this builder */
        public Builder history(Instant from) {
            this.historyFrom = requireNonNull(from, "from");
            return this;
        }

        /** {@return the replay} */
        public CaseReplay build() {
            if (from != null && asOf == null) {
                asOf = to;
            }
            if (from != null && asOf.isBefore(to)) {
                throw new IllegalArgumentException("statistics of a period are judged as of its end or later");
            }
            return new CaseReplay(this);
        }
    }
}

package io.gridgov.cases;

import java.time.Instant;
import java.util.Optional;

/**
 * A batch of events handed from a reading thread to a replay (事件批), as columns: an event of the usual
 * shape (one of the types below, a time in whole seconds, no {@code by}, {@code note}, point or
 * postponement) is a row of primitives and shared strings, so reading it makes no event object and no
 * {@link Instant}; any other event is kept as its {@link CaseEvent} ({@link #objects}). {@link #event(int)}
 * builds the same event the reader would have made, for a finding or a consumer that wants objects.
 *
 * <p>Rows of the usual types carry: the case id (an ASCII id of at most 16 characters packed in two longs, no
 * string; any other as its string), the line, the epoch second; a report its category, source
 * and grid, a dispatch its unit, each as the reader's {@link Interner} index (its string only when the interner
 * holds none); a verification its result. A row stores no reference for a usual event: the batches live long
 * (old objects for the collector), and each reference stored into one pays G1's write barrier, a memory fence
 * per store. Not thread-safe: filled by the reading thread, then read by the replaying thread after the
 * hand-over.
 */
final class EventColumns {

    /**
     * The types as indexes in {@link CaseEvents#TYPES}; rows carry only the usual ones (reported,
     * accepted, dispatched, handled, verified, closed, resumed, supervised), events kept as objects any.
     */
    static final byte REPORTED = 0;
    static final byte ACCEPTED = 1;
    static final byte REJECTED = 2;
    static final byte DISPATCHED = 3;
    static final byte HANDLED = 4;
    static final byte VERIFIED = 5;
    static final byte CLOSED = 6;
    static final byte POSTPONED = 7;
    static final byte RESUMED = 8;
    static final byte ESCALATED = 9;
    static final byte SUPERVISED = 10;
    static final byte CANCELLED = 11;
    static final byte REOPENED = 12;

    /** The event of each row that is kept as an object, null for a row of columns. */
    final CaseEvent[] objects;
    /** The case's number in the replay's {@link CaseNumbers}, -1 when the read numbers none. */
    final int[] numbers;
    final byte[] types;
    final long[] lines;
    final long[] seconds;
    /** The case id when it is not packed, else null ({@link #id(int)}). */
    final String[] ids;
    /** A packed case id ({@link Bytes#packed}): its two longs and its length. */
    final long[] idLows;
    final long[] idHighs;
    final byte[] idLengths;
    /**
     * The category of a report, the unit of a dispatch, a report's source and grid: written only where the
     * value has no interner index (its ref below is -1); read through {@link #text}, {@link #source},
     * {@link #grid}.
     */
    private final String[] texts;
    private final String[] sources;
    private final String[] grids;
    /** The {@link Interner} index of the text (category, unit), a report's source and grid; -1 when it has none. */
    final int[] textRefs;
    final int[] sourceRefs;
    final int[] gridRefs;
    /** Whether a verification passed. */
    final boolean[] passes;
    /** The interner whose indexes the rows carry: the read they come from. */
    Interner interner;
    /** The rows filled. */
    int n;

    EventColumns(int capacity) {
        objects = new CaseEvent[capacity];
        numbers = new int[capacity];
        types = new byte[capacity];
        lines = new long[capacity];
        seconds = new long[capacity];
        ids = new String[capacity];
        idLows = new long[capacity];
        idHighs = new long[capacity];
        idLengths = new byte[capacity];
        texts = new String[capacity];
        sources = new String[capacity];
        grids = new String[capacity];
        textRefs = new int[capacity];
        sourceRefs = new int[capacity];
        gridRefs = new int[capacity];
        passes = new boolean[capacity];
    }

    /** {@return whether there is no room for another row} */
    boolean full() {
        return n == objects.length;
    }

    /** Adds an event as an object. */
    void add(CaseEvent e, int number) {
        objects[n] = e;
        numbers[n++] = number;
    }

    /**
     * Writes the common columns of the next row (not yet added: {@link #commit}): the case id is {@code id}, or
     * when that is null the ASCII id of {@code idLength} (1 to 16) characters packed in {@code idLow} and
     * {@code idHigh} as {@link Bytes#packed} packs it.
     */
    void row(byte type, String id, long idLow, long idHigh, int idLength, long line, long second) {
        int i = n;
        // objects[i] is null here (clear); an id is stored only when not packed, or to drop an old one
        types[i] = type;
        if (id != null || ids[i] != null) {
            ids[i] = id;
        }
        idLows[i] = idLow;
        idHighs[i] = idHigh;
        idLengths[i] = (byte) idLength;
        lines[i] = line;
        seconds[i] = second;
    }

    /** Writes a report's columns into the next row. */
    void report(String category, int categoryRef, String source, int sourceRef, String grid, int gridRef) {
        int i = n;
        textRefs[i] = categoryRef;
        if (categoryRef < 0) {
            texts[i] = category;
        }
        sourceRefs[i] = sourceRef;
        if (sourceRef < 0) {
            sources[i] = source;
        }
        gridRefs[i] = gridRef;
        if (gridRef < 0) {
            grids[i] = grid;
        }
    }

    /** Writes a dispatch's unit (and its interner index, -1 for none) into the next row. */
    void unit(String to, int ref) {
        textRefs[n] = ref;
        if (ref < 0) {
            texts[n] = to;
        }
    }

    /** Writes a verification's result into the next row. */
    void pass(boolean pass) {
        passes[n] = pass;
    }

    /** Adds the row written with its case's number. */
    void commit(int number) {
        numbers[n++] = number;
    }

    /** {@return the grid of a report row} */
    Optional<String> grid(int i) {
        int ref = gridRefs[i];
        return Optional.of(ref >= 0 ? interner.string(ref) : grids[i]);
    }

    /** {@return the category of a report row, the unit of a dispatch row} */
    String text(int i) {
        int ref = textRefs[i];
        return ref >= 0 ? interner.string(ref) : texts[i];
    }

    /** {@return the source of a report row} */
    String source(int i) {
        int ref = sourceRefs[i];
        return ref >= 0 ? interner.string(ref) : sources[i];
    }

    /** {@return the case id of a row of columns} */
    String id(int i) {
        String id = ids[i];
        return id != null ? id : Bytes.unpacked(idLows[i], idHighs[i], idLengths[i]);
    }

    /** {@return the event of a row: its object, or the event its columns stand for} */
    CaseEvent event(int i) {
        CaseEvent o = objects[i];
        if (o != null) {
            return o;
        }
        String id = id(i);
        Instant at = Instant.ofEpochSecond(seconds[i]);
        long line = lines[i];
        Optional<String> none = Optional.empty();
        switch (types[i]) {
            case REPORTED:
                return new CaseEvent.Reported(id, at, line, none, text(i), source(i), grid(i), Optional.empty());
            case ACCEPTED:
                return new CaseEvent.Accepted(id, at, line, none);
            case DISPATCHED:
                return new CaseEvent.Dispatched(id, at, line, none, text(i));
            case HANDLED:
                return new CaseEvent.Handled(id, at, line, none);
            case VERIFIED:
                return new CaseEvent.Verified(id, at, line, none, passes[i]);
            case CLOSED:
                return new CaseEvent.Closed(id, at, line, none);
            case RESUMED:
                return new CaseEvent.Resumed(id, at, line, none);
            case SUPERVISED:
                return new CaseEvent.Supervised(id, at, line, none);
            default:
                throw new AssertionError(types[i]);
        }
    }

    /** Empties the batch for reuse. */
    void clear() {
        java.util.Arrays.fill(objects, 0, n, null);
        n = 0;
    }
}

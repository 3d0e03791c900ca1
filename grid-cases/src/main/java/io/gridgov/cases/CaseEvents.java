package io.gridgov.cases;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.base.ParserBase;
import io.gridgov.core.i18n.LocalizedText;
import io.gridgov.core.io.InputLocation;
import io.gridgov.core.io.InvalidInputException;
import io.gridgov.core.io.JsonTree;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

/**
 * Reads case events from JSON Lines (案件事件文件), one event object per line, plain ({@code .jsonl}) or
 * gzip-compressed ({@code .jsonl.gz}, recognised by its content), streaming: each event goes to a consumer
 * as soon as it is read, so a file of any size is read in constant memory. Format:
 * {@code docs/formats/cases.md}.
 *
 * <pre>{@code
 * {"case": "C-0001", "at": "2026-11-02T09:15:00+08:00", "type": "reported", "category": "sanitation.exposed-garbage",
 *  "source": "worker", "lon": 106.71, "lat": 26.52, "by": "p-g001-worker"}
 * {"case": "C-0001", "at": "2026-11-02T09:40:00+08:00", "type": "dispatched", "to": "sanitation"}
 * }</pre>
 *
 * <p>Strict: malformed JSON, two events on one line, an unknown type or key, a missing case id, an
 * unparseable time, an unknown category, a bad result or postponement all stop the read with an
 * {@link InvalidInputException} naming the file, line, column, case and field. Times carry an offset
 * ({@code +08:00} or {@code Z}); a time without one is read on the calendar's zone. Events need not be
 * sorted to be read; {@link CaseReplay} says what order a replay needs. Stateless and thread-safe.
 */
public final class CaseEvents {

    /** The event types, as in JSON. */
    public static final List<String> TYPES = List.of("reported", "accepted", "rejected", "dispatched", "handled",
            "verified", "closed", "postponed", "resumed", "escalated", "supervised", "cancelled", "reopened");

    private static final String[] FIELDS = {"case", "at", "type", "by", "note", "category", "source", "grid", "lon",
        "lat", "to", "result", "until", "days", "reason"};
    private static final int CASE = 0;
    private static final int AT = 1;
    private static final int TYPE = 2;
    private static final int BY = 3;
    private static final int NOTE = 4;
    private static final int CATEGORY = 5;
    private static final int SOURCE = 6;
    private static final int GRID = 7;
    private static final int LON = 8;
    private static final int LAT = 9;
    private static final int TO = 10;
    private static final int RESULT = 11;
    private static final int UNTIL = 12;
    private static final int DAYS = 13;
    private static final int REASON = 14;
    /** No time parsed (an epoch second no four-digit year reaches). */
    private static final long NO_SECOND = Long.MIN_VALUE;
    /** What {@code quick} returns for a line whose event went to the columns as a row. */
    private static final CaseEvent COLUMNED = new CaseEvent.Accepted("", Instant.EPOCH, 0, Optional.empty());
    /** The text standing for a time already parsed from the parser's characters. */
    private static final String PARSED = "(parsed)";
    /** Per type (index in TYPES), the fields allowed besides case, at, type, by, note. */
    private static final int[][] EXTRA = {
        {CATEGORY, SOURCE, GRID, LON, LAT}, {}, {REASON}, {TO}, {}, {RESULT}, {}, {UNTIL, DAYS, REASON}, {},
        {TO, REASON}, {}, {REASON}, {REASON}};

    private CaseEvents() {
    }

    /**
     * Reads a file, plain or gzip-compressed, handing each event to {@code sink}.
     *
     * @param file the file
     * @param categories the known categories (a report of another category is an error)
     * @param zone the zone of times given without an offset
     * @param sink receives the events in file order
     * @return how many events were read
     * @throws InvalidInputException at the first bad line
     */
    public static long read(Path file, CaseCategories categories, ZoneId zone, Consumer<? super CaseEvent> sink) {
        String name = file.toString();
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, name, categories, zone, sink);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(InputLocation.ofFile(name), CaseMessages.text("read.noFile"));
        } catch (IOException e) {
            throw JsonTree.unreadable(e, name);
        }
    }

    /**
     * Reads a file as {@link #read(Path, CaseCategories, ZoneId, Consumer)} does, but on a second thread
     * (预读): inflating and parsing run there while {@code sink} gets the events on the calling thread, in
     * file order, so a replay overlaps the read on two cores. At most a few batches of 4,096 events wait
     * between the two threads. A bad file stops with the same located {@link InvalidInputException},
     * thrown on the calling thread after the events before the bad line went to the sink; an exception
     * of the sink stops the read and is thrown as it is.
     *
     * @param file the file
     * @param categories the known categories (a report of another category is an error)
     * @param zone the zone of times given without an offset
     * @param sink receives the events in file order, on the calling thread
     * @return how many events were read
     * @throws InvalidInputException at the first bad line
     * @throws java.util.concurrent.CancellationException when the calling thread is interrupted
     */
    public static long readAhead(Path file, CaseCategories categories, ZoneId zone, Consumer<? super CaseEvent> sink) {
        requireNonNull(file, "file");
        requireNonNull(categories, "categories");
        requireNonNull(zone, "zone");
        requireNonNull(sink, "sink");
        return ReadAhead.run(s -> read(file, categories, zone, null, s), sink);
    }

    /**
     * Reads all events of a file into a list (for files that fit in memory).
     *
     * @param file the file
     * @param categories the known categories
     * @param zone the zone of times given without an offset
     * @return the events in file order
     */
    public static List<CaseEvent> readAll(Path file, CaseCategories categories, ZoneId zone) {
        List<CaseEvent> out = new ArrayList<>();
        read(file, categories, zone, out::add);
        return out;
    }

    /**
     * Reads events from a stream, plain or gzip-compressed.
     *
     * @param in the stream (not closed)
     * @param name the name used in messages
     * @param categories the known categories
     * @param zone the zone of times given without an offset
     * @param sink receives the events in order
     * @return how many events were read
     * @throws InvalidInputException at the first bad line
     */
    public static long read(InputStream in, String name, CaseCategories categories, ZoneId zone,
            Consumer<? super CaseEvent> sink) {
        requireNonNull(in, "in");
        requireNonNull(name, "name");
        requireNonNull(categories, "categories");
        requireNonNull(zone, "zone");
        requireNonNull(sink, "sink");
        return read(in, name, categories, zone, null, false, (e, number) -> sink.accept(e));
    }

    /**
     * Reads a file into a replay on a second thread (预读回放), as
     * {@link #readAhead(Path, CaseCategories, ZoneId, Consumer) readAhead} with {@code replay::accept} does,
     * with the same events, findings, statistics and errors, but faster: the reading thread also numbers
     * the case ids, so the replay finds each event's case by its number instead of its id, and hands lines of
     * the usual shape over as rows of primitive columns ({@code EventColumns}) rather than event objects. The replay may
     * have taken events before and may take more after (several files, in time order).
     *
     * @param file the file
     * @param categories the known categories (a report of another category is an error)
     * @param zone the zone of times given without an offset
     * @param replay the replay, which takes the events on the calling thread
     * @return how many events were read
     * @throws InvalidInputException at the first bad line
     * @throws IllegalStateException when the replay has finished
     */
    public static long readAhead(Path file, CaseCategories categories, ZoneId zone, CaseReplay replay) {
        requireNonNull(file, "file");
        requireNonNull(categories, "categories");
        requireNonNull(zone, "zone");
        requireNonNull(replay, "replay");
        CaseNumbers numbers = replay.numbers();
        return ReadAhead.run(s -> read(file, categories, zone, numbers, s), numbers, replay.target());
    }

    /**
     * Reads a stream (plain) with the strict general reader alone, without the fast path for usual lines:
     * the reference that the fast path must agree with (tests).
     */
    static long readGeneral(InputStream in, String name, CaseCategories categories, ZoneId zone,
            Consumer<CaseEvent> sink) {
        try {
            return new Parser(name, categories, zone, null).general(JsonTree.utf8(in), 0, sink);
        } catch (IOException e) {
            throw JsonTree.unreadable(e, name);
        }
    }

    private static long read(Path file, CaseCategories categories, ZoneId zone, CaseNumbers numbers,
            ReadAhead.Sink sink) {
        String name = file.toString();
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, name, categories, zone, numbers, true, sink);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(InputLocation.ofFile(name), CaseMessages.text("read.noFile"));
        } catch (IOException e) {
            throw JsonTree.unreadable(e, name);
        }
    }

    /** Reads a stream, plain or gzip, numbering its case ids for a read ahead's sink (tests). */
    static long readNumbered(InputStream in, String name, CaseCategories categories, ZoneId zone, CaseNumbers numbers,
            ReadAhead.Sink sink) {
        return read(in, name, categories, zone, numbers, false, sink);
    }

    /** Reads a stream; {@code ahead}: on a reading thread of a read ahead, which inflates on a third. */
    private static long read(InputStream in, String name, CaseCategories categories, ZoneId zone, CaseNumbers numbers,
            boolean ahead, ReadAhead.Sink sink) {
        InflateAhead inflating = null;
        try {
            InputStream b = new BufferedInputStream(in, 1 << 16);
            b.mark(2);
            int b0 = b.read();
            int b1 = b.read();
            b.reset();
            if (b0 == 0x1f && b1 == 0x8b) {
                b = new GZIPInputStream(b, 1 << 16);
                if (ahead) {
                    b = inflating = new InflateAhead(b);
                }
            }
            return new Parser(name, categories, zone, numbers).lines(b, sink);
        } catch (IOException e) {
            throw JsonTree.unreadable(e, name);
        } finally {
            if (inflating != null) {
                inflating.close();
            }
        }
    }

    /**
     * One read: the parser state and the fields of the current line. Lines of the usual shape are read
     * straight from their bytes ({@link #quick}); any other line goes to the strict general reader (Jackson
     * over a strict UTF-8 decoder), alone when it is one line, else with the rest of the file, so that
     * every error is the general reader's, at the same line and column.
     */
    private static final class Parser {
        /** A line longer than this (bytes) goes to the general reader with the rest of the file. */
        private static final int MAX_LINE = 1 << 16;

        private final String name;
        private final CaseCategories categories;
        private final ZoneId zone;
        /** The replay's numbering of case ids, or null when the read numbers none. */
        private final CaseNumbers numbers;
        private final String[] text = new String[FIELDS.length];
        private final JsonToken[] token = new JsonToken[FIELDS.length];
        private final int[] column = new int[FIELDS.length];
        private final boolean[] seen = new boolean[FIELDS.length];
        /**
         * Per field of the line {@link #quick} reads whose bit is set in {@link #interned}, the {@link Interner} index
         * of its value (other entries are stale).
         */
        private final int[] ref = new int[FIELDS.length];
        /** The fields present on the line {@link #quick} reads, one bit each. */
        private int present;
        /**
         * Of the fields present, those whose value is a stored string of {@link #names} ({@link #ref}), or for
         * {@code at} a time parsed ({@link #PARSED}): {@link #quick} stores no reference for them. The collector's
         * write barrier makes each reference stored into this long-lived parser cost a memory fence, and a usual
         * line would store a dozen; {@link #text(int)} reads them, {@link #materialize} fills {@link #text} and
         * {@link #token} for the general event builder.
         */
        private int interned;
        /** Of the fields present, those whose value is a number, and of those the ones with a fraction or exponent. */
        private int numeric;
        private int floating;
        /** The interner index of the default source, {@code worker}, once looked up (-2 before). */
        private int workerRef = -2;
        /** The current line as the general reader counts (from where it started), or the line of {@link #quick}. */
        private long line;
        /** The lines before the general reader's start: added to its lines. */
        private long offset;
        private int objectColumn;
        private final byte[] lastDate = new byte[10];
        private long lastEpochDay = Long.MIN_VALUE;
        private final byte[] scratch = new byte[25];
        /** The current line's time (epoch second) when it was read without a string, else {@link #NO_SECOND}. */
        private long parsedSecond = NO_SECOND;
        /** Where a line's usual event goes as a row of columns; null when the read makes event objects. */
        private EventColumns columns;
        private final Interner names = new Interner();
        /** A report's grid: looked up by its number first, else in {@link #names}. */
        private final GridNames grids = new GridNames(names);
        /** Whether the last line {@link #quick} saw was blank. */
        private boolean blank;
        /** The number {@link #quick} found for the line's case id, or -1. */
        private int found;
        /** The event of a line read alone by the general reader. */
        private CaseEvent captured;

        Parser(String name, CaseCategories categories, ZoneId zone, CaseNumbers numbers) {
            this.name = name;
            this.categories = categories;
            this.zone = zone;
            this.numbers = numbers;
            scratchRow.interner = names;
        }

        /** Reads the lines of a stream: the usual ones quickly, the rest through the general reader. */
        long lines(InputStream in, ReadAhead.Sink sink) throws IOException {
            byte[] buf = new byte[1 << 16];
            int pos = 0;
            int end = 0;
            boolean eof = false;
            long n = 0;
            long lineNo = 0;
            int scanned = 0;
            while (true) {
                int nl = Bytes.newline(buf, Math.max(pos, scanned), end);
                if (nl < 0) {
                    scanned = end;
                    if (!eof) {
                        if (end - pos >= MAX_LINE) {
                            return n + rest(buf, pos, end, in, lineNo, sink);
                        }
                        if (pos > 0) {
                            System.arraycopy(buf, pos, buf, 0, end - pos);
                            end -= pos;
                            scanned -= pos;
                            pos = 0;
                        }
                        if (end == buf.length) {
                            buf = Arrays.copyOf(buf, buf.length * 2);
                        }
                        int r = in.read(buf, end, buf.length - end);
                        if (r < 0) {
                            eof = true;
                        } else {
                            end += r;
                        }
                        continue;
                    }
                    if (pos == end) {
                        return n;
                    }
                    nl = end;
                }
                lineNo++;
                int stop = nl < end ? nl + 1 : end;
                int to = nl < end && nl > pos && buf[nl - 1] == '\r' ? nl - 1 : nl;
                EventColumns c = sink.columns();
                // stored only when they change: a reference stored costs the collector's write barrier
                if (c != columns) {
                    columns = c;
                }
                if (c != null && c.interner != names) {
                    c.interner = names;
                }
                CaseEvent e = quick(buf, pos, to, lineNo);
                if (e == COLUMNED) {
                    sink.commit(found >= 0 ? numbers.stamp(found)
                            : casePacked ? numbers.number(buf, caseFrom, caseLength) : numbered(text[CASE]));
                    n++;
                } else if (e != null) {
                    sink.accept(e, found >= 0 ? numbers.stamp(found) : numbered(e));
                    n++;
                } else if (!blank) {
                    if (bareReturn(buf, pos, stop)) {
                        return n + rest(buf, pos, end, in, lineNo - 1, sink);
                    }
                    CaseEvent one;
                    try {
                        one = alone(buf, pos, stop, lineNo);
                    } catch (InvalidInputException x) {
                        // read it again with what follows, as a read of the whole file would
                        return n + rest(buf, pos, end, in, lineNo - 1, sink);
                    }
                    if (one != null) {
                        sink.accept(one, numbered(one));
                        n++;
                    }
                }
                pos = stop;
            }
        }

        private int numbered(CaseEvent e) {
            return numbered(e.caseId());
        }

        private int numbered(String id) {
            return numbers == null ? -1 : numbers.number(id);
        }

        /** {@return whether a line holds a carriage return other than one right before its line feed} */
        private static boolean bareReturn(byte[] b, int from, int to) {
            for (int i = from; i < to; i++) {
                if (b[i] == '\r' && (i + 1 >= to || b[i + 1] != '\n')) {
                    return true;
                }
            }
            return false;
        }

        /** Reads one line with the general reader; {@return its event, or null for none} */
        private CaseEvent alone(byte[] b, int from, int to, long lineNo) throws IOException {
            java.io.Reader r = lineNo > 1 && utf8(b, from, to)
                    ? new java.io.StringReader(new String(b, from, to - from, StandardCharsets.UTF_8))
                    : JsonTree.utf8(new ByteArrayInputStream(b, from, to - from));
            captured = null;
            general(r, lineNo - 1, e -> captured = e);
            return captured;
        }

        /** Reads the rest of the input, from a line on, with the general reader. */
        private long rest(byte[] buf, int from, int end, InputStream in, long linesBefore, ReadAhead.Sink sink)
                throws IOException {
            InputStream rest = new SequenceInputStream(new ByteArrayInputStream(Arrays.copyOfRange(buf, from, end)), in);
            return general(JsonTree.utf8(rest), linesBefore, e -> sink.accept(e, numbered(e)));
        }

        /** {@return whether the bytes are valid UTF-8} */
        private static boolean utf8(byte[] b, int from, int to) {
            for (int i = from; i < to; ) {
                if (b[i] >= 0) {
                    i++;
                } else {
                    int n = sequence(b, i, to);
                    if (n < 0) {
                        return false;
                    }
                    i += n;
                }
            }
            return true;
        }

        /** {@return the length of the valid multi-byte UTF-8 sequence at {@code i}, or -1} */
        private static int sequence(byte[] b, int i, int to) {
            int c = b[i] & 0xFF;
            if (c >= 0xC2 && c <= 0xDF) {
                return i + 1 < to && (b[i + 1] & 0xC0) == 0x80 ? 2 : -1;
            }
            if (c >= 0xE0 && c <= 0xEF) {
                if (i + 2 >= to) {
                    return -1;
                }
                int c1 = b[i + 1] & 0xFF;
                int lo = c == 0xE0 ? 0xA0 : 0x80;
                int hi = c == 0xED ? 0x9F : 0xBF;
                return c1 >= lo && c1 <= hi && (b[i + 2] & 0xC0) == 0x80 ? 3 : -1;
            }
            if (c >= 0xF0 && c <= 0xF4) {
                if (i + 3 >= to) {
                    return -1;
                }
                int c1 = b[i + 1] & 0xFF;
                int lo = c == 0xF0 ? 0x90 : 0x80;
                int hi = c == 0xF4 ? 0x8F : 0xBF;
                return c1 >= lo && c1 <= hi && (b[i + 2] & 0xC0) == 0x80 && (b[i + 3] & 0xC0) == 0x80 ? 4 : -1;
            }
            return -1;
        }

        private static int ws(byte[] b, int i, int to) {
            while (i < to && (b[i] == ' ' || b[i] == '\t')) {
                i++;
            }
            return i;
        }

        /**
         * Reads a line of the usual shape straight from its bytes: one object of known keys, each once, with
         * plain strings (valid UTF-8, no escapes) and plain numbers, that makes a valid event.
         *
         * @return the event, or null when the line is blank ({@link #blank}) or anything is unusual (then the
         *     general reader reads it and says what is wrong, if anything)
         */
        CaseEvent quick(byte[] b, int from, int to, long lineNo) {
            blank = false;
            found = -1;
            casePacked = false;
            int i = ws(b, from, to);
            if (i == to) {
                blank = true;
                return null;
            }
            if (b[i] != '{') {
                return null;
            }
            // text, token and ref keep the last line's values: only the fields of present count below
            present = 0;
            interned = 0;
            numeric = 0;
            floating = 0;
            parsedSecond = NO_SECOND;
            i = ws(b, i + 1, to);
            while (true) {
                if (i >= to || b[i] != '"') {
                    return null;
                }
                int k = i + 1;
                int ke = k;
                if (k + 8 <= to) {
                    // a key of up to seven bytes ends within one word: its quote is the first special byte
                    int q = Bytes.firstSpecial(Bytes.word(b, k));
                    ke = k + q;
                    if (q < 8 && b[ke] != '"') {
                        return null;
                    }
                }
                while (ke < to && b[ke] != '"') {
                    if (b[ke] == '\\' || b[ke] < 0x20) {
                        return null;
                    }
                    ke++;
                }
                if (ke >= to) {
                    return null;
                }
                int f = field(b, k, ke - k);
                if (f < 0 || (present & 1 << f) != 0) {
                    return null;
                }
                present |= 1 << f;
                i = ke + 1;
                if (i + 2 < to && b[i] == ':' && b[i + 1] == ' ' && b[i + 2] > ' ') {
                    i += 2;   // the usual ": " and no more space
                } else {
                    i = ws(b, i, to);
                    if (i >= to || b[i] != ':') {
                        return null;
                    }
                    i = ws(b, i + 1, to);
                    if (i >= to) {
                        return null;
                    }
                }
                if (b[i] == '"') {
                    int s = i + 1;
                    int e = s;
                    boolean ascii = true;
                    while (true) {
                        if (e + 8 <= to) {
                            // plain bytes skipped a word at a time, then straight to the first special one
                            int q = Bytes.firstSpecial(Bytes.word(b, e));
                            e += q;
                            if (q == 8) {
                                continue;
                            }
                        }
                        if (e >= to || b[e] == '"') {
                            break;
                        }
                        int c = b[e];
                        if (c == '\\' || c >= 0 && c < 0x20) {
                            return null;
                        }
                        if (c < 0) {
                            int len = sequence(b, e, to);
                            if (len < 0) {
                                return null;
                            }
                            ascii = false;
                            e += len;
                        } else {
                            e++;
                        }
                    }
                    if (e >= to) {
                        return null;
                    }
                    string(f, b, s, e - s, ascii);
                    i = e + 1;
                } else if (f == LON || f == LAT || f == DAYS) {
                    int e = numberEnd(b, i, to);
                    if (e < 0) {
                        return null;
                    }
                    text[f] = new String(b, i, e - i, StandardCharsets.ISO_8859_1);
                    numeric |= 1 << f;
                    if (numberIsFloat) {
                        floating |= 1 << f;
                    }
                    i = e;
                } else {
                    return null;
                }
                if (i + 2 < to && b[i] == ',' && b[i + 1] == ' ' && b[i + 2] == '"') {
                    i += 2;   // the usual ", " before the next key
                    continue;
                }
                i = ws(b, i, to);
                if (i >= to) {
                    return null;
                }
                if (b[i] == ',') {
                    i = ws(b, i + 1, to);
                    continue;
                }
                if (b[i] != '}' || ws(b, i + 1, to) != to) {
                    return null;
                }
                break;
            }
            line = lineNo;
            offset = 0;
            CaseEvent usual = usual();
            if (usual != null) {
                return usual;
            }
            materialize(b);
            try {
                return event();
            } catch (InvalidInputException e) {
                return null;
            }
        }

        /** {@link Interner} facts: the value is blank (bit set) or not, once known. */
        private static final int KNOWN_BLANK = 1;
        private static final int BLANK = 2;
        /** {@link Interner} facts: the value as a type is known, and its index in TYPES (bits 4–8). */
        private static final int KNOWN_TYPE = 4;
        private static final int TYPE_SHIFT = 4;
        /** {@link Interner} facts: the value as a category is known, and whether the categories hold it. */
        private static final int KNOWN_CATEGORY = 1 << 10;
        private static final int IS_CATEGORY = 1 << 11;
        /** The fields each type allows besides case, at, type, by, note, as bits. */
        private static final int[] ALLOWED = new int[EXTRA.length];
        /** The fields {@link #usual} makes events of: case, at, type and those of {@link #usual}'s types. */
        private static final int USUAL_FIELDS = 1 << CASE | 1 << AT | 1 << TYPE | 1 << CATEGORY | 1 << SOURCE
                | 1 << GRID | 1 << TO | 1 << RESULT;

        static {
            for (int t = 0; t < EXTRA.length; t++) {
                for (int f : EXTRA[t]) {
                    ALLOWED[t] |= 1 << f;
                }
            }
        }

        /** {@return the facts of a value the line's field has from the interner, found out now if need be} */
        private int facts(int f) {
            int k = ref[f];
            int x = names.facts(k);
            if ((x & KNOWN_BLANK) == 0) {
                x |= KNOWN_BLANK | (text(f).isBlank() ? BLANK : 0);
                names.facts(k, x);
            }
            return x;
        }

        /** {@return whether the line's field has an interned value that is not blank} */
        private boolean plain(int f) {
            return (interned & 1 << f) != 0 && (facts(f) & BLANK) == 0;
        }

        /** {@return the text of a string field present on the line {@link #quick} reads} */
        private String text(int f) {
            return (interned & 1 << f) == 0 ? text[f] : f == AT ? PARSED : names.string(ref[f]);
        }

        /**
         * Fills {@link #text} and {@link #token} with the fields of the line {@link #quick} read (in {@code b}), as the
         * general reader's {@link #run} does, for {@link #event()}.
         */
        private void materialize(byte[] b) {
            for (int f = 0; f < FIELDS.length; f++) {
                if ((present & 1 << f) == 0) {
                    token[f] = null;
                    text[f] = null;
                } else if ((numeric & 1 << f) != 0) {
                    token[f] = (floating & 1 << f) != 0 ? JsonToken.VALUE_NUMBER_FLOAT : JsonToken.VALUE_NUMBER_INT;
                } else {
                    token[f] = JsonToken.VALUE_STRING;
                    text[f] = f == CASE && casePacked ? decode(b, caseFrom, caseLength, true) : text(f);
                }
            }
        }

        /**
         * The usual events of a line read by {@link #quick}, built from what the interner knows of its values
         * (blank or not, which type, whether a known category): the same event as {@link #event()} makes, or
         * null for any other line (then {@link #event()} builds it or says what is wrong).
         */
        private CaseEvent usual() {
            if ((present & ~USUAL_FIELDS) != 0 || parsedSecond == NO_SECOND || !plain(TYPE)
                    || (present & 1 << CASE) == 0 || caseBlank) {
                return null;
            }
            int x = facts(TYPE);
            if ((x & KNOWN_TYPE) == 0) {
                x |= KNOWN_TYPE | (TYPES.indexOf(text(TYPE)) + 1) << TYPE_SHIFT;
                names.facts(ref[TYPE], x);
            }
            int ti = (x >>> TYPE_SHIFT & 0x1F) - 1;
            if (ti < 0 || (present & ~0x1F & ~ALLOWED[ti]) != 0) {
                return null;
            }
            switch (ti) {
                case EventColumns.REPORTED: {
                    boolean sourced = (present & 1 << SOURCE) != 0;
                    if (!plain(CATEGORY) || !plain(GRID) || sourced && !plain(SOURCE)) {
                        return null;
                    }
                    int c = facts(CATEGORY);
                    if ((c & KNOWN_CATEGORY) == 0) {
                        c |= KNOWN_CATEGORY | (categories.contains(text(CATEGORY)) ? IS_CATEGORY : 0);
                        names.facts(ref[CATEGORY], c);
                    }
                    if ((c & IS_CATEGORY) == 0) {
                        return null;
                    }
                    // by interner index only (the strings stay in the interner): no reference stored in the row
                    row(ti).report(text(CATEGORY), ref[CATEGORY], sourced ? text(SOURCE) : DEFAULT_SOURCE,
                            sourced ? ref[SOURCE] : workerRef(), text(GRID), ref[GRID]);
                    break;
                }
                case EventColumns.DISPATCHED:
                    if (!plain(TO)) {
                        return null;
                    }
                    row(ti).unit(text(TO), ref[TO]);
                    break;
                case EventColumns.VERIFIED: {
                    String result = (present & 1 << RESULT) != 0 ? text(RESULT) : null;
                    if (result == null || !result.equals("pass") && !result.equals("fail")) {
                        return null;
                    }
                    row(ti).pass(result.equals("pass"));
                    break;
                }
                case EventColumns.ACCEPTED:
                case EventColumns.HANDLED:
                case EventColumns.CLOSED:
                case EventColumns.RESUMED:
                case EventColumns.SUPERVISED:
                    row(ti);
                    break;
                default:
                    return null;
            }
            if (columns != null) {
                return COLUMNED;
            }
            CaseEvent e = scratchRow.event(0);
            return e;
        }

        /** One row to build a usual event in when the read makes objects. */
        private final EventColumns scratchRow = new EventColumns(1);

        /** {@return the columns the line's usual event goes to, its common columns written} */
        private EventColumns row(int type) {
            EventColumns c = columns != null ? columns : scratchRow;
            if (c == scratchRow) {
                c.n = 0;
            }
            c.row((byte) type, casePacked ? null : text[CASE], caseLow, caseHigh, caseLength, lineNo(), parsedSecond);
            return c;
        }

        /** The source of a report that names none. */
        private static final String DEFAULT_SOURCE = "worker";

        /** {@return the interner index of {@link #DEFAULT_SOURCE}, -1 when the interner holds none} */
        private int workerRef() {
            if (workerRef == -2) {
                byte[] w = DEFAULT_SOURCE.getBytes(StandardCharsets.US_ASCII);
                names.intern(w, 0, w.length);
                workerRef = names.last();
            }
            return workerRef;
        }

        /** Whether the case id of the line {@link #quick} reads is blank (as {@link String#isBlank()} says). */
        private boolean caseBlank;
        /**
         * Whether that id is ASCII of at most 16 bytes: then it is packed in {@link #caseLow} and {@link #caseHigh}
         * ({@link Bytes#packed}) and its text is null until needed; at {@link #caseFrom} of the line's buffer.
         */
        private boolean casePacked;
        private long caseLow;
        private long caseHigh;
        private int caseFrom;
        private int caseLength;

        /** {@return whether ASCII bytes without control characters are all spaces: blank} */
        private static boolean spaces(byte[] b, int s, int len) {
            for (int i = s; i < s + len; i++) {
                if (b[i] != ' ') {
                    return false;
                }
            }
            return true;
        }

        private long lineNo() {
            return line + offset;
        }

        /** The keys packed as {@link Bytes#packed} packs them (each at most eight bytes). */
        private static final long[] PACKED_FIELDS = new long[FIELDS.length];

        static {
            for (int f = 0; f < FIELDS.length; f++) {
                byte[] key = FIELDS[f].getBytes(StandardCharsets.US_ASCII);
                PACKED_FIELDS[f] = Bytes.packed(key, 0, key.length, 0);
            }
        }

        /** Whether the number {@link #numberEnd(byte[], int, int)} read last had a fraction or an exponent. */
        private boolean numberIsFloat;

        /** {@return the end of a JSON number starting at {@code i}, or -1 when there is none} */
        private int numberEnd(byte[] b, int i, int to) {
            int j = i;
            if (b[j] == '-') {
                j++;
            }
            if (j >= to) {
                return -1;
            }
            if (b[j] == '0') {
                j++;
            } else if (b[j] >= '1' && b[j] <= '9') {
                j = digits(b, j, to);
            } else {
                return -1;
            }
            numberIsFloat = false;
            if (j < to && b[j] == '.') {
                int d = j + 1;
                j = digits(b, d, to);
                if (j == d) {
                    return -1;
                }
                numberIsFloat = true;
            }
            if (j < to && (b[j] == 'e' || b[j] == 'E')) {
                j++;
                if (j < to && (b[j] == '+' || b[j] == '-')) {
                    j++;
                }
                int d = j;
                j = digits(b, d, to);
                if (j == d) {
                    return -1;
                }
                numberIsFloat = true;
            }
            return j - i > 100 ? -1 : j;
        }

        private static int digits(byte[] b, int j, int to) {
            while (j < to && b[j] >= '0' && b[j] <= '9') {
                j++;
            }
            return j;
        }

        /** Takes a plain string value as the general reader's {@link #value} would. */
        private void string(int f, byte[] b, int s, int len, boolean ascii) {
            if (f == CASE) {
                if (numbers != null && ascii) {
                    found = numbers.find(b, s, len);
                }
                casePacked = ascii && len <= 16;
                caseFrom = s;
                caseLength = len;
                if (casePacked) {
                    // no string: the row carries the id packed, the numbering keeps it packed, and a string is
                    // made only for a finding, a view or an unusual line (5 M reports make no 5 M strings)
                    caseLow = Bytes.packed(b, s, len, 0);
                    caseHigh = Bytes.packed(b, s, len, 1);
                    caseBlank = spaces(b, s, len);
                } else {
                    String v = found >= 0 ? numbers.name(found) : decode(b, s, len, ascii);
                    caseBlank = found >= 0 ? spaces(b, s, len) : v.isBlank();
                    text[CASE] = v;
                }
                return;
            }
            String v;
            int r;
            if (f == AT) {
                parsedSecond = ascii ? time(b, s, len) : NO_SECOND;
                if (parsedSecond != NO_SECOND) {
                    interned |= 1 << AT;
                    return;
                }
                v = decode(b, s, len, ascii);
                r = -1;
            } else if (f == REASON || f == UNTIL || !ascii) {
                v = decode(b, s, len, ascii);
                r = -1;
            } else if (f == GRID) {
                v = grids.intern(b, s, len);
                r = grids.last();
            } else {
                v = names.intern(b, s, len);
                r = names.last();
            }
            if (r >= 0) {
                ref[f] = r;
                interned |= 1 << f;
            } else {
                text[f] = v;
            }
        }

        private static String decode(byte[] b, int s, int len, boolean ascii) {
            return new String(b, s, len, ascii ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
        }

        /** {@return the field of a key given as ASCII bytes, or -1} */
        private static int field(byte[] b, int k, int len) {
            int f;
            switch (len) {
                case 2:
                    f = b[k] == 'a' ? AT : b[k] == 'b' ? BY : TO;
                    break;
                case 3:
                    f = b[k + 2] == 'n' ? LON : LAT;
                    break;
                case 4:
                    f = b[k] == 'c' ? CASE : b[k] == 't' ? TYPE : b[k] == 'n' ? NOTE : b[k] == 'g' ? GRID : DAYS;
                    break;
                case 5:
                    f = UNTIL;
                    break;
                case 6:
                    f = b[k] == 's' ? SOURCE : b[k + 2] == 's' ? RESULT : REASON;
                    break;
                case 8:
                    f = CATEGORY;
                    break;
                default:
                    return -1;
            }
            return Bytes.packed(b, k, len, 0) == PACKED_FIELDS[f] ? f : -1;
        }

        /**
         * Reads with the general reader (Jackson over a strict UTF-8 decoder), its lines counted after
         * {@code linesBefore}.
         */
        private long general(java.io.Reader r, long linesBefore, Consumer<CaseEvent> out) throws IOException {
            offset = linesBefore;
            try {
                return run(r, out);
            } finally {
                offset = 0;
            }
        }

        /** {@return the exception with its line counted from the start of the file} */
        private InvalidInputException shifted(InvalidInputException x) {
            InputLocation l = x.location();
            if (offset == 0 || l.line().isEmpty()) {
                return x;
            }
            return new InvalidInputException(l.at(l.line().getAsLong() + offset, l.column().orElse(0)), x.problem(),
                    x.getCause());
        }

        long run(java.io.Reader reader, Consumer<CaseEvent> sink) throws IOException {
            long n = 0;
            long previous = 0;
            boolean inObject = false;
            // a strict decoder, not the byte parser's own UTF-8 check, which lets overlong sequences (C0 80)
            // through; a key given twice is found below per field, which costs less than the parser's set
            try (JsonParser p = JsonTree.STREAMING.createParser(reader)) {
                p.disable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
                JsonToken t;
                while ((t = p.nextToken()) != null) {
                    line = tokenLine(p);
                    objectColumn = tokenColumn(p);
                    parsedSecond = NO_SECOND;
                    java.util.Arrays.fill(text, null);
                    java.util.Arrays.fill(token, null);
                    java.util.Arrays.fill(seen, false);
                    java.util.Arrays.fill(column, 0);   // a field missing here is not located at the last line's
                    if (t != JsonToken.START_OBJECT) {
                        throw error(-1, CaseMessages.text("read.notObject", shown(p, t)));
                    }
                    if (line == previous) {
                        throw error(-1, CaseMessages.text("read.twoPerLine"));
                    }
                    previous = line;
                    inObject = true;
                    while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
                        String key = p.currentName();
                        int f = field(key);
                        t = p.nextToken();
                        if (f < 0) {
                            JsonLocation vl = p.currentTokenLocation();
                            column[0] = vl.getColumnNr();
                            throw located(vl, key, CaseMessages.text("read.unknownKey", JsonTree.quoted(key),
                                    String.join(", ", FIELDS)));
                        }
                        column[f] = tokenColumn(p);
                        if (token[f] != null || seen[f]) {
                            throw error(f, CaseMessages.text("read.duplicateKey", JsonTree.quoted(key)));
                        }
                        seen[f] = true;
                        if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                            throw error(f, CaseMessages.text("read.scalar", t == JsonToken.START_OBJECT ? "{…}" : "[…]"));
                        }
                        token[f] = t == JsonToken.VALUE_NULL ? null : t;
                        text[f] = t == JsonToken.VALUE_NULL ? null : value(p, f, t);
                    }
                    if (tokenLine(p) != line) {
                        throw error(-1, CaseMessages.text("read.multiLine"));
                    }
                    inObject = false;
                    sink.accept(event());
                    n++;
                }
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                InvalidInputException bad = JsonTree.unreadable(e, name);
                if (inObject && bad.location().line().orElse(line) != line) {
                    // JSON Lines: an event left unfinished is the fault of the line it started on
                    throw new InvalidInputException(InputLocation.ofFile(name).at(line + offset, objectColumn),
                            CaseMessages.text("read.unfinished", bad.problem()), e);
                }
                throw shifted(bad);
            } catch (IOException e) {
                throw shifted(JsonTree.unreadable(e, name));
            }
            return n;
        }

        /**
         * {@return the text of a value: repeated values (type, category, source, grid, unit, who, result) as
         * one shared string each, read from the parser's characters; a time in the usual form parsed
         * there without a string}
         */
        private String value(JsonParser p, int f, JsonToken t) throws IOException {
            if (t != JsonToken.VALUE_STRING || f == CASE || f == REASON || f == UNTIL) {
                String s = p.getText();
                return s;
            }
            char[] chars = p.getTextCharacters();
            int offset = p.getTextOffset();
            int length = p.getTextLength();
            if (f == AT) {
                parsedSecond = time(chars, offset, length);
                if (parsedSecond != NO_SECOND) {
                    return PARSED;
                }
                return new String(chars, offset, length);
            }
            return names.intern(chars, offset, length);
        }

        /** {@return the 1-based line of the current token} */
        private static long tokenLine(JsonParser p) {
            return p instanceof ParserBase b ? b.getTokenLineNr() : p.currentTokenLocation().getLineNr();
        }

        /** {@return the 1-based column of the current token, without allocating a location} */
        private static int tokenColumn(JsonParser p) {
            // ParserBase counts one more than the location does (checked by the reader's tests)
            return p instanceof ParserBase b ? b.getTokenColumnNr() - 1 : p.currentTokenLocation().getColumnNr();
        }

        private static String shown(JsonParser p, JsonToken t) throws IOException {
            return t == JsonToken.START_ARRAY ? "[…]" : t.isScalarValue() ? JsonTree.quoted(p.getText()) : t.asString();
        }

        private static int field(String key) {
            switch (key) {
                case "case": return CASE;
                case "at": return AT;
                case "type": return TYPE;
                case "by": return BY;
                case "note": return NOTE;
                case "category": return CATEGORY;
                case "source": return SOURCE;
                case "grid": return GRID;
                case "lon": return LON;
                case "lat": return LAT;
                case "to": return TO;
                case "result": return RESULT;
                case "until": return UNTIL;
                case "days": return DAYS;
                case "reason": return REASON;
                default: return -1;
            }
        }

        private CaseEvent event() {
            String id = required(CASE);
            String type = required(TYPE);
            int ti = TYPES.indexOf(type);
            if (ti < 0) {
                throw error(TYPE, CaseMessages.text("read.type", JsonTree.quoted(type), String.join(", ", TYPES)));
            }
            for (int f = 5; f < FIELDS.length; f++) {
                if (token[f] != null && !allowed(ti, f)) {
                    throw error(f, CaseMessages.text("read.keyForType", JsonTree.quoted(FIELDS[f]), type));
                }
            }
            Instant at = time(AT, required(AT));
            Optional<String> by = optional(BY);
            long l = line + offset;
            switch (type) {
                case "reported": {
                    String category = required(CATEGORY);
                    if (!categories.contains(category)) {
                        throw error(CATEGORY, CaseMessages.text("read.category", JsonTree.quoted(category)));
                    }
                    Optional<String> grid = optional(GRID);
                    Optional<CasePoint> point = Optional.empty();
                    if (token[LON] != null || token[LAT] != null) {
                        double lon = number(LON);
                        double lat = number(LAT);
                        try {
                            point = Optional.of(new CasePoint(lon, lat));
                        } catch (IllegalArgumentException e) {
                            throw error(LON, CaseMessages.text("read.point", lon, lat));
                        }
                    }
                    if (grid.isEmpty() && point.isEmpty()) {
                        throw error(GRID, CaseMessages.text("read.place"));
                    }
                    return new CaseEvent.Reported(id, at, l, by, category, optional(SOURCE).orElse("worker"), grid, point);
                }
                case "accepted":
                    return new CaseEvent.Accepted(id, at, l, by);
                case "rejected":
                    return new CaseEvent.Rejected(id, at, l, by, optional(REASON));
                case "dispatched":
                    return new CaseEvent.Dispatched(id, at, l, by, required(TO));
                case "handled":
                    return new CaseEvent.Handled(id, at, l, by);
                case "verified": {
                    String result = required(RESULT);
                    if (!result.equals("pass") && !result.equals("fail")) {
                        throw error(RESULT, CaseMessages.text("read.result", JsonTree.quoted(result)));
                    }
                    return new CaseEvent.Verified(id, at, l, by, result.equals("pass"));
                }
                case "closed":
                    return new CaseEvent.Closed(id, at, l, by);
                case "postponed": {
                    if ((token[UNTIL] == null) == (token[DAYS] == null)) {
                        throw error(token[UNTIL] == null ? -1 : DAYS, CaseMessages.text("read.postponed"));
                    }
                    if (token[UNTIL] != null) {
                        return new CaseEvent.Postponed(id, at, l, by, Optional.of(time(UNTIL, required(UNTIL))),
                                OptionalInt.empty());
                    }
                    if (token[DAYS] != JsonToken.VALUE_NUMBER_INT || text[DAYS].length() > 4
                            || Integer.parseInt(text[DAYS]) < 1) {
                        throw error(DAYS, CaseMessages.text("read.days", JsonTree.quoted(text[DAYS])));
                    }
                    return new CaseEvent.Postponed(id, at, l, by, Optional.empty(),
                            OptionalInt.of(Integer.parseInt(text[DAYS])));
                }
                case "resumed":
                    return new CaseEvent.Resumed(id, at, l, by);
                case "escalated":
                    return new CaseEvent.Escalated(id, at, l, by, optional(TO), optional(REASON));
                case "supervised":
                    return new CaseEvent.Supervised(id, at, l, by);
                case "cancelled":
                    return new CaseEvent.Cancelled(id, at, l, by, optional(REASON));
                default:
                    return new CaseEvent.Reopened(id, at, l, by, optional(REASON));
            }
        }

        private static boolean allowed(int type, int f) {
            for (int x : EXTRA[type]) {
                if (x == f) {
                    return true;
                }
            }
            return false;
        }

        private String required(int f) {
            if (token[f] == null) {
                throw error(f, CaseMessages.text("read.required", JsonTree.quoted(FIELDS[f])));
            }
            if (token[f] != JsonToken.VALUE_STRING || text[f].isBlank()) {
                throw error(f, CaseMessages.text("read.text", JsonTree.quoted(text[f])));
            }
            return text[f];
        }

        private Optional<String> optional(int f) {
            return token[f] == null ? Optional.empty() : Optional.of(required(f));
        }

        private double number(int f) {
            if (token[f] == null) {
                throw error(f, CaseMessages.text("read.required", JsonTree.quoted(FIELDS[f])));
            }
            if (token[f] != JsonToken.VALUE_NUMBER_FLOAT && token[f] != JsonToken.VALUE_NUMBER_INT) {
                throw error(f, CaseMessages.text("read.number", JsonTree.quoted(text[f])));
            }
            return Double.parseDouble(text[f]);
        }

        private Instant time(int f, String s) {
            if (f == AT && parsedSecond != NO_SECOND) {
                return Instant.ofEpochSecond(parsedSecond);
            }
            long fast = time(s.toCharArray(), 0, s.length());
            if (fast != NO_SECOND) {
                return Instant.ofEpochSecond(fast);
            }
            try {
                return OffsetDateTime.parse(s).toInstant();
            } catch (DateTimeParseException e) {
                try {
                    return LocalDateTime.parse(s).atZone(zone).toInstant();
                } catch (DateTimeParseException e2) {
                    throw error(f, CaseMessages.text("read.time", JsonTree.quoted(s)));
                }
            }
        }

        /** {@return the epoch second of {@code yyyy-MM-ddTHH:mm:ss(+hh:mm|Z)} in characters; NO_SECOND for any other form} */
        private long time(char[] c, int o, int n) {
            if (n != 20 && n != 25) {
                return NO_SECOND;
            }
            for (int k = 0; k < n; k++) {
                char x = c[o + k];
                if (x > 127) {
                    return NO_SECOND;
                }
                scratch[k] = (byte) x;
            }
            return time(scratch, 0, n);
        }

        /** {@return the epoch second of {@code yyyy-MM-ddTHH:mm:ss(+hh:mm|Z)} in ASCII bytes; NO_SECOND for any other form} */
        private long time(byte[] c, int o, int n) {
            if (n != 20 && n != 25 || c[o + 4] != '-' || c[o + 7] != '-' || c[o + 10] != 'T'
                    || c[o + 13] != ':' || c[o + 16] != ':') {
                return NO_SECOND;
            }
            int h = digits(c, o + 11);
            int mi = digits(c, o + 14);
            int se = digits(c, o + 17);
            if (h < 0 || h > 23 || mi < 0 || mi > 59 || se < 0 || se > 59) {
                return NO_SECOND;
            }
            int offset;
            if (n == 20) {
                if (c[o + 19] != 'Z') {
                    return NO_SECOND;
                }
                offset = 0;
            } else {
                byte sign = c[o + 19];
                int oh = digits(c, o + 20);
                int om = digits(c, o + 23);
                if (sign != '+' && sign != '-' || c[o + 22] != ':' || oh < 0 || oh > 18 || om < 0 || om > 59) {
                    return NO_SECOND;
                }
                offset = (sign == '-' ? -1 : 1) * (oh * 3600 + om * 60);
            }
            long day;
            if (lastEpochDay != Long.MIN_VALUE && java.util.Arrays.equals(c, o, o + 10, lastDate, 0, 10)) {
                day = lastEpochDay;
            } else {
                int y = digits(c, o) * 100 + digits(c, o + 2);
                int mo = digits(c, o + 5);
                int d = digits(c, o + 8);
                if (digits(c, o) < 0 || digits(c, o + 2) < 0 || mo < 0 || d < 0) {
                    return NO_SECOND;
                }
                try {
                    day = LocalDate.of(y, mo, d).toEpochDay();
                } catch (DateTimeException e) {
                    return NO_SECOND;
                }
                System.arraycopy(c, o, lastDate, 0, 10);
                lastEpochDay = day;
            }
            return day * 86_400 + h * 3600L + mi * 60L + se - offset;
        }

        private static int digits(byte[] c, int i) {
            int a = c[i];
            int b = c[i + 1];
            if (a < '0' || a > '9' || b < '0' || b > '9') {
                return -1;
            }
            return (a - '0') * 10 + (b - '0');
        }

        private InvalidInputException error(int f, LocalizedText problem) {
            InputLocation at = InputLocation.ofFile(name).at(line + offset, f >= 0 && column[f] > 0 ? column[f] : objectColumn);
            if (token[CASE] == JsonToken.VALUE_STRING && text[CASE] != null && !text[CASE].isBlank()) {
                at = at.withRecord("case " + JsonTree.quoted(text[CASE]));
            }
            if (f >= 0) {
                at = at.withField(FIELDS[f]);
            }
            return new InvalidInputException(at, problem);
        }

        private InvalidInputException located(JsonLocation l, String key, LocalizedText problem) {
            InputLocation at = InputLocation.ofFile(name).at(l.getLineNr() + offset, l.getColumnNr()).withField(key);
            if (token[CASE] == JsonToken.VALUE_STRING) {
                at = at.withRecord("case " + JsonTree.quoted(text[CASE]));
            }
            return new InvalidInputException(at, problem);
        }
    }

    /**
     * Writes one event as its JSON line (without the line number).
     *
     * @param e the event
     * @param zone the zone whose offset the times carry
     * @return the line, without a line break
     */
    public static String toJson(CaseEvent e, ZoneId zone) {
        com.fasterxml.jackson.databind.node.ObjectNode o = JsonTree.MAPPER.createObjectNode();
        o.put("case", e.caseId());
        o.put("at", OffsetDateTime.ofInstant(e.at(), zone).toString());
        o.put("type", e.type());
        e.by().ifPresent(b -> o.put("by", b));
        if (e instanceof CaseEvent.Reported r) {
            o.put("category", r.category());
            o.put("source", r.source());
            r.grid().ifPresent(g -> o.put("grid", g));
            r.point().ifPresent(p -> {
                o.put("lon", p.lon());
                o.put("lat", p.lat());
            });
        } else if (e instanceof CaseEvent.Dispatched d) {
            o.put("to", d.to());
        } else if (e instanceof CaseEvent.Verified v) {
            o.put("result", v.pass() ? "pass" : "fail");
        } else if (e instanceof CaseEvent.Postponed p) {
            p.until().ifPresent(u -> o.put("until", OffsetDateTime.ofInstant(u, zone).toString()));
            p.days().ifPresent(d -> o.put("days", d));
        } else if (e instanceof CaseEvent.Escalated x) {
            x.to().ifPresent(t -> o.put("to", t));
            x.reason().ifPresent(t -> o.put("reason", t));
        } else if (e instanceof CaseEvent.Rejected x) {
            x.reason().ifPresent(t -> o.put("reason", t));
        } else if (e instanceof CaseEvent.Cancelled x) {
            x.reason().ifPresent(t -> o.put("reason", t));
        } else if (e instanceof CaseEvent.Reopened x) {
            x.reason().ifPresent(t -> o.put("reason", t));
        }
        try {
            return JsonTree.MAPPER.writer().without(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(o);
        } catch (IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
    }
}

package io.gridgov.cases;

import static io.gridgov.cases.CaseEventsTest.CATS;
import static io.gridgov.cases.CaseEventsTest.CN;
import static org.assertj.core.api.Assertions.assertThat;

import io.gridgov.core.io.InvalidInputException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * The byte-level fast path of {@link CaseEvents} agrees with the strict general reader alone: on generated
 * lines and on lines mutated at random (keys, values, whitespace, escapes, invalid UTF-8, carriage returns,
 * duplicates, truncation), the same events, or the same located error.
 */
class FastPathProperties {

    /** Pieces a mutation inserts: JSON syntax, escapes, other values, non-ASCII and invalid UTF-8 bytes. */
    private static final byte[][] PIECES = {
        b("\""), b("\\"), b("{"), b("}"), b(","), b(":"), b(" "), b("\t"), b("\r"), b("\r\n"), b("\n"), b("0"), b("-"),
        b("1.5e3"), b("null"), b("true"), b("[1]"), b("{}"), b("\\u0061"), b("\\\""), b("中文"), b("𝄞"), b("x"),
        b("\"note\": \"n\", "), b("\"case\": \"C-9\", "), b("\"lon\": 106.7, \"lat\": 26.5, "), b("\"days\": 02"),
        b("\"until\": \"2026-11-20T09:00:00+08:00\", "), b("\"at\": \"2026-11-02T09:00:00\", "),
        b("2026-13-02T09:00:00+08:00"), b("2026-02-30T09:00:00Z"), b("+08:00"), b("Z"),
        new byte[] {(byte) 0xC0, (byte) 0x80}, new byte[] {(byte) 0xFF}, new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
        new byte[] {(byte) 0xE4, (byte) 0xB8}, new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, {0x01},
        {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}};

    private static byte[] b(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** The lines of a generated file: the writer's form, or with spaces as people write it. */
    static List<String> lines(long seed, int cases) {
        Random r = new Random(seed);
        List<String> out = new ArrayList<>();
        for (CaseEvent e : CaseProperties.file(seed, cases)) {
            String line = CaseEvents.toJson(e, CN);
            if (r.nextBoolean()) {
                line = line.replace("\":", "\": ").replace(",\"", ", \"");
            }
            if (r.nextInt(5) == 0) {
                line = line.replace("}", ", \"note\": \"现场 " + r.nextInt(100) + "\"}");
            }
            out.add(line);
        }
        return out;
    }

    /** Mutates one line: up to three insertions, deletions or replacements of pieces. */
    static byte[] mutate(byte[] line, Random r) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        byte[] cur = line;
        int edits = 1 + r.nextInt(3);
        for (int k = 0; k < edits; k++) {
            o.reset();
            int at = cur.length == 0 ? 0 : r.nextInt(cur.length + 1);
            int kind = r.nextInt(4);
            o.write(cur, 0, at);
            if (kind != 1) {
                byte[] p = PIECES[r.nextInt(PIECES.length)];
                o.write(p, 0, p.length);
            }
            int skip = kind == 0 ? 0 : Math.min(cur.length - at, 1 + r.nextInt(kind == 3 ? 12 : 3));
            if (kind == 2 && at > 0 && r.nextBoolean()) {
                skip = cur.length - at;   // truncated
            }
            o.write(cur, at + skip, cur.length - at - skip);
            cur = o.toByteArray();
        }
        return cur;
    }

    /** What a read gives: the events, or the error's location and problem. */
    private record Outcome(List<CaseEvent> events, String error) {
    }

    private static Outcome fast(byte[] file) {
        List<CaseEvent> events = new ArrayList<>();
        try {
            CaseEvents.read(new ByteArrayInputStream(file), "events.jsonl", CATS, CN, events::add);
            return new Outcome(events, null);
        } catch (InvalidInputException e) {
            return new Outcome(null, e.location() + " " + e.problem());
        }
    }

    private static Outcome general(byte[] file) {
        List<CaseEvent> events = new ArrayList<>();
        try {
            CaseEvents.readGeneral(new ByteArrayInputStream(file), "events.jsonl", CATS, CN, events::add);
            return new Outcome(events, null);
        } catch (InvalidInputException e) {
            return new Outcome(null, e.location() + " " + e.problem());
        }
    }

    @Property(tries = 100)
    void generatedFilesReadTheSameEventsOnBothPaths(@ForAll long seed, @ForAll @IntRange(min = 1, max = 20) int cases) {
        byte[] file = b(String.join("\n", lines(seed, cases)) + (seed % 2 == 0 ? "\n" : ""));
        Outcome g = general(file);
        assertThat(g.error()).isNull();
        assertThat(fast(file)).isEqualTo(g);
    }

    @Property(tries = 1000)
    void aMutatedLineGivesTheSameEventsOrTheSameErrorOnBothPaths(@ForAll long seed,
            @ForAll @IntRange(min = 1, max = 6) int cases) {
        Random r = new Random(seed);
        List<String> lines = lines(seed, cases);
        int bad = r.nextInt(lines.size());
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        for (int i = 0; i < lines.size(); i++) {
            byte[] line = b(lines.get(i));
            if (i == bad) {
                line = mutate(line, r);
            }
            o.write(line, 0, line.length);
            o.write(r.nextInt(10) == 0 ? '\r' : '\n');
            if (r.nextInt(10) == 0) {
                o.write('\n');
            }
        }
        byte[] file = o.toByteArray();
        assertThat(fast(file)).isEqualTo(general(file));
    }
}

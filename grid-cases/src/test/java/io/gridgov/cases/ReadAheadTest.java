package io.gridgov.cases;

import static io.gridgov.cases.CaseEventsTest.CATS;
import static io.gridgov.cases.CaseEventsTest.CN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gridgov.core.io.InvalidInputException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link CaseEvents#readAhead}: the same events, errors and counts as a read on one thread. */
class ReadAheadTest {

    @TempDir
    Path dir;

    /** Writes {@code n} cases of two events each (more than two batches), gzip, then {@code tail} lines. */
    private Path file(int n, String tail) throws IOException {
        Path f = dir.resolve("events.jsonl.gz");
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(f));
                Writer w = new java.io.OutputStreamWriter(o, StandardCharsets.UTF_8)) {
            for (int i = 0; i < n; i++) {
                String id = "C-" + i;
                int min = i % 60;
                w.write("{\"case\": \"" + id + "\", \"at\": \"2026-11-02T09:" + (min < 10 ? "0" : "") + min
                        + ":00+08:00\", \"type\": \"reported\", \"category\": \"sanitation.exposed-garbage\", \"grid\": \"g"
                        + (i % 7) + "\"}\n");
                w.write("{\"case\": \"" + id + "\", \"at\": \"2026-11-02T10:00:00+08:00\", \"type\": \"handled\"}\n");
            }
            w.write(tail);
        }
        return f;
    }

    @Test
    void theSameEventsInTheSameOrderAsAReadOnOneThread() throws IOException {
        Path f = file(ReadAhead.BATCH * 2 + 123, "");
        List<CaseEvent> ahead = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        long n = CaseEvents.readAhead(f, CATS, CN, e -> {
            ahead.add(e);
            if (threads.isEmpty()) {
                threads.add(Thread.currentThread());
            }
        });
        List<CaseEvent> direct = CaseEvents.readAll(f, CATS, CN);
        assertThat(n).isEqualTo(direct.size()).isEqualTo(2L * (ReadAhead.BATCH * 2 + 123));
        assertThat(ahead).isEqualTo(direct);
        assertThat(threads).containsExactly(Thread.currentThread());   // the sink runs on the caller
    }

    @Test
    void aBadLineIsTheSameLocatedErrorAfterTheEventsBeforeIt() throws IOException {
        int cases = ReadAhead.BATCH + 5;
        Path f = file(cases, "{\"case\": \"C-x\", \"at\": \"2026-11-02T11:00:00+08:00\", \"type\": \"solved\"}\n");
        List<CaseEvent> got = new ArrayList<>();
        InvalidInputException one = null;
        try {
            CaseEvents.read(f, CATS, CN, e -> { });
        } catch (InvalidInputException e) {
            one = e;
        }
        assertThat(one).isNotNull();
        InvalidInputException expected = one;
        assertThatThrownBy(() -> CaseEvents.readAhead(f, CATS, CN, got::add))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.location()).isEqualTo(expected.location());
                    assertThat(e.location().line()).hasValue(2L * cases + 1);
                    assertThat(e.location().field()).contains("type");
                });
        assertThat(got).hasSize(2 * cases);
    }

    @Test
    void aFailingSinkStopsTheReadAndItsExceptionIsThrownAsItIs() throws IOException {
        Path f = file(ReadAhead.BATCH * 4, "");
        IllegalStateException boom = new IllegalStateException("boom");
        int[] seen = {0};
        assertThatThrownBy(() -> CaseEvents.readAhead(f, CATS, CN, e -> {
            if (++seen[0] == 10) {
                throw boom;
            }
        })).isSameAs(boom);
        assertThat(seen[0]).isEqualTo(10);
    }

    /**
     * A file of {@code cases} random cases whose ids are drawn from {@code pool} ids, so that ids are reported
     * twice, reused after their case was let go of, and used by events of unknown cases.
     */
    private static Path pooled(Path dir, String name, List<CaseEvent> events, int pool) throws IOException {
        Path f = dir.resolve(name);
        StringBuilder b = new StringBuilder();
        for (CaseEvent e : events) {
            String line = withSeconds(CaseEvents.toJson(e, CN));
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{\"case\":\"C-(\\d+)\"").matcher(line);
            if (m.find()) {
                line = "{\"case\":\"C-" + Integer.parseInt(m.group(1)) % pool + "\"" + line.substring(m.end());
            }
            b.append(line).append('\n');
        }
        Files.writeString(f, b.toString());
        return f;
    }

    /**
     * {@return a line with its times written with seconds ({@code 09:15:00+08:00}, as files usually have them,
     * where {@code toJson} writes {@code 09:15+08:00}): the form the reader takes as a row of columns}
     */
    private static String withSeconds(String line) {
        return line.replaceAll("(T\\d\\d:\\d\\d)([+Z-])", "$1:00$2");
    }

    private static CaseSetup window(java.time.Duration reopen) {
        CaseSetup s = Cases.SETUP;
        return new CaseSetup(s.categories(), s.calendar(), s.tree(), s.staffing(), s.locator(), reopen);
    }

    private static CaseReplay replay(CaseSetup setup) {
        return CaseReplay.builder(setup).period(CaseProperties.FROM, CaseProperties.TO).asOf(CaseProperties.LATER)
                .history(java.time.Instant.MIN).build();
    }

    /** The same report, the 销号 history compared as a set (its order follows the replay's table). */
    private static void assertSameReport(CaseReport got, CaseReport expected) {
        assertThat(got.history()).containsExactlyInAnyOrderElementsOf(expected.history());
        assertThat(new CaseReport(got.setup(), got.asOf(), got.open(), expected.history(), got.findings(),
                got.findingCount(), got.statistics(), got.events(), got.applied(), got.cases(), got.peakHeld(),
                got.phases())).isEqualTo(expected);
    }

    @net.jqwik.api.Property(tries = 40)
    void aReplayFedByANumberedReadAheadGivesTheSameReportAsOneFedEventByEvent(@net.jqwik.api.ForAll long seed,
            @net.jqwik.api.ForAll @net.jqwik.api.constraints.IntRange(min = 1, max = 60) int cases,
            @net.jqwik.api.ForAll @net.jqwik.api.constraints.IntRange(min = 1, max = 60) int pool,
            @net.jqwik.api.ForAll @net.jqwik.api.constraints.IntRange(min = 0, max = 200) int reopenHours)
            throws IOException {
        CaseSetup setup = window(java.time.Duration.ofHours(reopenHours));
        List<CaseEvent> events = CaseProperties.file(seed, cases);
        Path f = pooled(Files.createTempDirectory("read-ahead"), "events.jsonl", events, pool);
        CaseReplay one = replay(setup);
        CaseEvents.read(f, CATS, CN, one::accept);
        CaseReplay two = replay(setup);
        long n = CaseEvents.readAhead(f, CATS, CN, two);
        Files.delete(f);
        Files.delete(f.getParent());
        assertThat(n).isEqualTo(events.size());
        assertSameReport(two.finish(), one.finish());
    }

    @Test
    void manyBatchesAndTwoFilesIntoOneReplayGiveTheSameReport() throws IOException {
        CaseSetup setup = window(java.time.Duration.ofHours(5));
        List<CaseEvent> events = CaseProperties.file(7, 4000);
        int half = events.size() / 2;
        Path a = pooled(dir, "a.jsonl", events.subList(0, half), 700);
        Path b = pooled(dir, "b.jsonl", events.subList(half, events.size()), 700);
        CaseReplay one = replay(setup);
        CaseEvents.read(a, CATS, CN, one::accept);
        CaseEvents.read(b, CATS, CN, one::accept);
        CaseReplay two = replay(setup);
        CaseEvents.readAhead(a, CATS, CN, two);
        CaseEvents.readAhead(b, CATS, CN, two);
        assertThat(events.size()).isGreaterThan(4 * ReadAhead.BATCH);
        CaseReport expected = one.finish();
        assertThat(expected.findingCount()).isPositive();   // duplicates, unknown cases, events after the end
        assertSameReport(two.finish(), expected);
    }

    @Test
    void aBadLineInANumberedReadAheadStopsWithTheSameErrorAfterTheEventsBeforeIt() throws IOException {
        int cases = ReadAhead.BATCH + 5;
        Path f = file(cases, "{\"case\": \"C-x\", \"at\": \"2026-11-02T11:00:00+08:00\", \"type\": \"solved\"}\n");
        CaseReplay one = replay(Cases.SETUP);
        InvalidInputException expected = null;
        try {
            CaseEvents.read(f, CATS, CN, one::accept);
        } catch (InvalidInputException e) {
            expected = e;
        }
        assertThat(expected).isNotNull();
        CaseReplay two = replay(Cases.SETUP);
        InvalidInputException first = expected;
        assertThatThrownBy(() -> CaseEvents.readAhead(f, CATS, CN, two))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.location()).isEqualTo(first.location()));
        assertSameReport(two.finish(), one.finish());
    }

    @Test
    void aMissingFileIsLocatedOnTheFile() {
        Path f = dir.resolve("none.jsonl");
        assertThatThrownBy(() -> CaseEvents.readAhead(f, CATS, CN, e -> { }))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.location().file()).contains(f.toString()));
    }

    /**
     * Writes events as lines in shapes that take both of a read ahead's paths: usual lines (rows of columns)
     * and valid lines of other shapes (event objects: an escaped character, a note, who, spaces), ids of
     * several forms (plain, zero-padded, another prefix), and optionally a bad line somewhere.
     */
    private static Path mixed(Path dir, List<CaseEvent> events, long seed, boolean bad) throws IOException {
        java.util.Random r = new java.util.Random(seed);
        Path f = dir.resolve("mixed.jsonl");
        StringBuilder b = new StringBuilder();
        int badAt = bad ? r.nextInt(events.size() + 1) : -1;
        String[] forms = {"C-%d", "C-%07d", "X%d", "case/%d"};
        String form = forms[r.nextInt(forms.length)];
        for (int k = 0; k < events.size(); k++) {
            if (k == badAt) {
                b.append(r.nextBoolean() ? "{\"case\": \"C-1\", \"at\": \"2026-11-02T11:00:00+08:00\", \"type\": \"solved\"}\n"
                        : "{\"case\": \"C-1\", \"at\": \"yesterday\", \"type\": \"handled\"}\n");
            }
            String line = withSeconds(CaseEvents.toJson(events.get(k), CN));
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{\"case\":\"C-(\\d+)\"").matcher(line);
            if (m.find()) {
                String id = String.format(form, Integer.parseInt(m.group(1)) % 40);
                if (r.nextInt(10) == 0) {
                    id = "\\u00" + Integer.toHexString(id.charAt(0)) + id.substring(1);   // the same id, escaped
                }
                line = "{\"case\":\"" + id + "\"" + line.substring(m.end());
            }
            switch (r.nextInt(8)) {
                case 0:
                    line = line.substring(0, line.length() - 1) + ",\"note\":\"n\"}";
                    break;
                case 1:
                    line = line.replace(",\"", " ,  \"").replace("\":", "\" : ");   // spaces around keys
                    break;
                case 2:
                    line = line.contains("\"by\"") ? line : line.substring(0, line.length() - 1) + ",\"by\":\"p-1\"}";
                    break;
                default:
                    break;
            }
            b.append(line).append('\n');
        }
        Files.writeString(f, b.toString());
        return f;
    }

    @net.jqwik.api.Property(tries = 40)
    void rowsOfColumnsAndEventObjectsGiveTheSameReportAndErrorAsAReadEventByEvent(@net.jqwik.api.ForAll long seed,
            @net.jqwik.api.ForAll @net.jqwik.api.constraints.IntRange(min = 1, max = 80) int cases,
            @net.jqwik.api.ForAll boolean bad) throws IOException {
        CaseSetup setup = window(java.time.Duration.ofHours(30));
        List<CaseEvent> events = CaseProperties.file(seed, cases);
        Path dir = Files.createTempDirectory("columns");
        Path f = mixed(dir, events, seed, bad);
        try {
            CaseReplay one = replay(setup);
            RuntimeException first = null;
            try {
                CaseEvents.read(f, CATS, CN, one::accept);
            } catch (InvalidInputException e) {
                first = e;
            }
            CaseReplay two = replay(setup);
            RuntimeException second = null;
            try {
                CaseEvents.readAhead(f, CATS, CN, two);
            } catch (InvalidInputException e) {
                second = e;
            }
            assertThat(second == null).isEqualTo(first == null);
            if (first != null) {
                assertThat(((InvalidInputException) second).location())
                        .isEqualTo(((InvalidInputException) first).location());
            }
            assertSameReport(two.finish(), one.finish());
        } finally {
            Files.delete(f);
            Files.delete(dir);
        }
    }

    @Test
    void aRowMadeIntoAnEventIsTheEventTheReaderMakes() throws IOException {
        Path f = file(300, "{\"case\": \"C-1\", \"at\": \"2026-11-02T11:00:00+08:00\", \"type\": \"dispatched\", \"to\": \"u\"}\n"
                + "{\"case\": \"C-1\", \"at\": \"2026-11-02T11:00:00+08:00\", \"type\": \"verified\", \"result\": \"fail\"}\n");
        List<CaseEvent> direct = CaseEvents.readAll(f, CATS, CN);
        List<CaseEvent> rows = new ArrayList<>();
        CaseReplay replay = CaseReplay.builder(Cases.SETUP).build();
        // the rows a numbered read ahead hands over, made into events as a finding would make them
        ReadAhead.run(s -> {
            try (java.io.InputStream in = Files.newInputStream(f)) {
                return CaseEvents.readNumbered(in, f.toString(), CATS, CN, replay.numbers(), s);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, replay.numbers(), new ReadAhead.Target() {
            @Override
            public void accept(CaseEvent e, int number, long seq) {
                rows.add(e);
            }

            @Override
            public void accept(EventColumns batch, int row, long seq) {
                rows.add(batch.event(row));
            }

            @Override
            public CaseNumbers.Released swap(CaseNumbers.Released empty) {
                return empty;
            }
        });
        assertThat(rows).isEqualTo(direct);
    }
}

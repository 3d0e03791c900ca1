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
            String line = CaseEvents.toJson(e, CN);
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{\"case\":\"C-(\\d+)\"").matcher(line);
            if (m.find()) {
                line = "{\"case\":\"C-" + Integer.parseInt(m.group(1)) % pool + "\"" + line.substring(m.end());
            }
            b.append(line).append('\n');
        }
        Files.writeString(f, b.toString());
        return f;
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
}

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

    @Test
    void aMissingFileIsLocatedOnTheFile() {
        Path f = dir.resolve("none.jsonl");
        assertThatThrownBy(() -> CaseEvents.readAhead(f, CATS, CN, e -> { }))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.location().file()).contains(f.toString()));
    }
}

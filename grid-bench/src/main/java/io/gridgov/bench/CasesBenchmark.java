package io.gridgov.bench;

import io.gridgov.cases.CaseCategories;
import io.gridgov.cases.CaseEvents;
import io.gridgov.cases.CaseLists;
import io.gridgov.cases.CaseReplay;
import io.gridgov.cases.CaseReport;
import io.gridgov.cases.CaseSetup;
import io.gridgov.core.calendar.WorkCalendar;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Cases at city scale: a year of cases in the 10,000-grid city ({@link CaseYear}, about six events a
 * case) streamed from a {@code .jsonl.gz} file through the strict reader into a replay with the year's
 * statistics; the three lists of one street after replay; and working-time deadline arithmetic.
 * The scale is 5 M cases (30 M events) in ≤ 20 s within 1 GB of heap: {@code replayYear} runs
 * with {@code -Xmx1g}; {@code CasesTiming} runs the full 5 M.
 *
 * <pre>
 * mvn -B -q -pl grid-bench -am package -DskipTests
 * java -jar grid-bench/target/benchmarks.jar CasesBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class CasesBenchmark {

    /** How many cases the year file holds. */
    @Param({"500000"})
    public int cases;

    static final ZoneId CN = ZoneId.of("Asia/Shanghai");
    static final Instant FROM = LocalDate.of(2026, 1, 1).atStartOfDay(CN).toInstant();
    static final Instant TO = LocalDate.of(2027, 1, 1).atStartOfDay(CN).toInstant();

    CaseSetup setup;
    Path file;
    CaseReport afterReplay;
    WorkCalendar calendar;
    Instant[] starts;

    @Setup(org.openjdk.jmh.annotations.Level.Trial)
    public void setUp() throws IOException {
        setup = CaseSetup.builder().categories(CaseCategories.presets()).tree(DutiesBenchmark.city()).build();
        file = Path.of(System.getProperty("java.io.tmpdir"), "gridgov-cases-" + cases + ".jsonl.gz");
        if (!Files.exists(file)) {
            Path tmp = Files.createTempFile(file.getParent(), "cases", ".tmp");
            CaseYear.write(tmp, cases, DutiesBenchmark.GRIDS, 42);
            Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        afterReplay = replay(setup, file, TO, null);
        calendar = WorkCalendar.builder().holiday(LocalDate.of(2026, 10, 1)).holiday(LocalDate.of(2026, 10, 2))
                .workday(LocalDate.of(2026, 9, 27)).build();
        java.util.Random r = new java.util.Random(7);
        starts = new Instant[1024];
        for (int i = 0; i < starts.length; i++) {
            starts[i] = FROM.plusSeconds((long) r.nextInt(365 * 86_400));
        }
    }

    static CaseReport replay(CaseSetup setup, Path file, Instant asOf, Instant statsFrom) {
        CaseReplay.Builder b = CaseReplay.builder(setup).asOf(asOf).history(asOf.minusSeconds(30L * 86_400));
        if (statsFrom != null) {
            b.period(statsFrom, asOf);
        }
        CaseReplay replay = b.build();
        try {
            CaseEvents.readAhead(file, setup.categories(), CN, replay);   // read and numbered on a second thread
        } catch (RuntimeException e) {
            throw e;
        }
        return replay.finish();
    }

    /** Read, replay and count the whole year (statistics per grid, node, department, category). */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 1)
    @Measurement(iterations = 3)
    public CaseReport replayYear() {
        return replay(setup, file, TO, FROM);
    }

    /** The three lists of one street (500 grids) as of the year's end, after replay. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    @Warmup(iterations = 3, time = 1)
    @Measurement(iterations = 5, time = 1)
    public CaseLists listsOfAStreet() {
        return afterReplay.lists("s3");
    }

    /** Working-time deadlines: 1,024 "start + N working minutes" per invocation, N from 30 to 3 days. */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @OperationsPerInvocation(1024)
    @Warmup(iterations = 3, time = 1)
    @Measurement(iterations = 5, time = 1)
    public long deadlines() {
        long sum = 0;
        for (int i = 0; i < starts.length; i++) {
            sum += calendar.plusWorkingMinutes(starts[i], 30 + (i * 37) % 1440).getEpochSecond();
        }
        return sum;
    }

    static void check(boolean ok) {
        if (!ok) {
            throw new UncheckedIOException(new IOException("unexpected"));
        }
    }
}

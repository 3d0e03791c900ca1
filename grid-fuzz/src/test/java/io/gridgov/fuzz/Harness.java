package io.gridgov.fuzz;

import io.gridgov.fuzz.Readers.Reader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs one input through a reader and the stage after it in a worker thread with a hard cap on
 * time ({@link #HARD_CAP_SECONDS}; a case that takes longer is a hang), catches what it throws (an
 * {@link OutOfMemoryError} included), checks the {@link Contract}, keeps counts and durations per
 * reader, and saves every input that breaks the contract under {@code target/fuzz-crashes/<reader>/}
 * with a {@code .txt} saying why, for a fixture. Thread-safe.
 */
final class Harness {

    /** The hard cap of one case, generous: a reader's input of a few kilobytes takes milliseconds. */
    static final int HARD_CAP_SECONDS = 20;

    static final Path TARGET = Path.of(System.getProperty("gridgov.fuzz.target", "target"));

    private static final Map<String, Stats> STATS = new ConcurrentHashMap<>();
    private static ExecutorService worker = newWorker();

    private Harness() {
    }

    /** Counts and durations of one reader's cases. */
    static final class Stats {
        long cases;
        long rejected;
        long violations;
        long nanos;
        long slowestNanos;
        int largestInput;

        synchronized void add(long ns, boolean rejectedInput, boolean violation, int size) {
            cases++;
            nanos += ns;
            slowestNanos = Math.max(slowestNanos, ns);
            largestInput = Math.max(largestInput, size);
            if (rejectedInput) {
                rejected++;
            }
            if (violation) {
                violations++;
            }
        }

        @Override
        public synchronized String toString() {
            return String.format(Locale.ROOT, "%,d cases (%,d accepted, %,d rejected), %,d violations, %.1f s,"
                    + " mean %.2f ms, slowest %.0f ms, largest input %,d bytes", cases, cases - rejected, rejected,
                    violations, nanos / 1e9, cases == 0 ? 0 : nanos / 1e6 / cases, slowestNanos / 1e6, largestInput);
        }
    }

    static Stats stats(String reader) {
        return STATS.computeIfAbsent(reader, k -> new Stats());
    }

    static Map<String, Stats> allStats() {
        return STATS;
    }

    private static ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "fuzz-worker");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Runs one input.
     *
     * @param reader the reader
     * @param input the bytes
     * @return the violation, or empty when the contract holds
     */
    static Optional<String> check(Reader reader, byte[] input) {
        Path file = TARGET.resolve("fuzz-work").resolve(reader.name() + "." + Thread.currentThread().getId()
                + "." + reader.ext());
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, input);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return run(reader, file, input);
    }

    /** {@return the violation of running a file through a reader, or empty} */
    static Optional<String> run(Reader reader, Path file, byte[] input) {
        long start = System.nanoTime();
        Future<Throwable> f;
        synchronized (Harness.class) {
            f = worker.submit(() -> {
                try {
                    reader.target().run(file);
                    return null;
                } catch (Throwable t) {
                    return t;
                }
            });
        }
        Throwable thrown;
        Optional<String> violation;
        try {
            thrown = f.get(HARD_CAP_SECONDS, TimeUnit.SECONDS);
            violation = thrown == null
                    ? Contract.utf8(input, reader.readsGzip()) ? Optional.empty()
                            : Optional.of("accepted input that is not UTF-8")
                    : thrown instanceof OutOfMemoryError ? Optional.of("out of memory")
                    : Contract.violation(thrown, reader.declared(), !Readers.FURTHER_LINES.contains(reader.name()));
        } catch (TimeoutException e) {
            f.cancel(true);
            synchronized (Harness.class) {
                worker.shutdownNow();   // a daemon that may go on spinning; the next case gets a new worker
                worker = newWorker();
            }
            thrown = null;
            violation = Optional.of("hang: no answer within " + HARD_CAP_SECONDS + " s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        }
        long ns = System.nanoTime() - start;
        Throwable cause = thrown;
        Stats stats = stats(reader.name());
        stats.add(ns, cause != null, violation.isPresent(), input.length);
        if (stats.cases % PROGRESS_EVERY == 0) {
            progress(reader.name(), stats);
        }
        violation.ifPresent(v -> save("fuzz-crashes", reader, input, v, cause));
        if (violation.isEmpty() && ns > SLOW_NANOS) {
            save("fuzz-slow", reader, input, String.format(Locale.ROOT, "%.0f ms", ns / 1e6), cause);
        }
        return violation;
    }

    /** How often (in cases) a long run writes its counts so far to target/fuzz-reports/progress-<reader>.txt. */
    static final int PROGRESS_EVERY = 5_000;

    private static void progress(String reader, Stats stats) {
        try {
            Path out = TARGET.resolve("fuzz-reports").resolve("progress-" + reader + ".txt");
            Files.createDirectories(out.getParent());
            Files.writeString(out, java.time.Instant.now() + " " + reader + " " + stats + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A case slower than this is kept under target/fuzz-slow for a look (it is not a violation). */
    static final long SLOW_NANOS = 1_000_000_000L;

    private static void save(String folder, Reader reader, byte[] input, String why, Throwable thrown) {
        try {
            String id = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(input), 0, 6);
            Path dir = TARGET.resolve(folder).resolve(reader.name());
            Files.createDirectories(dir);
            Files.write(dir.resolve(id + "." + reader.ext()), input);
            StringWriter trace = new StringWriter();
            if (thrown != null) {
                thrown.printStackTrace(new PrintWriter(trace));
            }
            String text = why + "\n" + trace;
            Files.writeString(dir.resolve(id + ".txt"), text.length() > 20_000 ? text.substring(0, 20_000) : text,
                    StandardCharsets.UTF_8);
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

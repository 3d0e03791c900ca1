package io.gridgov.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The settings of the city-scale benchmarks, which time one whole run each (one call builds, plans or
 * validates a city): benchmark-scoped state, single-shot time in milliseconds, 2 warm-up runs and 5
 * measured runs. JMH reads these annotations from the superclass; each benchmark adds its own
 * {@code @Fork} with the heap it needs. Not thread-safe (JMH state).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
public abstract class SingleShotBenchmark {

    /** For the benchmarks that extend it. */
    protected SingleShotBenchmark() {
    }
}

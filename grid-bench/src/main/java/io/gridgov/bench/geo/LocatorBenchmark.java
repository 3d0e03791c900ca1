package io.gridgov.bench.geo;

import io.gridgov.geo.locate.GridLocator;
import io.gridgov.geo.locate.Location;
import io.gridgov.testkit.Partition;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Point location on the 10k-leaf city of {@link Cities}, one thread: points per second per core.
 *
 * <pre>
 * java -jar grid-bench/target/benchmarks.jar LocatorBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
@Threads(1)
public class LocatorBenchmark {

    static final int POINTS = 100_000;

    private GridLocator locator;
    private double[] xs;
    private double[] ys;

    @Setup(Level.Trial)
    public void setUp() {
        Partition city = Cities.of(10000, false);
        locator = GridLocator.of(city.toGeoPartition());
        double[][] points = Cities.randomPoints(city, POINTS, 42);
        xs = points[0];
        ys = points[1];
    }

    /** Locates 100 000 random points, one at a time; the score is points per second. */
    @Benchmark
    @OperationsPerInvocation(POINTS)
    public void locate(Blackhole bh) {
        for (int i = 0; i < POINTS; i++) {
            Optional<Location> found = locator.locate(xs[i], ys[i]);
            bh.consume(found);
        }
    }
}

package io.gridgov.bench.geo;

import io.gridgov.core.tree.GridNode;
import io.gridgov.core.tree.GridTree;
import io.gridgov.core.tree.Validity;
import io.gridgov.geo.GeoPartition;
import io.gridgov.geo.locate.GridLocator;
import io.gridgov.spring.geo.AsOfBoundaries;
import io.gridgov.spring.geo.GridBoundaries;
import io.gridgov.testkit.Partition;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * "As of" lookups of a service (issue 14): locating a point on the boundaries as they stood on one of
 * twelve month-ends, where each month retired 1 % of the grids. Without a cache every request
 * restricts the tree ({@code GridTree.asOf}), rebuilds the partition and the locator's index; with the
 * starter's {@link AsOfBoundaries} (Caffeine, bounded by vertices) each month is built once — if the
 * bound holds them: the 10k city's months take about 1 M vertices each, so the default bound (5 M)
 * keeps four of the twelve.
 *
 * <pre>
 * java -jar grid-bench/target/benchmarks.jar AsOfBenchmark
 * java -jar grid-bench/target/benchmarks.jar AsOfBenchmark.cached -p leaves=10000 -p maxVertices=20000000
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
public class AsOfBenchmark {

    /** Leaves of the city. */
    @Param({"1000", "10000"})
    public int leaves;

    /** The cache's bound, in vertices (the starter's default, and one that holds the twelve months at 10k). */
    @Param({"5000000", "20000000"})
    public long maxVertices;

    static final int MONTHS = 12;

    private GeoPartition whole;
    private AsOfBoundaries cache;
    private LocalDate[] dates;
    private double[][] points;
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        Partition city = Cities.of(leaves, false);
        GeoPartition base = city.toGeoPartition();
        LocalDate start = LocalDate.of(2026, 1, 31);
        List<GridNode> nodes = new ArrayList<>();
        int k = 0;
        for (GridNode n : (Iterable<GridNode>) base.tree().nodes()::iterator) {
            int r = base.tree().isLeaf(n.id()) ? k++ % 100 : 100;
            if (r < MONTHS) {   // 1 % of the grids retire at each month-end
                nodes.add(n.toBuilder().validity(Validity.between(LocalDate.of(2025, 1, 1), start.plusMonths(r)))
                        .build());
            } else {
                nodes.add(n);
            }
        }
        whole = GeoPartition.of(GridTree.of(base.tree().scheme(), nodes), base.geometries(), base.crs());
        GridBoundaries boundaries = new GridBoundaries(whole,
                new io.gridgov.geo.validate.ValidationReport(List.of(), nodes.size(), whole.crs()),
                GridLocator.of(whole), Duration.ZERO);
        cache = new AsOfBoundaries(() -> boundaries, maxVertices);
        dates = new LocalDate[MONTHS];
        for (int m = 0; m < MONTHS; m++) {
            dates[m] = start.plusMonths(m);
            cache.asOf(dates[m]);   // steady state: every month built once, as a long-running service has them
        }
        System.out.println("cached months: " + cache.cache().estimatedSize() + ", vertices held: "
                + cache.cache().policy().eviction().orElseThrow().weightedSize().orElse(-1));
        points = Cities.randomPoints(city, 1024, 42);
    }

    private LocalDate date() {
        return dates[next++ % MONTHS];
    }

    /** Each request rebuilds the month's tree, partition and locator, then locates one point. */
    @Benchmark
    public Object uncached() {
        int i = next & 1023;
        return AsOfBoundaries.build(whole, date()).locator().locate(points[0][i], points[1][i]);
    }

    /** Each request takes the month's boundaries from the cache, then locates one point. */
    @Benchmark
    public Object cached() {
        int i = next & 1023;
        return cache.asOf(date()).locator().locate(points[0][i], points[1][i]);
    }
}

package io.gridgov.bench.geo;

import io.gridgov.core.tree.GridNode;
import io.gridgov.geo.GeoPartition;
import io.gridgov.geo.locate.GridLocator;
import io.gridgov.geo.validate.PartitionValidator;
import io.gridgov.geo.validate.ValidationOptions;
import io.gridgov.testkit.Partition;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import org.locationtech.jts.coverage.CoverageValidator;
import org.locationtech.jts.geom.Geometry;

/**
 * Companion of the JMH benchmarks for a shared machine: measures the <em>CPU time</em> of the
 * calling thread (single-threaded runs only), which other processes on the machine do not
 * inflate, for the sequential validation vs CoverageValidator ratio and the locator's points per
 * CPU-second.
 *
 * <pre>
 * java -Xmx4g -cp grid-bench/target/benchmarks.jar io.gridgov.bench.geo.CpuTimeProbe 10000 5 [brute|densified|nolocator]...
 * </pre>
 */
public final class CpuTimeProbe {

    private CpuTimeProbe() {
    }

    /**
     * Runs the probe.
     *
     * @param args leaves (1000, 10000, 100000), repetitions, then any of {@code brute} (time the
     *     brute force too), {@code densified} (parents densified, see {@link Cities#spec})
     *     and {@code nolocator} (skip the locator)
     */
    public static void main(String[] args) {
        int leaves = args.length > 0 ? Integer.parseInt(args[0]) : 10000;
        int repetitions = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        java.util.List<String> flags = java.util.Arrays.asList(args).subList(Math.min(2, args.length), args.length);
        Partition city = Cities.of(leaves, flags.contains("densified"));
        GeoPartition partition = city.toGeoPartition();
        if (flags.contains("densified")) {
            System.out.println("parents densified: no leaf group is an exact tiling (near tilings)");
        }
        if (!PartitionValidator.validate(partition).violations().isEmpty()) {
            throw new IllegalStateException("the generated city should be valid");
        }
        Geometry[] leafGeometries = partition.tree().leaves().stream().map(GridNode::id)
                .map(partition.geometries()::get).toArray(Geometry[]::new);
        ValidationOptions sequential = ValidationOptions.builder().parallelism(1).build();
        double bestCv = Double.MAX_VALUE;
        double bestHierarchical = Double.MAX_VALUE;
        for (int r = 0; r < repetitions; r++) {
            long t = mx.getCurrentThreadCpuTime();
            CoverageValidator.validate(leafGeometries);
            double cv = (mx.getCurrentThreadCpuTime() - t) / 1e9;
            t = mx.getCurrentThreadCpuTime();
            PartitionValidator.validate(partition, sequential);
            double hierarchical = (mx.getCurrentThreadCpuTime() - t) / 1e9;
            bestCv = Math.min(bestCv, cv);
            bestHierarchical = Math.min(bestHierarchical, hierarchical);
            System.out.printf("run %d: CoverageValidator(leaves) %.3f s CPU, hierarchical (1 thread) %.3f s CPU%n",
                    r + 1, cv, hierarchical);
        }
        System.out.printf("best: CoverageValidator %.3f s, hierarchical %.3f s, ratio %.2f%n", bestCv, bestHierarchical,
                bestHierarchical / bestCv);
        if (flags.contains("brute")) {
            double bestBrute = Double.MAX_VALUE;
            for (int r = 0; r < 2; r++) {
                long t = mx.getCurrentThreadCpuTime();
                BruteForceOverlay.measure(partition, 1e-6);
                bestBrute = Math.min(bestBrute, (mx.getCurrentThreadCpuTime() - t) / 1e9);
            }
            System.out.printf("best brute-force pairwise overlay %.3f s: hierarchical is %.1f× faster%n", bestBrute,
                    bestBrute / bestHierarchical);
        }

        if (flags.contains("nolocator")) {
            return;
        }
        GridLocator locator = GridLocator.of(partition);
        int n = 1_000_000;
        double[][] points = Cities.randomPoints(city, n, 42);
        double[] xs = points[0];
        double[] ys = points[1];
        double best = 0;
        for (int r = 0; r < repetitions + 3; r++) {
            long t = mx.getCurrentThreadCpuTime();
            int found = 0;
            for (int i = 0; i < n; i++) {
                if (locator.locate(xs[i], ys[i]).isPresent()) {
                    found++;
                }
            }
            double seconds = (mx.getCurrentThreadCpuTime() - t) / 1e9;
            best = Math.max(best, n / seconds);
            System.out.printf("locator run %d: %.2f M points per CPU-second (%d located)%n", r + 1, n / seconds / 1e6, found);
        }
        System.out.printf("best locator: %.2f M points per CPU-second%n", best / 1e6);
    }
}

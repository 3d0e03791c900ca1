package io.gridgov.bench.geo;

import io.gridgov.geo.GeoPartition;
import io.gridgov.geo.locate.GridLocator;
import io.gridgov.testkit.Partition;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import java.util.Map;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.index.hprtree.HPRtree;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * Why {@code LocatorIndex} keeps its own bucket grid (see its Javadoc): on the 10k-leaf city of
 * {@link Cities}, the CPU time of one thread for {@link GridLocator#locate} (candidates and
 * point-in-polygon) against JTS {@code HPRtree} and {@code STRtree} finding the candidate envelopes
 * alone, and HPRtree with an {@code IndexedPointInAreaLocator} per grid (on a tenth of the points).
 *
 * <pre>
 * java -Xmx2g -cp grid-bench/target/benchmarks.jar io.gridgov.bench.geo.LocatorJtsProbe [rounds]
 * </pre>
 */
public final class LocatorJtsProbe {

    private static final int POINTS = 1_000_000;

    private LocatorJtsProbe() {
    }

    /**
     * Runs the probe.
     *
     * @param args rounds (6)
     */
    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 6;
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        Partition city = Cities.of(10000, false);
        GeoPartition partition = city.toGeoPartition();
        double[][] points = Cities.randomPoints(city, POINTS, 42);
        double[] xs = points[0];
        double[] ys = points[1];
        GridLocator locator = GridLocator.of(partition);
        HPRtree hpr = new HPRtree();
        STRtree str = new STRtree();
        for (Map.Entry<String, Geometry> e : partition.geometries().entrySet()) {
            IndexedPointInAreaLocator inArea = new IndexedPointInAreaLocator(e.getValue());
            hpr.insert(e.getValue().getEnvelopeInternal(), inArea);
            str.insert(e.getValue().getEnvelopeInternal(), inArea);
        }
        hpr.build();
        str.build();
        for (int round = 0; round < rounds; round++) {
            long t0 = mx.getCurrentThreadCpuTime();
            long found = 0;
            for (int i = 0; i < POINTS; i++) {
                found += locator.locate(xs[i], ys[i]).isPresent() ? 1 : 0;
            }
            long t1 = mx.getCurrentThreadCpuTime();
            long[] candidates = {0};
            for (int i = 0; i < POINTS; i++) {
                hpr.query(new Envelope(xs[i], xs[i], ys[i], ys[i]), item -> candidates[0]++);
            }
            long t2 = mx.getCurrentThreadCpuTime();
            for (int i = 0; i < POINTS; i++) {
                str.query(new Envelope(xs[i], xs[i], ys[i], ys[i]), item -> candidates[0]++);
            }
            long t3 = mx.getCurrentThreadCpuTime();
            long inside = 0;
            for (int i = 0; i < POINTS / 10; i++) {
                Coordinate p = new Coordinate(xs[i], ys[i]);
                for (Object item : hpr.query(new Envelope(p))) {
                    inside += ((IndexedPointInAreaLocator) item).locate(p) != Location.EXTERIOR ? 1 : 0;
                }
            }
            long t4 = mx.getCurrentThreadCpuTime();
            System.out.printf(Locale.ROOT, "round %d, M points per CPU-second: GridLocator %.2f (%d found) | HPRtree"
                    + " candidates alone %.2f | STRtree candidates alone %.2f | HPRtree + IndexedPointInAreaLocator"
                    + " %.2f (%d grids hold the first %d points)%n", round, POINTS / ((t1 - t0) / 1e3), found,
                    POINTS / ((t2 - t1) / 1e3), POINTS / ((t3 - t2) / 1e3), POINTS / 10 / ((t4 - t3) / 1e3), inside,
                    POINTS / 10);
        }
    }
}

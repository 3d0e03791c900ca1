package io.gridgov.bench.geo;

import io.gridgov.core.tree.GridNode;
import io.gridgov.core.tree.GridTree;
import io.gridgov.geo.CoordinateSystem;
import io.gridgov.geo.GeoPartition;
import io.gridgov.geo.validate.PartitionValidator;
import io.gridgov.geo.validate.ValidationOptions;
import io.gridgov.geo.validate.ValidationReport;
import io.gridgov.testkit.Partition;
import io.gridgov.testkit.PartitionSpec;
import io.gridgov.testkit.Partitions;
import io.gridgov.testkit.Perturbation;
import io.gridgov.testkit.Style;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.locationtech.jts.coverage.CoverageUnion;
import org.locationtech.jts.coverage.CoverageValidator;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.locationtech.jts.operation.valid.IsValidOp;

/**
 * Issue 11's two kinds of messy file, built with the testkit: a 3-level lon/lat city (1 district,
 * {@code streets} streets, {@code grids} grids each) whose parent outlines were redrawn by another
 * survey ({@link Perturbation#PARENTS_REDRAWN}, up to 10 m), and the same city digitised grid by
 * grid ({@link Perturbation#DIGITISED_INDEPENDENTLY}, up to 1 m). Measures the calling thread's
 * CPU time (best of {@code repetitions}) of GridGov's validation (one thread) with the default
 * tolerance and with one that covers the noise (10.5 m for parents off by up to 10 m; 2.5 m for grids
 * each moved by up to 1 m, so that neighbours differ by up to 2 m), next to JTS alone on the same groups (IsValidOp on
 * every geometry; per sibling group CoverageValidator, CoverageUnion — OverlayNG union when it
 * fails — and the two differences with the parent).
 *
 * <pre>
 * java -Xmx2g -cp grid-bench/target/benchmarks.jar io.gridgov.bench.geo.MessyCityProbe 100 100 3
 * java -Xmx2g -cp grid-bench/target/benchmarks.jar io.gridgov.bench.geo.MessyCityProbe 100 100 10 redrawn-covering
 * </pre>
 * The optional fourth argument runs one case only: {@code clean}, {@code clean-covering} (the clean
 * city at 10.5 m, the time {@code redrawn-covering} is compared with), {@code redrawn-default}
 * (parents redrawn, default tolerance; then JTS alone on the same file), {@code digitised-default} (grids digitised one by one,
 * default tolerance; without JTS alone, which takes ten times as long there) or {@code redrawn-covering} (parents redrawn, 10.5 m; best of
 * the repetitions, for before/after comparisons on a busy machine; with 4 or more repetitions then JTS alone as often). With 4 or more repetitions each
 * measured case also prints a line with the best and the median of the second half of its runs
 * (the first half warms the JIT up), before the case's own line.
 */
public final class MessyCityProbe {

    private static final ThreadMXBean MX = ManagementFactory.getThreadMXBean();

    private MessyCityProbe() {
    }

    /**
     * Runs the probe.
     *
     * @param args streets (100), grids per street (100), repetitions (3)
     */
    public static void main(String[] args) {
        int streets = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        int grids = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        int repetitions = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        Partition city = Partitions.generate(PartitionSpec.builder().style(Style.STREET_BLOCKS)
                .fanOuts(1, streets, grids).verticesPerBorder(8).crs(CoordinateSystem.LON_LAT_WGS84).seed(11).build());
        System.out.printf("city: %s%n", city);
        String only = args.length > 3 ? args[3] : "";
        if (only.isEmpty() || only.equals("clean")) {
            run("clean", city.toGeoPartition(), repetitions, 0.5, 0.5);
            if (only.equals("clean")) {
                return;
            }
        }
        if (only.equals("redrawn-default") || only.equals("digitised-default")) {
            boolean redrawn = only.equals("redrawn-default");
            GeoPartition p = redrawn ? Perturbation.PARENTS_REDRAWN.apply(city, 10, 1).toGeoPartition()
                    : Perturbation.DIGITISED_INDEPENDENTLY.apply(city, 1, 1).toGeoPartition();
            ValidationReport[] last = new ValidationReport[1];
            double t = best(repetitions, () -> last[0] = PartitionValidator.validate(p,
                    ValidationOptions.builder().parallelism(1).build()));
            System.out.printf("%s, default tolerance: %.2f s CPU, %d findings%n",
                    redrawn ? "parents redrawn" : "digitised", t, last[0].violations().size());
            if (redrawn) {
                // JTS alone in the same process, after GridGov (its goal: at most half of it)
                double jts = best(repetitions, () -> jtsAlone(p));
                System.out.printf("JTS alone: %.2f s CPU; GridGov %.2f× JTS%n", jts, t / jts);
            }
            return;
        }
        if (only.equals("redrawn-covering") || only.equals("clean-covering")) {
            boolean redrawn = only.equals("redrawn-covering");
            GeoPartition p = redrawn ? Perturbation.PARENTS_REDRAWN.apply(city, 10, 1).toGeoPartition()
                    : city.toGeoPartition();
            ValidationReport[] last = new ValidationReport[1];
            double t = best(repetitions, () -> last[0] = PartitionValidator.validate(p,
                    ValidationOptions.builder().toleranceMetres(10.5).parallelism(1).build()));
            System.out.printf("%s, tolerance 10.5 m: %.3f s CPU, %d findings, %d vertices snapped%n",
                    redrawn ? "parents redrawn" : "clean", t, last[0].violations().size(), last[0].snappedVertexCount());
            if (redrawn && repetitions >= 4) {
                // JTS alone in the same process, as many times (its goal: at most a tenth of it)
                double jts = best(repetitions, () -> jtsAlone(p));
                System.out.printf("JTS alone: %.2f s CPU; GridGov %.3f× JTS%n", jts, t / jts);
            }
            return;
        }
        run("parents redrawn ≤ 10 m", Perturbation.PARENTS_REDRAWN.apply(city, 10, 1).toGeoPartition(), repetitions,
                0.5, 10.5);
        run("digitised ≤ 1 m", Perturbation.DIGITISED_INDEPENDENTLY.apply(city, 1, 1).toGeoPartition(), repetitions,
                0.5, 2.5);
    }

    private static void run(String name, GeoPartition p, int repetitions, double defaultTolerance, double covering) {
        double jts = best(repetitions, () -> jtsAlone(p));
        ValidationReport[] last = new ValidationReport[2];
        double atDefault = best(repetitions, () -> last[0] = PartitionValidator.validate(p,
                ValidationOptions.builder().toleranceMetres(defaultTolerance).parallelism(1).build()));
        double atCovering = best(repetitions, () -> last[1] = PartitionValidator.validate(p,
                ValidationOptions.builder().toleranceMetres(covering).parallelism(1).build()));
        System.out.printf("%s: JTS alone %.2f s CPU | GridGov tolerance %.1f m: %.2f s (%.2f× JTS), %d findings "
                + "(%d errors) | tolerance %.1f m: %.2f s (%.2f× JTS), %d findings, %d vertices snapped%n",
                name, jts, defaultTolerance, atDefault, atDefault / jts, last[0].violations().size(),
                last[0].errors().size(), covering, atCovering, atCovering / jts, last[1].violations().size(),
                last[1].snappedVertexCount());
    }

    static double best(int repetitions, Supplier<?> task) {
        double best = Double.MAX_VALUE;
        double[] times = new double[repetitions];
        for (int r = 0; r < repetitions; r++) {
            long t = MX.getCurrentThreadCpuTime();
            task.get();
            times[r] = (MX.getCurrentThreadCpuTime() - t) / 1e9;
            best = Math.min(best, times[r]);
        }
        if (repetitions >= 4) {
            // the first half warms the JIT up: the median of the second half is the steady state
            double[] warm = Arrays.copyOfRange(times, repetitions / 2, repetitions);
            Arrays.sort(warm);
            double median = warm.length % 2 == 1 ? warm[warm.length / 2]
                    : (warm[warm.length / 2 - 1] + warm[warm.length / 2]) / 2;
            System.out.printf("  (%d runs: best %.3f s CPU, median of the last %d %.3f s)%n", repetitions, best,
                    warm.length, median);
        }
        return best;
    }

    /** JTS alone: what a user would write with JTS 1.20 to check the same groups. */
    static int jtsAlone(GeoPartition p) {
        GridTree tree = p.tree();
        int findings = 0;
        for (Geometry g : p.geometries().values()) {
            if (!new IsValidOp(g).isValid()) {
                findings++;
            }
        }
        List<GridNode> parents = new ArrayList<>();
        tree.nodes().forEach(n -> {
            if (!tree.isLeaf(n.id())) {
                parents.add(n);
            }
        });
        for (GridNode parent : parents) {
            Geometry[] children = tree.children(parent.id()).stream().map(c -> p.geometries().get(c.id()))
                    .toArray(Geometry[]::new);
            for (Geometry e : CoverageValidator.validate(children)) {
                if (e != null) {
                    findings++;
                }
            }
            Geometry union;
            try {
                union = CoverageUnion.union(children);
            } catch (RuntimeException e) {
                union = UnaryUnionOp.union(List.of(children));
            }
            Geometry outline = p.geometries().get(parent.id());
            try {
                findings += OverlayNGRobust.overlay(outline, union, OverlayNG.DIFFERENCE).getNumGeometries();
                findings += OverlayNGRobust.overlay(union, outline, OverlayNG.DIFFERENCE).getNumGeometries();
            } catch (RuntimeException e) {
                findings++;   // JTS alone gives up on this group (TopologyException): counted, not measured further
            }
        }
        return findings;
    }
}

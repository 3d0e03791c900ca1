package io.gridgov.bench.geo;

import io.gridgov.core.tree.GridNode;
import io.gridgov.core.tree.GridTree;
import io.gridgov.geo.CoordinateSystem;
import io.gridgov.geo.GeoPartition;
import io.gridgov.geo.measure.Areas;
import io.gridgov.geo.validate.CleaningOptions;
import io.gridgov.geo.validate.CleaningResult;
import io.gridgov.geo.validate.PartitionCleaner;
import io.gridgov.geo.validate.PartitionValidator;
import io.gridgov.geo.validate.ValidationOptions;
import io.gridgov.geo.validate.ValidationReport;
import io.gridgov.testkit.Partition;
import io.gridgov.testkit.PartitionSpec;
import io.gridgov.testkit.Partitions;
import io.gridgov.testkit.Perturbation;
import io.gridgov.testkit.Style;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

/**
 * Issue 11's cleaning goal on {@link MessyCityProbe}'s two messy cities: the calling thread's CPU
 * time (best of {@code repetitions}) of {@link PartitionCleaner} next to JTS alone (the same
 * {@link MessyCityProbe#jtsAlone} checks), what validating the output still finds, and whether the
 * cleaning was sound (area conserved, displacements, grids that were not on a messy border but
 * changed). Three cases:
 * <ul>
 * <li>{@code redrawn}: parents redrawn ≤ 10 m, cleaned with 0.5 m snapping and gaps up to 10.5 m filled;</li>
 * <li>{@code covering}: the same city with snapping that covers the noise (10.5 m, as the validator's
 *     covering case) and gaps up to 10.5 m filled;</li>
 * <li>{@code digitised}: grids digitised ≤ 1 m, with 2.5 m snapping and gaps up to 2.5 m.</li>
 * </ul>
 *
 * <pre>
 * java -Xmx2g -cp grid-bench/target/benchmarks.jar io.gridgov.bench.geo.CleanCityProbe 100 100 3 [parent|children] [jts|nojts] [threads] [redrawn,covering,digitised]
 * </pre>
 *
 * <p>{@code nojts} skips JTS alone (for 100k grids, where it takes minutes). {@code threads} (1 by
 * default) is the cleaner's parallelism: with 1 the CPU time is the whole cleaning's; with more,
 * only the wall time (printed beside it) counts. The last argument picks the cases (all three by
 * default). With {@code -Dprobe.dump=DIR} each case writes {@code DIR/<case>.txt}: per grid its id,
 * area (m², 3 decimals) and vertex count after cleaning, and its change (area gained, lost, largest
 * displacement; dashes when it did not change), to compare two versions of the cleaner; with
 * {@code -Dprobe.dump.exact=true} a hash of every coordinate's bits instead of the area, and the
 * change at full precision (identical, not nearly the same, outputs).
 *
 * <p>Soundness, printed per case: the children's areas (plus the gaps left in their parent) against
 * their parent's (largest relative difference); the largest displacement of any grid and of a
 * <em>settled</em> leaf (one whose every edge is shared with a sibling in the input city: nothing
 * about it was messy, so a sound cleaning does not move it; in the redrawn city the leaves are the
 * clean city's own); the largest relative change of area of a leaf; and the findings of validating
 * the output at the snapping distance and at the default 0.5 m (an output that snapping made exact
 * has none at either).
 */
public final class CleanCityProbe {

    private CleanCityProbe() {
    }

    /**
     * Runs the probe.
     *
     * @param args streets (100), grids per street (100), repetitions (3), authority (parent), {@code jts}
     *        or {@code nojts}, threads (1), cases (redrawn,covering,digitised)
     */
    public static void main(String[] args) {
        int streets = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        int grids = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        int repetitions = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        CleaningOptions.Authority authority = args.length > 3 && args[3].equals("children")
                ? CleaningOptions.Authority.CHILDREN : CleaningOptions.Authority.PARENT;
        Partition city = Partitions.generate(PartitionSpec.builder().style(Style.STREET_BLOCKS)
                .fanOuts(1, streets, grids).verticesPerBorder(8).crs(CoordinateSystem.LON_LAT_WGS84).seed(11).build());
        boolean jts = !(args.length > 4 && args[4].equals("nojts"));
        int threads = args.length > 5 ? Integer.parseInt(args[5]) : 1;
        Set<String> cases = new HashSet<>(Arrays.asList(
                (args.length > 6 ? args[6] : "redrawn,covering,digitised").split(",")));
        System.out.printf("city: %s, authority %s%n", city, authority);
        Partition redrawn = cases.contains("redrawn") || cases.contains("covering")
                ? Perturbation.PARENTS_REDRAWN.apply(city, 10, 1) : null;
        if (cases.contains("redrawn")) {
            run("redrawn", "parents redrawn ≤ 10 m, snap 0.5 m", redrawn, repetitions,
                    CleaningOptions.builder().snapMetres(0.5).maxGapWidthMetres(10.5).authority(authority)
                            .parallelism(threads).build(), jts);
        }
        if (cases.contains("covering")) {
            run("covering", "parents redrawn ≤ 10 m, snap 10.5 m (covering)", redrawn, repetitions,
                    CleaningOptions.builder().snapMetres(10.5).maxGapWidthMetres(10.5).authority(authority)
                            .parallelism(threads).build(), jts);
        }
        if (cases.contains("digitised")) {
            run("digitised", "digitised ≤ 1 m, snap 2.5 m", Perturbation.DIGITISED_INDEPENDENTLY.apply(city, 1, 1),
                    repetitions, CleaningOptions.builder().snapMetres(2.5).maxGapWidthMetres(2.5).authority(authority)
                            .parallelism(threads).build(), jts);
        }
    }

    private static void run(String key, String name, Partition messy, int repetitions, CleaningOptions options,
            boolean withJts) {
        GeoPartition p = messy.toGeoPartition();
        double jts = withJts ? MessyCityProbe.best(repetitions, () -> MessyCityProbe.jtsAlone(p)) : Double.NaN;
        CleaningResult[] last = new CleaningResult[1];
        PartitionCleaner cleaner = new PartitionCleaner(options);
        long wallStart = System.nanoTime();
        double clean = MessyCityProbe.best(repetitions, () -> last[0] = cleaner.apply(p));
        double wall = (System.nanoTime() - wallStart) / 1e9 / repetitions;
        CleaningResult r = last[0];
        ValidationOptions check = options.validationOptions().toBuilder().parallelism(1).build();
        ValidationReport[] report = new ValidationReport[2];
        double validate = MessyCityProbe.best(1, () -> report[0] = PartitionValidator.validate(r.partition(), check));
        report[1] = PartitionValidator.validate(r.partition(), ValidationOptions.builder().parallelism(1).build());
        double gained = 0;
        double lost = 0;
        double moved = 0;
        for (CleaningResult.Change c : r.changes()) {
            gained += c.areaGainedM2();
            lost += c.areaLostM2();
            moved = Math.max(moved, c.largestDisplacementMetres());
        }
        System.out.printf("%s: JTS alone %.2f s CPU | clean %.2f s (%.2f× JTS; wall %.2f s per run): %d grids changed, "
                + "%d refused, %d gaps left, %.0f m² gained, %.0f m² lost | output validated at %.1f m in %.2f s: "
                + "%d findings (%d errors); at 0.5 m: %d findings (%d errors)%n",
                name, jts, clean, clean / jts, wall, r.changes().size(), r.refusals().size(), r.gapsLeft().size(),
                gained, lost, options.snapMetres(), validate, report[0].violations().size(), report[0].errors().size(),
                report[1].violations().size(), report[1].errors().size());
        for (CleaningResult.Refusal x : r.refusals()) {
            System.out.printf("  refused %s (parent %s): %s%n", x.id(), x.parentId().orElse("-"), x.message().en());
        }
        soundness(messy, r, moved);
        String dump = System.getProperty("probe.dump");
        if (dump != null) {
            dump(Path.of(dump, key + ".txt"), r);
        }
    }

    /** Prints area conservation, displacements and what happened to the leaves nothing was wrong with. */
    private static void soundness(Partition messy, CleaningResult r, double moved) {
        GeoPartition out = r.partition();
        GridTree tree = out.tree();
        CoordinateSystem crs = out.crs();
        Map<String, Double> left = new HashMap<>();
        for (CleaningResult.LeftGap gap : r.gapsLeft()) {
            gap.parentId().ifPresent(id -> left.merge(id, gap.areaM2(), Double::sum));
        }
        double worst = 0;
        String worstParent = "-";
        for (GridNode n : iterable(tree)) {
            if (tree.isLeaf(n.id())) {
                continue;
            }
            double parent = Areas.areaM2(out.geometries().get(n.id()), crs);
            double children = left.getOrDefault(n.id(), 0.0);
            for (GridNode c : tree.children(n.id())) {
                children += Areas.areaM2(out.geometries().get(c.id()), crs);
            }
            double d = Math.abs(children - parent) / parent;
            if (d > worst) {
                worst = d;
                worstParent = n.id();
            }
        }
        // leaves every edge of which a sibling shares in the messy input: nothing messy about them
        Map<String, CleaningResult.Change> changes = new HashMap<>();
        r.changes().forEach(c -> changes.put(c.id(), c));
        int settled = 0;
        int settledChanged = 0;
        double settledMoved = 0;
        double areaChange = 0;
        String areaChangeId = "-";
        for (GridNode n : iterable(tree)) {
            if (!tree.isLeaf(n.id())) {
                continue;
            }
            Geometry before = messy.geometries().get(n.id());
            Geometry after = out.geometries().get(n.id());
            double a0 = Areas.areaM2(before, crs);
            double rel = Math.abs(Areas.areaM2(after, crs) - a0) / a0;
            if (rel > areaChange) {
                areaChange = rel;
                areaChangeId = n.id();
            }
        }
        for (GridNode parent : iterable(tree)) {
            if (tree.isLeaf(parent.id()) || !tree.isLeaf(tree.children(parent.id()).get(0).id())) {
                continue;
            }
            Map<List<Double>, Integer> uses = new HashMap<>();
            for (GridNode c : tree.children(parent.id())) {
                segments(messy.geometries().get(c.id()), s -> uses.merge(s, 1, Integer::sum));
            }
            for (GridNode c : tree.children(parent.id())) {
                boolean[] inner = {true};
                segments(messy.geometries().get(c.id()), s -> inner[0] &= uses.get(s) == 2);
                if (inner[0]) {
                    settled++;
                    CleaningResult.Change change = changes.get(c.id());
                    if (change != null && change.largestDisplacementMetres() > 1e-6) {
                        settledChanged++;
                        settledMoved = Math.max(settledMoved, change.largestDisplacementMetres());
                    }
                }
            }
        }
        System.out.printf("  sound? children vs parent area: largest difference %.2e (%s; goal ≤ 1e-4) | largest "
                + "displacement %.2f m | leaves with every edge shared in the input: %d, of which %d moved (by up to "
                + "%.2f m) | largest change of a leaf's area %.3f%% (%s)%n", worst, worstParent, moved, settled,
                settledChanged, settledMoved, 100 * areaChange, areaChangeId);
    }

    private static Iterable<GridNode> iterable(GridTree tree) {
        List<GridNode> all = new ArrayList<>();
        tree.nodes().forEach(all::add);
        return all;
    }

    private static void segments(Geometry g, java.util.function.Consumer<List<Double>> out) {
        for (int i = 0; i < g.getNumGeometries(); i++) {
            Polygon p = (Polygon) g.getGeometryN(i);
            List<Coordinate[]> rings = new ArrayList<>();
            rings.add(p.getExteriorRing().getCoordinates());
            for (int h = 0; h < p.getNumInteriorRing(); h++) {
                rings.add(p.getInteriorRingN(h).getCoordinates());
            }
            for (Coordinate[] cs : rings) {
                for (int k = 0; k + 1 < cs.length; k++) {
                    Coordinate a = cs[k].compareTo(cs[k + 1]) <= 0 ? cs[k] : cs[k + 1];
                    Coordinate b = a == cs[k] ? cs[k + 1] : cs[k];
                    out.accept(List.of(a.x, a.y, b.x, b.y));
                }
            }
        }
    }

    private static void dump(Path file, CleaningResult r) {
        GeoPartition out = r.partition();
        Map<String, CleaningResult.Change> changes = new HashMap<>();
        r.changes().forEach(c -> changes.put(c.id(), c));
        boolean exact = Boolean.getBoolean("probe.dump.exact");
        try {
            Files.createDirectories(file.getParent());
            try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
                for (GridNode n : iterable(out.tree())) {
                    Geometry g = out.geometries().get(n.id());
                    String change = java.util.Optional.ofNullable(changes.get(n.id())).map(c -> String.format(" %.3f %.3f %.3f", c.areaGainedM2(),
                            c.areaLostM2(), c.largestDisplacementMetres())).orElse(" - - -");
                    if (exact) {
                        // every coordinate's bits and the change at full precision: identical outputs, not nearly
                        long bits = 17;
                        for (Coordinate c : g.getCoordinates()) {
                            bits = 31 * (31 * bits + Double.doubleToLongBits(c.x)) + Double.doubleToLongBits(c.y);
                        }
                        change = java.util.Optional.ofNullable(changes.get(n.id())).map(c -> " " + c.areaGainedM2() + " "
                                + c.areaLostM2() + " " + c.largestDisplacementMetres()).orElse(" - - -");
                        w.printf("%s %016x %d%s%n", n.id(), bits, g.getNumPoints(), change);
                        continue;
                    }
                    w.printf("%s %.3f %d%s%n", n.id(), Areas.areaM2(g, out.crs()), g.getNumPoints(), change);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

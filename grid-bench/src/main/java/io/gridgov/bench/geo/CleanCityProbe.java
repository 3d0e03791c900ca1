package io.gridgov.bench.geo;

import io.gridgov.geo.CoordinateSystem;
import io.gridgov.geo.GeoPartition;
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

/**
 * Issue 11's cleaning goal on {@link MessyCityProbe}'s two messy cities: the calling thread's CPU
 * time (best of {@code repetitions}) of {@link PartitionCleaner} next to JTS alone (the same
 * {@link MessyCityProbe#jtsAlone} checks), and what validating the output at the snapping
 * tolerance still finds. Parents redrawn ≤ 10 m are cleaned with 0.5 m snapping and gaps up to 10.5 m
 * filled; grids digitised ≤ 1 m with 2.5 m snapping and gaps up to 2.5 m.
 *
 * <pre>
 * java -Xmx2g -cp grid-bench/target/benchmarks.jar io.gridgov.bench.geo.CleanCityProbe 100 100 3 [parent|children] [jts|nojts] [threads]
 * </pre>
 *
 * <p>{@code nojts} skips JTS alone (for 100k grids, where it takes minutes). {@code threads} (1 by
 * default) is the cleaner's parallelism: with 1 the CPU time is the whole cleaning's; with more,
 * only the wall time (printed beside it) counts.
 */
public final class CleanCityProbe {

    private CleanCityProbe() {
    }

    /**
     * Runs the probe.
     *
     * @param args streets (100), grids per street (100), repetitions (3), authority (parent), {@code jts}
     *        or {@code nojts}, threads (1)
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
        System.out.printf("city: %s, authority %s%n", city, authority);
        run("parents redrawn ≤ 10 m", Perturbation.PARENTS_REDRAWN.apply(city, 10, 1).toGeoPartition(), repetitions,
                CleaningOptions.builder().snapMetres(0.5).maxGapWidthMetres(10.5).authority(authority)
                        .parallelism(threads).build(), jts);
        run("digitised ≤ 1 m", Perturbation.DIGITISED_INDEPENDENTLY.apply(city, 1, 1).toGeoPartition(), repetitions,
                CleaningOptions.builder().snapMetres(2.5).maxGapWidthMetres(2.5).authority(authority)
                        .parallelism(threads).build(), jts);
    }

    private static void run(String name, GeoPartition p, int repetitions, CleaningOptions options, boolean withJts) {
        double jts = withJts ? MessyCityProbe.best(repetitions, () -> MessyCityProbe.jtsAlone(p)) : Double.NaN;
        CleaningResult[] last = new CleaningResult[1];
        PartitionCleaner cleaner = new PartitionCleaner(options);
        long wallStart = System.nanoTime();
        double clean = MessyCityProbe.best(repetitions, () -> last[0] = cleaner.apply(p));
        double wall = (System.nanoTime() - wallStart) / 1e9 / repetitions;
        CleaningResult r = last[0];
        ValidationOptions check = options.validationOptions().toBuilder().parallelism(1).build();
        ValidationReport[] report = new ValidationReport[1];
        double validate = MessyCityProbe.best(1, () -> report[0] = PartitionValidator.validate(r.partition(), check));
        System.out.printf("%s: JTS alone %.2f s CPU | clean %.2f s (%.2f× JTS; wall %.2f s per run): %d grids changed, "
                + "%d refused, %d gaps left | output validated at %.1f m in %.2f s: %d findings (%d errors)%n",
                name, jts, clean, clean / jts, wall, r.changes().size(), r.refusals().size(), r.gapsLeft().size(),
                options.snapMetres(), validate, report[0].violations().size(), report[0].errors().size());
    }
}

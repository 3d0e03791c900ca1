package io.gridgov.examples.demo;

import static io.gridgov.examples.i18n.ExamplesMessages.MESSAGES;
import static java.util.Objects.requireNonNull;

import io.gridgov.core.i18n.LocalizedText;
import io.gridgov.core.tree.GridTree;
import io.gridgov.examples.sample.SampleCity;
import io.gridgov.geo.GeoPartition;
import io.gridgov.geo.GeoPoint;
import io.gridgov.geo.locate.GridLocator;
import io.gridgov.geo.locate.Location;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The demo's locate step: the problems residents reported in the sample month (points) are located
 * to the deepest grid containing them with grid-geo's {@link GridLocator} (batch API). A report in
 * the lake lands in the community only; one from outside the district lands nowhere. Writes
 * {@code located.csv} and leaves the {@link Located} reports for the map.
 */
public final class LocateStep extends BaseStep {

    /**
     * Each report with where it was located.
     *
     * @param reports the reports, in input order
     * @param locations the location of each (empty outside every grid)
     */
    public record Located(List<SampleCity.Report> reports, List<Optional<Location>> locations) {
        /** Validates and copies. */
        public Located {
            reports = List.copyOf(reports);
            locations = List.copyOf(locations);
            if (reports.size() != locations.size()) {
                throw new IllegalArgumentException("one location per report");
            }
        }
    }

    /** Creates the step. */
    public LocateStep() {
        super("locate");
    }

    @Override
    public StepOutcome run(DemoContext context) throws IOException {
        GeoPartition partition = earlier(context, GeoPartition.class, "boundary");
        GridTree tree = partition.tree();
        List<SampleCity.Report> reports = SampleCity.reports();
        List<GeoPoint> points = new ArrayList<>();
        reports.forEach(r -> points.add(r.point()));
        List<Optional<Location>> locations = GridLocator.of(partition).locateAll(points);
        context.put(Located.class, new Located(reports, locations));

        int toGrid = 0;
        int toCommunity = 0;
        int outside = 0;
        Map<String, Integer> perGrid = new TreeMap<>();
        StringBuilder csv = new StringBuilder("id,lon,lat,problem,grid,path\n");
        for (int i = 0; i < reports.size(); i++) {
            SampleCity.Report r = reports.get(i);
            Optional<Location> at = locations.get(i);
            requireNonNull(at, "location");
            if (at.isEmpty()) {
                outside++;
            } else if (tree.isLeaf(at.get().gridId())) {
                toGrid++;
                perGrid.merge(at.get().gridId(), 1, Integer::sum);
            } else {
                toCommunity++;
            }
            csv.append(r.id()).append(',').append(r.point().x()).append(',').append(r.point().y()).append(',')
                    .append(r.problem()).append(',').append(at.map(Location::gridId).orElse("")).append(',')
                    .append(at.map(Location::pathString).orElse("")).append('\n');
        }
        List<LocalizedText> lines = new ArrayList<>();
        lines.add(MESSAGES.text("demo.locate", reports.size(), toGrid, toCommunity, outside));
        perGrid.entrySet().stream().filter(e -> e.getValue() > 1).max(Comparator.comparing(Map.Entry<String, Integer>::getValue)
                .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .ifPresent(e -> lines.add(MESSAGES.text("demo.locate.busiest", e.getKey(), tree.require(e.getKey()).name(),
                        e.getValue())));
        Path pointsFile = context.copySample(SampleCity.REPORTS);
        return new StepOutcome(lines, 0, 0, List.of(pointsFile, context.write("located.csv", csv.toString())),
                List.of(DemoContext.command("locate", context.out().resolve(SampleCity.GEOJSON), "--points", pointsFile,
                        "--out", context.out().resolve("located-grids.csv"))));
    }
}

package io.gridgov.examples.demo;

import static io.gridgov.examples.i18n.ExamplesMessages.MESSAGES;
import static java.util.Objects.requireNonNull;

import io.gridgov.core.i18n.LocalizedText;
import io.gridgov.core.tree.GridTree;
import io.gridgov.examples.render.MapRenderer;
import io.gridgov.geo.GeoPartition;
import io.gridgov.geo.io.ReportFormat;
import io.gridgov.geo.io.ReportWriter;
import io.gridgov.geo.validate.PartitionValidator;
import io.gridgov.geo.validate.BoundaryRule;
import io.gridgov.geo.validate.ValidationReport;
import io.gridgov.geo.validate.Violation;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/**
 * The demo's defect step: the same city with two injected defects — a grid shrunk by a triangle on
 * its border with a neighbour (a gap, 遗漏) and a grid grown by a triangle into its neighbour (an
 * overlap, 交叉) — validated again. Writes the report as text, JSON and GeoJSON (to open in QGIS) and
 * leaves the {@link Injected} defects and report for the map.
 */
public final class DefectStep extends BaseStep {

    /** The grid shrunk (gap). */
    public static final String GAP_GRID = "g045";
    /** The grid grown into its neighbour (overlap). */
    public static final String OVERLAP_GRID = "g389";
    /** The colour of a gap on the map. */
    public static final Color GAP_COLOUR = new Color(0xE65100);
    /** The colour of an overlap on the map. */
    public static final Color OVERLAP_COLOUR = new Color(0x6A1B9A);

    /**
     * What was injected and found.
     *
     * @param geometries the mutated boundaries
     * @param report the validation report of the mutated city
     * @param gapNeighbour the neighbour across the gap
     * @param overlapNeighbour the neighbour overlapped
     */
    public record Injected(Map<String, Geometry> geometries, ValidationReport report, String gapNeighbour,
            String overlapNeighbour) {
        /** Validates and copies. */
        public Injected {
            geometries = Map.copyOf(geometries);
            requireNonNull(report, "report");
        }

        /** {@return the report's violations as map highlights: gaps orange, overlaps purple, labelled} */
        public List<MapRenderer.Highlight> highlights() {
            List<MapRenderer.Highlight> out = new ArrayList<>();
            for (Violation v : report.violations()) {
                if (v.geometry().isEmpty()) {
                    continue;
                }
                Color c = v.rule() == BoundaryRule.GAP ? GAP_COLOUR : v.rule() == BoundaryRule.OVERLAP ? OVERLAP_COLOUR
                        : new Color(0xC62828);
                out.add(new MapRenderer.Highlight(v.geometry().get(), v.ruleId() + " " + String.join("|", v.gridIds())
                        + ", " + Math.round(v.areaM2()) + " m²", c));
            }
            return out;
        }
    }

    /** Creates the step. */
    public DefectStep() {
        super("defects");
    }

    @Override
    public StepOutcome run(DemoContext context) throws IOException {
        GeoPartition clean = earlier(context, GeoPartition.class, "boundary");
        GridTree tree = clean.tree();
        Map<String, Geometry> geometries = new LinkedHashMap<>(clean.geometries());
        String gapNeighbour = neighbour(tree, geometries, GAP_GRID);
        Polygon gap = triangle(geometries.get(GAP_GRID), geometries.get(gapNeighbour), geometries.get(GAP_GRID));
        geometries.put(GAP_GRID, geometries.get(GAP_GRID).difference(gap));
        String overlapNeighbour = neighbour(tree, geometries, OVERLAP_GRID);
        Polygon bump = triangle(geometries.get(OVERLAP_GRID), geometries.get(overlapNeighbour),
                geometries.get(overlapNeighbour));
        geometries.put(OVERLAP_GRID, geometries.get(OVERLAP_GRID).union(bump));

        GeoPartition mutated = GeoPartition.of(tree, geometries, clean.crs()).withAllowedGaps(clean.allowedGaps());
        ValidationReport report = PartitionValidator.validate(mutated);
        context.put(Injected.class, new Injected(geometries, report, gapNeighbour, overlapNeighbour));
        Path city = context.out().resolve("city-with-defects.geojson");
        io.gridgov.geo.io.GeoJsonWriter.write(GeoPartition.of(tree, geometries, clean.crs()), city);
        Path lake = context.out().resolve(io.gridgov.examples.sample.SampleCity.ALLOWED_GAPS);
        List<Path> outputs = List.of(city,
                context.write("defects.txt",
                        englishThenChinese(language -> ReportWriter.toString(report, ReportFormat.TEXT, language))),
                context.write("defects.json", ReportWriter.toString(report, ReportFormat.JSON, Locale.ENGLISH)),
                context.write("defects.geojson", ReportWriter.toString(report, ReportFormat.GEOJSON, Locale.ENGLISH)));
        LocalizedText line = MESSAGES.text("demo.defects", GAP_GRID, OVERLAP_GRID, overlapNeighbour,
                report.errors().size(), BoundaryStep.describe(report.errors()));
        // The defects are intended: finding them is the step's success, so they are not counted as errors.
        Path reportFile = context.out().resolve("defects.geojson");
        return new StepOutcome(List.of(line), 0, 0, outputs, List.of(
                BoundaryStep.validate(city, lake, "--format", "geojson", "--out", reportFile),
                DemoContext.command("render", city, "--report", reportFile, "--level", "3", "--out",
                        context.out().resolve("defects.png"))));
    }

    /** The sibling sharing the longest border with a grid. */
    static String neighbour(GridTree tree, Map<String, Geometry> geometries, String id) {
        Geometry g = geometries.get(id);
        String best = null;
        double length = 0;
        for (var sibling : tree.children(tree.parent(id).orElseThrow().id())) {
            if (sibling.id().equals(id) || !geometries.containsKey(sibling.id())) {
                continue;
            }
            double l = g.intersection(geometries.get(sibling.id())).getLength();
            if (l > length) {
                length = l;
                best = sibling.id();
            }
        }
        if (best == null) {
            throw new IllegalStateException("grid " + id + " has no neighbour among its siblings");
        }
        return best;
    }

    /**
     * A triangle whose base is the longest segment of the border of {@code a} and {@code b} — existing
     * vertices of both, so that the mutation adds no vertex to the shared border and the report holds
     * exactly the injected defect — with its apex inside {@code into} (one of the two).
     */
    static Polygon triangle(Geometry a, Geometry b, Geometry into) {
        Geometry border = a.intersection(b);
        Coordinate p = null;
        Coordinate q = null;
        for (int i = 0; i < border.getNumGeometries(); i++) {
            if (border.getGeometryN(i) instanceof LineString line) {
                Coordinate[] cs = line.getCoordinates();
                for (int k = 1; k < cs.length; k++) {
                    if (p == null || cs[k - 1].distance(cs[k]) > p.distance(q)) {
                        p = cs[k - 1];
                        q = cs[k];
                    }
                }
            }
        }
        if (p == null) {
            throw new IllegalStateException("the grids share no border");
        }
        double dx = q.x - p.x;
        double dy = q.y - p.y;
        Coordinate mid = new Coordinate(p.x + 0.5 * dx, p.y + 0.5 * dy);
        GeometryFactory f = a.getFactory();
        for (double depth : new double[] {0.3, 0.15, 0.08}) {
            for (int sign : new int[] {1, -1}) {
                Coordinate apex = new Coordinate(mid.x - sign * depth * dy, mid.y + sign * depth * dx);
                Polygon t = f.createPolygon(new Coordinate[] {p.copy(), q.copy(), apex, p.copy()});
                if (into.contains(t)) {
                    return t;
                }
            }
        }
        throw new IllegalStateException("no room for a triangle on the border");
    }
}

package io.gridgov.examples.cli;

import static io.gridgov.examples.i18n.ExamplesMessages.MESSAGES;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gridgov.core.io.InputLocation;
import io.gridgov.core.io.InvalidInputException;
import io.gridgov.core.io.JsonTree;
import io.gridgov.core.tree.GridNode;
import io.gridgov.examples.render.MapRenderer;
import io.gridgov.geo.CoordinateSystem;
import io.gridgov.geo.GeoPartition;
import io.gridgov.geo.io.GeoFeatures;
import io.gridgov.geo.io.GeoJsonReader;
import java.awt.Color;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code gridgov render FILE [--report R] [--level N] [--colour-by PROPERTY] --out map.svg|map.png}:
 * draws the grids of a GeoJSON file outlined by level, the violations of a validation report (the
 * GeoJSON that {@code gridgov validate --format geojson} writes) filled and labelled, and optionally
 * the grids coloured by a numeric property. SVG or PNG by the extension of {@code --out}; drawn by
 * {@link MapRenderer}. Exit 0 when the map was written; an input that cannot be read or an output
 * that cannot be written ends in {@link ExitHandler} (exit 2).
 */
@Command(name = "render", mixinStandardHelpOptions = true)
public final class RenderCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE")
    Path file;

    @Option(names = "--report", paramLabel = "R")
    Path report;

    @Option(names = "--level", paramLabel = "N")
    Integer level;

    @Option(names = {"--colour-by", "--color-by"}, paramLabel = "PROPERTY")
    String colourBy;

    @Option(names = "--projected")
    boolean projected;

    @Option(names = "--width", paramLabel = "PX", defaultValue = "1000")
    int width;

    @Option(names = "--title", paramLabel = "TEXT")
    String title;

    @Option(names = "--out", required = true, paramLabel = "map.svg|map.png")
    Path out;

    /** Labels come from the input; {@code --lang} chooses the language of an error. */
    @Mixin
    LanguageOption language;

    @Override
    public Integer call() {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");   // maps are drawn off-screen; no window, no dock icon
        }
        OptionChecks.within(spec, language.locale(), "--width", width, 200, 10_000);
        if (level != null) {
            OptionChecks.within(spec, language.locale(), "--level", level, 1, 99);
        }
        String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".svg") && !name.endsWith(".png")) {
            throw new InvalidInputException(InputLocation.ofFile(out.toString()).withField("--out"),
                    MESSAGES.text("render.outExtension"));
        }
        CoordinateSystem crs = projected ? CoordinateSystem.PROJECTED_METRES : CoordinateSystem.LON_LAT_WGS84;
        GeoPartition partition = GeoJsonReader.read(file, crs).toPartition();
        MapRenderer.Builder map = MapRenderer.builder(partition.tree(), partition.geometries()).width(width)
                .lonLat(!projected).title(title == null ? file.getFileName().toString() : title);
        if (level != null) {
            map.maxLevel(level);
        }
        if (colourBy != null) {
            // a count such as households is neither good nor bad: a sequential palette, not red to green
            map.values(values(partition, colourBy), colourBy)
                    .palette(colourBy.toLowerCase(Locale.ROOT).contains("score") ? MapRenderer.Palette.SCORE
                            : MapRenderer.Palette.SEQUENTIAL);
        }
        map.dedicated(partition.tree().nodes().filter(n -> n.kind().isDedicated()).map(GridNode::id).toList());
        if (report != null) {
            map.highlights(violations(report, crs));
        }
        try {
            map.build().write(out);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(InputLocation.ofFile(file.toString()), e.getMessage());
        }
        spec.commandLine().getOut().println(MESSAGES.format(language.locale(), "render.wrote", out));
        spec.commandLine().getOut().flush();
        return GridGovCli.OK;
    }

    /** The numeric property of every grid that has it; an error names the first grid whose value is not a number. */
    static Map<String, Double> values(GeoPartition partition, String property) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (GridNode n : partition.tree().nodes().toList()) {
            Optional<String> text = switch (property) {
                case "households" -> n.households().isPresent() ? Optional.of(Long.toString(n.households().getAsLong()))
                        : Optional.empty();
                case "population" -> n.population().isPresent() ? Optional.of(Long.toString(n.population().getAsLong()))
                        : Optional.empty();
                default -> Optional.ofNullable(n.attributes().get(property));
            };
            if (text.isPresent()) {
                try {
                    out.put(n.id(), Double.parseDouble(text.get().trim()));
                } catch (NumberFormatException e) {
                    throw new InvalidInputException(InputLocation.UNKNOWN.withRecord("grid \"" + n.id() + "\"")
                            .withField(property), MESSAGES.text("render.notNumber", JsonTree.quoted(text.get())));
                }
            }
        }
        if (out.isEmpty()) {
            throw new InvalidInputException(InputLocation.UNKNOWN.withField("--colour-by"),
                    MESSAGES.text("render.noProperty", JsonTree.quoted(property)));
        }
        return out;
    }

    /**
     * The violations of a GeoJSON validation report as highlights. The pieces are read by grid-geo's
     * GeoJSON reader (each feature is given an id); point features (violations without a piece) are
     * drawn as circled points.
     */
    static List<MapRenderer.Highlight> violations(Path report, CoordinateSystem crs) {
        String name = report.toString();
        JsonNode root = JsonTree.readFile(report).node();
        if (root == null || !root.path("features").isArray()) {
            throw new InvalidInputException(InputLocation.ofFile(name),
                    "expected a GeoJSON FeatureCollection as written by gridgov validate --format geojson");
        }
        ObjectMapper json = new ObjectMapper();
        ObjectNode polygons = json.createObjectNode().put("type", "FeatureCollection");
        ArrayNode features = polygons.putArray("features");
        List<String> labels = new ArrayList<>();
        List<MapRenderer.Highlight> points = new ArrayList<>();
        GeometryFactory factory = new GeometryFactory();
        int i = 0;
        for (JsonNode f : root.get("features")) {
            JsonNode p = f.path("properties");
            String rule = p.path("rule").asText("?");
            String label = rule + " " + p.path("grids").asText("").replace(',', '|') + ", "
                    + Math.round(p.path("areaM2").asDouble()) + " m²";
            String type = f.path("geometry").path("type").asText("");
            if (type.equals("Polygon") || type.equals("MultiPolygon")) {
                ObjectNode copy = features.addObject().put("type", "Feature");
                copy.putObject("properties").put("id", "violation-" + i);
                copy.set("geometry", f.get("geometry"));
                labels.add(label);
            } else if (p.has("pointX") && p.has("pointY")) {
                points.add(new MapRenderer.Highlight(factory.createPoint(new Coordinate(p.get("pointX").asDouble(),
                        p.get("pointY").asDouble())), label, colour(rule)));
            }
            i++;
        }
        List<MapRenderer.Highlight> out = new ArrayList<>();
        try {
            GeoFeatures read = GeoJsonReader.read(new ByteArrayInputStream(json.writeValueAsBytes(polygons)), name, crs);
            int k = 0;
            for (var g : read.geometries().values()) {
                String label = labels.get(k++);
                out.add(new MapRenderer.Highlight(g, label, colour(label.substring(0, label.indexOf(' ')))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.addAll(points);
        return out;
    }

    private static Color colour(String rule) {
        return switch (rule) {
            case "GAP" -> new Color(0xE65100);
            case "OVERLAP" -> new Color(0x6A1B9A);
            case "OUTSIDE_PARENT" -> new Color(0xC62828);
            default -> new Color(0x1565C0);
        };
    }
}

package io.gridgov.geo;

import io.gridgov.core.Severity;
import io.gridgov.core.tree.GridNode;
import io.gridgov.core.tree.Level;
import io.gridgov.core.tree.LevelScheme;
import io.gridgov.geo.validate.BoundaryRule;
import io.gridgov.geo.validate.ValidationOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/**
 * A validation test as data: a small text file under {@code fixtures/validate} with lines
 * {@code crs projected|lonlat}, {@code option tolerance|minArea X}, {@code allowed WKT},
 * {@code node ID PARENT|- WKT|none} and {@code expect RULE SEVERITY PARENT|- ID,ID AREA}.
 */
record Fixture(String name, String description, GeoPartition partition, ValidationOptions options,
        List<Expected> expected) {

    record Expected(BoundaryRule rule, Severity severity, String parent, List<String> grids, double areaM2) {
        @Override
        public String toString() {
            return rule + " " + severity + " " + parent + " " + grids + " " + areaM2;
        }
    }

    static Stream<Fixture> all() {
        try {
            Path dir = Path.of(Fixture.class.getResource("/fixtures/validate").toURI());
            try (Stream<Path> files = Files.list(dir)) {
                return files.sorted().map(Fixture::load).toList().stream();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Fixture load(Path file) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            StringBuilder description = new StringBuilder();
            CoordinateSystem crs = CoordinateSystem.PROJECTED_METRES;
            ValidationOptions.Builder options = ValidationOptions.builder().parallelism(1);
            List<GridNode> nodes = new ArrayList<>();
            Map<String, Geometry> geometries = new LinkedHashMap<>();
            List<Geometry> allowed = new ArrayList<>();
            List<Expected> expected = new ArrayList<>();
            WKTReader wkt = new WKTReader(new GeometryFactory(new PrecisionModel()));
            for (String line : lines) {
                String[] w = line.trim().split("\\s+", 4);
                switch (w[0]) {
                    case "#" -> description.append(line.substring(1).trim()).append(' ');
                    case "" -> { }
                    case "crs" -> crs = w[1].equals("lonlat") ? CoordinateSystem.LON_LAT_WGS84
                            : CoordinateSystem.PROJECTED_METRES;
                    case "option" -> {
                        if (w[1].equals("tolerance")) {
                            options.toleranceMetres(Double.parseDouble(w[2]));
                        } else {
                            options.minAreaM2(Double.parseDouble(w[2]));
                        }
                    }
                    case "allowed" -> allowed.add(wkt.read(line.trim().substring("allowed".length())));
                    case "node" -> {
                        GridNode.Builder b = GridNode.builder(w[1]);
                        if (!w[2].equals("-")) {
                            b.parent(w[2]);
                        }
                        nodes.add(b.build());
                        if (!w[3].equals("none")) {
                            geometries.put(w[1], wkt.read(w[3]));
                        }
                    }
                    case "expect" -> {
                        String[] e = line.trim().split("\\s+");
                        expected.add(new Expected(BoundaryRule.valueOf(e[1]), Severity.valueOf(e[2]), e[3],
                                Arrays.stream(e[4].split(",")).sorted().toList(), Double.parseDouble(e[5])));
                    }
                    default -> throw new IllegalArgumentException(file + ": unknown line " + line);
                }
            }
            LevelScheme scheme = LevelScheme.of("fixture", Level.builder("top").build(), Level.builder("grid").build());
            GeoPartition partition = GeoPartition.assemble(scheme, nodes, geometries, crs).withAllowedGaps(allowed);
            return new Fixture(file.getFileName().toString(), description.toString().trim(), partition,
                    options.build(), expected);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParseException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return name;
    }
}

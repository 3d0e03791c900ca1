package io.gridgov.geo.io;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.gridgov.core.io.InputLocation;
import io.gridgov.core.io.InvalidInputException;
import io.gridgov.core.io.JsonTree;
import io.gridgov.core.tree.GridKind;
import io.gridgov.core.tree.GridNode;
import io.gridgov.geo.CoordinateSystem;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/**
 * Reads grids from an RFC 7946 GeoJSON FeatureCollection, streaming (Jackson {@code JsonParser}):
 * the file is never held as a string, and features are read one at a time.
 *
 * <p>Per feature: {@code properties.id} (or the feature's {@code id}), {@code properties.parent}
 * (absent or null for roots), optional {@code name}, {@code code}, {@code kind}, {@code households},
 * {@code population}, {@code level}, {@code tags}; other properties are kept as node attributes
 * (as text). The geometry is a Polygon or MultiPolygon, or null for a node without boundary.
 * See {@code docs/formats/geojson.md}.
 *
 * <pre>{@code
 * GeoPartition city = GeoJsonReader.read(Path.of("city.geojson"), CoordinateSystem.LON_LAT_WGS84).toPartition();
 * }</pre>
 *
 * <p>Bad input throws {@link InvalidInputException} naming the file, line and column, the feature
 * (index and id), the field and what was expected; nothing is returned then. Stateless and
 * thread-safe.
 */
public final class GeoJsonReader {

    private static final JsonFactory JSON = JsonTree.STREAMING.getFactory();

    private final String fileName;
    private final CoordinateSystem crs;
    private final GeometryFactory factory;
    private final JsonParser parser;
    private int featureIndex = -1;
    private String featureId;

    private GeoJsonReader(String fileName, CoordinateSystem crs, JsonParser parser) {
        this.fileName = fileName;
        this.crs = crs;
        this.factory = GeometryFactories.of(crs);
        this.parser = parser;
    }

    /**
     * Reads a file of grids.
     *
     * @param file the GeoJSON file
     * @param crs how to read the coordinates
     * @return the nodes and their geometries
     * @throws InvalidInputException when the file is missing, unreadable or not a valid grid file
     */
    public static GeoFeatures read(Path file, CoordinateSystem crs) {
        requireNonNull(file, "file");
        requireNonNull(crs, "crs");
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString(), crs);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(InputLocation.ofFile(file.toString()), "expected an existing file", e);
        } catch (IOException e) {
            throw new InvalidInputException(InputLocation.ofFile(file.toString()),
                    "expected a readable file: " + e.getMessage(), e);
        }
    }

    /**
     * Reads grids from a stream (not closed).
     *
     * @param in the stream, UTF-8
     * @param name the name to use in error messages, e.g. the file name or {@code <stdin>}
     * @param crs how to read the coordinates
     * @return the nodes and their geometries
     * @throws InvalidInputException when the input is not a valid grid file
     */
    public static GeoFeatures read(InputStream in, String name, CoordinateSystem crs) {
        requireNonNull(in, "in");
        requireNonNull(name, "name");
        requireNonNull(crs, "crs");
        List<GridNode> nodes = new ArrayList<>();
        Map<String, Geometry> geometries = new LinkedHashMap<>();
        parse(in, name, crs, (node, geometry) -> {
            nodes.add(node);
            if (geometry != null) {
                geometries.putIfAbsent(node.id(), geometry);
            }
        }, true);
        return new GeoFeatures(nodes, geometries, crs);
    }

    /**
     * Reads a file of polygons (allowed gaps such as lakes): every feature's geometry, properties
     * ignored; features with a null geometry are rejected.
     *
     * @param file the GeoJSON file
     * @param crs how to read the coordinates
     * @return the polygons in file order
     * @throws InvalidInputException when the file is not a FeatureCollection of polygons
     */
    public static List<Geometry> readPolygons(Path file, CoordinateSystem crs) {
        requireNonNull(file, "file");
        requireNonNull(crs, "crs");
        List<Geometry> polygons = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file)) {
            parse(in, file.toString(), crs, (node, geometry) -> polygons.add(geometry), false);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(InputLocation.ofFile(file.toString()), "expected an existing file", e);
        } catch (IOException e) {
            throw new InvalidInputException(InputLocation.ofFile(file.toString()),
                    "expected a readable file: " + e.getMessage(), e);
        }
        return List.copyOf(polygons);
    }

    private interface Sink {
        void accept(GridNode node, Geometry geometry);
    }

    private static void parse(InputStream in, String name, CoordinateSystem crs, Sink sink, boolean grids) {
        try (JsonParser p = JSON.createParser(in)) {
            new GeoJsonReader(name, crs, p).readCollection(sink, grids);
        } catch (IOException e) {
            throw JsonTree.unreadable(e, name);
        }
    }

    // ---------------------------------------------------------------- structure

    private void readCollection(Sink sink, boolean grids) throws IOException {
        JsonToken t = parser.nextToken();
        if (t != JsonToken.START_OBJECT) {
            throw error(null, "expected a GeoJSON FeatureCollection object, found " + describe(t));
        }
        boolean typeSeen = false;
        boolean featuresSeen = false;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            switch (field) {
                case "type" -> {
                    if (value != JsonToken.VALUE_STRING || !"FeatureCollection".equals(parser.getText())) {
                        throw error("type", "expected \"FeatureCollection\", found " + describe(value));
                    }
                    typeSeen = true;
                }
                case "features" -> {
                    if (value != JsonToken.START_ARRAY) {
                        throw error("features", "expected an array of features, found " + describe(value));
                    }
                    featuresSeen = true;
                    while (parser.nextToken() != JsonToken.END_ARRAY) {
                        featureIndex++;
                        featureId = null;
                        readFeature(sink, grids);
                    }
                    featureIndex = -1;
                    featureId = null;
                }
                default -> parser.skipChildren();
            }
        }
        if (!typeSeen) {
            throw error("type", "expected \"type\": \"FeatureCollection\"");
        }
        if (!featuresSeen) {
            throw error("features", "expected a \"features\" array");
        }
        if (parser.nextToken() != null) {
            throw error(null, "expected the end of the file after the FeatureCollection");
        }
    }

    private void readFeature(Sink sink, boolean grids) throws IOException {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            throw error(null, "expected a Feature object, found " + describe(parser.currentToken()));
        }
        boolean typeSeen = false;
        String topId = null;
        Props props = new Props();
        Geometry geometry = null;
        boolean geometrySeen = false;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            switch (field) {
                case "type" -> {
                    if (value != JsonToken.VALUE_STRING || !"Feature".equals(parser.getText())) {
                        throw error("type", "expected \"Feature\", found " + describe(value));
                    }
                    typeSeen = true;
                }
                case "id" -> {
                    topId = idValue("id");
                    if (featureId == null) {
                        featureId = topId;
                    }
                }
                case "properties" -> {
                    if (value == JsonToken.START_OBJECT) {
                        readProperties(props, grids);
                    } else if (value != JsonToken.VALUE_NULL) {
                        throw error("properties", "expected an object or null, found " + describe(value));
                    }
                }
                case "geometry" -> {
                    geometrySeen = true;
                    if (value == JsonToken.START_OBJECT) {
                        geometry = readGeometry();
                    } else if (value != JsonToken.VALUE_NULL) {
                        throw error("geometry", "expected a Polygon or MultiPolygon object or null, found "
                                + describe(value));
                    }
                }
                default -> parser.skipChildren();
            }
        }
        if (!typeSeen) {
            throw error("type", "expected \"type\": \"Feature\"");
        }
        if (!grids) {
            if (geometry == null) {
                throw error("geometry", "expected a Polygon or MultiPolygon, found " + (geometrySeen ? "null" : "none"));
            }
            sink.accept(null, geometry);
            return;
        }
        String id = props.id != null ? props.id : topId;
        if (id == null) {
            throw error("properties.id", "expected a grid id in properties.id or in the feature's id");
        }
        featureId = id;
        GridNode.Builder b = GridNode.builder(id);
        if (props.parent != null) {
            b.parent(props.parent);
        }
        if (props.name != null) {
            b.name(props.name);
        }
        if (props.code != null) {
            b.code(props.code);
        }
        if (props.kind != null) {
            b.kind(props.kind);
        }
        if (props.level != null) {
            b.level(props.level);
        }
        b.households(props.households).population(props.population).tags(props.tags);
        props.attributes.forEach(b::attribute);
        GridNode node;
        try {
            node = b.build();
        } catch (IllegalArgumentException e) {
            throw error(e.getMessage().contains("parent") ? "properties.parent" : "properties.id",
                    "expected a consistent node: " + e.getMessage());
        }
        sink.accept(node, geometry);
    }

    private static final class Props {
        String id;
        String parent;
        String name;
        String code;
        GridKind kind;
        String level;
        OptionalLong households = OptionalLong.empty();
        OptionalLong population = OptionalLong.empty();
        final List<String> tagList = new ArrayList<>();
        java.util.Set<String> tags = java.util.Set.of();
        final Map<String, String> attributes = new LinkedHashMap<>();
    }

    private void readProperties(Props props, boolean grids) throws IOException {
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            if (!grids) {
                parser.skipChildren();
                continue;
            }
            String path = "properties." + field;
            switch (field) {
                case "id" -> {
                    props.id = idValue(path);
                    featureId = props.id;
                }
                case "parent" -> props.parent = value == JsonToken.VALUE_NULL ? null : idValue(path);
                case "name" -> props.name = optionalText(path);
                case "code" -> props.code = optionalText(path);
                case "level" -> props.level = optionalText(path);
                case "kind" -> {
                    String text = optionalText(path);
                    if (text != null) {
                        try {
                            props.kind = GridKind.parse(text);
                        } catch (IllegalArgumentException e) {
                            throw error(path, "expected comprehensive, dedicated or dedicated:TYPE, found \""
                                    + text + "\"");
                        }
                    }
                }
                case "households" -> props.households = count(path);
                case "population" -> props.population = count(path);
                case "tags" -> props.tags = tags(path);
                default -> {
                    String text = attributeText();
                    if (text != null) {
                        props.attributes.put(field, text);
                    }
                }
            }
        }
    }

    private String idValue(String field) throws IOException {
        JsonToken t = parser.currentToken();
        if (t == JsonToken.VALUE_STRING || t == JsonToken.VALUE_NUMBER_INT) {
            String text = parser.getText();
            if (text.isBlank()) {
                throw error(field, "expected a non-blank id, found \"" + text + "\"");
            }
            return text;
        }
        throw error(field, "expected an id (a string or a whole number), found " + describe(t));
    }

    private String optionalText(String field) throws IOException {
        JsonToken t = parser.currentToken();
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        if (t == JsonToken.VALUE_STRING || t == JsonToken.VALUE_NUMBER_INT) {
            return parser.getText();
        }
        throw error(field, "expected a string, found " + describe(t));
    }

    private OptionalLong count(String field) throws IOException {
        JsonToken t = parser.currentToken();
        long value;
        if (t == JsonToken.VALUE_NULL) {
            return OptionalLong.empty();
        } else if (t == JsonToken.VALUE_NUMBER_INT) {
            value = parser.getLongValue();
        } else if (t == JsonToken.VALUE_NUMBER_FLOAT && parser.getDoubleValue() == Math.rint(parser.getDoubleValue())
                && Math.abs(parser.getDoubleValue()) < 1e15) {
            value = (long) parser.getDoubleValue();
        } else if (t == JsonToken.VALUE_STRING && parser.getText().trim().matches("\\d{1,18}")) {
            value = Long.parseLong(parser.getText().trim());
        } else {
            throw error(field, "expected a whole number ≥ 0, found " + describe(t));
        }
        if (value < 0) {
            throw error(field, "expected a whole number ≥ 0, found " + value);
        }
        return OptionalLong.of(value);
    }

    private java.util.Set<String> tags(String field) throws IOException {
        JsonToken t = parser.currentToken();
        java.util.Set<String> tags = new java.util.TreeSet<>();
        if (t == JsonToken.VALUE_NULL) {
            return tags;
        }
        if (t == JsonToken.VALUE_STRING) {
            for (String s : parser.getText().split(",")) {
                if (!s.isBlank()) {
                    tags.add(s.trim());
                }
            }
            return tags;
        }
        if (t != JsonToken.START_ARRAY) {
            throw error(field, "expected an array of strings or a comma-separated string, found " + describe(t));
        }
        while ((t = parser.nextToken()) != JsonToken.END_ARRAY) {
            if (t != JsonToken.VALUE_STRING) {
                throw error(field, "expected an array of strings, found " + describe(t) + " in it");
            }
            tags.add(parser.getText());
        }
        return tags;
    }

    private String attributeText() throws IOException {
        JsonToken t = parser.currentToken();
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        if (t.isScalarValue()) {
            return parser.getText();
        }
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.copyCurrentStructure(parser);
        }
        return out.toString();
    }

    // ---------------------------------------------------------------- geometry

    private Geometry readGeometry() throws IOException {
        String type = null;
        Object coordinates = null;
        JsonLocation coordinatesAt = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            switch (field) {
                case "type" -> {
                    if (value != JsonToken.VALUE_STRING) {
                        throw error("geometry.type", "expected \"Polygon\" or \"MultiPolygon\", found " + describe(value));
                    }
                    type = parser.getText();
                    if (!type.equals("Polygon") && !type.equals("MultiPolygon")) {
                        throw error("geometry.type", "expected \"Polygon\" or \"MultiPolygon\", found \"" + type + "\"");
                    }
                }
                case "coordinates" -> {
                    coordinatesAt = parser.currentTokenLocation();
                    if (value != JsonToken.START_ARRAY) {
                        throw error("geometry.coordinates", "expected an array, found " + describe(value));
                    }
                    coordinates = readNested();
                }
                default -> parser.skipChildren();
            }
        }
        if (type == null) {
            throw error("geometry.type", "expected \"type\": \"Polygon\" or \"MultiPolygon\"");
        }
        if (coordinates == null) {
            throw error("geometry.coordinates", "expected a \"coordinates\" array");
        }
        try {
            if (type.equals("Polygon")) {
                return polygon(coordinates);
            }
            List<?> polygons = list(coordinates, "a MultiPolygon: an array of polygons");
            Polygon[] result = new Polygon[polygons.size()];
            for (int i = 0; i < result.length; i++) {
                result[i] = polygon(polygons.get(i));
            }
            return factory.createMultiPolygon(result);
        } catch (ShapeException e) {
            throw errorAt(coordinatesAt, "geometry.coordinates", "expected " + e.getMessage());
        }
    }

    /** A problem with the shape of a coordinates array, located at the coordinates' start. */
    private static final class ShapeException extends Exception {
        private static final long serialVersionUID = 1L;

        ShapeException(String message) {
            super(message, null, false, false);
        }
    }

    private Object readNested() throws IOException {
        // current token is START_ARRAY: either a position (numbers) or an array of arrays
        JsonToken t = parser.nextToken();
        if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
            double[] position = new double[3];
            int n = 0;
            while (t != JsonToken.END_ARRAY) {
                if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
                    throw error("geometry.coordinates", "expected a number in a position, found " + describe(t));
                }
                double v = parser.getDoubleValue();
                if (n < 3) {
                    position[n] = v;
                }
                n++;
                t = parser.nextToken();
            }
            if (n < 2) {
                throw error("geometry.coordinates", "expected a position of at least 2 numbers, found " + n);
            }
            checkRange(position[0], position[1]);
            return new Coordinate(position[0], position[1]);
        }
        List<Object> items = new ArrayList<>();
        while (t != JsonToken.END_ARRAY) {
            if (t != JsonToken.START_ARRAY) {
                throw error("geometry.coordinates", "expected a nested array or a position, found " + describe(t));
            }
            items.add(readNested());
            t = parser.nextToken();
        }
        return items;
    }

    private void checkRange(double x, double y) throws InvalidInputException {
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            throw error("geometry.coordinates", "expected finite coordinates, found (" + x + ", " + y + ")");
        }
        if (crs.isGeographic() && (x < -180 || x > 180 || y < -90 || y > 90)) {
            throw error("geometry.coordinates", "expected longitude in [-180, 180] and latitude in [-90, 90], found ("
                    + x + ", " + y + "); for projected coordinates in metres use the projected option");
        }
    }

    private static List<?> list(Object o, String expected) throws ShapeException {
        if (o instanceof List<?> l && !l.isEmpty()) {
            return l;
        }
        throw new ShapeException(expected);
    }

    private Polygon polygon(Object o) throws ShapeException {
        List<?> rings = list(o, "a Polygon: a non-empty array of linear rings");
        LinearRing shell = ring(rings.get(0));
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 1; i < rings.size(); i++) {
            holes[i - 1] = ring(rings.get(i));
        }
        return factory.createPolygon(shell, holes);
    }

    private LinearRing ring(Object o) throws ShapeException {
        List<?> positions = list(o, "a linear ring: an array of positions");
        Coordinate[] cs = new Coordinate[positions.size()];
        for (int i = 0; i < cs.length; i++) {
            if (!(positions.get(i) instanceof Coordinate c)) {
                throw new ShapeException("a linear ring: an array of [x, y] positions");
            }
            cs[i] = c;
        }
        if (cs.length < 4) {
            throw new ShapeException("a linear ring of at least 4 positions, found " + cs.length);
        }
        if (!cs[0].equals2D(cs[cs.length - 1])) {
            throw new ShapeException("a closed linear ring (first position equal to the last), found first "
                    + cs[0].x + "," + cs[0].y + " and last " + cs[cs.length - 1].x + "," + cs[cs.length - 1].y);
        }
        return factory.createLinearRing(cs);
    }

    // ---------------------------------------------------------------- errors

    private InvalidInputException error(String field, String problem) {
        return errorAt(parser.currentTokenLocation(), field, problem);
    }

    private InvalidInputException errorAt(JsonLocation at, String field, String problem) {
        InputLocation where = InputLocation.ofFile(fileName);
        if (at != null) {
            where = where.at(at.getLineNr(), at.getColumnNr());
        }
        if (featureIndex >= 0) {
            where = where.withRecord("feature #" + featureIndex + (featureId == null ? "" : " (id \"" + featureId + "\")"));
        }
        if (field != null) {
            where = where.withField(field);
        }
        return new InvalidInputException(where, problem);
    }

    private String describe(JsonToken t) throws IOException {
        if (t == null) {
            return "the end of the input";
        }
        return switch (t) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "\"" + parser.getText() + "\"";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "the number " + parser.getText();
            case VALUE_TRUE, VALUE_FALSE -> parser.getText();
            case VALUE_NULL -> "null";
            default -> t.asString() == null ? t.name() : t.asString();
        };
    }
}

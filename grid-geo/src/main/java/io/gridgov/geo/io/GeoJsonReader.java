package io.gridgov.geo.io;

import static io.gridgov.geo.GeoMessages.MESSAGES;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.gridgov.core.i18n.LocalizedText;
import io.gridgov.core.io.InputLocation;
import io.gridgov.core.io.InvalidInputException;
import io.gridgov.core.io.JsonTree;
import io.gridgov.core.format.NodeProperties;
import io.gridgov.core.tree.GridNode;
import io.gridgov.geo.CoordinateSystem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/**
 * Reads grids from an RFC 7946 GeoJSON FeatureCollection, streaming (Jackson {@code JsonParser}):
 * the file is never held as a string, and features are read one at a time.
 *
 * <p>Per feature, the properties are the node properties of every GridGov format, mapped by
 * {@link NodeProperties} as in the tree format: {@code properties.id} (or the feature's {@code id}),
 * {@code parent} (absent or null for roots), optional {@code name}, {@code code}, {@code level},
 * {@code kind}, {@code households}, {@code population}, {@code tags}, {@code validFrom},
 * {@code validUntil}; other properties are kept as node attributes (as text). GeoJSON alone also
 * accepts a whole-number {@code code}, households and population given as digit strings, and tags
 * as one comma-separated string. The geometry is a Polygon or MultiPolygon, or null for a node
 * without boundary. See {@code docs/formats/geojson.md}.
 *
 * <pre>{@code
 * GeoPartition city = GeoJsonReader.read(Path.of("city.geojson"), CoordinateSystem.LON_LAT_WGS84).toPartition();
 * }</pre>
 *
 * <p>Bad input throws {@link InvalidInputException} naming the file, line and column, the feature
 * (index and id), the field and what was expected, in English and Chinese; a key given twice in an
 * object and content after the collection are errors too. Nothing is returned then. Stateless and
 * thread-safe.
 */
public final class GeoJsonReader {

    // the strict policy of JsonTree; NaN and Infinity are read so that they are rejected as
    // coordinates, with the feature named
    private static final JsonFactory JSON = JsonTree.STREAMING.getFactory().rebuild()
            .enable(com.fasterxml.jackson.core.json.JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();

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
            throw new InvalidInputException(InputLocation.ofFile(file.toString()), text("geojson.noFile"), e);
        } catch (IOException e) {
            throw JsonTree.unreadable(e, file.toString());
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
        requireFit(geometries.values(), name, crs);
        return new GeoFeatures(nodes, geometries, crs, java.util.Optional.of(name));
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
            throw new InvalidInputException(InputLocation.ofFile(file.toString()), text("geojson.noFile"), e);
        } catch (IOException e) {
            throw JsonTree.unreadable(e, file.toString());
        }
        return List.copyOf(polygons);
    }

    /** Rejects a file whose geometries as a whole look written in another coordinate system. */
    private static void requireFit(java.util.Collection<Geometry> geometries, String name, CoordinateSystem crs) {
        java.util.Optional<io.gridgov.core.i18n.LocalizedText> misfit = crs.misfit(geometries);
        if (misfit.isPresent()) {
            throw new InvalidInputException(InputLocation.ofFile(name), misfit.get());
        }
    }

    private interface Sink {
        void accept(GridNode node, Geometry geometry);
    }

    private static void parse(InputStream in, String name, CoordinateSystem crs, Sink sink, boolean grids) {
        InputStream bytes = in.markSupported() ? in : new java.io.BufferedInputStream(in, 1 << 16);
        try {
            bytes.mark(2);
            boolean gzip = bytes.read() == 0x1f && bytes.read() == 0x8b;
            bytes.reset();
            if (gzip) {
                throw new InvalidInputException(InputLocation.ofFile(name), text("geojson.gzip"));
            }
        } catch (IOException e) {
            throw JsonTree.unreadable(e, name);
        }
        // a character reader over a strict decoder: the byte parser lets overlong UTF-8 (C0 80) through
        try (JsonParser p = JSON.createParser(JsonTree.utf8(bytes))) {
            try {
                new GeoJsonReader(name, crs, p).readCollection(sink, grids);
            } catch (NumberFormatException e) {
                throw JsonTree.unreadable(e, name, p);
            }
        } catch (IOException e) {
            throw JsonTree.unreadable(e, name);
        }
    }

    // ---------------------------------------------------------------- structure

    private void readCollection(Sink sink, boolean grids) throws IOException {
        JsonToken t = parser.nextToken();
        if (t != JsonToken.START_OBJECT) {
            throw error(null, "geojson.collection", describe(t));
        }
        boolean typeSeen = false;
        boolean featuresSeen = false;
        for (String field = nextMember(); field != null; field = nextMember()) {
            JsonToken value = parser.currentToken();
            switch (field) {
                case "type" -> {
                    requireType(value, "FeatureCollection", "geojson.collectionType");
                    typeSeen = true;
                }
                case "features" -> {
                    if (value != JsonToken.START_ARRAY) {
                        throw error("features", "geojson.features", describe(value));
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
            throw error("type", "geojson.noCollectionType");
        }
        if (!featuresSeen) {
            throw error("features", "geojson.noFeatures");
        }
        if (parser.nextToken() != null) {
            throw error(null, "geojson.trailing");
        }
    }

    /**
     * Moves to the next member of the current object.
     *
     * @return the member's name, the parser on its value; null at the object's end
     */
    private String nextMember() throws IOException {
        if (parser.nextToken() != JsonToken.FIELD_NAME) {
            return null;
        }
        String name = parser.currentName();
        parser.nextToken();
        return name;
    }

    /**
     * Checks a {@code type} member against the one type its object may have.
     *
     * @param value the member's value token
     * @param expected the type required
     * @param key the message key when it differs
     * @throws InvalidInputException when the value is not the expected string
     */
    private void requireType(JsonToken value, String expected, String key) throws IOException {
        if (value != JsonToken.VALUE_STRING || !expected.equals(parser.getText())) {
            throw error("type", key, describe(value));
        }
    }

    private void readFeature(Sink sink, boolean grids) throws IOException {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            throw error(null, "geojson.feature", describe(parser.currentToken()));
        }
        boolean typeSeen = false;
        JsonNode topId = null;
        JsonLocation topIdAt = null;
        JsonLocation propertiesAt = parser.currentTokenLocation();
        Map<String, JsonNode> properties = new LinkedHashMap<>();
        Map<String, JsonLocation> locations = new LinkedHashMap<>();
        Geometry geometry = null;
        boolean geometrySeen = false;
        for (String field = nextMember(); field != null; field = nextMember()) {
            JsonToken value = parser.currentToken();
            switch (field) {
                case "type" -> {
                    requireType(value, "Feature", "geojson.featureType");
                    typeSeen = true;
                }
                case "id" -> {
                    if (value != JsonToken.VALUE_STRING && value != JsonToken.VALUE_NUMBER_INT) {
                        throw error("id", "geojson.id", describe(value));
                    }
                    if (parser.getText().isBlank()) {
                        throw error("id", "geojson.blankId", JsonTree.quoted(parser.getText()));
                    }
                    topId = TextNode.valueOf(parser.getText());
                    topIdAt = parser.currentTokenLocation();
                    if (featureId == null) {
                        featureId = topId.textValue();
                    }
                }
                case "properties" -> {
                    if (value == JsonToken.START_OBJECT) {
                        propertiesAt = parser.currentTokenLocation();
                        readProperties(properties, locations, grids);
                    } else if (value != JsonToken.VALUE_NULL) {
                        throw error("properties", "geojson.properties", describe(value));
                    }
                }
                case "geometry" -> {
                    geometrySeen = true;
                    if (value == JsonToken.START_OBJECT) {
                        geometry = readGeometry();
                    } else if (value != JsonToken.VALUE_NULL) {
                        throw error("geometry", "geojson.geometry", describe(value));
                    }
                }
                default -> parser.skipChildren();
            }
        }
        if (!typeSeen) {
            throw error("type", "geojson.noFeatureType");
        }
        if (!grids) {
            if (geometry == null) {
                throw error("geometry", "geojson.polygonRequired",
                        MESSAGES.text(geometrySeen ? "geojson.found.null" : "geojson.found.none"));
            }
            sink.accept(null, geometry);
            return;
        }
        JsonNode id = properties.get(NodeProperties.ID);
        if ((id == null || id.isNull()) && topId != null) {
            properties.put(NodeProperties.ID, topId);
            locations.put(NodeProperties.ID, topIdAt);
        } else if (id == null || id.isNull()) {
            throw error("properties.id", "geojson.noId");
        }
        lenient(properties, locations);
        JsonLocation fallback = propertiesAt;
        JsonLocation featureIdAt = topIdAt;
        GridNode node;
        try {
            node = NodeProperties.toNode(properties, field -> {
                String name = field.contains("[") ? field.substring(0, field.indexOf('[')) : field;
                boolean top = featureIdAt != null && name.equals(NodeProperties.ID) && locations.get(name) == featureIdAt;
                return where(locations.getOrDefault(name, fallback), top ? "id" : "properties." + field);
            });
        } catch (IllegalArgumentException e) {
            throw error("properties.id", "geojson.node", e.getMessage());
        }
        sink.accept(node, geometry);
    }

    /**
     * GeoJSON's documented leniencies, applied before the shared mapping: a whole-number code, counts
     * given as digit strings, and tags as one comma-separated string.
     */
    private void lenient(Map<String, JsonNode> properties, Map<String, JsonLocation> locations) {
        JsonNode code = properties.get(NodeProperties.CODE);
        if (code != null && code.isIntegralNumber()) {
            properties.put(NodeProperties.CODE, TextNode.valueOf(code.asText()));
        }
        for (String count : List.of(NodeProperties.HOUSEHOLDS, NodeProperties.POPULATION)) {
            JsonNode v = properties.get(count);
            if (v != null && v.isTextual() && v.textValue().trim().matches("\\d{1,18}")) {
                properties.put(count, LongNode.valueOf(Long.parseLong(v.textValue().trim())));
            }
        }
        JsonNode tags = properties.get(NodeProperties.TAGS);
        if (tags != null && tags.isTextual()) {
            ArrayNode list = JsonNodeFactory.instance.arrayNode();
            for (String tag : tags.textValue().split(",")) {
                if (!tag.isBlank()) {
                    list.add(tag.trim());
                }
            }
            properties.put(NodeProperties.TAGS, list);
        } else if (tags != null && !tags.isNull() && !tags.isArray()) {
            throw errorAt(locations.get(NodeProperties.TAGS), "properties.tags", "geojson.tags", found(tags));
        }
    }

    /** Reads the properties object into values with the location of each, keys once each. */
    private void readProperties(Map<String, JsonNode> properties, Map<String, JsonLocation> locations, boolean grids)
            throws IOException {
        for (String field = nextMember(); field != null; field = nextMember()) {
            if (!grids) {
                parser.skipChildren();
                continue;
            }
            locations.put(field, parser.currentTokenLocation());
            JsonNode value = value();
            properties.put(field, value);
            if (field.equals(NodeProperties.ID) && value != null && (value.isTextual() || value.isIntegralNumber())) {
                featureId = value.asText();
            }
        }
    }

    /** {@return the current value as a node: scalars directly (numbers exact), objects and arrays by the strict mapper} */
    private JsonNode value() throws IOException {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        return switch (parser.currentToken()) {
            case VALUE_STRING -> TextNode.valueOf(parser.getText());
            case VALUE_NUMBER_INT -> switch (parser.getNumberType()) {
                case INT -> nodes.numberNode(parser.getIntValue());
                case LONG -> nodes.numberNode(parser.getLongValue());
                default -> nodes.numberNode(parser.getBigIntegerValue());
            };
            case VALUE_NUMBER_FLOAT -> nodes.numberNode(parser.getDecimalValue());
            case VALUE_TRUE -> nodes.booleanNode(true);
            case VALUE_FALSE -> nodes.booleanNode(false);
            case VALUE_NULL -> nodes.nullNode();
            default -> {
                JsonNode tree = JsonTree.STREAMING.readTree(parser);
                yield tree == null ? nodes.nullNode() : tree;
            }
        };
    }

    // ---------------------------------------------------------------- geometry

    private Geometry readGeometry() throws IOException {
        String type = null;
        Object coordinates = null;
        JsonLocation coordinatesAt = null;
        for (String field = nextMember(); field != null; field = nextMember()) {
            JsonToken value = parser.currentToken();
            switch (field) {
                case "type" -> {
                    if (value != JsonToken.VALUE_STRING) {
                        throw error("geometry.type", "geojson.geometryType", describe(value));
                    }
                    type = parser.getText();
                    if (!type.equals("Polygon") && !type.equals("MultiPolygon")) {
                        throw error("geometry.type", "geojson.geometryType", JsonTree.quoted(type));
                    }
                }
                case "coordinates" -> {
                    coordinatesAt = parser.currentTokenLocation();
                    if (value != JsonToken.START_ARRAY) {
                        throw error("geometry.coordinates", "geojson.coordinates", describe(value));
                    }
                    coordinates = readNested();
                }
                default -> parser.skipChildren();
            }
        }
        if (type == null) {
            throw error("geometry.type", "geojson.noGeometryType");
        }
        if (coordinates == null) {
            throw error("geometry.coordinates", "geojson.noCoordinates");
        }
        try {
            if (type.equals("Polygon")) {
                return polygon(coordinates);
            }
            List<?> polygons = list(coordinates, "geojson.shape.multi");
            Polygon[] result = new Polygon[polygons.size()];
            for (int i = 0; i < result.length; i++) {
                result[i] = polygon(polygons.get(i));
            }
            return factory.createMultiPolygon(result);
        } catch (ShapeException e) {
            throw new InvalidInputException(where(coordinatesAt, "geometry.coordinates"), e.problem);
        }
    }

    /** A problem with the shape of a coordinates array, located at the coordinates' start. */
    private static final class ShapeException extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient LocalizedText problem;

        ShapeException(String key, Object... args) {
            super(key, null, false, false);
            this.problem = MESSAGES.text(key, args);
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
                    throw error("geometry.coordinates", "geojson.positionNumber", describe(t));
                }
                double v = parser.getDoubleValue();
                if (n < 3) {
                    position[n] = v;
                }
                n++;
                t = parser.nextToken();
            }
            if (n < 2) {
                throw error("geometry.coordinates", "geojson.positionSize", String.valueOf(n));
            }
            checkRange(position[0], position[1]);
            return new Coordinate(position[0], position[1]);
        }
        List<Object> items = new ArrayList<>();
        while (t != JsonToken.END_ARRAY) {
            if (t != JsonToken.START_ARRAY) {
                throw error("geometry.coordinates", "geojson.nested", describe(t));
            }
            items.add(readNested());
            t = parser.nextToken();
        }
        return items;
    }

    private void checkRange(double x, double y) throws InvalidInputException {
        java.util.Optional<LocalizedText> bad = crs.misfit(x, y);
        if (bad.isPresent()) {
            throw new InvalidInputException(where(parser.currentTokenLocation(), "geometry.coordinates"), bad.get());
        }
    }

    private static List<?> list(Object o, String key) throws ShapeException {
        if (o instanceof List<?> l && !l.isEmpty()) {
            return l;
        }
        throw new ShapeException(key);
    }

    private Polygon polygon(Object o) throws ShapeException {
        List<?> rings = list(o, "geojson.shape.polygon");
        LinearRing shell = ring(rings.get(0));
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 1; i < rings.size(); i++) {
            holes[i - 1] = ring(rings.get(i));
        }
        return factory.createPolygon(shell, holes);
    }

    private LinearRing ring(Object o) throws ShapeException {
        List<?> positions = list(o, "geojson.shape.ring");
        Coordinate[] cs = new Coordinate[positions.size()];
        for (int i = 0; i < cs.length; i++) {
            if (!(positions.get(i) instanceof Coordinate c)) {
                throw new ShapeException("geojson.shape.positions");
            }
            cs[i] = c;
        }
        if (cs.length < 4) {
            throw new ShapeException("geojson.shape.ringSize", String.valueOf(cs.length));
        }
        if (!cs[0].equals2D(cs[cs.length - 1])) {
            throw new ShapeException("geojson.shape.closed", String.valueOf(cs[0].x), String.valueOf(cs[0].y),
                    String.valueOf(cs[cs.length - 1].x), String.valueOf(cs[cs.length - 1].y));
        }
        return factory.createLinearRing(cs);
    }

    // ---------------------------------------------------------------- errors

    private static LocalizedText text(String key, Object... args) {
        return MESSAGES.text(key, args);
    }

    private InvalidInputException error(String field, String key, Object... args) {
        return errorAt(parser.currentTokenLocation(), field, key, args);
    }

    private InvalidInputException errorAt(JsonLocation at, String field, String key, Object... args) {
        return new InvalidInputException(where(at, field), text(key, args));
    }

    private InputLocation where(JsonLocation at, String field) {
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
        return where;
    }

    private Object describe(JsonToken t) throws IOException {
        if (t == null) {
            return text("geojson.found.end");
        }
        return switch (t) {
            case START_OBJECT -> text("geojson.found.object");
            case START_ARRAY -> text("geojson.found.array");
            case VALUE_STRING -> JsonTree.quoted(parser.getText());
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT, VALUE_TRUE, VALUE_FALSE -> parser.getText();
            case VALUE_NULL -> "null";
            default -> t.asString() == null ? t.name() : t.asString();
        };
    }

    private static Object found(JsonNode v) {
        if (v.isObject()) {
            return text("geojson.found.object");
        }
        return JsonTree.shown(v);
    }
}

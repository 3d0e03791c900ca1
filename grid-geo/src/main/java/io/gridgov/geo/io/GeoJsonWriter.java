package io.gridgov.geo.io;

import io.gridgov.core.io.AtomicFiles;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.gridgov.core.format.NodeProperties;
import io.gridgov.core.tree.GridNode;
import io.gridgov.geo.GeoPartition;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.geom.MultiPoint;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * Writes a partition as the GeoJSON FeatureCollection that {@link GeoJsonReader} reads
 * ({@code docs/formats/geojson.md}): one feature per node in tree pre-order, with the node properties
 * of every GridGov format ({@link NodeProperties#toProperties}: {@code id}, {@code parent},
 * {@code name}, {@code code}, {@code level}, {@code kind}, {@code households}, {@code population},
 * {@code tags}, {@code validFrom}, {@code validUntil}, defaults left out) and the node's attributes
 * as properties. Reading the output gives back the same nodes and geometries. Streams; stateless
 * and thread-safe.
 */
public final class GeoJsonWriter {

    private static final JsonFactory JSON = new JsonFactory();

    private GeoJsonWriter() {
    }

    /**
     * Writes the partition to a writer (not closed).
     *
     * @param partition the partition
     * @param out where
     * @throws IOException when writing fails
     * @throws IllegalArgumentException when a node has an attribute named like a node property
     */
    public static void write(GeoPartition partition, Writer out) throws IOException {
        requireNonNull(partition, "partition");
        write(partition, (Iterable<GridNode>) partition.tree().nodes()::iterator, out);
    }

    /**
     * Writes the partition to a file in a given feature order (the order a file was read in, say):
     * one feature per given node of the tree, each once; nodes that are not in the tree (left out
     * when it was assembled) and repeated ids are skipped. Written like {@link #write(GeoPartition, Path)}.
     *
     * @param partition the partition
     * @param order the nodes in the order to write
     * @param file the target (replaced if it exists)
     * @throws UncheckedIOException when the file cannot be written
     */
    public static void write(GeoPartition partition, List<GridNode> order, Path file) {
        requireNonNull(partition, "partition");
        requireNonNull(order, "order");
        requireNonNull(file, "file");
        java.util.Set<String> seen = new java.util.HashSet<>();
        List<GridNode> nodes = order.stream()
                .filter(n -> partition.tree().contains(n.id()) && seen.add(n.id())).toList();
        AtomicFiles.writeText(file, out -> write(partition, nodes, out));
    }

    private static void write(GeoPartition partition, Iterable<GridNode> nodes, Writer out) throws IOException {
        requireNonNull(out, "out");
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.writeStartObject();
            g.writeStringField("type", "FeatureCollection");
            g.writeArrayFieldStart("features");
            for (GridNode node : nodes) {
                g.writeRaw(System.lineSeparator());
                g.writeStartObject();
                g.writeStringField("type", "Feature");
                g.writeObjectFieldStart("properties");
                for (Map.Entry<String, Object> p : NodeProperties.toProperties(node).entrySet()) {
                    g.writeFieldName(p.getKey());
                    if (p.getValue() instanceof Long n) {
                        g.writeNumber(n);
                    } else if (p.getValue() instanceof List<?> list) {
                        g.writeStartArray();
                        for (Object item : list) {
                            g.writeString(item.toString());
                        }
                        g.writeEndArray();
                    } else {
                        g.writeString(p.getValue().toString());
                    }
                }
                g.writeEndObject();
                g.writeFieldName("geometry");
                Geometry geometry = partition.geometries().get(node.id());
                if (geometry == null) {
                    g.writeNull();
                } else {
                    writeGeometry(g, geometry);
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        out.write(System.lineSeparator());
        out.flush();
    }

    /**
     * Writes the partition to a file: a temporary file next to it, then moved into place.
     *
     * @param partition the partition
     * @param file the target (replaced if it exists)
     * @throws UncheckedIOException when the file cannot be written
     */
    public static void write(GeoPartition partition, Path file) {
        requireNonNull(file, "file");
        AtomicFiles.writeText(file, out -> write(partition, out));
    }

    /**
     * Writes a JTS geometry as a GeoJSON geometry object (Point, LineString, Polygon, their Multi
     * forms and GeometryCollection), coordinates as {@code [x, y]} with full double precision so
     * shared vertices stay identical when read back. Stateless and thread-safe.
     *
     * @param g the generator, where a value may be written
     * @param geometry the geometry
     * @throws IOException when writing fails
     * @throws IllegalArgumentException when the geometry type has no GeoJSON form
     */
    public static void writeGeometry(JsonGenerator g, Geometry geometry) throws IOException {
        requireNonNull(g, "g");
        requireNonNull(geometry, "geometry");
        g.writeStartObject();
        if (geometry instanceof Point p) {
            g.writeStringField("type", "Point");
            g.writeFieldName("coordinates");
            if (p.isEmpty()) {
                g.writeStartArray();
                g.writeEndArray();
            } else {
                position(g, p.getCoordinate());
            }
        } else if (geometry instanceof Polygon p) {
            g.writeStringField("type", "Polygon");
            g.writeFieldName("coordinates");
            polygon(g, p);
        } else if (geometry instanceof LineString l) {
            g.writeStringField("type", "LineString");
            g.writeFieldName("coordinates");
            line(g, l);
        } else if (geometry instanceof MultiPolygon) {
            parts(g, geometry, "MultiPolygon", "coordinates", part -> polygon(g, (Polygon) part));
        } else if (geometry instanceof MultiLineString) {
            parts(g, geometry, "MultiLineString", "coordinates", part -> line(g, (LineString) part));
        } else if (geometry instanceof MultiPoint) {
            parts(g, geometry, "MultiPoint", "coordinates", part -> position(g, part.getCoordinate()));
        } else if (geometry instanceof GeometryCollection) {
            parts(g, geometry, "GeometryCollection", "geometries", part -> writeGeometry(g, part));
        } else {
            throw new IllegalArgumentException("cannot write a " + geometry.getGeometryType() + " as GeoJSON");
        }
        g.writeEndObject();
    }

    /** Writes one part of a multi-geometry. */
    @FunctionalInterface
    private interface PartWriter {
        void write(Geometry part) throws IOException;
    }

    private static void parts(JsonGenerator g, Geometry multi, String type, String field, PartWriter part)
            throws IOException {
        g.writeStringField("type", type);
        g.writeArrayFieldStart(field);
        for (int i = 0; i < multi.getNumGeometries(); i++) {
            part.write(multi.getGeometryN(i));
        }
        g.writeEndArray();
    }

    private static void polygon(JsonGenerator g, Polygon p) throws IOException {
        g.writeStartArray();
        if (!p.isEmpty()) {
            line(g, p.getExteriorRing());
            for (int i = 0; i < p.getNumInteriorRing(); i++) {
                line(g, p.getInteriorRingN(i));
            }
        }
        g.writeEndArray();
    }

    private static void line(JsonGenerator g, LineString l) throws IOException {
        g.writeStartArray();
        for (Coordinate c : l.getCoordinates()) {
            position(g, c);
        }
        g.writeEndArray();
    }

    private static void position(JsonGenerator g, Coordinate c) throws IOException {
        g.writeStartArray();
        number(g, c.x);
        number(g, c.y);
        g.writeEndArray();
    }

    /**
     * Writes a number that a JSON reader reads back: JSON has no NaN nor Infinity, and Jackson
     * would write them as a bare token or a string that no strict reader (ours included) accepts.
     * Every double of a report or a GeoJSON file goes through here.
     *
     * @throws IllegalArgumentException when the number is not finite (a bug upstream: inputs are
     *     bounded by {@link io.gridgov.geo.CoordinateSystem#misfit(double, double)}, so derived
     *     numbers are finite)
     */
    static void number(JsonGenerator g, double value) throws IOException {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("refusing to write " + value + " into JSON: not a JSON number");
        }
        g.writeNumber(value);
    }
}

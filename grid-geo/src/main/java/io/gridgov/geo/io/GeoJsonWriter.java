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
import org.locationtech.jts.geom.Geometry;

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
        requireNonNull(out, "out");
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.writeStartObject();
            g.writeStringField("type", "FeatureCollection");
            g.writeArrayFieldStart("features");
            for (GridNode node : (Iterable<GridNode>) partition.tree().nodes()::iterator) {
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
                    ReportWriting.writeGeometry(g, geometry);
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
}

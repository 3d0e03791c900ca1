package io.gridgov.geo.io;

import io.gridgov.core.io.AtomicFiles;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.gridgov.core.tree.GridNode;
import io.gridgov.geo.GeoPartition;
import io.gridgov.geo.internal.ReportWriting;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;

/**
 * Writes a partition as the GeoJSON FeatureCollection that {@link GeoJsonReader} reads
 * ({@code docs/formats/geojson.md}): one feature per node in tree pre-order, with {@code id},
 * {@code parent}, {@code name}, {@code code}, {@code kind}, {@code households}, {@code population},
 * {@code level}, {@code tags} and the node's attributes as properties. Reading the output gives
 * back the same nodes and geometries. Streams; stateless and thread-safe.
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
                g.writeStringField("id", node.id());
                if (node.parentId().isPresent()) {
                    g.writeStringField("parent", node.parentId().get());
                } else {
                    g.writeNullField("parent");
                }
                g.writeStringField("name", node.name());
                if (node.code().isPresent()) {
                    g.writeStringField("code", node.code().get());
                }
                g.writeStringField("kind", node.kind().toString());
                if (node.households().isPresent()) {
                    g.writeNumberField("households", node.households().getAsLong());
                }
                if (node.population().isPresent()) {
                    g.writeNumberField("population", node.population().getAsLong());
                }
                if (node.levelKey().isPresent()) {
                    g.writeStringField("level", node.levelKey().get());
                }
                if (!node.tags().isEmpty()) {
                    g.writeArrayFieldStart("tags");
                    for (String tag : node.tags()) {
                        g.writeString(tag);
                    }
                    g.writeEndArray();
                }
                for (Map.Entry<String, String> a : node.attributes().entrySet()) {
                    g.writeStringField(a.getKey(), a.getValue());
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

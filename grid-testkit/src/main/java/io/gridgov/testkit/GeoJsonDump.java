package io.gridgov.testkit;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.gridgov.core.tree.GridNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;

import org.locationtech.jts.geom.Geometry;

/**
 * Writes a partition as a GeoJSON FeatureCollection in grid-geo's input format (properties id,
 * parent, name, level, kind, households, population, tags), coordinates with full double precision
 * so shared vertices stay identical when read back.
 */
final class GeoJsonDump {

    private static final JsonFactory JSON = new JsonFactory();

    private GeoJsonDump() {
    }

    /**
     * The grids of a partition.
     *
     * @param p the partition
     * @return the GeoJSON text
     */
    public static String grids(Partition p) {
        StringWriter out = new StringWriter();
        write(p, out, false);
        return out.toString();
    }

    /**
     * The allowed gaps (lakes) of a partition, one feature each.
     *
     * @param p the partition
     * @return the GeoJSON text
     */
    public static String allowedGaps(Partition p) {
        StringWriter out = new StringWriter();
        write(p, out, true);
        return out.toString();
    }

    private static void write(Partition p, Writer w, boolean gaps) {
        try (JsonGenerator g = JSON.createGenerator(w)) {
            g.writeStartObject();
            g.writeStringField("type", "FeatureCollection");
            g.writeArrayFieldStart("features");
            if (gaps) {
                int i = 0;
                for (Geometry lake : p.allowedGaps()) {
                    g.writeStartObject();
                    g.writeStringField("type", "Feature");
                    g.writeObjectFieldStart("properties");
                    g.writeStringField("id", "lake-" + (++i));
                    g.writeEndObject();
                    geometry(g, lake);
                    g.writeEndObject();
                }
            } else {
                for (GridNode n : p.nodes()) {
                    g.writeStartObject();
                    g.writeStringField("type", "Feature");
                    g.writeObjectFieldStart("properties");
                    g.writeStringField("id", n.id());
                    if (n.parentId().isPresent()) {
                        g.writeStringField("parent", n.parentId().get());
                    } else {
                        g.writeNullField("parent");
                    }
                    g.writeStringField("name", n.name());
                    if (n.levelKey().isPresent()) {
                        g.writeStringField("level", n.levelKey().get());
                    }
                    g.writeStringField("kind", n.kind().toString());
                    if (n.households().isPresent()) {
                        g.writeNumberField("households", n.households().getAsLong());
                    }
                    if (n.population().isPresent()) {
                        g.writeNumberField("population", n.population().getAsLong());
                    }
                    if (!n.tags().isEmpty()) {
                        g.writeArrayFieldStart("tags");
                        for (String t : n.tags()) {
                            g.writeString(t);
                        }
                        g.writeEndArray();
                    }
                    g.writeEndObject();
                    Geometry geom = p.geometries().get(n.id());
                    if (geom == null) {
                        g.writeNullField("geometry");
                    } else {
                        geometry(g, geom);
                    }
                    g.writeEndObject();
                }
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void geometry(JsonGenerator g, Geometry geom) throws IOException {
        g.writeFieldName("geometry");
        GeoJsonGeometry.write(g, geom);
    }
}

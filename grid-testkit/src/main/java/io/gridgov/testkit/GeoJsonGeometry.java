package io.gridgov.testkit;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/**
 * Writes a polygon or multipolygon as a GeoJSON geometry object (几何对象), coordinates with full double
 * precision so that shared vertices stay identical when read back. Used by the partition dumps of this
 * kit and by the sample city generator. Stateless and thread-safe.
 */
public final class GeoJsonGeometry {

    private GeoJsonGeometry() {
    }

    /**
     * Writes {@code {"type": "Polygon" | "MultiPolygon", "coordinates": ...}} as the next value.
     *
     * @param g the generator, where a value may stand
     * @param geometry a {@link Polygon}, or a collection of polygons (a multipolygon)
     * @throws IOException when the generator cannot write
     */
    public static void write(JsonGenerator g, Geometry geometry) throws IOException {
        g.writeStartObject();
        if (geometry instanceof Polygon polygon) {
            g.writeStringField("type", "Polygon");
            g.writeFieldName("coordinates");
            polygon(g, polygon);
        } else {
            g.writeStringField("type", "MultiPolygon");
            g.writeArrayFieldStart("coordinates");
            for (int i = 0; i < geometry.getNumGeometries(); i++) {
                polygon(g, (Polygon) geometry.getGeometryN(i));
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    private static void polygon(JsonGenerator g, Polygon polygon) throws IOException {
        g.writeStartArray();
        ring(g, polygon.getExteriorRing());
        for (int i = 0; i < polygon.getNumInteriorRing(); i++) {
            ring(g, polygon.getInteriorRingN(i));
        }
        g.writeEndArray();
    }

    private static void ring(JsonGenerator g, LineString ring) throws IOException {
        g.writeStartArray();
        for (Coordinate c : ring.getCoordinates()) {
            g.writeStartArray();
            g.writeNumber(c.x);
            g.writeNumber(c.y);
            g.writeEndArray();
        }
        g.writeEndArray();
    }
}

package io.gridgov.testkit;

import java.util.LinkedHashMap;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;

/**
 * {@link PartitionSpec#densifiedParents()}: a midpoint in every segment of every grid that has
 * children. The midpoint {@code (a + b) / 2} is symmetric in the segment's ends, so two parents that
 * share a border get the same midpoints and stay a coverage. Stateless; thread-safe.
 */
final class ParentDensifier {

    private ParentDensifier() {
    }

    /** {@return a copy of the partition whose non-leaf grids carry the midpoints; leaves unchanged} */
    static Partition densify(Partition partition) {
        Map<String, Geometry> geometries = new LinkedHashMap<>(partition.geometries());
        geometries.replaceAll((id, g) -> partition.isLeaf(id) ? g : densified(g));
        return partition.with(partition.nodes(), geometries);
    }

    private static Geometry densified(Geometry g) {
        if (g instanceof Polygon p) {
            return densified(p);
        }
        if (g instanceof MultiPolygon m) {
            Polygon[] parts = new Polygon[m.getNumGeometries()];
            for (int i = 0; i < parts.length; i++) {
                parts[i] = densified((Polygon) m.getGeometryN(i));
            }
            return m.getFactory().createMultiPolygon(parts);
        }
        throw new IllegalStateException("a generated grid is polygonal but was " + g.getGeometryType());
    }

    private static Polygon densified(Polygon p) {
        GeometryFactory f = p.getFactory();
        LinearRing[] holes = new LinearRing[p.getNumInteriorRing()];
        for (int i = 0; i < holes.length; i++) {
            holes[i] = f.createLinearRing(densified(p.getInteriorRingN(i).getCoordinates()));
        }
        return f.createPolygon(f.createLinearRing(densified(p.getExteriorRing().getCoordinates())), holes);
    }

    private static Coordinate[] densified(Coordinate[] c) {
        Coordinate[] d = new Coordinate[2 * c.length - 1];
        for (int i = 0; i < c.length - 1; i++) {
            d[2 * i] = c[i].copy();
            d[2 * i + 1] = new Coordinate((c[i].x + c[i + 1].x) / 2, (c[i].y + c[i + 1].y) / 2);
        }
        d[d.length - 1] = d[0].copy();
        return d;
    }
}

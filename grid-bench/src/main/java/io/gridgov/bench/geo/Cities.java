package io.gridgov.bench.geo;

import io.gridgov.core.tree.GridTree;
import io.gridgov.geo.CoordinateSystem;
import io.gridgov.geo.GeoPartition;
import io.gridgov.geo.testing.RectangleCity;
import java.util.LinkedHashMap;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

/** The generated three-level cities of the grid-geo benchmarks: about 100 vertices per leaf. */
final class Cities {
    private Cities() {
    }

    /**
     * A three-level lon/lat city near Guiyang with about {@code leaves} leaf grids of 100 m × 100 m,
     * 100 vertices each (25 per side, jittered shared borders).
     *
     * @param leaves 1000, 10000 or 100000
     * @return the generator
     */
    static RectangleCity of(int leaves) {
        int[] fanout = switch (leaves) {
            case 1000 -> new int[] {2, 4, 4};      // 1 024 leaves, 64 communities, 4 streets
            case 10000 -> new int[] {4, 5, 5};     // 10 000 leaves, 400 communities, 16 streets
            case 100000 -> new int[] {4, 8, 10};   // 102 400 leaves, 1 024 communities, 16 streets
            default -> throw new IllegalArgumentException("leaves must be 1000, 10000 or 100000 but was " + leaves);
        };
        return new RectangleCity(fanout, 25, 100, 0.3, CoordinateSystem.LON_LAT_WGS84);
    }

    /**
     * The same city with a midpoint inserted in every segment of every non-leaf grid: the same
     * shapes, still valid (neighbouring parents get the same midpoints), but the leaves no longer
     * share their parent's vertices, so no leaf group can be certified as an exact tiling; the
     * midpoints are a rounding error off the parent's segments, so the near-tiling certificate
     * takes every leaf group (before it, every one went through the full checks — coverage
     * validation, union, overlays — the validator's worst case).
     *
     * @param partition a generated city
     * @return the city with densified parents
     */
    static GeoPartition withDensifiedParents(GeoPartition partition) {
        GridTree tree = partition.tree();
        Map<String, Geometry> geometries = new LinkedHashMap<>(partition.geometries());
        geometries.replaceAll((id, g) -> tree.isLeaf(id) ? g : densified((Polygon) g));
        return GeoPartition.assemble(tree.scheme(), tree.nodes().toList(), geometries, partition.crs());
    }

    private static Polygon densified(Polygon p) {
        Coordinate[] c = p.getExteriorRing().getCoordinates();
        Coordinate[] d = new Coordinate[2 * c.length - 1];
        for (int i = 0; i < c.length - 1; i++) {
            d[2 * i] = c[i].copy();
            // (a + b) / 2 is symmetric in a and b, so both neighbours of a border get the same point.
            d[2 * i + 1] = new Coordinate((c[i].x + c[i + 1].x) / 2, (c[i].y + c[i + 1].y) / 2);
        }
        d[d.length - 1] = d[0].copy();
        return p.getFactory().createPolygon(d);
    }
}

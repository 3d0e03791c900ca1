package io.gridgov.geo.measure;

import static java.util.Objects.requireNonNull;

import io.gridgov.geo.CoordinateSystem;
import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.PolygonArea;
import net.sf.geographiclib.PolygonResult;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.PolygonExtracter;
import java.util.List;

/**
 * Areas in square metres (面积): on the WGS84 ellipsoid with GeographicLib for lon/lat, planar for
 * projected coordinates in metres. Stateless and thread-safe.
 *
 * <pre>{@code
 * double m2 = Areas.areaM2(polygon, CoordinateSystem.LON_LAT_WGS84);
 * }</pre>
 */
public final class Areas {

    private Areas() {
    }

    /**
     * The area of the polygonal parts of a geometry (lines and points count 0): shells minus holes.
     *
     * @param geometry the geometry
     * @param crs its coordinate system
     * @return the area in m², ≥ 0
     */
    public static double areaM2(Geometry geometry, CoordinateSystem crs) {
        requireNonNull(geometry, "geometry");
        requireNonNull(crs, "crs");
        if (!crs.isGeographic()) {
            return geometry.getArea();
        }
        double sum = 0;
        @SuppressWarnings("unchecked")
        List<Polygon> polygons = PolygonExtracter.getPolygons(geometry);
        for (Polygon p : polygons) {
            sum += ringArea(p.getExteriorRing());
            for (int h = 0; h < p.getNumInteriorRing(); h++) {
                sum -= ringArea(p.getInteriorRingN(h));
            }
        }
        return Math.max(0, sum);
    }

    /**
     * The ellipsoidal area enclosed by a ring of lon/lat coordinates.
     *
     * @param ring the ring (closed or not)
     * @return the area in m², ≥ 0
     */
    public static double ringAreaM2(LineString ring) {
        return ringArea(requireNonNull(ring, "ring"));
    }

    private static double ringArea(LineString ring) {
        int n = ring.getNumPoints();
        if (n < 3) {
            return 0;
        }
        PolygonArea area = new PolygonArea(Geodesic.WGS84, false);
        Coordinate first = ring.getCoordinateN(0);
        Coordinate last = ring.getCoordinateN(n - 1);
        int end = first.equals2D(last) ? n - 1 : n;
        for (int i = 0; i < end; i++) {
            Coordinate c = ring.getCoordinateN(i);
            area.AddPoint(c.y, c.x);
        }
        PolygonResult r = area.Compute(false, true);
        return Math.abs(r.area);
    }
}

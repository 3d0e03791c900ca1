package io.gridgov.geo.validate;

import io.gridgov.geo.CoordinateSystem;
import org.locationtech.jts.geom.CoordinateFilter;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.Polygonal;

/**
 * A local metric frame (局部米制投影): lon/lat scaled by the metres per degree at a geometry's
 * centre, so that widths, lengths and tolerances are metres in every direction; projected
 * coordinates are metres already. Stateless.
 */
final class LocalMetric {
    private LocalMetric() {
    }

    /**
     * A distance in metres as coordinate units at an extent: for lon/lat the degrees of
     * longitude (the larger number), so that the distance is covered in every direction.
     */
    static double units(double metres, Envelope at, CoordinateSystem crs) {
        if (!crs.isGeographic()) {
            return metres;
        }
        return metres / metresPerDegreeLon((at.getMinY() + at.getMaxY()) / 2);
    }

    /** {@return metres per degree of latitude (along the meridian) on WGS84 at a latitude} */
    static double metresPerDegreeLat(double lat) {
        double phi = Math.toRadians(lat);
        return 111132.954 - 559.822 * Math.cos(2 * phi) + 1.175 * Math.cos(4 * phi);
    }

    /** {@return metres per degree of longitude (along the parallel) on WGS84 at a latitude} */
    static double metresPerDegreeLon(double lat) {
        double phi = Math.toRadians(lat);
        return 111412.84 * Math.cos(phi) - 93.5 * Math.cos(3 * phi);
    }

    /**
     * {@return the length of a geometry's lines in metres} {@code local(g, crs).getLength()}, the same
     * floating-point operations in the same order, without copying the geometry (sliver tests measure
     * every piece's perimeter)
     */
    static double length(Geometry g, CoordinateSystem crs) {
        if (!crs.isGeographic() || !(g instanceof Polygonal)) {
            return local(g, crs).getLength();
        }
        Envelope e = g.getEnvelopeInternal();
        double lat0 = (e.getMinY() + e.getMaxY()) / 2;
        double lon0 = (e.getMinX() + e.getMaxX()) / 2;
        double mLat = metresPerDegreeLat(lat0);
        double mLon = metresPerDegreeLon(lat0);
        double sum = 0;
        for (int i = 0; i < g.getNumGeometries(); i++) {
            Polygon p = (Polygon) g.getGeometryN(i);
            if (p.isEmpty()) {
                continue;
            }
            double length = ringLength(p.getExteriorRing().getCoordinateSequence(), lon0, lat0, mLon, mLat);
            for (int h = 0; h < p.getNumInteriorRing(); h++) {
                length += ringLength(p.getInteriorRingN(h).getCoordinateSequence(), lon0, lat0, mLon, mLat);
            }
            sum += length;
        }
        return sum;
    }

    /** As JTS 1.20's {@code Length.ofLine} (a hypot per segment) on the ring's coordinates after {@link #local}'s transform. */
    private static double ringLength(CoordinateSequence ring, double lon0, double lat0, double mLon, double mLat) {
        int n = ring.size();
        if (n <= 1) {
            return 0;
        }
        double length = 0;
        double x0 = (ring.getX(0) - lon0) * mLon;
        double y0 = (ring.getY(0) - lat0) * mLat;
        for (int i = 1; i < n; i++) {
            double x1 = (ring.getX(i) - lon0) * mLon;
            double y1 = (ring.getY(i) - lat0) * mLat;
            double dx = x1 - x0;
            double dy = y1 - y0;
            length += Math.hypot(dx, dy);
            x0 = x1;
            y0 = y1;
        }
        return length;
    }

    static Geometry local(Geometry g, CoordinateSystem crs) {
        if (!crs.isGeographic()) {
            return g;
        }
        Envelope e = g.getEnvelopeInternal();
        double lat0 = (e.getMinY() + e.getMaxY()) / 2;
        double lon0 = (e.getMinX() + e.getMaxX()) / 2;
        double mLat = metresPerDegreeLat(lat0);
        double mLon = metresPerDegreeLon(lat0);
        Geometry copy = g.copy();
        copy.apply((CoordinateFilter) c -> {
            c.x = (c.x - lon0) * mLon;
            c.y = (c.y - lat0) * mLat;
        });
        copy.geometryChanged();
        return copy;
    }
}

package io.gridgov.geo.validate;

import io.gridgov.geo.CoordinateSystem;
import org.locationtech.jts.geom.CoordinateFilter;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

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

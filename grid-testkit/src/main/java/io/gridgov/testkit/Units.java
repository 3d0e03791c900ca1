package io.gridgov.testkit;

import io.gridgov.geo.CoordinateSystem;
import org.locationtech.jts.geom.Coordinate;

/**
 * Local conversion between a partition's coordinates and metres (a local equirectangular scale on
 * WGS84 for lon/lat: exact enough for the small displacements mutators make).
 */
final class Units {

    private Units() {
    }

    /** {@return metres per degree of latitude at a latitude (WGS84)} */
    public static double metresPerDegreeLat(double lat) {
        double phi = Math.toRadians(lat);
        return 111_132.954 - 559.822 * Math.cos(2 * phi) + 1.175 * Math.cos(4 * phi);
    }

    /** {@return metres per degree of longitude at a latitude (WGS84)} */
    public static double metresPerDegreeLon(double lat) {
        double phi = Math.toRadians(lat);
        return 111_412.84 * Math.cos(phi) - 93.5 * Math.cos(3 * phi) + 0.118 * Math.cos(5 * phi);
    }

    /**
     * The displacement by (dxMetres, dyMetres) of a coordinate.
     *
     * @param crs the coordinate system
     * @param c the coordinate
     * @param dxMetres metres east
     * @param dyMetres metres north
     * @return the displaced coordinate
     */
    public static Coordinate offset(CoordinateSystem crs, Coordinate c, double dxMetres, double dyMetres) {
        if (!crs.isGeographic()) {
            return new Coordinate(c.x + dxMetres, c.y + dyMetres);
        }
        return new Coordinate(c.x + dxMetres / metresPerDegreeLon(c.y), c.y + dyMetres / metresPerDegreeLat(c.y));
    }

    /** {@return the (east, north) metres from a to b} */
    public static double[] metres(CoordinateSystem crs, Coordinate a, Coordinate b) {
        if (!crs.isGeographic()) {
            return new double[] {b.x - a.x, b.y - a.y};
        }
        double lat = (a.y + b.y) / 2;
        return new double[] {(b.x - a.x) * metresPerDegreeLon(lat), (b.y - a.y) * metresPerDegreeLat(lat)};
    }

    /** {@return the distance in metres between two coordinates} */
    public static double distance(CoordinateSystem crs, Coordinate a, Coordinate b) {
        double[] d = metres(crs, a, b);
        return Math.hypot(d[0], d[1]);
    }
}

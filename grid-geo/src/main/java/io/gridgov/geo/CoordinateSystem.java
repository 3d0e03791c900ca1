package io.gridgov.geo;

/**
 * The coordinate system of a partition's geometries (坐标系).
 *
 * <p>Areas are ellipsoidal (GeographicLib on WGS84) for {@link #LON_LAT_WGS84} and planar for
 * {@link #PROJECTED_METRES}; tolerances given in metres are converted to the local scale of the
 * piece they are applied to.
 */
public enum CoordinateSystem {
    /** Longitude and latitude in degrees on WGS84 (EPSG:4326 in x = lon, y = lat order, as RFC 7946). */
    LON_LAT_WGS84,
    /** A projected system whose units are metres (e.g. a UTM zone or CGCS2000 Gauss–Krüger). */
    PROJECTED_METRES;

    /** {@return whether coordinates are degrees of longitude and latitude} */
    public boolean isGeographic() {
        return this == LON_LAT_WGS84;
    }
}

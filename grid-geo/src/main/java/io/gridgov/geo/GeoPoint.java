package io.gridgov.geo;

/**
 * An immutable point in the coordinates of a partition: (lon, lat) in degrees or (x, y) in metres.
 *
 * @param x longitude in degrees, or easting in metres
 * @param y latitude in degrees, or northing in metres
 */
public record GeoPoint(double x, double y) {

    /** Validates the components: both finite. */
    public GeoPoint {
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            throw new IllegalArgumentException("point coordinates must be finite but were (" + x + ", " + y + ")");
        }
    }

    /** {@return the point as {@code POINT (x y)}} */
    @Override
    public String toString() {
        return "POINT (" + x + " " + y + ")";
    }
}

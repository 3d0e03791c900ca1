package io.gridgov.cases;

/**
 * Where a problem was reported: longitude and latitude in degrees (WGS 84).
 *
 * @param lon longitude, −180 to 180
 * @param lat latitude, −90 to 90
 */
public record CasePoint(double lon, double lat) {

    /** Validates the components. */
    public CasePoint {
        if (!(lon >= -180 && lon <= 180 && lat >= -90 && lat <= 90)) {
            throw new IllegalArgumentException("expected lon −180…180 and lat −90…90, found " + lon + ", " + lat);
        }
    }
}

package io.gridgov.geo.io;

/** The formats a {@link io.gridgov.geo.validate.ValidationReport} can be written in. */
public enum ReportFormat {
    /** Plain text for people: one line per violation and a summary. */
    TEXT,
    /** JSON, documented in {@code docs/formats/validation-report.md}. */
    JSON,
    /** A GeoJSON FeatureCollection with one feature per violation (to open in QGIS). */
    GEOJSON
}

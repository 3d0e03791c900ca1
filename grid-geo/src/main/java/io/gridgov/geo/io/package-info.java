/**
 * GeoJSON input and report output: {@link io.gridgov.geo.io.GeoJsonReader} streams an RFC 7946
 * FeatureCollection of grids into {@link io.gridgov.geo.io.GeoFeatures}; {@link io.gridgov.geo.io.GeoJsonWriter}
 * writes a partition back in the same format (a round trip gives back the same nodes and geometries);
 * {@link io.gridgov.geo.io.ReportWriter} writes a validation report as text, JSON or GeoJSON.
 *
 * <p>Specification. The input format is documented in {@code docs/formats/geojson.md}, the JSON
 * report in {@code docs/formats/validation-report.md}. Readers throw
 * {@link io.gridgov.core.io.InvalidInputException} naming file, line, column, feature index and id,
 * field and what was expected, and never return a partial result. Writers to a file write a
 * temporary file next to it and move it into place, so a failed write leaves no partial file.
 */
package io.gridgov.geo.io;

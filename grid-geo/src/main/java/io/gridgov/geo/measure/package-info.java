/**
 * Measures in metres: {@link io.gridgov.geo.measure.Areas} (m², ellipsoidal for lon/lat).
 *
 * <p>Specification. For {@link io.gridgov.geo.CoordinateSystem#LON_LAT_WGS84} an area is the
 * geodesic polygon area on the WGS84 ellipsoid (GeographicLib, accurate to far below a square
 * metre for grid-sized polygons); for projected input it is the planar area in the projection.
 */
package io.gridgov.geo.measure;

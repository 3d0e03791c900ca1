/**
 * The geo input model: a {@link io.gridgov.geo.GeoPartition} is a grid tree (网格树) with one polygon
 * per node id, the {@link io.gridgov.geo.CoordinateSystem} the polygons are written in, and optional
 * allowed gaps (water, unassigned land).
 *
 * <p>Specification. Geometries are JTS {@code Polygon} or {@code MultiPolygon}; x is longitude and y
 * latitude in degrees for {@link io.gridgov.geo.CoordinateSystem#LON_LAT_WGS84} (RFC 7946 order),
 * x east and y north in metres for {@link io.gridgov.geo.CoordinateSystem#PROJECTED_METRES}. A node
 * may lack a geometry. Geometries handed to this package must not be modified afterwards; the model
 * never modifies them, so a partition is safe to share between threads.
 */
package io.gridgov.geo;

/**
 * Point location (落图定格): {@link io.gridgov.geo.locate.GridLocator} finds the deepest grid containing
 * a point, and its path to the root.
 *
 * <p>Specification. A point belongs to a grid when it lies in the grid's polygon (interior or
 * boundary). Among the grids containing it, the deepest level wins; among several at that level
 * (a point on a shared border), the grid whose interior contains the point wins, and among grids
 * that only have it on their boundary the one with the smallest id (by {@link String#compareTo})
 * wins. A point inside no grid has no location.
 */
package io.gridgov.geo.locate;

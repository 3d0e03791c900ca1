/**
 * Maps of grid partitions (网格地图): {@link io.gridgov.examples.render.MapRenderer} draws grids outlined
 * by level, optionally coloured by a number per grid, with highlighted pieces (violations) filled and
 * labelled, through JTS's {@code ShapeWriter} onto any Java2D {@code Graphics2D}: JFreeSVG's
 * {@code SVGGraphics2D} for SVG, a {@code BufferedImage} for PNG. Used by {@code gridgov render} and by
 * the demo's HTML report. {@link io.gridgov.examples.render.TreeReport} renders a tree's summary and
 * structural findings as text or JSON, for {@code gridgov tree} and the demo.
 */
package io.gridgov.examples.render;

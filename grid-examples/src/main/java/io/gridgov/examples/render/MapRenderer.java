package io.gridgov.examples.render;

import io.gridgov.core.io.AtomicFiles;
import static java.util.Objects.requireNonNull;

import io.gridgov.core.tree.GridNode;
import io.gridgov.core.tree.GridTree;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.jfree.svg.SVGGraphics2D;
import org.locationtech.jts.awt.PointTransformation;
import org.locationtech.jts.awt.ShapeWriter;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * Draws a map of a grid partition: grids outlined by level (the top level thickest), the deepest drawn
 * level filled — in a red → yellow → green ramp by a number per grid when one is given (e.g. the
 * 1,000-point score), else in a neutral tint — water (allowed gaps) in blue, and highlighted pieces
 * (violations) filled, circled and labelled. Geometries go through JTS's {@link ShapeWriter}; the
 * picture is painted on a Java2D {@link Graphics2D}, which is JFreeSVG's {@link SVGGraphics2D} for SVG
 * and a {@link BufferedImage} for PNG; neither format is written by hand.
 *
 * <p>Lon/lat coordinates are drawn in an equirectangular projection scaled by the cosine of the
 * middle latitude; projected coordinates as they are. The output is a function of the input only
 * (no time stamps, fixed SVG definition ids, text widths estimated rather than measured with the
 * installed fonts), so the same map gives the same SVG bytes on any machine.
 *
 * <p>Immutable and thread-safe once built; build with {@link #builder(GridTree, Map)}.
 */
public final class MapRenderer {

    /**
     * A piece to highlight, such as a violation's geometry.
     *
     * @param geometry the piece
     * @param label the label drawn next to it (short; ASCII draws everywhere, CJK needs a CJK font for PNG)
     * @param colour the fill colour (drawn half transparent) and outline colour
     */
    public record Highlight(Geometry geometry, String label, Color colour) {
        /** Validates the components. */
        public Highlight {
            requireNonNull(geometry, "geometry");
            requireNonNull(label, "label");
            requireNonNull(colour, "colour");
        }
    }

    /**
     * How numbers become colours. {@link #SCORE} reads as good (green) and bad (red) and suits a score;
     * {@link #SEQUENTIAL} (light yellow → dark blue) says only "more" and suits counts such as households.
     */
    public enum Palette {
        /** Red (low) → yellow → green (high), for scores. */
        SCORE,
        /** Light yellow (low) → teal → dark blue (high), for quantities that are neither good nor bad. */
        SEQUENTIAL;

        /**
         * {@return the colour of a position on the ramp}
         *
         * @param fraction 0 for the low end, 1 for the high end (clamped)
         */
        public Color colour(double fraction) {
            double t = Math.max(0, Math.min(1, fraction));
            if (this == SCORE) {
                return Color.getHSBColor((float) (t / 3.0), 0.62f, 0.93f);
            }
            // YlGnBu-like stops, interpolated linearly in RGB
            int[][] stops = {{0xFF, 0xFF, 0xCC}, {0xA1, 0xDA, 0xB4}, {0x41, 0xB6, 0xC4}, {0x22, 0x5E, 0xA8}, {0x0C, 0x2C, 0x84}};
            double at = t * (stops.length - 1);
            int i = Math.min((int) at, stops.length - 2);
            double f = at - i;
            return new Color((int) Math.round(stops[i][0] + (stops[i + 1][0] - stops[i][0]) * f),
                    (int) Math.round(stops[i][1] + (stops[i + 1][1] - stops[i][1]) * f),
                    (int) Math.round(stops[i][2] + (stops[i + 1][2] - stops[i][2]) * f));
        }
    }

    /** The fill of water (allowed gaps). */
    public static final Color WATER = new Color(0x9CC9F0);
    /** The outline of water. */
    public static final Color WATER_EDGE = new Color(0x3B7CB8);
    /** The colour of point markers. */
    public static final Color MARKER = new Color(0x263238);
    /** The dashed outline of dedicated grids (专属网格). */
    public static final Color DEDICATED = new Color(0x4A148C);

    private static final Color BACKGROUND = new Color(0xFAFAF7);
    private static final Color NEUTRAL = new Color(0xE8EEF2);
    private static final Color LINE = new Color(0x37474F);
    private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 16);
    private static final Font LABEL = new Font(Font.SANS_SERIF, Font.BOLD, 12);
    private static final Font SMALL = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
    private static final int MARGIN = 20;
    private static final int HEADER = 34;
    private static final int FOOTER = 40;

    private final GridTree tree;
    private final Map<String, Geometry> geometries;
    private final int width;
    private final int maxLevel;
    private final Map<String, Double> values;
    private final List<Geometry> water;
    private final String waterLabel;
    private final List<String> dedicated;
    private final Palette palette;
    private final List<Highlight> highlights;
    private final List<Coordinate> markers;
    private final Optional<double[]> fixedRange;
    private final String title;
    private final String legend;
    private final boolean lonLat;

    private MapRenderer(Builder b) {
        this.tree = b.tree;
        this.geometries = Map.copyOf(b.geometries);
        this.width = b.width;
        this.maxLevel = b.maxLevel.orElse(tree.maxLevelNumber());
        this.values = Map.copyOf(b.values);
        this.water = List.copyOf(b.water);
        this.waterLabel = b.waterLabel;
        this.dedicated = List.copyOf(b.dedicated);
        this.palette = b.palette;
        this.highlights = List.copyOf(b.highlights);
        this.markers = b.markers.stream().map(Coordinate::copy).toList();
        this.fixedRange = b.range.map(double[]::clone);
        this.title = b.title;
        this.legend = b.legend;
        this.lonLat = b.lonLat;
    }

    /**
     * Starts a map.
     *
     * @param tree the grid tree
     * @param geometries the boundary of each node id (nodes without one are not drawn)
     * @return a builder
     */
    public static Builder builder(GridTree tree, Map<String, Geometry> geometries) {
        return new Builder(requireNonNull(tree, "tree"), requireNonNull(geometries, "geometries"));
    }

    /** Builds a {@link MapRenderer}; setters fail fast on bad values. Not thread-safe. */
    public static final class Builder {
        private final GridTree tree;
        private final Map<String, Geometry> geometries;
        private int width = 1000;
        private Optional<Integer> maxLevel = Optional.empty();
        private final Map<String, Double> values = new LinkedHashMap<>();
        private final List<Geometry> water = new ArrayList<>();
        private String waterLabel = "";
        private final List<String> dedicated = new ArrayList<>();
        private Palette palette = Palette.SCORE;
        private final List<Highlight> highlights = new ArrayList<>();
        private final List<Coordinate> markers = new ArrayList<>();
        private Optional<double[]> range = Optional.empty();
        private String title = "";
        private String legend = "";
        private boolean lonLat = true;

        private Builder(GridTree tree, Map<String, Geometry> geometries) {
            this.tree = tree;
            this.geometries = geometries;
        }

        /** Sets the picture's width in pixels (200–10000; default 1000). @return this builder */
        public Builder width(int pixels) {
            if (pixels < 200 || pixels > 10_000) {
                throw new IllegalArgumentException("width must be 200..10000 pixels but was " + pixels);
            }
            this.width = pixels;
            return this;
        }

        /** Draws levels 1..{@code level} only (default: every level). @return this builder */
        public Builder maxLevel(int level) {
            if (level < 1) {
                throw new IllegalArgumentException("maxLevel must be ≥ 1 but was " + level);
            }
            this.maxLevel = Optional.of(level);
            return this;
        }

        /**
         * Colours grids by a number each (grids without one keep the neutral tint).
         *
         * @param byId the number per grid id
         * @param name what the number is, shown in the legend (e.g. {@code score})
         * @return this builder
         */
        public Builder values(Map<String, ? extends Number> byId, String name) {
            requireNonNull(byId, "byId");
            byId.forEach((id, v) -> values.put(requireNonNull(id, "id"), requireNonNull(v, "value").doubleValue()));
            this.legend = requireNonNull(name, "name");
            return this;
        }

        /**
         * Fixes the colour ramp's range (values outside are clamped); default: the values' minimum and maximum.
         *
         * @param min the value drawn red
         * @param max the value drawn green
         * @return this builder
         */
        public Builder range(double min, double max) {
            if (!(min < max)) {
                throw new IllegalArgumentException("range must have min < max but was " + min + ".." + max);
            }
            this.range = Optional.of(new double[] {min, max});
            return this;
        }

        /** Adds water (allowed gaps), drawn in blue. @return this builder */
        public Builder water(List<? extends Geometry> gaps) {
            water.addAll(requireNonNull(gaps, "gaps"));
            return this;
        }

        /**
         * Adds water (allowed gaps) with a label drawn on it, such as the lake's name.
         *
         * @param gaps the pieces
         * @param label the label (short; CJK needs a CJK font for PNG)
         * @return this builder
         */
        public Builder water(List<? extends Geometry> gaps, String label) {
            water(gaps);
            this.waterLabel = requireNonNull(label, "label");
            return this;
        }

        /** Outlines these grids dashed (dedicated grids, 专属网格: a school, a market, a park). @return this builder */
        public Builder dedicated(java.util.Collection<String> ids) {
            requireNonNull(ids, "ids").forEach(id -> dedicated.add(requireNonNull(id, "id")));
            return this;
        }

        /** Chooses how values become colours (default {@link Palette#SCORE}). @return this builder */
        public Builder palette(Palette colours) {
            this.palette = requireNonNull(colours, "colours");
            return this;
        }

        /** Adds point markers (e.g. located problem reports), drawn as small dots. @return this builder */
        public Builder markers(List<Coordinate> points) {
            requireNonNull(points, "points").forEach(c -> markers.add(requireNonNull(c, "point").copy()));
            return this;
        }

        /** Adds pieces to highlight. @return this builder */
        public Builder highlights(List<Highlight> pieces) {
            highlights.addAll(requireNonNull(pieces, "pieces"));
            return this;
        }

        /** Sets the title drawn at the top. @return this builder */
        public Builder title(String text) {
            this.title = requireNonNull(text, "text");
            return this;
        }

        /** Whether the coordinates are lon/lat degrees (default) or projected metres. @return this builder */
        public Builder lonLat(boolean degrees) {
            this.lonLat = degrees;
            return this;
        }

        /** {@return the renderer} */
        public MapRenderer build() {
            if (geometries.isEmpty()) {
                throw new IllegalArgumentException("there is no geometry to draw");
            }
            return new MapRenderer(this);
        }
    }

    // ------------------------------------------------------------------ output

    /** {@return the map as an SVG document} */
    public String svg() {
        Frame f = frame();
        SVGGraphics2D g = new SVGGraphics2D(f.width, f.height);
        g.setDefsKeyPrefix("gridgov");
        g.setGeomDoubleConverter(MapRenderer::tenth);   // a tenth of a pixel is plenty, and keeps files small
        paint(g, f);
        // a view box lets the picture scale down (a page narrower than the map) instead of being cut
        return g.getSVGDocument().replaceFirst(" width='(\\d+)' height='(\\d+)'>", " width='$1' height='$2' viewBox='0 0 $1 $2'>");
    }

    /** {@return the map as a picture} */
    public BufferedImage image() {
        Frame f = frame();
        BufferedImage image = new BufferedImage((int) Math.ceil(f.width), (int) Math.ceil(f.height),
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            paint(g, f);
        } finally {
            g.dispose();
        }
        return image;
    }

    /**
     * Writes the map, atomically, as SVG or PNG by the file's extension ({@code .svg}, {@code .png}).
     *
     * @param file the file
     * @throws IllegalArgumentException for another extension
     * @throws UncheckedIOException when it cannot be written
     */
    public void write(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean svg = name.endsWith(".svg");
        if (!svg && !name.endsWith(".png")) {
            throw new IllegalArgumentException("expected a file name ending in .svg or .png, found " + file);
        }
        AtomicFiles.writeBytes(file, out -> {
            if (svg) {
                out.write(svg().getBytes(StandardCharsets.UTF_8));
            } else if (!ImageIO.write(image(), "png", out)) {
                throw new IOException("no PNG writer in this Java runtime");
            }
        });
    }

    /**
     * Where points of the map's coordinates land in the picture, for layers drawn over it.
     *
     * @param points points in the map's coordinates
     * @return their places in pixels from the top left of the picture, in the same order
     */
    public List<Point2D> project(List<Coordinate> points) {
        Frame f = frame();
        List<Point2D> out = new ArrayList<>(points.size());
        for (Coordinate c : points) {
            Point2D at = new Point2D.Double();
            f.transform(c, at);
            out.add(at);
        }
        return out;
    }

    /** {@return the picture's width in pixels} */
    public int width() {
        return width;
    }

    // ------------------------------------------------------------------ painting

    /** The projection from map coordinates to the picture. */
    private record Frame(Envelope bounds, double scale, double xScale, double width, double height)
            implements PointTransformation {
        @Override
        public void transform(Coordinate src, Point2D dest) {
            dest.setLocation(MARGIN + (src.x - bounds.getMinX()) * xScale * scale,
                    HEADER + (bounds.getMaxY() - src.y) * scale);
        }
    }

    private Frame frame() {
        Envelope bounds = new Envelope();
        for (GridNode n : drawn()) {
            bounds.expandToInclude(geometries.get(n.id()).getEnvelopeInternal());
        }
        double xScale = lonLat ? StrictMath.cos(StrictMath.toRadians((bounds.getMinY() + bounds.getMaxY()) / 2)) : 1;
        double mapWidth = width - 2.0 * MARGIN;
        double scale = mapWidth / Math.max(bounds.getWidth() * xScale, 1e-12);
        double height = HEADER + bounds.getHeight() * scale + FOOTER;
        return new Frame(bounds, scale, xScale, width, Math.ceil(height));
    }

    private List<GridNode> drawn() {
        List<GridNode> out = new ArrayList<>();
        for (GridNode n : tree.nodes().toList()) {
            if (tree.levelNumber(n.id()) <= maxLevel && geometries.containsKey(n.id())) {
                out.add(n);
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("no grid of levels 1.." + maxLevel + " has a geometry");
        }
        return out;
    }

    private void paint(Graphics2D g, Frame f) {
        ShapeWriter shapes = new ShapeWriter(f);
        shapes.setRemoveDuplicatePoints(true);
        g.setColor(BACKGROUND);
        g.fill(new Rectangle2D.Double(0, 0, f.width, f.height));
        List<GridNode> drawn = drawn();
        double[] range = range();
        for (GridNode n : drawn) {   // fill the deepest drawn grids
            if (tree.levelNumber(n.id()) == maxLevel || tree.isLeaf(n.id())) {
                Double v = values.get(n.id());
                g.setColor(v == null ? NEUTRAL : palette.colour(fraction(v, range)));
                g.fill(shapes.toShape(geometries.get(n.id())));
            }
        }
        for (Geometry w : water) {
            Shape shape = shapes.toShape(w);
            g.setColor(WATER);
            g.fill(shape);
            g.setColor(WATER_EDGE);
            g.setStroke(new BasicStroke(1.2f));
            g.draw(shape);
        }
        for (int level = maxLevel; level >= 1; level--) {   // outlines, the top level last and thickest
            float widthPx = (float) outlineWidth(level);
            g.setStroke(new BasicStroke(widthPx, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.setColor(level == maxLevel && maxLevel > 1 ? new Color(0x90A4AE) : LINE);
            for (GridNode n : drawn) {
                if (tree.levelNumber(n.id()) == level) {
                    g.draw(shapes.toShape(geometries.get(n.id())));
                }
            }
        }
        g.setColor(DEDICATED);
        g.setStroke(new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f, new float[] {5f, 3f}, 0f));
        for (String id : dedicated) {
            if (geometries.containsKey(id) && tree.contains(id) && tree.levelNumber(id) <= maxLevel) {
                g.draw(shapes.toShape(geometries.get(id)));
            }
        }
        if (!waterLabel.isEmpty()) {
            g.setFont(SMALL);
            g.setColor(WATER_EDGE.darker());
            Point2D p = new Point2D.Double();
            for (Geometry w : water) {
                Envelope e = w.getEnvelopeInternal();
                f.transform(new Coordinate(e.getMaxX(), e.centre().y), p);
                g.drawString(waterLabel, (float) p.getX() + 4, (float) p.getY() + 4);
            }
        }
        g.setColor(MARKER);
        Point2D at = new Point2D.Double();
        for (Coordinate c : markers) {
            f.transform(c, at);
            if (at.getX() < 0 || at.getY() < 0 || at.getX() > f.width || at.getY() > f.height) {
                continue;   // outside the map
            }
            g.fill(new Ellipse2D.Double(at.getX() - 2.5, at.getY() - 2.5, 5, 5));
        }
        paintHighlights(g, f, shapes);
        g.setColor(LINE);
        g.setFont(TITLE);
        g.drawString(title, MARGIN, 23);
        if (!values.isEmpty()) {
            paintLegend(g, f, range);
        }
    }

    private void paintHighlights(Graphics2D g, Frame f, ShapeWriter shapes) {
        g.setFont(LABEL);
        for (int i = 0; i < highlights.size(); i++) {
            Highlight h = highlights.get(i);
            Color c = h.colour();
            Shape shape = shapes.toShape(h.geometry());
            g.setColor(new Color(c.getRed(), c.getGreen(), c.getBlue(), 150));
            g.fill(shape);
            g.setColor(c);
            g.setStroke(new BasicStroke(1.5f));
            g.draw(shape);
            Point2D at = new Point2D.Double();
            f.transform(h.geometry().getInteriorPoint().getCoordinate(), at);
            g.setStroke(new BasicStroke(2.5f));
            g.draw(new Ellipse2D.Double(at.getX() - 14, at.getY() - 14, 28, 28));
            double tw = textWidth(h.label(), LABEL.getSize());
            double lx = at.getX() + 20;
            double ly = at.getY() - 20 - 18 * (i % 2);
            if (lx + tw + 8 > f.width - 4) {
                lx = at.getX() - 20 - tw - 8;
            }
            g.setColor(new Color(255, 255, 255, 230));
            g.fill(new Rectangle2D.Double(lx - 4, ly - 12, tw + 8, 16));
            g.setColor(c.darker());
            g.draw(new Rectangle2D.Double(lx - 4, ly - 12, tw + 8, 16));
            g.drawString(h.label(), (float) lx, (float) ly);
        }
    }

    private void paintLegend(Graphics2D g, Frame f, double[] range) {
        double y = f.height - FOOTER + 14;
        int steps = 40;
        double w = 200;
        for (int i = 0; i < steps; i++) {
            g.setColor(palette.colour(i / (steps - 1.0)));
            g.fill(new Rectangle2D.Double(MARGIN + w * i / steps, y, w / steps + 0.5, 12));
        }
        g.setColor(LINE);
        g.setFont(SMALL);
        g.drawString(number(range[0]), MARGIN, (float) (y + 25));
        String max = number(range[1]);
        g.drawString(max, (float) (MARGIN + w - textWidth(max, SMALL.getSize())), (float) (y + 25));
        g.drawString(legend, (float) (MARGIN + w + 10), (float) (y + 11));
    }

    /**
     * {@return the outline width in pixels of a level: 3.2 for level 1, 0.9 less per level below, at least 0.4}
     * The deepest drawn level is drawn grey when more than one level is drawn.
     *
     * @param level the level number, 1 for the roots
     */
    public static double outlineWidth(int level) {
        return Math.max(0.4, 3.2 - 0.9 * (level - 1));
    }

    /**
     * An estimate of a text's width that depends on nothing installed (font metrics differ between
     * machines, and the SVG must not): CJK characters one em, others 0.62 em.
     */
    static double textWidth(String text, int size) {
        double w = 0;
        for (int i = 0; i < text.length(); i++) {
            w += text.charAt(i) >= 0x2E80 ? size : 0.62 * size;
        }
        return Math.ceil(w);
    }

    private static String tenth(double v) {
        long tenths = Math.round(v * 10);
        return (tenths < 0 ? "-" : "") + Math.abs(tenths) / 10 + (Math.abs(tenths) % 10 == 0 ? "" : "." + Math.abs(tenths) % 10);
    }

    private static String number(double v) {
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    private double[] range() {
        if (fixedRange.isPresent()) {
            return fixedRange.get().clone();
        }
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : values.values()) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        return values.isEmpty() ? new double[] {0, 1} : new double[] {min, max};
    }

    /** Red (low) → yellow → green (high). */
    static Color ramp(double v, double[] range) {
        return Palette.SCORE.colour(fraction(v, range));
    }

    private static double fraction(double v, double[] range) {
        return range[1] > range[0] ? (v - range[0]) / (range[1] - range[0]) : 1;
    }
}

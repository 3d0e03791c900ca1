package io.gridgov.geo.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

/** Borders for hand-built sibling groups in the snapping properties: bent, with vertices now and then very close. */
final class BentBorders {

    private static final GeometryFactory F = new GeometryFactory();

    private BentBorders() {
    }

    /**
     * {@return the border from {@code a} to {@code b} with {@code between} vertices, each pushed sideways by up to
     * half of {@code bend}; now and then one lies right after the one before (closer than the smaller tolerances)}
     */
    static Coordinate[] border(Coordinate a, Coordinate b, int between, double bend, Random random) {
        Coordinate[] out = new Coordinate[between + 2];
        out[0] = a;
        out[between + 1] = b;
        double dx = b.x - a.x;
        double dy = b.y - a.y;
        double length = Math.hypot(dx, dy);
        for (int k = 1; k <= between; k++) {
            double t = random.nextInt(4) == 0 && k > 1 ? Math.min(1, (double) (k - 1) / (between + 1) + 0.3 / length)
                    : (double) k / (between + 1);
            double off = bend * (random.nextDouble() - 0.5);
            out[k] = new Coordinate(a.x + t * dx - off * dy / length, a.y + t * dy + off * dx / length);
        }
        return out;
    }

    /** Appends a border's vertices (reversed when asked) without repeating the last one. */
    static void append(List<Coordinate> ring, Coordinate[] border, boolean reversed) {
        for (int k = 0; k < border.length; k++) {
            Coordinate c = border[reversed ? border.length - 1 - k : k];
            if (ring.isEmpty() || !ring.get(ring.size() - 1).equals2D(c)) {
                ring.add(c);
            }
        }
    }

    /**
     * {@return a lattice of cols × rows grids about 100 m wide}: inner lattice points moved by up to half of
     * {@code jitter}, every border bent ({@link #border}) and shared by the two grids beside it, vertex for vertex
     */
    static Lattice lattice(Random random, int cols, int rows, double jitter, int between, double bend) {
        Coordinate[][] lattice = new Coordinate[cols + 1][rows + 1];
        for (int c = 0; c <= cols; c++) {
            for (int r = 0; r <= rows; r++) {
                boolean outer = c == 0 || r == 0 || c == cols || r == rows;
                double j = outer ? 0 : jitter;
                lattice[c][r] = new Coordinate(100 * c + j * (random.nextDouble() - 0.5),
                        100 * r + j * (random.nextDouble() - 0.5));
            }
        }
        // each border once, from the lower lattice point to the higher: [c][r][0] rightwards, [c][r][1] upwards
        Coordinate[][][][] borders = new Coordinate[cols + 1][rows + 1][2][];
        for (int c = 0; c <= cols; c++) {
            for (int r = 0; r <= rows; r++) {
                if (c < cols) {
                    borders[c][r][0] = border(lattice[c][r], lattice[c + 1][r], between, bend, random);
                }
                if (r < rows) {
                    borders[c][r][1] = border(lattice[c][r], lattice[c][r + 1], between, bend, random);
                }
            }
        }
        List<List<Coordinate>> rings = new ArrayList<>();
        for (int c = 0; c < cols; c++) {
            for (int r = 0; r < rows; r++) {
                List<Coordinate> ring = new ArrayList<>();
                append(ring, borders[c][r][0], false);
                append(ring, borders[c + 1][r][1], false);
                append(ring, borders[c][r + 1][0], true);
                append(ring, borders[c][r][1], true);
                rings.add(ring);
            }
        }
        List<Coordinate> outline = new ArrayList<>();
        for (int c = 0; c < cols; c++) {
            append(outline, borders[c][0][0], false);
        }
        for (int r = 0; r < rows; r++) {
            append(outline, borders[cols][r][1], false);
        }
        for (int c = cols - 1; c >= 0; c--) {
            append(outline, borders[c][rows][0], true);
        }
        for (int r = rows - 1; r >= 0; r--) {
            append(outline, borders[0][r][1], true);
        }
        return new Lattice(rings, outline);
    }

    /**
     * A lattice's grids and their outer border.
     *
     * @param rings the grids' closed rings, index {@code c * rows + r}
     * @param outline the closed ring around them all, counter-clockwise, vertex for vertex the grids' own
     */
    record Lattice(List<List<Coordinate>> rings, List<Coordinate> outline) {
    }

    /**
     * {@return the polygon of a closed ring in metres}, or in lon/lat about 106.7°E 26.5°N (the same scale for every
     * ring: shared vertices stay shared)
     */
    static Polygon polygon(List<Coordinate> ring, boolean lonLat) {
        Coordinate[] cs = new Coordinate[ring.size()];
        for (int k = 0; k < cs.length; k++) {
            Coordinate c = ring.get(k);
            cs[k] = lonLat ? new Coordinate(106.7 + c.x / 99_600.0, 26.5 + c.y / 110_800.0) : new Coordinate(c);
        }
        return F.createPolygon(cs);
    }
}

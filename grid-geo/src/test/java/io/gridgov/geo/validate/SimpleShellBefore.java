package io.gridgov.geo.validate;

import java.util.Arrays;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/**
 * Test oracle: {@link SimpleShell} as it was before it worked on primitive arrays (main
 * {@code f76082f}, Coordinate objects and a grid for every ring), kept verbatim so that
 * {@link SimpleShellProperties} can show the faster version answers the same on every input.
 */
final class SimpleShellBefore {

    /**
     * The most segments one cell may hold: past it the pairs compared in a cell would grow with the
     * square of the ring's size (a 100,000-vertex ring along one side of its envelope, issue 13),
     * so the certificate gives up and {@code IsValidOp} (n log n) decides.
     */
    static final int MAX_PER_CELL = 64;

    private SimpleShellBefore() {
    }

    /**
     * Whether {@code g} is certainly valid.
     *
     * @param g a geometry
     * @return true when {@code g} is a polygon without holes whose shell is a simple ring; false
     *     says nothing
     */
    static boolean certifies(Geometry g) {
        if (!(g instanceof Polygon p) || p.isEmpty() || p.getNumInteriorRing() != 0) {
            return false;
        }
        LinearRing shell = p.getExteriorRing();
        CoordinateSequence s = shell.getCoordinateSequence();
        int n = s.size();
        if (n < 4) {
            return false;
        }
        // Distinct consecutive vertices, closed.
        Coordinate[] v = new Coordinate[n];
        int m = 0;
        for (int i = 0; i < n; i++) {
            Coordinate c = s.getCoordinate(i);
            if (!Double.isFinite(c.x) || !Double.isFinite(c.y)) {
                return false;
            }
            if (m == 0 || c.x != v[m - 1].x || c.y != v[m - 1].y) {
                v[m++] = c;
            }
        }
        if (v[0].x != v[m - 1].x || v[0].y != v[m - 1].y || m < 4) {
            return false;
        }
        int segments = m - 1;
        // Consecutive segments (cyclically) must not fold back: collinear only when going on.
        for (int i = 0; i < segments; i++) {
            Coordinate a = v[i];
            Coordinate b = v[i + 1];
            Coordinate c = v[i + 2 > segments ? 1 : i + 2];
            // a dot product certainly positive (beyond its rounding error) goes on: no fold
            double t1 = (b.x - a.x) * (c.x - b.x);
            double t2 = (b.y - a.y) * (c.y - b.y);
            if (t1 + t2 > 1e-12 * (Math.abs(t1) + Math.abs(t2))) {
                continue;
            }
            if (Orientation.index(a, b, c) == Orientation.COLLINEAR
                    && (b.x - a.x) * (c.x - b.x) + (b.y - a.y) * (c.y - b.y) <= 0) {
                return false;
            }
        }
        // Bucket the segments in a uniform grid over the ring's envelope (about two segments per
        // occupied cell along the boundary) and compare only segments that share a cell; a pair
        // is compared once, in the cell holding the low corner of their envelopes' overlap.
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (int i = 0; i < segments; i++) {
            minX = Math.min(minX, v[i].x);
            maxX = Math.max(maxX, v[i].x);
            minY = Math.min(minY, v[i].y);
            maxY = Math.max(maxY, v[i].y);
        }
        int side = (int) Math.max(1, Math.min(segments / 8.0, 2 * Math.sqrt(segments)));
        double cellW = (maxX - minX) / side;
        double cellH = (maxY - minY) / side;
        if (!(cellW > 0) || !(cellH > 0)) {
            return false; // degenerate envelope: a zero-area ring, let IsValidOp say why
        }
        int[] x0 = new int[segments];
        int[] x1 = new int[segments];
        int[] y0 = new int[segments];
        int[] y1 = new int[segments];
        int[] start = new int[side * side + 1];
        for (int i = 0; i < segments; i++) {
            x0[i] = cell(Math.min(v[i].x, v[i + 1].x), minX, cellW, side);
            x1[i] = cell(Math.max(v[i].x, v[i + 1].x), minX, cellW, side);
            y0[i] = cell(Math.min(v[i].y, v[i + 1].y), minY, cellH, side);
            y1[i] = cell(Math.max(v[i].y, v[i + 1].y), minY, cellH, side);
            for (int cy = y0[i]; cy <= y1[i]; cy++) {
                for (int cx = x0[i]; cx <= x1[i]; cx++) {
                    start[cy * side + cx + 1]++;
                }
            }
        }
        for (int c = 0; c < side * side; c++) {
            if (start[c + 1] > MAX_PER_CELL) {
                return false; // the segments crowd a few cells (a long ring along one side): IsValidOp
            }
            start[c + 1] += start[c];
        }
        int[] fill = Arrays.copyOf(start, side * side);
        int[] members = new int[start[side * side]];
        for (int i = 0; i < segments; i++) {
            for (int cy = y0[i]; cy <= y1[i]; cy++) {
                for (int cx = x0[i]; cx <= x1[i]; cx++) {
                    members[fill[cy * side + cx]++] = i;
                }
            }
        }
        for (int cy = 0; cy < side; cy++) {
            for (int cx = 0; cx < side; cx++) {
                int cellIndex = cy * side + cx;
                for (int k = start[cellIndex]; k < start[cellIndex + 1]; k++) {
                    int i = members[k];
                    Coordinate a = v[i];
                    Coordinate b = v[i + 1];
                    for (int l = k + 1; l < start[cellIndex + 1]; l++) {
                        int j = members[l];
                        int d = Math.abs(i - j);
                        if (d == 1 || d == segments - 1) {
                            continue; // consecutive: checked above
                        }
                        if (Math.max(x0[i], x0[j]) != cx || Math.max(y0[i], y0[j]) != cy) {
                            continue; // compared in another cell
                        }
                        Coordinate c = v[j];
                        Coordinate e = v[j + 1];
                        if (Math.max(a.x, b.x) < Math.min(c.x, e.x) || Math.max(c.x, e.x) < Math.min(a.x, b.x)
                                || Math.max(a.y, b.y) < Math.min(c.y, e.y)
                                || Math.max(c.y, e.y) < Math.min(a.y, b.y)) {
                            continue;
                        }
                        if (intersect(a, b, c, e)) {
                            return false;
                        }
                    }
                }
            }
        }
        return true;
    }

    private static int cell(double value, double min, double size, int side) {
        int c = (int) ((value - min) / size);
        return c < 0 ? 0 : c >= side ? side - 1 : c;
    }

    /** Whether two segments whose envelopes overlap share any point (exact). */
    private static boolean intersect(Coordinate a, Coordinate b, Coordinate c, Coordinate e) {
        int o1 = Orientation.index(a, b, c);
        int o2 = Orientation.index(a, b, e);
        if (o1 * o2 > 0) {
            return false;
        }
        int o3 = Orientation.index(c, e, a);
        int o4 = Orientation.index(c, e, b);
        if (o3 * o4 > 0) {
            return false;
        }
        // Either a proper or touching crossing, or all four collinear with overlapping envelopes
        // (the caller checked): both mean the segments meet.
        return true;
    }
}

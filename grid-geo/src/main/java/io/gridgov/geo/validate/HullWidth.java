package io.gridgov.geo.validate;

import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Polygon;

/**
 * The minimum width of a polygon's convex hull (凸包最小宽度) and the hull edge it is measured across: an
 * upper bound on the diameter of any disc inside the polygon (the disc lies inside the hull, and the
 * hull lies between two parallel lines that far apart). What {@code MinimumDiameter} computes, on the
 * exterior ring's coordinates as plain doubles: a monotone-chain hull (Andrew) and rotating calipers,
 * without its robust orientation predicate and coordinate objects, which cost as much as the rest of
 * {@link Erosion}'s bounds together on the redrawn city's slivers. A point that rounding leaves off a
 * hull edge it lies on moves the width by rounding errors only. Immutable.
 */
final class HullWidth {
    /** The width; 0 when the hull is degenerate (fewer than three corners). */
    final double width;
    /** The hull edge the width is measured across (from (ax, ay) to (bx, by)); meaningless when the width is 0. */
    final double ax;
    final double ay;
    final double bx;
    final double by;

    private HullWidth(double width, double ax, double ay, double bx, double by) {
        this.width = width;
        this.ax = ax;
        this.ay = ay;
        this.bx = bx;
        this.by = by;
    }

    /** {@return the minimum width of the polygon's convex hull} */
    static HullWidth of(Polygon polygon) {
        CoordinateSequence ring = polygon.getExteriorRing().getCoordinateSequence();
        int n = ring.size() - 1;   // the closing point repeats the first
        if (n < 3) {
            return new HullWidth(0, 0, 0, 0, 0);
        }
        double[] x = new double[n];
        double[] y = new double[n];
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            x[i] = ring.getX(i);
            y[i] = ring.getY(i);
            order[i] = i;
        }
        // by x, then y (one stable sort: the order of two, by y and then by x)
        RunSort.stably(order, x, y);
        // lower hull then upper hull, counter-clockwise, without repeating the first corner
        int[] hull = new int[2 * n];
        int h = 0;
        for (int k = 0; k < n; k++) {
            int p = order[k];
            while (h >= 2 && cross(x, y, hull[h - 2], hull[h - 1], p) <= 0) {
                h--;
            }
            hull[h++] = p;
        }
        for (int k = n - 2, lower = h + 1; k >= 0; k--) {
            int p = order[k];
            while (h >= lower && cross(x, y, hull[h - 2], hull[h - 1], p) <= 0) {
                h--;
            }
            hull[h++] = p;
        }
        h--;   // the last is the first again
        if (h < 3) {
            return new HullWidth(0, 0, 0, 0, 0);
        }
        // rotating calipers: for each edge, the corner farthest from its line moves forward monotonically
        double best = Double.POSITIVE_INFINITY;
        int bestEdge = 0;
        int far = 1;
        for (int i = 0; i < h; i++) {
            int a = hull[i];
            int b = hull[(i + 1) % h];
            double ex = x[b] - x[a];
            double ey = y[b] - y[a];
            double length = Math.sqrt(ex * ex + ey * ey);
            if (!(length > 0)) {
                continue;
            }
            if (far == i) {
                far = (i + 1) % h;
            }
            double d = (ex * (y[hull[far]] - y[a]) - ey * (x[hull[far]] - x[a]));
            for (int step = 0; step < h; step++) {
                int next = (far + 1) % h;
                double dn = (ex * (y[hull[next]] - y[a]) - ey * (x[hull[next]] - x[a]));
                if (dn < d) {
                    break;
                }
                far = next;
                d = dn;
            }
            double width = d / length;
            if (width < best) {
                best = width;
                bestEdge = i;
            }
        }
        if (best == Double.POSITIVE_INFINITY) {
            return new HullWidth(0, 0, 0, 0, 0);
        }
        int a = hull[bestEdge];
        int b = hull[(bestEdge + 1) % h];
        return new HullWidth(best, x[a], y[a], x[b], y[b]);
    }

    /** {@return twice the signed area of the triangle (o, a, b): positive when it turns left} */
    private static double cross(double[] x, double[] y, int o, int a, int b) {
        return (x[a] - x[o]) * (y[b] - y[o]) - (y[a] - y[o]) * (x[b] - x[o]);
    }
}

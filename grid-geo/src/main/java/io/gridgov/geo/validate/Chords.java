package io.gridgov.geo.validate;

import java.util.Arrays;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Polygon;

/**
 * The longest chord of a polygon in one direction (最长弦): an upper bound on the diameter of any disc
 * inside it, and the midpoint of that chord, a good centre to try for a lower bound. Cheap where
 * the convex hull's width is not: a long sliver that bends along a border has a hull many times
 * wider than itself, but every chord across it is about as short as it is wide.
 *
 * <p>Why the bound holds: a disc of radius r inside the polygon, cut by the lines of direction u,
 * gives chords of length up to 2r, each inside the polygon and so inside one connected piece of that
 * line's intersection with it. Between two consecutive vertex offsets (a slab), no line meets a vertex:
 * the edges spanning the slab cross every line of it in the same order, consecutive crossings bound
 * the pieces, and each piece's length is linear across the slab. Its supremum is therefore at one of
 * the slab's two ends, evaluated along the same edges; the largest of those over all slabs is at least
 * every chord of every disc inside. Floating-point error only moves the answer by rounding errors,
 * which the callers' margins cover. One sweep over the slabs: n log n plus the edges spanning each slab
 * (a few, on a sliver). Stateless.
 */
final class Chords {

    private Chords() {
    }

    /** The longest chord found: its length, and its midpoint. */
    record Longest(double length, double midX, double midY) {
    }

    /**
     * {@return the longest chord of the polygon in direction (ux, uy)} (a unit vector)
     *
     * @param polygon a valid polygon
     * @param ux the direction's x
     * @param uy the direction's y
     */
    static Longest longest(Polygon polygon, double ux, double uy) {
        // u: along the chords; t: the offset of each chord's line (the normal's coordinate)
        double nx = -uy;
        double ny = ux;
        int edges = polygon.getNumPoints() - 1 - polygon.getNumInteriorRing();
        double[] t0 = new double[edges];
        double[] t1 = new double[edges];
        double[] u0 = new double[edges];
        double[] u1 = new double[edges];
        int count = 0;
        // the slabs' bounds: every edge's two offsets, each vertex's taken once (an edge's first end
        // is the edge before's second, computed alike, unless that edge was along the lines; a
        // repeated offset bounds no slab, so the slabs are those of every edge's two offsets)
        double[] offsets = new double[edges + polygon.getNumInteriorRing() + 1];
        int offsetCount = 0;
        for (int h = -1; h < polygon.getNumInteriorRing(); h++) {
            CoordinateSequence s = (h < 0 ? polygon.getExteriorRing() : polygon.getInteriorRingN(h)).getCoordinateSequence();
            boolean previousTaken = false;
            for (int i = 1, n = s.size(); i < n; i++) {
                double ax = s.getX(i - 1);
                double ay = s.getY(i - 1);
                double bx = s.getX(i);
                double by = s.getY(i);
                double ta = ax * nx + ay * ny;
                double tb = bx * nx + by * ny;
                if (ta == tb) {
                    previousTaken = false;
                    continue;   // along the lines: never crossed inside a slab
                }
                if (!previousTaken) {
                    offsets = grown(offsets, offsetCount + 2);
                    offsets[offsetCount++] = ta;
                }
                offsets = grown(offsets, offsetCount + 1);
                offsets[offsetCount++] = tb;
                previousTaken = true;
                // stored with t0 < t1
                boolean up = ta < tb;
                t0[count] = up ? ta : tb;
                t1[count] = up ? tb : ta;
                u0[count] = up ? ax * ux + ay * uy : bx * ux + by * uy;
                u1[count] = up ? bx * ux + by * uy : ax * ux + ay * uy;
                count++;
            }
        }
        // sweep the slabs in offset order, keeping the edges that span the current one
        int[] byStart = new int[count];
        for (int i = 0; i < count; i++) {
            byStart[i] = i;
        }
        RunSort.stably(byStart, t0);   // by start offset, without boxing (a third of the sweep's time)
        RunSort.values(offsets, offsetCount);   // a ring's offsets rise and fall in long runs
        double best = 0;
        double bestU = 0;
        double bestT = 0;
        int[] active = new int[count];
        double[] key = new double[count];
        int m = 0;
        int next = 0;
        for (int k = 1; k < offsetCount; k++) {
            double lo = offsets[k - 1];
            double hi = offsets[k];
            if (!(hi > lo)) {
                continue;
            }
            // no offset lies strictly between lo and hi: an edge spans the slab when t0 <= lo and t1 >= hi
            int kept = 0;
            for (int p = 0; p < m; p++) {
                if (t1[active[p]] >= hi) {
                    active[kept++] = active[p];
                }
            }
            m = kept;
            while (next < count && t0[byStart[next]] <= lo) {
                int e = byStart[next++];
                if (t1[e] >= hi) {
                    active[m++] = e;
                }
            }
            double mid = lo + (hi - lo) / 2;
            // the crossings in order along the line (insertion sort: a few edges per slab)
            for (int p = 0; p < m; p++) {
                int e = active[p];
                double k0 = at(u0[e], u1[e], t0[e], t1[e], mid);
                int q = p - 1;
                while (q >= 0 && key[q] > k0) {
                    key[q + 1] = key[q];
                    active[q + 1] = active[q];
                    q--;
                }
                key[q + 1] = k0;
                active[q + 1] = e;
            }
            for (int p = 0; p + 1 < m; p += 2) {
                int a = active[p];
                int b = active[p + 1];
                double length = Math.max(Math.abs(at(u0[b], u1[b], t0[b], t1[b], lo) - at(u0[a], u1[a], t0[a], t1[a], lo)),
                        Math.abs(at(u0[b], u1[b], t0[b], t1[b], hi) - at(u0[a], u1[a], t0[a], t1[a], hi)));
                if (length > best) {
                    // the centre to try: the chord's midpoint in the middle of the slab, inside the polygon
                    best = length;
                    bestU = (key[p] + key[p + 1]) / 2;
                    bestT = mid;
                }
            }
        }
        // back from (u, t) to (x, y): the frame is orthonormal
        return new Longest(best, bestU * ux + bestT * nx, bestU * uy + bestT * ny);
    }

    /** {@return the array, or a copy twice as long when it holds fewer than {@code needed}} */
    private static double[] grown(double[] a, int needed) {
        return needed <= a.length ? a : Arrays.copyOf(a, Math.max(needed, 2 * a.length));
    }

    /** {@return the u at offset t of the edge from (u0, t0) to (u1, t1)} (t0 < t1, t within) */
    private static double at(double u0, double u1, double t0, double t1, double t) {
        if (t <= t0) {
            return u0;
        }
        if (t >= t1) {
            return u1;
        }
        return u0 + (u1 - u0) * ((t - t0) / (t1 - t0));
    }

    /** {@return the unit direction perpendicular to the segment from a to b, or null when a = b} */
    static double[] across(Coordinate a, Coordinate b) {
        double dx = b.x - a.x;
        double dy = b.y - a.y;
        double length = Math.hypot(dx, dy);
        if (!(length > 0)) {
            return null;
        }
        return new double[] {-dy / length, dx / length};
    }
}

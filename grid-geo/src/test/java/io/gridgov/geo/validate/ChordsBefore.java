package io.gridgov.geo.validate;

import java.util.Arrays;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Polygon;

/**
 * Test oracle: {@link Chords#longest} as it was before it sorted each vertex's offset once (main
 * {@code fe12b7a}: both offsets of every edge), kept verbatim so that {@link ChordsProperties} can
 * show the faster sweep finds the same chord, bit for bit.
 */
final class ChordsBefore {

    private ChordsBefore() {
    }

    /** {@return the longest chord of the polygon in direction (ux, uy)}, as before */
    static Chords.Longest longest(Polygon polygon, double ux, double uy) {
        // u: along the chords; t: the offset of each chord's line (the normal's coordinate)
        double nx = -uy;
        double ny = ux;
        int edges = polygon.getNumPoints() - 1 - polygon.getNumInteriorRing();
        double[] t0 = new double[edges];
        double[] t1 = new double[edges];
        double[] u0 = new double[edges];
        double[] u1 = new double[edges];
        int count = 0;
        for (int h = -1; h < polygon.getNumInteriorRing(); h++) {
            CoordinateSequence s = (h < 0 ? polygon.getExteriorRing() : polygon.getInteriorRingN(h)).getCoordinateSequence();
            for (int i = 1, n = s.size(); i < n; i++) {
                double ax = s.getX(i - 1);
                double ay = s.getY(i - 1);
                double bx = s.getX(i);
                double by = s.getY(i);
                double ta = ax * nx + ay * ny;
                double tb = bx * nx + by * ny;
                if (ta == tb) {
                    continue;   // along the lines: never crossed inside a slab
                }
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
        double[] offsets = new double[2 * count];
        for (int i = 0; i < count; i++) {
            byStart[i] = i;
            offsets[2 * i] = t0[i];
            offsets[2 * i + 1] = t1[i];
        }
        RunSort.stably(byStart, t0);   // by start offset, without boxing (a third of the sweep's time)
        Arrays.sort(offsets);
        double best = 0;
        double bestU = 0;
        double bestT = 0;
        int[] active = new int[count];
        double[] key = new double[count];
        int m = 0;
        int next = 0;
        for (int k = 1; k < offsets.length; k++) {
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
        return new Chords.Longest(best, bestU * ux + bestT * nx, bestU * uy + bestT * ny);
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
}

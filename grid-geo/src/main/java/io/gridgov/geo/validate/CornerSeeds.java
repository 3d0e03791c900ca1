package io.gridgov.geo.validate;

import java.util.Arrays;
import org.locationtech.jts.geom.Geometry;

/**
 * The corners of a sibling group, in the order {@link GroupSnapping} makes them representatives
 * (the first of its steps): a vertex where the border turns by more than 20° is a corner; the
 * corners come first, sharpest first (the parent's before the children's), then every other vertex
 * (the parent's, then the children's in order). Corners first is what keeps a run of close vertices
 * along a border (a parent resampled every metre) from dragging the corner it runs into onto the
 * run's first vertex, almost a tolerance away, where the children's corner no longer reaches it (a
 * piece then survives snapping).
 */
final class CornerSeeds {

    private CornerSeeds() {
    }

    /** A vertex whose borders turn by more than this (radians) is a corner. */
    static final double CORNER = Math.toRadians(20);
    /** tan(19°): a turn whose tangent is below this is certainly not a corner (no arc tangent needed). */
    static final double STRAIGHT = Math.tan(Math.toRadians(19));

    /**
     * {@return how far the border turns (radians) at a vertex between the metre vectors {@code u}
     * (from the vertex before) and {@code w} (to the vertex after) when it is a corner, else -1}
     */
    static double cornerTurn(double ux, double uy, double wx, double wy) {
        double cross = ux * wy - uy * wx;
        double dot = ux * wx + uy * wy;
        // a turn well below the corner angle needs no arc tangent
        if (dot > 0 && Math.abs(cross) < STRAIGHT * dot) {
            return -1;
        }
        double turn = Math.abs(Math.atan2(cross, dot));
        return turn > CORNER ? turn : -1;
    }

    /**
     * {@return the group's corners as vertexes of {@code flat}, in the order they become
     * representatives: sharpest first (the parent's before the children's at equal sharpness)}, so
     * that a run of close vertices along a border snaps onto the corner it approaches instead of
     * dragging the corner onto the run's first vertex.
     *
     * @param flat the group's rings
     * @param children the children (their corners found on their rings unless given)
     * @param parent the parent, or null
     * @param sx metres per unit of x
     * @param sy metres per unit of y
     * @param givenCornerVertex the children's corners when the caller found them (indexes into the
     *     one child's first ring, see {@link GroupSnapping#snapOutline}), else null
     * @param givenCornerTurn their turns (radians), parallel, else null
     * @param capacity how many corners to make room for at first
     */
    static int[] inOrder(GroupRings flat, Geometry[] children, Geometry parent, double sx, double sy,
            int[] givenCornerVertex, double[] givenCornerTurn, int capacity) {
        int count = 0;
        double[] turns = new double[capacity];
        int[] at = new int[capacity];
        double[] xs = flat.x;
        double[] ys = flat.y;
        for (int i = -1; i < children.length; i++) {
            Geometry g = i < 0 ? parent : children[i];
            if (g == null) {
                continue;
            }
            int index = flat.indexOf(g);
            if (i >= 0 && givenCornerVertex != null) {
                // the children's corners as the caller found them (see GroupSnapping.snapOutline)
                int from = flat.start(flat.firstRing(index));
                turns = Arrays.copyOf(turns, count + givenCornerVertex.length);
                at = Arrays.copyOf(at, turns.length);
                for (int k = 0; k < givenCornerVertex.length; k++) {
                    turns[count] = givenCornerTurn[k];
                    at[count++] = from + givenCornerVertex[k];
                }
                continue;
            }
            for (int r = flat.firstRing(index); r < flat.endRing(index); r++) {
                int from = flat.start(r);
                int n = flat.size(r) - 1;
                for (int v = 0; v < n; v++) {
                    int a = from + (v == 0 ? n - 1 : v - 1);
                    int b = from + v;
                    int c = b + 1;
                    double turn = cornerTurn((xs[b] - xs[a]) * sx, (ys[b] - ys[a]) * sy, (xs[c] - xs[b]) * sx,
                            (ys[c] - ys[b]) * sy);
                    if (turn > 0) {
                        if (count == turns.length) {
                            turns = Arrays.copyOf(turns, count * 2);
                            at = Arrays.copyOf(at, count * 2);
                        }
                        turns[count] = turn;
                        at[count] = b;
                        count++;
                    }
                }
            }
        }
        // sharpest first, the parent before the children at equal sharpness, else in order met
        int[] order = new int[count];
        for (int i = 0; i < count; i++) {
            order[i] = i;
        }
        // (corners are met owner by owner, so "in order met" is also "the parent first")
        sortSharpestFirst(order, turns);
        int[] corners = new int[count];
        for (int i = 0; i < count; i++) {
            corners[i] = at[order[i]];
        }
        return corners;
    }

    /**
     * Sorts {@code 0 .. a.length - 1} by turn, largest first, equal turns in index order (a
     * stable merge sort on primitives: runs always hold consecutive indexes, the left run the lower).
     */
    private static void sortSharpestFirst(int[] a, double[] turn) {
        int[] buffer = new int[a.length];
        for (int width = 1; width < a.length; width *= 2) {
            for (int lo = 0; lo < a.length; lo += 2 * width) {
                int mid = Math.min(lo + width, a.length);
                int hi = Math.min(lo + 2 * width, a.length);
                int i = lo;
                int j = mid;
                int k = lo;
                while (i < mid && j < hi) {
                    buffer[k++] = turn[a[j]] > turn[a[i]] ? a[j++] : a[i++];
                }
                while (i < mid) {
                    buffer[k++] = a[i++];
                }
                while (j < hi) {
                    buffer[k++] = a[j++];
                }
            }
            System.arraycopy(buffer, 0, a, 0, a.length);
        }
    }
}

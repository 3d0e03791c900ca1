package io.gridgov.geo.validate;

import java.util.Arrays;
import org.locationtech.jts.geom.Coordinate;

/**
 * Spikes of no width cut off a ring ({@code p, v, p}: the ring goes out and comes back the same
 * way), as {@link GroupSnapping} leaves them where a representative went into both sides of a spike
 * narrower than the tolerance, and as a collapsed ring has them (every ring, the parent's too, so a
 * parent whose only fault was spikes needs no repair).
 */
final class Spikes {

    private Spikes() {
    }

    /**
     * {@return a closed ring with its spikes cut off}: a vertex whose neighbours are one position
     * (the ring goes out and comes back the same way) is dropped with the repeat, again until none
     * is left, around the closing vertex too. What is cut has no area, so the ring bounds the same
     * area; whether it is simple is for the caller to check.
     */
    static Coordinate[] withoutSpikes(Coordinate[] ring) {
        int[] kept = keptWithoutSpikes(ring.length - 1, (i, j) -> ring[i].equals2D(ring[j]));
        Coordinate[] out = new Coordinate[kept.length];
        for (int k = 0; k < kept.length; k++) {
            out[k] = ring[kept[k]];
        }
        return out;
    }

    /** {@link #withoutSpikes(Coordinate[])} on a ring of representatives (one id, one position). */
    static int[] withoutSpikes(int[] ring) {
        int[] kept = keptWithoutSpikes(ring, ring.length - 1);
        int[] out = new int[kept.length];
        for (int k = 0; k < kept.length; k++) {
            out[k] = ring[kept[k]];
        }
        return out;
    }

    /** Whether the vertices at two indexes of a ring are one position. */
    @FunctionalInterface
    interface SamePosition {
        boolean same(int i, int j);
    }

    /**
     * The spike removal of {@link #withoutSpikes(Coordinate[])} on indexes: {@return the indexes
     * kept, closed (the first again at the end); empty when fewer than three are left}
     *
     * @param n the ring's vertices without the closing one
     * @param same whether two indexes are one position
     */
    static int[] keptWithoutSpikes(int n, SamePosition same) {
        return keptWithoutSpikes(n, same, null, null, null);
    }

    /**
     * {@link #keptWithoutSpikes(int, SamePosition)} of a ring given by its coordinates, positions
     * compared with {@code ==} (as {@code equals2D} compares them): the same answer without an
     * interface call per comparison (three kinds of callers made that call site megamorphic, a few
     * per cent of the redrawn city's validation at a covering tolerance).
     *
     * @param xs the ring's x coordinates (at least {@code n})
     * @param ys its y coordinates
     * @param n the ring's vertices without the closing one
     * @return the indexes kept, closed; empty when fewer than three are left
     */
    static int[] keptWithoutSpikes(double[] xs, double[] ys, int n) {
        return keptWithoutSpikes(n, null, xs, ys, null);
    }

    /**
     * {@link #keptWithoutSpikes(int, SamePosition)} of a ring of representatives (one id, one
     * position), ids compared with {@code ==}: the same answer without an interface call per
     * comparison (see {@link #keptWithoutSpikes(double[], double[], int)}).
     *
     * @param ids the ring's ids (at least {@code n})
     * @param n the ring's vertices without the closing one
     * @return the indexes kept, closed; empty when fewer than three are left
     */
    static int[] keptWithoutSpikes(int[] ids, int n) {
        return keptWithoutSpikes(n, null, null, null, ids);
    }

    /** Whether indexes {@code i} and {@code j} are one position: by the ids, else by {@code same}, else by the coordinates. */
    private static boolean onePosition(SamePosition same, double[] xs, double[] ys, int[] ids, int i, int j) {
        if (ids != null) {
            return ids[i] == ids[j];
        }
        return same != null ? same.same(i, j) : xs[i] == xs[j] && ys[i] == ys[j];
    }

    private static int[] keptWithoutSpikes(int n, SamePosition same, double[] xs, double[] ys, int[] ids) {
        int[] stack = new int[n];
        int top = 0;
        for (int i = 0; i < n; i++) {
            if (top > 0 && onePosition(same, xs, ys, ids, stack[top - 1], i)) {
                continue;
            }
            if (top > 1 && onePosition(same, xs, ys, ids, stack[top - 2], i)) {
                top--;
                continue;
            }
            stack[top++] = i;
        }
        // around the closing vertex: trim the two ends while they repeat or fold onto each other
        int first = 0;
        boolean trimmed = true;
        while (trimmed && top - first >= 3) {
            trimmed = false;
            if (onePosition(same, xs, ys, ids, stack[top - 1], stack[first])) {
                top--;
                trimmed = true;
            } else if (onePosition(same, xs, ys, ids, stack[top - 2], stack[first])) {
                top--;   // ... a b | a ...: b is a spike at the seam
                trimmed = true;
            } else if (onePosition(same, xs, ys, ids, stack[top - 1], stack[first + 1])) {
                first++;   // ... b | a b ...: a is a spike at the seam
                trimmed = true;
            }
        }
        if (top - first < 3) {
            return new int[0];
        }
        int[] out = Arrays.copyOfRange(stack, first, top + 1);
        out[top - first] = stack[first];
        return out;
    }

}

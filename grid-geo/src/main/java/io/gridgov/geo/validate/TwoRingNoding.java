package io.gridgov.geo.validate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.locationtech.jts.algorithm.LineIntersector;
import org.locationtech.jts.algorithm.RobustLineIntersector;
import org.locationtech.jts.geom.Coordinate;

/**
 * The noding of two simple rings with each other (两环互相分割: a sibling group's union outline and
 * its parent's outline, which run side by side and cross often), for {@link FaceArrangement}.
 * {@code MCIndexNoder} followed by {@code FastNodingValidator}, as {@code OverlayNG} nodes, compares
 * every monotone chain with every other, those of the same ring included, builds an index of chains
 * twice, and then checks every noded segment against every other. Neither is needed here:
 * <ul>
 * <li>a simple ring does not cross itself, so only the segments of one ring are compared with those
 *     of the other, found through a grid of cells about as large as the segments (the same pairs
 *     meet, and {@link RobustLineIntersector} gives them the same floating-point nodes);</li>
 * <li>a noded segment that no node was added to is one of the input segments whole: two such
 *     segments of the same ring do not cross (the ring is simple), and two of different rings were
 *     compared by the noding, which would have split both had they crossed or touched inside. So an
 *     interior intersection left by the rounding of a node involves a segment that ends at an
 *     inserted node: only those are checked, against every noded segment near them.</li>
 * </ul>
 * Stateless.
 */
final class TwoRingNoding {

    /** A grid has at most this many cells per segment indexed on average (larger cells otherwise). */
    private static final int ENTRIES_PER_SEGMENT = 6;

    private TwoRingNoding() {
    }

    /**
     * Nodes two rings with each other.
     *
     * @param a a simple ring (closed, no repeated points)
     * @param b another simple ring
     * @return both rings with the nodes inserted in order along their segments; empty when the
     *     floating-point nodes left an interior intersection (the caller then nodes robustly)
     */
    static Optional<Coordinate[][]> node(Coordinate[] a, Coordinate[] b) {
        Coordinate[][] rings = {a, b};
        Segments input = new Segments(rings);
        @SuppressWarnings("unchecked")
        List<Coordinate>[][] nodes = new List[][] {new List[a.length - 1], new List[b.length - 1]};
        LineIntersector li = new RobustLineIntersector();
        input.forEachPair(true, (s, t) -> {
            // s of ring a, t of ring b (the cross pairs only)
            int i = s;
            int j = t - input.firstOf[1];
            Coordinate a0 = a[i];
            Coordinate a1 = a[i + 1];
            Coordinate b0 = b[j];
            Coordinate b1 = b[j + 1];
            li.computeIntersection(b0, b1, a0, a1);
            for (int k = 0; k < li.getIntersectionNum(); k++) {
                Coordinate p = li.getIntersection(k);
                addNode(nodes[0], i, a0, a1, p);
                addNode(nodes[1], j, b0, b1, p);
            }
            return false;
        });
        Coordinate[][] noded = new Coordinate[2][];
        // where each input segment's pieces start in the noded ring (one more entry: the ring's end)
        int[][] firstPiece = new int[2][];
        boolean any = false;
        for (int r = 0; r < 2; r++) {
            Coordinate[] ring = rings[r];
            List<Coordinate> out = new ArrayList<>(ring.length + 16);
            firstPiece[r] = new int[ring.length];
            for (int i = 0; i + 1 < ring.length; i++) {
                firstPiece[r][i] = out.size();
                out.add(ring[i]);
                List<Coordinate> on = nodes[r][i];
                if (on == null) {
                    continue;
                }
                Coordinate from = ring[i];
                on.sort((p, q) -> Double.compare(distanceSq(from, p), distanceSq(from, q)));
                Coordinate last = from;
                for (Coordinate p : on) {
                    if (!p.equals2D(last)) {
                        out.add(p);
                        last = p;
                        any = true;
                    }
                }
            }
            firstPiece[r][ring.length - 1] = out.size();
            out.add(ring[ring.length - 1]);
            noded[r] = out.toArray(new Coordinate[0]);
        }
        if (!any) {
            return Optional.of(noded);
        }
        return crossedAtNodes(input, noded, firstPiece, li) ? Optional.empty() : Optional.of(noded);
    }

    /**
     * Whether two noded segments cross inside, one of them ending at an inserted node: the pieces of an
     * input segment that took a node (all of them end at one) against the pieces of every input segment
     * whose envelope meets its own (a node lies within both segments' envelopes, so a piece's envelope
     * within its segment's, and the input's grid finds every such pair), and against each other. The
     * same pairs as a grid of all the noded segments would give, without building it.
     */
    private static boolean crossedAtNodes(Segments input, Coordinate[][] noded, int[][] firstPiece,
            LineIntersector li) {
        for (int r = 0; r < 2; r++) {
            for (int i = 0; i + 1 < firstPiece[r].length; i++) {
                int from = firstPiece[r][i];
                int to = firstPiece[r][i + 1];
                for (int s = from; s + 1 < to; s++) {
                    for (int t = s + 1; t < to; t++) {
                        if (crosses(noded[r], s, noded[r], t, li)) {
                            return true;
                        }
                    }
                }
            }
        }
        return input.forEachPair(false, (u, v) -> {
            int ru = u < input.firstOf[1] ? 0 : 1;
            int rv = v < input.firstOf[1] ? 0 : 1;
            int iu = u - input.firstOf[ru];
            int iv = v - input.firstOf[rv];
            int fromU = firstPiece[ru][iu];
            int toU = firstPiece[ru][iu + 1];
            int fromV = firstPiece[rv][iv];
            int toV = firstPiece[rv][iv + 1];
            if (toU - fromU == 1 && toV - fromV == 1) {
                return false;   // two input segments whole: compared by the noding already
            }
            for (int s = fromU; s < toU; s++) {
                for (int t = fromV; t < toV; t++) {
                    if (crosses(noded[ru], s, noded[rv], t, li)) {
                        return true;
                    }
                }
            }
            return false;
        });
    }

    /** {@return whether segment s of ring a and segment t of ring b, envelopes meeting, cross inside} */
    private static boolean crosses(Coordinate[] a, int s, Coordinate[] b, int t, LineIntersector li) {
        Coordinate p0 = a[s];
        Coordinate p1 = a[s + 1];
        Coordinate q0 = b[t];
        Coordinate q1 = b[t + 1];
        if (Math.max(Math.min(p0.x, p1.x), Math.min(q0.x, q1.x)) > Math.min(Math.max(p0.x, p1.x), Math.max(q0.x, q1.x))
                || Math.max(Math.min(p0.y, p1.y), Math.min(q0.y, q1.y)) > Math.min(Math.max(p0.y, p1.y), Math.max(q0.y, q1.y))) {
            return false;
        }
        li.computeIntersection(p0, p1, q0, q1);
        return li.hasIntersection() && li.isInteriorIntersection();
    }

    private static double distanceSq(Coordinate u, Coordinate p) {
        double dx = p.x - u.x;
        double dy = p.y - u.y;
        return dx * dx + dy * dy;
    }

    /** Adds node p to segment i (u, v) of a ring, unless it is one of the segment's ends. */
    private static void addNode(List<Coordinate>[] nodes, int i, Coordinate u, Coordinate v, Coordinate p) {
        if (p.equals2D(u) || p.equals2D(v)) {
            return;
        }
        if (nodes[i] == null) {
            nodes[i] = new ArrayList<>(2);
        }
        nodes[i].add(p.copy());
    }

    /** A pair of segments to process; true stops the enumeration. */
    private interface PairAction {
        boolean apply(int s, int t);
    }

    /**
     * The segments of two rings (those of ring 0 first), bucketed in a grid of square cells by
     * their envelopes: a sorted array of (cell, segment) entries.
     */
    private static final class Segments {
        final Coordinate[][] rings;
        final int[] firstOf = new int[3];
        final int count;
        final double[] minX;
        final double[] minY;
        final double[] maxX;
        final double[] maxY;
        private final long[] entries;
        private final double originX;
        private final double originY;
        private final double cell;
        /** Cells per column of the grid: a cell's key is column × rows + row. */
        private final long rows;

        Segments(Coordinate[][] rings) {
            this.rings = rings;
            firstOf[1] = rings[0].length - 1;
            firstOf[2] = firstOf[1] + rings[1].length - 1;
            count = firstOf[2];
            minX = new double[count];
            minY = new double[count];
            maxX = new double[count];
            maxY = new double[count];
            double x0 = Double.POSITIVE_INFINITY;
            double y0 = Double.POSITIVE_INFINITY;
            double x1 = Double.NEGATIVE_INFINITY;
            double y1 = Double.NEGATIVE_INFINITY;
            double length = 0;
            for (int s = 0; s < count; s++) {
                Coordinate p = start(s);
                Coordinate q = end(s);
                minX[s] = Math.min(p.x, q.x);
                maxX[s] = Math.max(p.x, q.x);
                minY[s] = Math.min(p.y, q.y);
                maxY[s] = Math.max(p.y, q.y);
                x0 = Math.min(x0, minX[s]);
                y0 = Math.min(y0, minY[s]);
                x1 = Math.max(x1, maxX[s]);
                y1 = Math.max(y1, maxY[s]);
                length += Math.max(maxX[s] - minX[s], maxY[s] - minY[s]);
            }
            originX = x0;
            originY = y0;
            // cells about as large as the segments, larger while the grid would be too fine (a
            // few long segments among many short ones, or more cells than an int counts)
            double size = Math.max(length / Math.max(1, count), Math.max(x1 - x0, y1 - y0) * 1e-6);
            if (!(size > 0)) {
                size = 1;
            }
            while (entryCount(size) > (long) ENTRIES_PER_SEGMENT * count + 64
                    || (x1 - x0) / size * ((y1 - y0) / size) > 1e9) {
                size *= 2;
            }
            cell = size;
            long rows = (long) Math.floor((y1 - y0) / size) + 1;
            entries = new long[(int) entryCount(size)];
            int e = 0;
            for (int s = 0; s < count; s++) {
                long cx0 = cx(minX[s]);
                long cx1 = cx(maxX[s]);
                long cy0 = cy(minY[s]);
                long cy1 = cy(maxY[s]);
                for (long x = cx0; x <= cx1; x++) {
                    for (long y = cy0; y <= cy1; y++) {
                        entries[e++] = (x * rows + y) << 32 | s;
                    }
                }
            }
            Arrays.sort(entries);
            this.rows = rows;
        }

        private long entryCount(double size) {
            long n = 0;
            for (int s = 0; s < count; s++) {
                // offsets from the grid's origin are never negative: a cast floors them
                n += ((long) ((maxX[s] - originX) / size) - (long) ((minX[s] - originX) / size) + 1)
                        * ((long) ((maxY[s] - originY) / size) - (long) ((minY[s] - originY) / size) + 1);
            }
            return n;
        }

        private long cx(double x) {
            return (long) ((x - originX) / cell);   // x - originX >= 0: the cast floors
        }

        private long cy(double y) {
            return (long) ((y - originY) / cell);
        }

        Coordinate start(int s) {
            int r = s < firstOf[1] ? 0 : 1;
            return rings[r][s - firstOf[r]];
        }

        Coordinate end(int s) {
            int r = s < firstOf[1] ? 0 : 1;
            return rings[r][s - firstOf[r] + 1];
        }

        /**
         * Calls the action once for each pair of distinct segments whose envelopes intersect (only
         * pairs of segment of ring 0, segment of ring 1, in that order, when {@code across}): in the
         * cell that holds the lower left corner of the envelopes' intersection.
         *
         * @return whether the action stopped the enumeration
         */
        boolean forEachPair(boolean across, PairAction action) {
            int from = 0;
            while (from < entries.length) {
                long key = entries[from] >>> 32;
                int to = from + 1;
                while (to < entries.length && entries[to] >>> 32 == key) {
                    to++;
                }
                long x = key / rows;
                long y = key % rows;
                for (int i = from; i < to; i++) {
                    int s = (int) entries[i];
                    for (int j = i + 1; j < to; j++) {
                        int t = (int) entries[j];
                        int u = Math.min(s, t);
                        int v = Math.max(s, t);
                        if (across && (u >= firstOf[1] || v < firstOf[1])) {
                            continue;
                        }
                        double lx = Math.max(minX[u], minX[v]);
                        double ly = Math.max(minY[u], minY[v]);
                        if (lx > Math.min(maxX[u], maxX[v]) || ly > Math.min(maxY[u], maxY[v])
                                || cx(lx) != x || cy(ly) != y) {
                            continue;
                        }
                        if (action.apply(u, v)) {
                            return true;
                        }
                    }
                }
                from = to;
            }
            return false;
        }
    }
}

package io.gridgov.geo.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.locationtech.jts.algorithm.LineIntersector;
import org.locationtech.jts.algorithm.RobustLineIntersector;
import org.locationtech.jts.geom.Coordinate;

/**
 * Test oracle: {@link TwoRingNoding} as it was before its pairs came from chains of segments (main {@code
 * 8ea31d2}: a grid of the segments themselves, every pair of both rings for the check after), kept verbatim
 * so that {@link TwoRingNodingProperties} can show the noding is the same on every input.
 */
final class TwoRingNodingBefore {

    /** A grid has at most this many cells per segment indexed on average (larger cells otherwise). */
    private static final int ENTRIES_PER_SEGMENT = 6;

    private TwoRingNodingBefore() {
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
     * The segments of two rings (those of ring 0 first) in a {@link CellIndex} of square cells about
     * as large as the segments.
     */
    private static final class Segments {
        final Coordinate[][] rings;
        final int[] firstOf = new int[3];
        final int count;
        private final CellIndex cells;

        Segments(Coordinate[][] rings) {
            this.rings = rings;
            firstOf[1] = rings[0].length - 1;
            firstOf[2] = firstOf[1] + rings[1].length - 1;
            count = firstOf[2];
            double[] minX = new double[count];
            double[] minY = new double[count];
            double[] maxX = new double[count];
            double[] maxY = new double[count];
            for (int s = 0; s < count; s++) {
                Coordinate p = start(s);
                Coordinate q = end(s);
                minX[s] = Math.min(p.x, q.x);
                maxX[s] = Math.max(p.x, q.x);
                minY[s] = Math.min(p.y, q.y);
                maxY[s] = Math.max(p.y, q.y);
            }
            cells = CellIndex.fitted(minX, minY, maxX, maxY, count, ENTRIES_PER_SEGMENT);
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
         * pairs of segment of ring 0, segment of ring 1, in that order, when {@code across}).
         *
         * @return whether the action stopped the enumeration
         */
        boolean forEachPair(boolean across, PairAction action) {
            int split = firstOf[1];
            return cells.forEachPair((u, v) -> (!across || u < split && v >= split) && action.apply(u, v));
        }
    }
}

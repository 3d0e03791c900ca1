package io.gridgov.geo.validate;

import java.util.ArrayList;
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
 *     of the other, found through a grid of chains of consecutive segments (the same pairs meet, and
 *     {@link RobustLineIntersector} gives them the same floating-point nodes; a pair whose ends JTS's
 *     orientation filter surely puts on one side of the other is not handed to it, as it would find
 *     nothing). The nodes of a segment are taken in order of their distance from its start; two distinct
 *     nodes at the same distance keep the order the pairs came in, so then the pairs are enumerated
 *     again in the order of a grid of the segments themselves (as before chains);</li>
 * <li>a noded segment that no node was added to is one of the input segments whole: two such
 *     segments of the same ring do not cross (the ring is simple), and two of different rings were
 *     compared by the noding, which would have split both had they crossed or touched inside. So an
 *     interior intersection left by the rounding of a node involves a segment that ends at an
 *     inserted node: only those are checked, against every noded segment near them (found from the
 *     input segments that took a node).</li>
 * </ul>
 * Stateless.
 */
final class TwoRingNoding {

    /** A grid has at most this many cells per entry (chain or segment) on average (larger cells otherwise). */
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
        LineIntersector li = new RobustLineIntersector();
        // where each input segment's pieces start in the noded ring (one more entry: the ring's end)
        int[][] firstPiece = new int[2][];
        Coordinate[][] noded = noded(rings, nodes(input, li, false), firstPiece, true);
        if (noded == null) {
            // two distinct nodes at the same distance along a segment: they keep the order in which the
            // pairs came from the grid of segments
            noded = noded(rings, nodes(input, li, true), firstPiece, false);
        }
        if (noded[0].length == a.length && noded[1].length == b.length) {
            return Optional.of(noded);   // no node inserted
        }
        return crossedAtNodes(input, noded, firstPiece, li) ? Optional.empty() : Optional.of(noded);
    }

    /**
     * {@return the nodes of every input segment, in the order the pairs gave them} Per ring, per segment
     * (null when none).
     *
     * @param inCellOrder whether the pairs come in the order of the grid of segments (else in any order)
     */
    private static List<Coordinate>[][] nodes(Segments input, LineIntersector li, boolean inCellOrder) {
        Coordinate[] a = input.rings[0];
        Coordinate[] b = input.rings[1];
        @SuppressWarnings("unchecked")
        List<Coordinate>[][] nodes = new List[][] {new List[a.length - 1], new List[b.length - 1]};
        PairAction add = (s, t) -> {
            // s of ring a, t of ring b (the cross pairs only)
            int i = s;
            int j = t - input.firstOf[1];
            Coordinate a0 = a[i];
            Coordinate a1 = a[i + 1];
            Coordinate b0 = b[j];
            Coordinate b1 = b[j + 1];
            if (apart(b0, b1, a0, a1)) {
                return false;
            }
            li.computeIntersection(b0, b1, a0, a1);
            for (int k = 0; k < li.getIntersectionNum(); k++) {
                Coordinate p = li.getIntersection(k);
                addNode(nodes[0], i, a0, a1, p);
                addNode(nodes[1], j, b0, b1, p);
            }
            return false;
        };
        if (inCellOrder) {
            input.forEachCrossPairInCellOrder(add);
        } else {
            input.forEachCrossPair(add);
        }
        return nodes;
    }

    /**
     * {@return both rings with their nodes inserted in order along each segment} Nodes at the same distance
     * from a segment's start are one when equal; two distinct ones there would come out in the order they
     * were found, so with {@code orderFree} the answer is then null (the caller finds them again in a fixed
     * order).
     *
     * @param firstPiece filled per ring: where each input segment's pieces start (one more entry: the end)
     */
    private static Coordinate[][] noded(Coordinate[][] rings, List<Coordinate>[][] nodes, int[][] firstPiece,
            boolean orderFree) {
        Coordinate[][] noded = new Coordinate[2][];
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
                if (orderFree && distinctAtOneDistance(from, on)) {
                    return null;
                }
                Coordinate last = from;
                for (Coordinate p : on) {
                    if (!p.equals2D(last)) {
                        out.add(p);
                        last = p;
                    }
                }
            }
            firstPiece[r][ring.length - 1] = out.size();
            out.add(ring[ring.length - 1]);
            noded[r] = out.toArray(new Coordinate[0]);
        }
        return noded;
    }

    /**
     * {@return whether {@code li.computeIntersection(p1, p2, q1, q2)} surely finds no intersection} It
     * finds none when both ends of one segment lie strictly on one side of the other's line, by {@code
     * Orientation.index}, whose first step (JTS 1.20 {@code CGAlgorithmsDD.orientationIndexFilter}) is
     * repeated here in the same arithmetic: when that step is sure of both signs, so is JTS, and the call
     * is skipped. When it is not sure, or the ends are not on one side, the caller asks JTS.
     */
    static boolean apart(Coordinate p1, Coordinate p2, Coordinate q1, Coordinate q2) {
        int pq1 = orientationFilter(p1.x, p1.y, p2.x, p2.y, q1.x, q1.y);
        if (pq1 != 0 && pq1 < 2 && pq1 == orientationFilter(p1.x, p1.y, p2.x, p2.y, q2.x, q2.y)) {
            return true;
        }
        int qp1 = orientationFilter(q1.x, q1.y, q2.x, q2.y, p1.x, p1.y);
        return qp1 != 0 && qp1 < 2 && qp1 == orientationFilter(q1.x, q1.y, q2.x, q2.y, p2.x, p2.y);
    }

    /**
     * {@return the orientation of c against the line from a to b (1 left, -1 right, 0 on it) when the
     * double determinant is sure of it, else 2} JTS 1.20's {@code CGAlgorithmsDD.orientationIndexFilter}
     * (Shewchuk's filter with an error bound of 10⁻¹⁵ of the products), operation for operation.
     */
    private static int orientationFilter(double ax, double ay, double bx, double by, double cx, double cy) {
        double detLeft = (ax - cx) * (by - cy);
        double detRight = (ay - cy) * (bx - cx);
        double det = detLeft - detRight;
        double detSum;
        if (detLeft > 0.0) {
            if (detRight <= 0.0) {
                return signum(det);
            }
            detSum = detLeft + detRight;
        } else if (detLeft < 0.0) {
            if (detRight >= 0.0) {
                return signum(det);
            }
            detSum = -detLeft - detRight;
        } else {
            return signum(det);
        }
        double errorBound = 1e-15 * detSum;
        if (det >= errorBound || -det >= errorBound) {
            return signum(det);
        }
        return 2;
    }

    private static int signum(double x) {
        return x > 0 ? 1 : x < 0 ? -1 : 0;
    }

    /** {@return whether two distinct nodes, sorted by their distance from a segment's start, lie at the same one} */
    static boolean distinctAtOneDistance(Coordinate from, List<Coordinate> sorted) {
        for (int k = 1; k < sorted.size(); k++) {
            Coordinate p = sorted.get(k - 1);
            Coordinate q = sorted.get(k);
            if (Double.compare(distanceSq(from, p), distanceSq(from, q)) == 0 && !p.equals2D(q)) {
                return true;
            }
        }
        return false;
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
        // each pair of input segments whose envelopes meet, one of them split: from the split one, or
        // from the lower of two split ones
        PairAction check = (u, v) -> {
            int ru = u < input.firstOf[1] ? 0 : 1;
            int rv = v < input.firstOf[1] ? 0 : 1;
            int fromU = firstPiece[ru][u - input.firstOf[ru]];
            int toU = firstPiece[ru][u - input.firstOf[ru] + 1];
            int fromV = firstPiece[rv][v - input.firstOf[rv]];
            int toV = firstPiece[rv][v - input.firstOf[rv] + 1];
            for (int s = fromU; s < toU; s++) {
                for (int t = fromV; t < toV; t++) {
                    if (crosses(noded[ru], s, noded[rv], t, li)) {
                        return true;
                    }
                }
            }
            return false;
        };
        for (int u = 0; u < input.count; u++) {
            if (!split(input, firstPiece, u)) {
                continue;
            }
            int split = u;
            boolean crossed = input.forEachMeeting(u, v -> (v > split || !split(input, firstPiece, v))
                    && (split < v ? check.apply(split, v) : check.apply(v, split)));
            if (crossed) {
                return true;
            }
        }
        return false;
    }

    /** {@return whether input segment u took a node (it is more than one noded segment)} */
    private static boolean split(Segments input, int[][] firstPiece, int u) {
        int r = u < input.firstOf[1] ? 0 : 1;
        int i = u - input.firstOf[r];
        return firstPiece[r][i + 1] - firstPiece[r][i] > 1;
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
        if (apart(p0, p1, q0, q1)) {
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
     * The segments of two rings (those of ring 0 first), in chains of {@link #CHAIN} consecutive segments
     * of one ring, the chains' envelopes in a {@link CellIndex} of square cells about as large as the
     * chains. Two segments whose envelopes meet lie in chains whose envelopes meet, or in one chain, so
     * the pairs are those of a grid of the segments themselves; the chains' grid has about CHAIN² fewer
     * cells (a grid of segments over two rings around a street block is mostly empty cells: 200–300 a
     * side for ≈ 2,300 segments), and each pair of chains is compared segment by segment.
     */
    private static final class Segments {
        /** Segments per chain (the last chain of a ring may hold fewer). */
        private static final int CHAIN = 8;

        final Coordinate[][] rings;
        final int[] firstOf = new int[3];
        final int count;
        private final double[] minX;
        private final double[] minY;
        private final double[] maxX;
        private final double[] maxY;
        /** Chain c holds segments {@code chainStart[c] .. chainStart[c + 1] - 1}; ring 1's chains from {@link #firstChainOf1}. */
        private final int[] chainStart;
        private final int firstChainOf1;
        private final CellIndex chains;

        Segments(Coordinate[][] rings) {
            this.rings = rings;
            firstOf[1] = rings[0].length - 1;
            firstOf[2] = firstOf[1] + rings[1].length - 1;
            count = firstOf[2];
            minX = new double[count];
            minY = new double[count];
            maxX = new double[count];
            maxY = new double[count];
            for (int s = 0; s < count; s++) {
                Coordinate p = start(s);
                Coordinate q = end(s);
                minX[s] = Math.min(p.x, q.x);
                maxX[s] = Math.max(p.x, q.x);
                minY[s] = Math.min(p.y, q.y);
                maxY[s] = Math.max(p.y, q.y);
            }
            int chains0 = (firstOf[1] + CHAIN - 1) / CHAIN;
            int chainCount = chains0 + (firstOf[2] - firstOf[1] + CHAIN - 1) / CHAIN;
            firstChainOf1 = chains0;
            chainStart = new int[chainCount + 1];
            double[] cMinX = new double[chainCount];
            double[] cMinY = new double[chainCount];
            double[] cMaxX = new double[chainCount];
            double[] cMaxY = new double[chainCount];
            for (int c = 0; c < chainCount; c++) {
                int from = c < chains0 ? c * CHAIN : firstOf[1] + (c - chains0) * CHAIN;
                int to = Math.min(from + CHAIN, c < chains0 ? firstOf[1] : firstOf[2]);
                chainStart[c] = from;
                double x0 = minX[from];
                double y0 = minY[from];
                double x1 = maxX[from];
                double y1 = maxY[from];
                for (int s = from + 1; s < to; s++) {
                    x0 = Math.min(x0, minX[s]);
                    y0 = Math.min(y0, minY[s]);
                    x1 = Math.max(x1, maxX[s]);
                    y1 = Math.max(y1, maxY[s]);
                }
                cMinX[c] = x0;
                cMinY[c] = y0;
                cMaxX[c] = x1;
                cMaxY[c] = y1;
            }
            chainStart[chainCount] = count;
            chains = CellIndex.fitted(cMinX, cMinY, cMaxX, cMaxY, chainCount, ENTRIES_PER_SEGMENT);
        }

        Coordinate start(int s) {
            int r = s < firstOf[1] ? 0 : 1;
            return rings[r][s - firstOf[r]];
        }

        Coordinate end(int s) {
            int r = s < firstOf[1] ? 0 : 1;
            return rings[r][s - firstOf[r] + 1];
        }

        /** {@return whether the closed envelopes of segments s and t meet} */
        private boolean meet(int s, int t) {
            return Math.max(minX[s], minX[t]) <= Math.min(maxX[s], maxX[t])
                    && Math.max(minY[s], minY[t]) <= Math.min(maxY[s], maxY[t]);
        }

        /**
         * Calls the action once for each pair of a segment of ring 0 and one of ring 1 whose envelopes meet,
         * in that order, in no promised order of the pairs.
         *
         * @return whether the action stopped the enumeration
         */
        boolean forEachCrossPair(PairAction action) {
            return chains.forEachPair((u, v) -> u < firstChainOf1 && v >= firstChainOf1 && pairsOf(u, v, action));
        }

        /** Calls the action for each pair of a segment of chain u and one of chain v (u &lt; v) whose envelopes meet. */
        private boolean pairsOf(int u, int v, PairAction action) {
            int vFrom = chainStart[v];
            int vTo = chainStart[v + 1];
            for (int s = chainStart[u], uTo = chainStart[u + 1]; s < uTo; s++) {
                for (int t = vFrom; t < vTo; t++) {
                    if (meet(s, t) && action.apply(s, t)) {
                        return true;
                    }
                }
            }
            return false;
        }

        /**
         * Calls the visitor once for each segment other than u whose envelope meets u's, in no promised order.
         *
         * @return whether the visitor stopped the search
         */
        boolean forEachMeeting(int u, CellIndex.Visitor visitor) {
            return chains.query(minX[u], minY[u], maxX[u], maxY[u], c -> {
                for (int t = chainStart[c], to = chainStart[c + 1]; t < to; t++) {
                    if (t != u && meet(u, t) && visitor.visit(t)) {
                        return true;
                    }
                }
                return false;
            });
        }

        /**
         * Calls the action once for each pair of a segment of ring 0 and one of ring 1 whose envelopes meet,
         * in the order of a {@link CellIndex} of the segments themselves (cell by cell): the order the nodes
         * of one segment were found in before chains, for the rare segment whose order of nodes depends on it.
         */
        void forEachCrossPairInCellOrder(PairAction action) {
            CellIndex cells = CellIndex.fitted(minX, minY, maxX, maxY, count, ENTRIES_PER_SEGMENT);
            int split = firstOf[1];
            cells.forEachPair((u, v) -> u < split && v >= split && action.apply(u, v));
        }
    }
}

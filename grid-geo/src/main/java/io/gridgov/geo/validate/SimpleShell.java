package io.gridgov.geo.validate;

import java.util.Arrays;
import org.locationtech.jts.algorithm.CGAlgorithmsDD;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

/**
 * A certificate that a polygon without holes is valid in the sense of JTS {@code IsValidOp}: its
 * coordinates are finite, its shell is closed, has at least three distinct vertices, and is a
 * simple ring (no two segments meet except consecutive ones at their shared vertex, and no two
 * consecutive segments fold back onto each other). For such a polygon {@code IsValidOp} has nothing
 * else to check (no holes, no parts). Anything else, or any doubt, answers false, and the caller
 * runs {@code IsValidOp}, which also gives the reason and location of an error; so the certificate
 * can only save time, never hide an INVALID_GEOMETRY.
 *
 * <p>The coordinates are read once into two {@code double} arrays. The ring is cut into monotone
 * chains (only segments near another chain's envelope are compared); a ring longer than
 * {@link #MAX_PER_CELL} segments whose chains are too many, or would compare too many pairs, is
 * bucketed in a uniform grid over its envelope instead, so only segments that share a cell are
 * compared. Either way every pair of non-consecutive segments whose envelopes
 * overlap is compared, with JTS's robust orientation ({@link CGAlgorithmsDD}, what
 * {@link Orientation#index} computes), so the answer is exact: the chains or the grid only decide
 * which pairs to compare. Cost: a few array passes and comparisons per segment — several times
 * cheaper than {@code IsValidOp}'s general noder for the 100-vertex polygons of a city, and at most
 * {@link #MAX_PER_CELL} comparisons per segment.
 *
 * <p>Stateless but for per-thread scratch arrays (a grid's ring is certified without allocating); safe to
 * call from any number of threads.
 */
final class SimpleShell {

    /**
     * The most segments one cell may hold: past it the pairs compared in a cell would grow with the
     * square of the ring's size (a 100,000-vertex ring along one side of its envelope, issue 13),
     * so the certificate gives up and {@code IsValidOp} (n log n) decides.
     */
    static final int MAX_PER_CELL = 64;

    private SimpleShell() {
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
        return certifiesShell(p.getExteriorRing().getCoordinateSequence());
    }

    /**
     * Whether a polygon with this shell and no holes is certainly valid (as {@link #certifies}).
     *
     * @param xs the ring's x coordinates (overwritten: its repeated vertices are dropped in place)
     * @param ys its y coordinates, parallel (overwritten likewise)
     * @return true when the ring is simple; false says nothing
     */
    static boolean certifiesShell(double[] xs, double[] ys) {
        return certifiesShell(xs, ys, xs.length);
    }

    /**
     * Whether {@code g} is certainly valid (as {@link #certifies(Geometry)}), its shell read from
     * rings read before.
     *
     * @param g a geometry
     * @param rings rings holding {@code g}'s, or not (then {@code g}'s own coordinates are read)
     * @return true when {@code g} is a polygon without holes whose shell is a simple ring; false
     *     says nothing
     */
    static boolean certifies(Geometry g, GroupRings rings) {
        int index = rings.indexOf(g);
        if (index < 0) {
            return certifies(g);
        }
        if (!(g instanceof Polygon p) || p.isEmpty() || p.getNumInteriorRing() != 0) {
            return false;
        }
        int r = rings.firstRing(index);
        return certifiesCopy(rings.x, rings.y, rings.start(r), rings.size(r));
    }

    /**
     * Whether a polygon whose shell is the first {@code n} vertices of the arrays, and no holes, is
     * certainly valid (as {@link #certifiesShell(double[], double[])}).
     *
     * @param xs x coordinates (overwritten: its repeated vertices are dropped in place)
     * @param ys y coordinates, parallel (overwritten likewise)
     * @param n the ring's vertices, the closing one included
     * @return true when the ring is simple; false says nothing
     */
    static boolean certifiesShell(double[] xs, double[] ys, int n) {
        return n >= 4 && certifiesDistinct(xs, ys, 0, n, xs, ys, null);
    }

    /**
     * Whether the ring of the {@code n} vertices of the arrays from {@code from} is certainly a simple
     * shell (as {@link #certifiesShell(double[], double[], int)}), read without writing to them: a
     * grid's ring of a few dozen vertices is copied into this thread's scratch arrays, so that its
     * certificate allocates nothing.
     */
    private static boolean certifiesCopy(double[] xs, double[] ys, int from, int n) {
        if (n < 4) {
            return false;
        }
        if (n > Scratch.MOST_VERTICES) {
            // a street's ring in its district's group: the copy's arrays borrowed
            KeptArrays kept = KeptArrays.ofThisThread();
            double[] toX = kept.doubles(n);
            double[] toY = kept.doubles(n);
            try {
                return certifiesDistinct(xs, ys, from, n, toX, toY, null);
            } finally {
                kept.giveBack(toX);
                kept.giveBack(toY);
            }
        }
        Scratch scratch = SCRATCH.get();
        return certifiesDistinct(xs, ys, from, n, scratch.x, scratch.y, scratch);
    }

    /**
     * Copies the ring's distinct consecutive vertices (the first of a run of equal ones is kept)
     * from {@code xs, ys} at {@code from} to {@code toX, toY} at 0 (the same arrays when {@code from}
     * is 0: the copy never passes what it reads), and certifies them. The envelope is not taken
     * here: a vertex's four running minima and maxima took two thirds of this copy; a short ring's
     * chains give it (see {@link #noCrossingInFewChains}), a long ring's is read in another pass.
     *
     * @param scratch this thread's scratch arrays for the chains, or null
     */
    private static boolean certifiesDistinct(double[] xs, double[] ys, int from, int n, double[] toX, double[] toY,
            Scratch scratch) {
        int m = 0;
        double lastX = Double.NaN;
        double lastY = Double.NaN;
        for (int i = from; i < from + n; i++) {
            double x = xs[i];
            double y = ys[i];
            if (!Double.isFinite(x) || !Double.isFinite(y)) {
                return false;
            }
            if (x != lastX || y != lastY) {   // (NaN first: the first vertex is kept)
                toX[m] = x;
                toY[m] = y;
                m++;
                lastX = x;
                lastY = y;
            }
        }
        if (toX[0] != toX[m - 1] || toY[0] != toY[m - 1] || m < 4) {
            return false;
        }
        if (m - 1 <= MAX_PER_CELL) {
            return noCrossingInFewChains(toX, toY, m - 1, scratch != null ? scratch : SCRATCH.get());
        }
        // The envelope (the repeated and closing vertices repeat values already seen; a zero's
        // sign, which Math.min would keep, changes neither a cell nor the degenerate test)
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (int i = 0; i < m; i++) {
            double x = toX[i];
            double y = toY[i];
            minX = x < minX ? x : minX;
            maxX = x > maxX ? x : maxX;
            minY = y < minY ? y : minY;
            maxY = y > maxY ? y : maxY;
        }
        return simple(toX, toY, m, minX, minY, maxX, maxY);
    }

    private static boolean certifiesShell(CoordinateSequence s) {
        int n = s.size();
        if (n < 4) {
            return false;
        }
        Scratch scratch = n <= Scratch.MOST_VERTICES ? SCRATCH.get() : null;
        double[] xs = scratch != null ? scratch.x : new double[n];
        double[] ys = scratch != null ? scratch.y : new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = s.getX(i);
            ys[i] = s.getY(i);
        }
        return certifiesDistinct(xs, ys, 0, n, xs, ys, scratch);
    }

    /**
     * Whether the ring of {@code m} distinct consecutive vertices (with their envelope), more than
     * {@link #MAX_PER_CELL} segments, is closed, has at least three distinct vertices and is simple.
     */
    private static boolean simple(double[] xs, double[] ys, int m, double minX, double minY, double maxX,
            double maxY) {
        if (xs[0] != xs[m - 1] || ys[0] != ys[m - 1] || m < 4) {
            return false;
        }
        int segments = m - 1;
        // (consecutive segments folding back onto each other: tested where the monotone chains
        // break, see noCrossingInChains, and over the whole ring before the grid)
        int side = (int) Math.max(1, Math.min(segments / 8.0, 2 * Math.sqrt(segments)));
        double cellW = (maxX - minX) / side;
        double cellH = (maxY - minY) / side;
        if (!(cellW > 0) || !(cellH > 0)) {
            return false; // degenerate envelope: a zero-area ring, let IsValidOp say why
        }
        // (A ring of at most MAX_PER_CELL segments, whose cells could hold no more, took the chains
        // without the grid: noCrossingInFewChains.) A longer ring tries the chains too, within a
        // budget of work (a redrawn street's outline is a few long chains, whose grid compared a
        // hundred pairs per segment), and goes to the grid when they would take more: both answers
        // are exact, only the cost differs.
        int chained = noCrossingInChains(xs, ys, segments, MOST_CHAINS, CHAIN_WORK_PER_SEGMENT * (long) segments);
        return chained == GAVE_UP ? !foldsBack(xs, ys, segments)
                && noCrossingInGrid(xs, ys, segments, minX, minY, cellW, cellH, side) : chained == SIMPLE;
    }

    /** Whether two consecutive segments (cyclically) fold back onto each other: collinear, not going on. */
    private static boolean foldsBack(double[] xs, double[] ys, int segments) {
        for (int i = 0; i < segments; i++) {
            if (foldsAt(xs, ys, i + 1, segments)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the two segments at vertex {@code v} ({@code 1 .. segments}; {@code segments} is the
     * closing vertex, whose next is vertex 1) fold back onto each other: collinear, not going on.
     */
    private static boolean foldsAt(double[] xs, double[] ys, int v, int segments) {
        {
            int i = v - 1;
            int k = i + 2 > segments ? 1 : i + 2;
            double ax = xs[i];
            double ay = ys[i];
            double bx = xs[i + 1];
            double by = ys[i + 1];
            double cx = xs[k];
            double cy = ys[k];
            // a dot product certainly positive (beyond its rounding error) goes on: no fold
            double t1 = (bx - ax) * (cx - bx);
            double t2 = (by - ay) * (cy - by);
            if (t1 + t2 > 1e-12 * (Math.abs(t1) + Math.abs(t2))) {
                return false;
            }
            return CGAlgorithmsDD.orientationIndex(ax, ay, bx, by, cx, cy) == Orientation.COLLINEAR
                    && (bx - ax) * (cx - bx) + (by - ay) * (cy - by) <= 0;
        }
    }

    /** {@link #noCrossingInChains}' answers: no two segments meet, two do, or it gave up. */
    private static final int SIMPLE = 1;
    private static final int MEET = 0;
    private static final int GAVE_UP = -1;
    /** The most chains a ring longer than {@link #MAX_PER_CELL} segments is cut into before the grid takes over. */
    private static final int MOST_CHAINS = 64;
    /** The most segment tests and comparisons per segment the chains may take on such a ring. */
    private static final long CHAIN_WORK_PER_SEGMENT = 16;

    /**
     * The ring's segments cut into monotone chains: maximal runs of segments
     * along which x strictly grows (or strictly falls), or y does. Two segments of one chain that are
     * not consecutive have disjoint extents in that coordinate, so they cannot meet; for two chains
     * whose envelopes overlap, every segment of one whose envelope overlaps the other chain's envelope
     * is compared with every such segment of the other. That reaches every pair of non-consecutive
     * segments whose envelopes overlap, and {@link #meet} decides each as the grid does (lower index
     * first). A street block's ring is four chains, one per side, and only the few segments at each
     * corner are compared. Gives up when the ring makes more than {@code mostChains} chains, or the
     * segment tests and comparisons would pass {@code work}.
     *
     * @return {@link #SIMPLE}, {@link #MEET} or {@link #GAVE_UP}
     */
    private static int noCrossingInChains(double[] xs, double[] ys, int segments, int mostChains, long work) {
        // a few chains as a rule (four for a street block): room for more is made when needed
        int room = Math.min(segments, 16);
        int[] chainStart = new int[room + 1];
        double[] env = new double[4 * room]; // minX, maxX, minY, maxY of each chain
        byte[] along = new byte[room]; // per chain, the coordinate it is monotone in (see ALONG_X ...)
        int chains = 0;
        int i = 0;
        while (i < segments) {
            if (chains == mostChains) {
                return GAVE_UP;
            }
            if (chains == room) {
                room = Math.min(segments, 2 * room);
                chainStart = Arrays.copyOf(chainStart, room + 1);
                env = Arrays.copyOf(env, 4 * room);
                along = Arrays.copyOf(along, room);
            }
            chainStart[chains] = i;
            // A fold back (the next segment exactly reverses the last: both coordinates turn back
            // or stay) ends every chain, so it can only be where one starts (or at the closing vertex)
            if (i > 0 && foldsAt(xs, ys, i, segments)) {
                return MEET;
            }
            int dx = xs[i + 1] > xs[i] ? 1 : xs[i + 1] < xs[i] ? -1 : 0;
            int dy = ys[i + 1] > ys[i] ? 1 : ys[i + 1] < ys[i] ? -1 : 0;
            boolean alongX = dx != 0;
            boolean alongY = dy != 0;
            double minX = xs[i] < xs[i + 1] ? xs[i] : xs[i + 1];
            double maxX = xs[i] < xs[i + 1] ? xs[i + 1] : xs[i];
            double minY = ys[i] < ys[i + 1] ? ys[i] : ys[i + 1];
            double maxY = ys[i] < ys[i + 1] ? ys[i + 1] : ys[i];
            i++;
            while (i < segments) {
                double x = xs[i + 1];
                double y = ys[i + 1];
                boolean onX = alongX && (dx > 0 ? x > xs[i] : x < xs[i]);
                boolean onY = alongY && (dy > 0 ? y > ys[i] : y < ys[i]);
                if (!onX && !onY) {
                    break;
                }
                alongX = onX;
                alongY = onY;
                minX = x < minX ? x : minX;
                maxX = x > maxX ? x : maxX;
                minY = y < minY ? y : minY;
                maxY = y > maxY ? y : maxY;
                i++;
            }
            env[4 * chains] = minX;
            env[4 * chains + 1] = maxX;
            env[4 * chains + 2] = minY;
            env[4 * chains + 3] = maxY;
            along[chains] = alongX ? (dx > 0 ? ALONG_X : AGAINST_X) : (dy > 0 ? ALONG_Y : AGAINST_Y);
            chains++;
        }
        chainStart[chains] = segments;
        if (foldsAt(xs, ys, segments, segments)) {
            return MEET;
        }
        int[] near = new int[segments];
        for (int a = 0; a < chains; a++) {
            for (int b = a + 1; b < chains; b++) {
                if (env[4 * a + 1] < env[4 * b] || env[4 * b + 1] < env[4 * a]
                        || env[4 * a + 3] < env[4 * b + 2] || env[4 * b + 3] < env[4 * a + 2]) {
                    continue;
                }
                // the segments of a near b's envelope, then each of b's near a's envelope against
                // them; a chain's segments whose extent along its coordinate meets the other
                // envelope's are one run, found by bisection
                long runA = run(xs, ys, chainStart[a], chainStart[a + 1], along[a], env, b);
                long runB = run(xs, ys, chainStart[b], chainStart[b + 1], along[b], env, a);
                int fromA = (int) (runA >>> 32);
                int toA = (int) runA;
                int fromB = (int) (runB >>> 32);
                int toB = (int) runB;
                work -= toA - fromA + toB - fromB + 2;
                if (work < 0) {
                    return GAVE_UP;
                }
                int count = 0;
                for (int k = fromA; k < toA; k++) {
                    if (touches(xs, ys, k, env, b)) {
                        near[count++] = k;
                    }
                }
                if (count == 0) {
                    continue;
                }
                for (int l = fromB; l < toB; l++) {
                    if (!touches(xs, ys, l, env, a)) {
                        continue;
                    }
                    work -= count;
                    if (work < 0) {
                        return GAVE_UP;
                    }
                    for (int q = 0; q < count; q++) {
                        int k = near[q];
                        int d = l - k;
                        if (d == 1 || d == segments - 1) {
                            continue; // consecutive: checked by foldsBack
                        }
                        if (meet(xs, ys, k, l)) {
                            return MEET;
                        }
                    }
                }
            }
        }
        return SIMPLE;
    }

    /**
     * {@link #noCrossingInChains} for a ring of at most {@link #MAX_PER_CELL} segments (a grid's), in
     * this thread's scratch arrays: the same chains, the same fold tests where they start, and every
     * pair of non-consecutive segments of two chains whose envelopes overlap decided by {@link #meet}
     * (a superset of them, as the pairs {@link #noCrossingInChains} compares), so the same answer.
     * Cheaper on a few short chains: nothing is allocated, and where two chains follow each other
     * (a street block's sides meeting at a corner: almost every overlapping pair) a chain's segments
     * near the other's envelope are found by walking from the shared vertex rather than by bisection,
     * whose steps branch unpredictably.
     *
     * @return whether no two segments meet
     */
    private static boolean noCrossingInFewChains(double[] xs, double[] ys, int segments, Scratch scratch) {
        int[] chainStart = scratch.chainStart;
        double[] env = scratch.env;
        byte[] along = scratch.along;
        int chains = 0;
        int i = 0;
        while (i < segments) {
            int start = i;
            chainStart[chains] = start;
            if (i > 0 && foldsAt(xs, ys, i, segments)) {
                return false;
            }
            int dx = xs[i + 1] > xs[i] ? 1 : xs[i + 1] < xs[i] ? -1 : 0;
            int dy = ys[i + 1] > ys[i] ? 1 : ys[i + 1] < ys[i] ? -1 : 0;
            boolean alongX = dx != 0;
            boolean alongY = dy != 0;
            i++;
            while (i < segments) {
                double x = xs[i + 1];
                double y = ys[i + 1];
                boolean onX = alongX && (dx > 0 ? x > xs[i] : x < xs[i]);
                boolean onY = alongY && (dy > 0 ? y > ys[i] : y < ys[i]);
                if (!onX && !onY) {
                    break;
                }
                alongX = onX;
                alongY = onY;
                i++;
            }
            // the envelope: a coordinate the chain is monotone in has its extremes at the ends
            extent(xs, start, i, alongX, env, 4 * chains);
            extent(ys, start, i, alongY, env, 4 * chains + 2);
            along[chains] = alongX ? (dx > 0 ? ALONG_X : AGAINST_X) : (dy > 0 ? ALONG_Y : AGAINST_Y);
            chains++;
        }
        chainStart[chains] = segments;
        if (foldsAt(xs, ys, segments, segments)) {
            return false;
        }
        // The ring's envelope, from the chains' (the degenerate test of simple)
        double minX = env[0];
        double maxX = env[1];
        double minY = env[2];
        double maxY = env[3];
        for (int c = 1; c < chains; c++) {
            minX = env[4 * c] < minX ? env[4 * c] : minX;
            maxX = env[4 * c + 1] > maxX ? env[4 * c + 1] : maxX;
            minY = env[4 * c + 2] < minY ? env[4 * c + 2] : minY;
            maxY = env[4 * c + 3] > maxY ? env[4 * c + 3] : maxY;
        }
        int side = (int) Math.max(1, Math.min(segments / 8.0, 2 * Math.sqrt(segments)));
        if (!((maxX - minX) / side > 0) || !((maxY - minY) / side > 0)) {
            return false; // degenerate envelope: a zero-area ring, let IsValidOp say why
        }
        int[] near = scratch.near;
        for (int a = 0; a < chains; a++) {
            for (int b = a + 1; b < chains; b++) {
                if (env[4 * a + 1] < env[4 * b] || env[4 * b + 1] < env[4 * a]
                        || env[4 * a + 3] < env[4 * b + 2] || env[4 * b + 3] < env[4 * a + 2]) {
                    continue;
                }
                // Each chain's segments whose extent along its coordinate meets the other envelope's
                // are one run (see run); where the chains share a vertex, that vertex lies in both
                // envelopes, so the run holds the segment ending there and is walked from it.
                boolean next = b == a + 1;
                boolean closing = a == 0 && b == chains - 1;
                long runA = next ? runTo(xs, ys, chainStart[a], chainStart[a + 1], along[a], env, b)
                        : closing ? runFrom(xs, ys, chainStart[a], chainStart[a + 1], along[a], env, b)
                        : run(xs, ys, chainStart[a], chainStart[a + 1], along[a], env, b);
                long runB = next ? runFrom(xs, ys, chainStart[b], chainStart[b + 1], along[b], env, a)
                        : closing ? runTo(xs, ys, chainStart[b], chainStart[b + 1], along[b], env, a)
                        : run(xs, ys, chainStart[b], chainStart[b + 1], along[b], env, a);
                int count = 0;
                for (int k = (int) (runA >>> 32), toA = (int) runA; k < toA; k++) {
                    if (touches(xs, ys, k, env, b)) {
                        near[count++] = k;
                    }
                }
                if (count == 0) {
                    continue;
                }
                for (int l = (int) (runB >>> 32), toB = (int) runB; l < toB; l++) {
                    if (!touches(xs, ys, l, env, a)) {
                        continue;
                    }
                    for (int q = 0; q < count; q++) {
                        int k = near[q];
                        int d = l - k;
                        if (d == 1 || d == segments - 1) {
                            continue; // consecutive: checked by foldsAt
                        }
                        if (meet(xs, ys, k, l)) {
                            return false;
                        }
                    }
                }
            }
        }
        return true;
    }

    /**
     * Writes the least and greatest of {@code v[from .. to]} (a chain's vertices) at {@code env[at]}
     * and {@code env[at + 1]}: its ends' when the chain is strictly monotone in this coordinate.
     */
    private static void extent(double[] v, int from, int to, boolean monotone, double[] env, int at) {
        double min = v[from] < v[to] ? v[from] : v[to];
        double max = v[from] < v[to] ? v[to] : v[from];
        if (!monotone) {
            for (int k = from + 1; k < to; k++) {
                if (v[k] < min) {
                    min = v[k];
                } else if (v[k] > max) {
                    max = v[k];
                }
            }
        }
        env[at] = min;
        env[at + 1] = max;
    }

    /**
     * {@return the run of {@link #run} of a chain whose last segment ({@code to - 1}) is in it},
     * walked back from that segment.
     */
    private static long runTo(double[] xs, double[] ys, int from, int to, byte along, double[] env, int c) {
        boolean onX = along == ALONG_X || along == AGAINST_X;
        double[] v = onX ? xs : ys;
        double lo = onX ? env[4 * c] : env[4 * c + 2];
        double hi = onX ? env[4 * c + 1] : env[4 * c + 3];
        int start = to - 1;
        while (start > from && extentMeets(v, start - 1, lo, hi)) {
            start--;
        }
        return (long) start << 32 | to;
    }

    /**
     * {@return the run of {@link #run} of a chain whose first segment ({@code from}) is in it},
     * walked on from that segment.
     */
    private static long runFrom(double[] xs, double[] ys, int from, int to, byte along, double[] env, int c) {
        boolean onX = along == ALONG_X || along == AGAINST_X;
        double[] v = onX ? xs : ys;
        double lo = onX ? env[4 * c] : env[4 * c + 2];
        double hi = onX ? env[4 * c + 1] : env[4 * c + 3];
        int end = from + 1;
        while (end < to && extentMeets(v, end, lo, hi)) {
            end++;
        }
        return (long) from << 32 | end;
    }

    /** Whether segment {@code k}'s extent in coordinate {@code v} meets [lo, hi]. */
    private static boolean extentMeets(double[] v, int k, double lo, double hi) {
        return !(Math.max(v[k], v[k + 1]) < lo || hi < Math.min(v[k], v[k + 1]));
    }

    /** Per thread, the arrays {@link #noCrossingInFewChains} and the copy of a short ring work in. */
    private static final class Scratch {
        /** The longest ring copied into {@link #x}, {@link #y}; a longer one gets arrays of its own. */
        static final int MOST_VERTICES = 1024;
        final double[] x = new double[MOST_VERTICES];
        final double[] y = new double[MOST_VERTICES];
        final int[] chainStart = new int[MAX_PER_CELL + 1];
        final double[] env = new double[4 * MAX_PER_CELL];
        final byte[] along = new byte[MAX_PER_CELL];
        final int[] near = new int[MAX_PER_CELL];
    }

    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

    /** A chain's coordinate: x growing, x falling, y growing, y falling along the chain. */
    private static final byte ALONG_X = 0;
    private static final byte AGAINST_X = 1;
    private static final byte ALONG_Y = 2;
    private static final byte AGAINST_Y = 3;

    /**
     * {@return the segments {@code from .. to - 1} of a chain monotone in {@code along} whose extent
     * in that coordinate meets chain {@code c}'s envelope's, as {@code start << 32 | end}}: the
     * extents follow each other along the chain, so those are one run, found by bisection. (Every
     * segment of the chain that meets the envelope lies in it; the caller tests the other coordinate.)
     */
    private static long run(double[] xs, double[] ys, int from, int to, byte along, double[] env, int c) {
        boolean onX = along == ALONG_X || along == AGAINST_X;
        double[] v = onX ? xs : ys;
        double lo = onX ? env[4 * c] : env[4 * c + 2];
        double hi = onX ? env[4 * c + 1] : env[4 * c + 3];
        int start;
        int end;
        if (along == ALONG_X || along == ALONG_Y) {
            // segment k spans [v[k], v[k + 1]], both growing with k: it meets [lo, hi] when
            // v[k + 1] >= lo (from start on) and v[k] <= hi (before end)
            start = first(v, from, to, 1, GE, lo);
            end = first(v, from, to, 0, GT, hi);
        } else {
            // segment k spans [v[k + 1], v[k]], both falling with k: it meets [lo, hi] when
            // v[k + 1] <= hi (from start on) and v[k] >= lo (before end)
            start = first(v, from, to, 1, LE, hi);
            end = first(v, from, to, 0, LT, lo);
        }
        if (end < start) {
            end = start;
        }
        return (long) start << 32 | end;
    }

    /** The tests {@link #first} bisects on. */
    private static final int GE = 0;
    private static final int GT = 1;
    private static final int LE = 2;
    private static final int LT = 3;

    /**
     * {@return the first k in {@code from .. to - 1} for which {@code v[k + shift]} passes the test
     * against {@code bound}, or {@code to} when none does}; the values are monotone along the run so
     * that once passed the test stays passed.
     */
    private static int first(double[] v, int from, int to, int shift, int test, double bound) {
        int lo = from;
        int hi = to;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            double x = v[mid + shift];
            boolean passed = switch (test) {
                case GE -> x >= bound;
                case GT -> x > bound;
                case LE -> x <= bound;
                default -> x < bound;
            };
            if (passed) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    /** Whether segment {@code k}'s envelope overlaps chain {@code c}'s. */
    private static boolean touches(double[] xs, double[] ys, int k, double[] env, int c) {
        return !(Math.max(xs[k], xs[k + 1]) < env[4 * c] || env[4 * c + 1] < Math.min(xs[k], xs[k + 1])
                || Math.max(ys[k], ys[k + 1]) < env[4 * c + 2] || env[4 * c + 3] < Math.min(ys[k], ys[k + 1]));
    }

    /**
     * The ring's segments in a {@link CellIndex} of {@code side} × {@code side} cells over its
     * envelope (about two segments per occupied cell along the boundary); only segments whose
     * envelopes meet are compared, a pair once. Gives up (false) when a cell holds more than
     * {@link #MAX_PER_CELL} segments.
     */
    private static boolean noCrossingInGrid(double[] xs, double[] ys, int segments, double minX, double minY,
            double cellW, double cellH, int side) {
        double[] x0 = new double[segments];
        double[] x1 = new double[segments];
        double[] y0 = new double[segments];
        double[] y1 = new double[segments];
        for (int i = 0; i < segments; i++) {
            x0[i] = Math.min(xs[i], xs[i + 1]);
            x1[i] = Math.max(xs[i], xs[i + 1]);
            y0[i] = Math.min(ys[i], ys[i + 1]);
            y1[i] = Math.max(ys[i], ys[i + 1]);
        }
        CellIndex cells = CellIndex.of(x0, y0, x1, y1, segments, minX, minY, cellW, cellH, side, side);
        if (cells.mostInCell() > MAX_PER_CELL) {
            return false; // the segments crowd a few cells (a long ring along one side): IsValidOp
        }
        return !cells.forEachPair((i, j) -> {
            int d = j - i;
            // consecutive segments are checked by foldsBack
            return d != 1 && d != segments - 1 && meet(xs, ys, i, j);
        });
    }

    /** Whether segments {@code i} and {@code j} ({@code i < j}) share any point (exact). */
    private static boolean meet(double[] xs, double[] ys, int i, int j) {
        double ax = xs[i];
        double ay = ys[i];
        double bx = xs[i + 1];
        double by = ys[i + 1];
        double cx = xs[j];
        double cy = ys[j];
        double ex = xs[j + 1];
        double ey = ys[j + 1];
        if (Math.max(ax, bx) < Math.min(cx, ex) || Math.max(cx, ex) < Math.min(ax, bx)
                || Math.max(ay, by) < Math.min(cy, ey) || Math.max(cy, ey) < Math.min(ay, by)) {
            return false;
        }
        int o1 = CGAlgorithmsDD.orientationIndex(ax, ay, bx, by, cx, cy);
        int o2 = CGAlgorithmsDD.orientationIndex(ax, ay, bx, by, ex, ey);
        if (o1 * o2 > 0) {
            return false;
        }
        int o3 = CGAlgorithmsDD.orientationIndex(cx, cy, ex, ey, ax, ay);
        int o4 = CGAlgorithmsDD.orientationIndex(cx, cy, ex, ey, bx, by);
        // o3 * o4 <= 0: either a proper or touching crossing, or all four collinear with
        // overlapping envelopes (checked above): both mean the segments meet.
        return o3 * o4 <= 0;
    }
}

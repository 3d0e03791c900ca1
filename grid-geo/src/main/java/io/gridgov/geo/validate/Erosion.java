package io.gridgov.geo.validate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.PriorityQueue;
import org.locationtech.jts.algorithm.Distance;
import org.locationtech.jts.algorithm.locate.SimplePointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Polygon;

/**
 * Whether a polygon survives an inward buffer (内缩检验): {@code part.buffer(-r, 2)} is not empty,
 * the width test of {@link PieceSeverity} and {@link BorderGrouping}, with the buffer computed only
 * when two cheap bounds on the polygon's largest inscribed radius r* do not decide it:
 * <ul>
 * <li>a lower bound, the distance from the polygon's interior point to its boundary: the disc of
 *     that radius lies inside, so an inward buffer by less survives;</li>
 * <li>an upper bound, half the minimum width of the convex hull: a disc inside the polygon lies
 *     inside its hull, so an inward buffer by more leaves nothing.</li>
 * </ul>
 * When neither decides, two sharper bounds are tried before the buffer ({@link Chords}): the longest
 * chord across the polygon, in the direction of the hull's width and across its longest edge (more
 * directions rarely saved a buffer on the messy cities),
 * bounds r* from above (half the shortest of those), and the depth of that chord's midpoint bounds it
 * from below. A sliver that bends along a border has a hull far wider than itself; its chords are not.
 * JTS's buffer is an approximation of the exact erosion: with 2 segments per quadrant its arcs are
 * chords within {@code r·(1 − cos π/8)} ≈ 7.6% of r, and it simplifies its input by 1% of r. The bounds
 * decide only outside a margin that covers both (survives when r* ≥ 1.1 r, vanishes when r* ≤ 0.8 r), so
 * every decision is the buffer's own; between them the buffer is computed as before. The one exception
 * is a buffer that is wrong: an inward buffer far wider than a sliver sometimes leaves a crumb (about
 * one test in 100,000 of {@code ErosionProperties}' shapes; 0.008 m² left of a 5.2 m wide sliver
 * buffered inward by 26 m), which the hull's width rules out. A polygon's bounds
 * are computed once, on the first test that needs them (the hull only when the interior point does
 * not decide); a buffer that leaves something raises the
 * lower bound to the depth of what it left's interior point. {@link #bounds} (for the reported width)
 * sharpens both further: the midpoints across the widest places and a climb of the depth function from
 * the deepest point raise the lower bound, the chord through that point lowers the upper one.
 * The buffers are taken of the polygon without its straight vertices ({@link Straightened}).
 * {@link #atLeast}, the severity's test, takes no buffer: where the exact bounds do not decide, a search
 * over cells decides to a millionth of r.
 * Not thread-safe (one instance per polygon).
 */
final class Erosion {
    /** A buffer by r surely leaves something when the lower bound is at least this multiple of r. */
    static final double SURVIVES = 1.1;
    /** A buffer by r surely leaves nothing when the upper bound is at most this multiple of r. */
    static final double VANISHES = 0.8;

    /**
     * The chords are tried only when the hull's bound is this many times the lower bound: a straight
     * sliver's hull is as narrow as the sliver, and its chords would rarely save a buffer.
     */
    private static final double LOOSE = 1.5;
    /** Above this many vertices the chords are not tried (a sweep over a ring that winds much is slow). */
    private static final int MAX_CHORD_VERTICES = 2000;

    /**
     * {@link #bounds} climbs when its upper bound is above this multiple of its lower one: below it, the
     * width reported from them is within its declared accuracy already ({@link BorderGrouping#BRACKET}).
     */
    private static final double CLIMB_GAP = BorderGrouping.BRACKET;
    /** The climb stops when its step is below this fraction of the depth reached… */
    private static final double CLIMB_RESOLUTION = 1e-3;
    /** …or after this many distance evaluations. */
    private static final int CLIMB_EVALUATIONS = 96;
    /**
     * {@link #atLeast}'s search answers true once a cell this fraction of r wide (diagonally) could still
     * hold the disc: within it of r, the answer is either. A millionth, not a thousandth: the redrawn city
     * has gaps whose inscribed radius is 0.9998 and 0.99994 of half the tolerance (triangles, which JTS's
     * buffer erodes exactly), and the search's cells near a triangle's incentre are few at every size.
     */
    static final double SEARCH_MARGIN = 1e-6;
    /** The search gives up after splitting this many cells (then the inward buffer answers). */
    static final int MAX_SEARCH_CELLS = 20_000;
    private static final double SQRT2 = Math.sqrt(2);
    /** The quadrant segments of {@link #holdsDisc}'s buffer when the coarse one is not confirmed. */
    private static final int FINE_QUADRANT_SEGMENTS = 8;
    /** How many vertices {@link #across} starts from, at most (about: every k-th). */
    private static final int ACROSS_VERTICES = 16;
    /** Above this many vertices {@link #across} is not tried. */
    private static final int MAX_ACROSS_VERTICES = 400;
    /** How many of the longest segments across the polygon {@link #across} tries. */
    private static final int ACROSS_TRIED = 3;
    /** Segments per block of {@link #nearestSquared}'s envelopes. */
    private static final int BLOCK = 8;
    private static final double[] STEP_X = {1, 0, -1, 0, Math.sqrt(0.5), -Math.sqrt(0.5), -Math.sqrt(0.5), Math.sqrt(0.5)};
    private static final double[] STEP_Y = {0, 1, 0, -1, Math.sqrt(0.5), Math.sqrt(0.5), -Math.sqrt(0.5), -Math.sqrt(0.5)};

    private final Geometry part;
    /** The part without its straight vertices, what the inward buffers are taken of; null until the first. */
    private Geometry buffered;
    private double lower = Double.NaN;
    private double upper = Double.POSITIVE_INFINITY;
    private HullWidth hull;
    private boolean chordsTried;
    /** What the last inward buffer left, when the last {@link #survives} took one and it left something. */
    private Geometry left;
    /** The point whose depth is {@link #lower} (null when none is inside). */
    private double lowerX = Double.NaN;
    private double lowerY = Double.NaN;
    private boolean climbed;
    /** The polygon's rings as x, y arrays, for the climb's many distance evaluations. */
    private double[][] ringX;
    private double[][] ringY;
    /** The rings' segments, flat, when {@link #nearestSquared} first needs them, and the one nearest last. */
    private double[] segmentX;
    private double[] segmentY;
    private double[] segmentDx;
    private double[] segmentDy;
    private double[] segmentMinX;
    private double[] segmentMaxX;
    private double[] segmentMinY;
    private double[] segmentMaxY;
    private int lastNearest;
    /** Whether a distance to the boundary was measured (the first is measured on the rings, without flat arrays). */
    private boolean measuredOnce;
    /** The envelopes of blocks of {@link #BLOCK} consecutive segments, to skip a block the nearest so far is nearer than. */
    private double[] blockMinX;
    private double[] blockMaxX;
    private double[] blockMinY;
    private double[] blockMaxY;

    /** @param part one polygon, in metres */
    Erosion(Geometry part) {
        this.part = part;
    }

    /**
     * {@return whether {@code part.buffer(-r, 2)} is not empty} (of the part without its straight vertices:
     * {@link Straightened})
     */
    boolean survives(double r) {
        left = null;
        lowerFromInteriorPoint();
        if (lower >= SURVIVES * r) {
            return true;
        }
        upperFromHull();
        if (upper <= VANISHES * r) {
            return false;
        }
        if (!chordsTried && upper > LOOSE * lower) {
            chordsTried = true;
            chords();
            if (lower >= SURVIVES * r) {
                return true;
            }
            if (upper <= VANISHES * r) {
                return false;
            }
        }
        Geometry eroded = buffered().buffer(-r, 2);
        if (eroded.isEmpty()) {
            return false;
        }
        left = eroded;
        // what is left lies along the polygon's middle: its interior point is a better centre
        raiseLower(eroded.getInteriorPoint().getCoordinate());
        return true;
    }

    /**
     * {@return whether the polygon's largest inscribed radius r* is at least r}, for the severity of a piece
     * ({@link PieceSeverity}): true whenever r* ≥ r, false whenever r* < (1 − {@value #SEARCH_MARGIN})·r,
     * either between. The exact bounds decide first (lower ≥ r or upper < r, the hull first, then
     * {@link #bounds}' chords and climb); where r lies between them, {@link #search}, to a millionth of r. Not the inward
     * buffer: where r lies a little above r*, the buffer's offset curve may turn inside out and leave a
     * crumb (a triangle 1.986 m wide held a 2 m disc once it carried two straight vertices; see
     * {@link Straightened}, which removes that case but not the rest), and with two segments per
     * quadrant it erodes up to 7.6% too little at reflex vertices. Only when the search gives up (more than
     * {@value #MAX_SEARCH_CELLS} cells, as on a long sliver whose width stays within the margin of 2r along
     * its length) does {@link #survives} answer.
     */
    boolean atLeast(double r) {
        lowerFromInteriorPoint();
        if (lower >= r) {
            return true;
        }
        upperFromHull();
        if (upper < r) {
            return false;
        }
        bounds();
        if (lower >= r) {
            return true;
        }
        if (upper < r) {
            return false;
        }
        Boolean found = search(r);
        return found != null ? found : survives(r);
    }

    /**
     * {@return whether the polygon holds a disc of radius r, to {@value #SEARCH_MARGIN} of r, or null when
     * the search gives up} A branch and bound over square cells (the one {@code MaximumInscribedCircle}
     * runs, but deciding r rather than maximising: JTS's refines every cell near the maximum to its
     * tolerance, as many as a sliver is long over the tolerance, and stops unannounced after a number of
     * cells, its radius then no longer within the tolerance). The depth (distance to the boundary, negative
     * outside) is 1-Lipschitz, so no point of a cell of half side h whose centre is at depth d lies deeper
     * than d + h√2: a cell where that is below r is dropped, a centre at depth r or more answers true (a
     * proof), a cell too small to split (h√2 ≤ the margin) whose bound still reaches r answers true (the
     * centre is then at depth r minus the margin or more), and no cell left answers false (a proof).
     * Cells are taken deepest bound first, from one covering the envelope shrunk by r (a disc's centre
     * lies there).
     */
    private Boolean search(double r) {
        if (!prepareRings()) {
            return null;
        }
        Envelope e = part.getEnvelopeInternal();
        double minX = e.getMinX() + r;
        double maxX = e.getMaxX() - r;
        double minY = e.getMinY() + r;
        double maxY = e.getMaxY() - r;
        if (minX > maxX || minY > maxY) {
            return false;
        }
        double margin = SEARCH_MARGIN * r;
        // a cell: x, y, half side, depth of the centre, bound on the depth inside
        PriorityQueue<double[]> cells = new PriorityQueue<>((a, b) -> Double.compare(b[4], a[4]));
        offer(cells, (minX + maxX) / 2, (minY + maxY) / 2, Math.max(maxX - minX, maxY - minY) / 2, r);
        int taken = 0;
        while (!cells.isEmpty()) {
            double[] c = cells.poll();
            if (c[3] >= r) {
                raiseLowerTo(c[0], c[1], c[3]);
                return true;
            }
            double h = c[2] / 2;
            if (c[2] * SQRT2 <= margin) {
                raiseLowerTo(c[0], c[1], c[3]);
                return true;
            }
            if (++taken > MAX_SEARCH_CELLS) {
                return null;
            }
            offer(cells, c[0] - h, c[1] - h, h, r);
            offer(cells, c[0] + h, c[1] - h, h, r);
            offer(cells, c[0] - h, c[1] + h, h, r);
            offer(cells, c[0] + h, c[1] + h, h, r);
        }
        return false;
    }

    /** Adds the cell centred at (x, y) of half side h to the search, unless no point of it is r deep. */
    private void offer(PriorityQueue<double[]> cells, double x, double y, double h, double r) {
        double d = distanceToBoundary(x, y);
        if (!inside(x, y)) {
            d = -d;
        }
        double bound = d + h * SQRT2;
        if (bound >= r) {
            cells.add(new double[] {x, y, h, d, bound});
        }
    }

    /** {@return whether (x, y) lies inside the polygon} By crossings, half-open as in {@link #lowerFromInteriorPoint}. */
    private boolean inside(double x, double y) {
        boolean in = false;
        for (int r = 0; r < ringX.length; r++) {
            double[] xs = ringX[r];
            double[] ys = ringY[r];
            for (int i = 1; i < xs.length; i++) {
                double y0 = ys[i - 1];
                double y1 = ys[i];
                if ((y0 <= y && y < y1 || y1 <= y && y < y0)
                        && x < xs[i - 1] + (y - y0) * ((xs[i] - xs[i - 1]) / (y1 - y0))) {
                    in = !in;
                }
            }
        }
        return in;
    }

    /** Raises the lower bound to d, the depth of (x, y) inside, when deeper. */
    private void raiseLowerTo(double x, double y, double d) {
        if (d > lower) {
            lower = d;
            lowerX = x;
            lowerY = y;
        }
    }

    /**
     * {@return whether the polygon holds a disc of radius r} (its largest inscribed radius is at least r),
     * for the width {@link BorderGrouping#width} reports: the exact bounds decide without margins; else
     * the inward buffer with two segments per quadrant, when it leaves nothing, or when a climb from
     * the interior point of what it left reaches depth r (a proof); else the inward buffer with eight
     * segments per quadrant, whose arcs are within 1.9% of r instead of 7.6% (the coarse buffer erodes
     * too little at reflex vertices: a star's width came out 10.5% wide on it alone).
     * {@link #left} is what the last buffer taken left.
     */
    boolean holdsDisc(double r) {
        left = null;
        lowerFromInteriorPoint();
        if (lower >= r) {
            return true;
        }
        upperFromHull();
        if (upper < r) {
            return false;
        }
        if (!chordsTried && upper > LOOSE * lower) {
            chordsTried = true;
            chords();
            if (lower >= r) {
                return true;
            }
            if (upper < r) {
                return false;
            }
        }
        Geometry eroded = buffered().buffer(-r, 2);
        if (eroded.isEmpty()) {
            return false;
        }
        left = eroded;
        Coordinate p = eroded.getInteriorPoint().getCoordinate();
        raiseLower(p);
        if (lower < r && p != null && prepareRings()) {
            double d = depth(p);
            if (d > 0) {
                climbFrom(p.x, p.y, d);
            }
        }
        if (lower >= r) {
            return true;
        }
        Geometry finer = buffered().buffer(-r, FINE_QUADRANT_SEGMENTS);
        if (finer.isEmpty()) {
            left = null;
            return false;
        }
        left = finer;
        return true;
    }

    /** {@return the part without its straight vertices ({@link Straightened}), computed on the first buffer} */
    private Geometry buffered() {
        if (buffered == null) {
            buffered = Straightened.of(part);
        }
        return buffered;
    }

    /**
     * {@return what the inward buffer of the last {@link #survives} left} Empty when that call was
     * decided by the bounds, or answered false.
     */
    Optional<Geometry> left() {
        return Optional.ofNullable(left);
    }

    /**
     * {@return a lower bound on the polygon's largest inscribed radius r*, and an upper one} All that the
     * cheap bounds of the class comment know (chords included when the hull is loose), without a buffer
     * and without the margins that make {@link #survives} answer what the buffer would.
     */
    double[] bounds() {
        lowerFromInteriorPoint();
        upperFromHull();
        if (!chordsTried && upper > LOOSE * lower) {
            chordsTried = true;
            chords();
        }
        if (!climbed && upper > CLIMB_GAP * lower) {
            climbed = true;
            climb();
            chordThroughDeepest();
        }
        return new double[] {lower, upper};
    }

    /**
     * Lowers the upper bound by the longest chord in the direction from the deepest point known to its
     * nearest boundary point: on a sliver, about as long as it is wide at its widest place, wherever
     * it bends elsewhere (and, unlike the hull, linear-logarithmic in the vertices).
     */
    private void chordThroughDeepest() {
        if (Double.isNaN(lowerX) || ringX == null || !(part instanceof Polygon polygon)
                || polygon.getNumPoints() > MAX_CHORD_VERTICES) {
            return;
        }
        double[] direction = Chords.across(new Coordinate(lowerX, lowerY), nearestOnBoundary(lowerX, lowerY));
        if (direction != null) {
            Chords.Longest chord = Chords.longest(polygon, -direction[1], direction[0]);
            upper = Math.min(upper, chord.length() / 2);
        }
    }

    /**
     * Raises the lower bound by climbing the depth function (the distance to the boundary) from the
     * deepest point known: a pattern search that steps by h in eight directions, takes the first step
     * that goes deeper and halves h when none does. A step shorter than the current depth stays inside
     * the disc of that depth, so every point visited is inside the polygon and its distance to the
     * boundary is its depth: no point-in-polygon test. The interior point and the chords' midpoints
     * usually lie near the widest place of a sliver but a few percent off its middle; the climb
     * brings the bound to within about 1% of the inscribed radius there, at a few dozen distance
     * evaluations (each linear in the vertices), far less than one inward buffer.
     */
    private void climb() {
        if (!prepareRings()) {
            return;
        }
        across((Polygon) part);
        if (!Double.isNaN(lowerX) && lower > 0) {
            climbFrom(lowerX, lowerY, lower);
        }
    }

    /** Copies the rings into {@link #ringX} and {@link #ringY}; false when the part is no polygon. */
    private boolean prepareRings() {
        if (!(part instanceof Polygon polygon) || polygon.isEmpty()) {
            return false;
        }
        if (ringX == null) {
            int rings = 1 + polygon.getNumInteriorRing();
            ringX = new double[rings][];
            ringY = new double[rings][];
            for (int r = 0; r < rings; r++) {
                CoordinateSequence c = (r == 0 ? polygon.getExteriorRing() : polygon.getInteriorRingN(r - 1))
                        .getCoordinateSequence();
                ringX[r] = new double[c.size()];
                ringY[r] = new double[c.size()];
                for (int i = 0; i < c.size(); i++) {
                    ringX[r][i] = c.getX(i);
                    ringY[r][i] = c.getY(i);
                }
            }
        }
        return true;
    }

    /** The climb itself, from a point inside at depth d: raises the lower bound to where it ends. */
    private void climbFrom(double x0, double y0, double d0) {
        double x = x0;
        double y = y0;
        double d = d0;
        double h = d / 2;
        int evaluations = 0;
        while (h > CLIMB_RESOLUTION * d && evaluations < CLIMB_EVALUATIONS) {
            boolean moved = false;
            for (int k = 0; k < 8 && !moved; k++) {
                double nx = x + h * STEP_X[k];
                double ny = y + h * STEP_Y[k];
                double dn = distanceToBoundary(nx, ny);
                evaluations++;
                if (dn > d) {
                    x = nx;
                    y = ny;
                    d = dn;
                    moved = true;
                }
            }
            if (!moved) {
                h /= 2;
            }
        }
        if (d > lower) {
            lower = d;
            lowerX = x;
            lowerY = y;
        }
    }

    /**
     * Tries the midpoints across the polygon's widest places as lower-bound points: for each vertex,
     * the segment to the nearest point of the boundary's other segments (those not ending at it) meets
     * the boundary nowhere else, so it lies inside or outside as a whole, and on a sliver the longest
     * such segments span it where it is widest. The midpoints of the {@link #ACROSS_TRIED} longest are
     * tested (inside, depth). Quadratic in the vertices, with no allocation: a few microseconds on a
     * sliver of fifty vertices; not tried above {@link #MAX_ACROSS_VERTICES}.
     */
    private void across(Polygon polygon) {
        int total = 0;
        for (double[] xs : ringX) {
            total += xs.length - 1;
        }
        if (total > MAX_ACROSS_VERTICES) {
            return;
        }
        double[] bestLength = new double[ACROSS_TRIED];
        double[] bestX = new double[ACROSS_TRIED];
        double[] bestY = new double[ACROSS_TRIED];
        // every vertex of a small polygon, about ACROSS_VERTICES spread over a larger one (the climb
        // that follows finds the widest place from the best of them)
        int stride = Math.max(1, (total + ACROSS_VERTICES - 1) / ACROSS_VERTICES);
        for (int r = 0; r < ringX.length; r++) {
            double[] xs = ringX[r];
            double[] ys = ringY[r];
            int n = xs.length - 1;
            for (int i = 0; i < n; i += stride) {
                double vx = xs[i];
                double vy = ys[i];
                double nearest = Double.POSITIVE_INFINITY;
                double qx = 0;
                double qy = 0;
                for (int s = 0; s < ringX.length; s++) {
                    double[] sx = ringX[s];
                    double[] sy = ringY[s];
                    int m = sx.length - 1;
                    for (int j = 0; j < m; j++) {
                        if (s == r && (j == i || (j + 1) % n == i)) {
                            continue;   // the segments ending at the vertex
                        }
                        double ax = sx[j];
                        double ay = sy[j];
                        double bx = sx[j + 1];
                        double by = sy[j + 1];
                        // the segment's envelope no nearer than the nearest so far: skip it
                        if (envelopeDistanceSquared(vx, vy, ax, ay, bx, by) >= nearest) {
                            continue;
                        }
                        double t = nearestParameter(vx, vy, ax, ay, bx, by);
                        double px = ax + t * (bx - ax);
                        double py = ay + t * (by - ay);
                        double d = (px - vx) * (px - vx) + (py - vy) * (py - vy);
                        if (d < nearest) {
                            nearest = d;
                            qx = px;
                            qy = py;
                        }
                    }
                }
                if (nearest == Double.POSITIVE_INFINITY || nearest <= bestLength[ACROSS_TRIED - 1]) {
                    continue;
                }
                int k = ACROSS_TRIED - 1;
                while (k > 0 && bestLength[k - 1] < nearest) {
                    bestLength[k] = bestLength[k - 1];
                    bestX[k] = bestX[k - 1];
                    bestY[k] = bestY[k - 1];
                    k--;
                }
                bestLength[k] = nearest;
                bestX[k] = (vx + qx) / 2;
                bestY[k] = (vy + qy) / 2;
            }
        }
        for (int k = 0; k < ACROSS_TRIED && bestLength[k] > 0; k++) {
            if (Math.sqrt(bestLength[k]) / 2 <= lower) {
                break;   // its midpoint is at most half that deep
            }
            raiseLower(new Coordinate(bestX[k], bestY[k]));
        }
    }

    /** {@return the point of the polygon's boundary nearest to (x, y)} */
    private Coordinate nearestOnBoundary(double x, double y) {
        double[] nearest = {x, y};
        nearestSquared(x, y, nearest);
        return new Coordinate(nearest[0], nearest[1]);
    }

    /** {@return the distance from (x, y) to the polygon's boundary} */
    private double distanceToBoundary(double x, double y) {
        return Math.sqrt(nearestSquared(x, y, null));
    }

    /**
     * {@return the squared distance from (x, y) to the polygon's boundary}
     *
     * @param nearest where the nearest boundary point is written, or {@code null} when only the distance is wanted
     *     (the climb asks for distances alone, many times per piece)
     */
    private double nearestSquared(double x, double y, double[] nearest) {
        if (segmentMinX == null) {
            if (!measuredOnce) {
                // most polygons are measured once (their interior point decides): no flat arrays for that
                measuredOnce = true;
                return nearestSquaredOnRings(x, y, nearest);
            }
            prepareSegments();
        }
        // the segment nearest last time first (the climb's points are close together): most others then
        // lie farther than it by their envelopes alone, and whole blocks of them by the block's envelope
        int n = segmentMinX.length;
        int first = lastNearest;
        double best = Double.POSITIVE_INFINITY;
        if (n > 0) {
            best = closer(first, x, y, best, nearest);
        }
        // then segments 1 .. n - 1 in order, segment 0 in the first one's place
        for (int b = 0, blocks = blockMinX.length; b < blocks; b++) {
            int from = Math.max(1, b * BLOCK);
            int to = Math.min(n, from - from % BLOCK + BLOCK);
            boolean swapped = first != 0 && first >= from && first < to;
            if (!swapped) {
                // a block's envelope distance is at most each of its segments': none would be computed
                double ox = x < blockMinX[b] ? blockMinX[b] - x : x > blockMaxX[b] ? x - blockMaxX[b] : 0;
                double oy = y < blockMinY[b] ? blockMinY[b] - y : y > blockMaxY[b] ? y - blockMaxY[b] : 0;
                if (ox * ox + oy * oy >= best) {
                    continue;
                }
            }
            for (int k = from; k < to; k++) {
                best = closer(k == first ? 0 : k, x, y, best, nearest);
            }
        }
        return best;
    }

    /**
     * {@link #nearestSquared} before the flat arrays exist (then {@link #lastNearest} is 0: the segments in
     * order), on the rings themselves: each segment's start, direction and envelope computed as {@link
     * #prepareSegments} computes them, the same tests in the same order, so the same answer.
     */
    private double nearestSquaredOnRings(double x, double y, double[] nearest) {
        double best = Double.POSITIVE_INFINITY;
        for (int r = 0, k = 0; r < ringX.length; r++) {
            double[] xs = ringX[r];
            double[] ys = ringY[r];
            for (int i = 1; i < xs.length; i++, k++) {
                double ax = xs[i - 1];
                double ay = ys[i - 1];
                double bx = xs[i];
                double by = ys[i];
                if (envelopeDistanceSquared(x, y, ax, ay, bx, by) >= best) {
                    continue;
                }
                double t = nearestParameter(x, y, ax, ay, bx, by);
                double px = ax + t * (bx - ax);
                double py = ay + t * (by - ay);
                double squared = (px - x) * (px - x) + (py - y) * (py - y);
                if (squared < best) {
                    best = squared;
                    lastNearest = k;
                    if (nearest != null) {
                        nearest[0] = px;
                        nearest[1] = py;
                    }
                }
            }
        }
        return best;
    }

    /** {@return the squared distance from (x, y) to the envelope of segment (ax, ay)–(bx, by), 0 inside it} */
    private static double envelopeDistanceSquared(double x, double y, double ax, double ay, double bx, double by) {
        double minX = Math.min(ax, bx);
        double maxX = Math.max(ax, bx);
        double minY = Math.min(ay, by);
        double maxY = Math.max(ay, by);
        double ox = x < minX ? minX - x : x > maxX ? x - maxX : 0;
        double oy = y < minY ? minY - y : y > maxY ? y - maxY : 0;
        return ox * ox + oy * oy;
    }

    /**
     * {@return t in [0, 1] such that (ax + t (bx - ax), ay + t (by - ay)) is the point of segment
     * (ax, ay)–(bx, by) nearest (x, y); 0 for a segment of length 0}
     */
    private static double nearestParameter(double x, double y, double ax, double ay, double bx, double by) {
        double dx = bx - ax;
        double dy = by - ay;
        double length = dx * dx + dy * dy;
        double t = length == 0 ? 0 : ((x - ax) * dx + (y - ay) * dy) / length;
        return t < 0 ? 0 : t > 1 ? 1 : t;
    }

    /**
     * {@return the squared distance from (x, y) to segment i when it is below {@code best}, else best}
     * (not computed when the segment's envelope is as far as best); the segment is then the nearest.
     */
    private double closer(int i, double x, double y, double best, double[] nearest) {
        double ox = x < segmentMinX[i] ? segmentMinX[i] - x : x > segmentMaxX[i] ? x - segmentMaxX[i] : 0;
        double oy = y < segmentMinY[i] ? segmentMinY[i] - y : y > segmentMaxY[i] ? y - segmentMaxY[i] : 0;
        if (ox * ox + oy * oy >= best) {
            return best;
        }
        double ax = segmentX[i];
        double ay = segmentY[i];
        double dx = segmentDx[i];
        double dy = segmentDy[i];
        double length = dx * dx + dy * dy;
        double t = length == 0 ? 0 : ((x - ax) * dx + (y - ay) * dy) / length;
        t = t < 0 ? 0 : t > 1 ? 1 : t;
        double ex = ax + t * dx - x;
        double ey = ay + t * dy - y;
        double squared = ex * ex + ey * ey;
        if (squared < best) {
            lastNearest = i;
            if (nearest != null) {
                nearest[0] = ax + t * dx;
                nearest[1] = ay + t * dy;
            }
            return squared;
        }
        return best;
    }

    /** The rings' segments as flat arrays (start, direction, envelope), for {@link #nearestSquared}. */
    private void prepareSegments() {
        int n = 0;
        for (double[] xs : ringX) {
            n += Math.max(0, xs.length - 1);
        }
        segmentX = new double[n];
        segmentY = new double[n];
        segmentDx = new double[n];
        segmentDy = new double[n];
        segmentMinX = new double[n];
        segmentMaxX = new double[n];
        segmentMinY = new double[n];
        segmentMaxY = new double[n];
        int k = 0;
        for (int r = 0; r < ringX.length; r++) {
            double[] xs = ringX[r];
            double[] ys = ringY[r];
            for (int i = 1; i < xs.length; i++, k++) {
                segmentX[k] = xs[i - 1];
                segmentY[k] = ys[i - 1];
                segmentDx[k] = xs[i] - xs[i - 1];
                segmentDy[k] = ys[i] - ys[i - 1];
                segmentMinX[k] = Math.min(xs[i - 1], xs[i]);
                segmentMaxX[k] = Math.max(xs[i - 1], xs[i]);
                segmentMinY[k] = Math.min(ys[i - 1], ys[i]);
                segmentMaxY[k] = Math.max(ys[i - 1], ys[i]);
            }
        }
        int blocks = (n + BLOCK - 1) / BLOCK;
        blockMinX = new double[blocks];
        blockMaxX = new double[blocks];
        blockMinY = new double[blocks];
        blockMaxY = new double[blocks];
        for (int b = 0; b < blocks; b++) {
            int from = b * BLOCK;
            int to = Math.min(n, from + BLOCK);
            double x0 = segmentMinX[from];
            double x1 = segmentMaxX[from];
            double y0 = segmentMinY[from];
            double y1 = segmentMaxY[from];
            for (int i = from + 1; i < to; i++) {
                x0 = Math.min(x0, segmentMinX[i]);
                x1 = Math.max(x1, segmentMaxX[i]);
                y0 = Math.min(y0, segmentMinY[i]);
                y1 = Math.max(y1, segmentMaxY[i]);
            }
            blockMinX[b] = x0;
            blockMaxX[b] = x1;
            blockMinY[b] = y0;
            blockMaxY[b] = y1;
        }
    }

    /**
     * Starts the lower bound at the middle of the widest stretch inside along the horizontal line through
     * the middle of the envelope, as JTS's interior point does, on the rings' doubles (its scan line
     * builds objects, sorts a list and tests the point again: a tenth of the severity test's time). With
     * the crossings taken half-open (an edge from y0 to y1 crosses the lines of y0 ≤ y < y1), consecutive
     * crossings in x order alternate into and out of the polygon, so the middle of an odd-even pair lies
     * inside it and its distance to the boundary is its depth; a stretch narrower than a millionth of the
     * envelope is tested again, lest rounding put its middle on the wrong side.
     */
    private void lowerFromInteriorPoint() {
        if (!Double.isNaN(lower)) {
            return;
        }
        lower = 0;
        if (part.isEmpty() || !prepareRings()) {
            if (!part.isEmpty()) {
                raiseLower(part.getInteriorPoint().getCoordinate());
            }
            return;
        }
        Envelope e = part.getEnvelopeInternal();
        double y = e.getMinY() + (e.getMaxY() - e.getMinY()) / 2;
        int count = 0;
        for (double[] xs : ringX) {
            count += xs.length - 1;
        }
        double[] crossings = new double[count];
        int k = 0;
        for (int r = 0; r < ringX.length; r++) {
            double[] xs = ringX[r];
            double[] ys = ringY[r];
            for (int i = 1; i < xs.length; i++) {
                double y0 = ys[i - 1];
                double y1 = ys[i];
                if (y0 <= y && y < y1 || y1 <= y && y < y0) {
                    crossings[k++] = xs[i - 1] + (y - y0) * ((xs[i] - xs[i - 1]) / (y1 - y0));
                }
            }
        }
        Arrays.sort(crossings, 0, k);
        double widest = 0;
        double x = Double.NaN;
        for (int i = 0; i + 1 < k; i += 2) {
            if (crossings[i + 1] - crossings[i] > widest) {
                widest = crossings[i + 1] - crossings[i];
                x = crossings[i] + widest / 2;
            }
        }
        if (Double.isNaN(x)) {
            return;
        }
        if (widest < 1e-6 * Math.max(e.getWidth(), e.getHeight())) {
            raiseLower(new Coordinate(x, y));   // tested inside first
            return;
        }
        double d = distanceToBoundary(x, y);
        if (d > lower) {
            lower = d;
            lowerX = x;
            lowerY = y;
        }
    }

    private void upperFromHull() {
        if (hull == null) {
            // the hull only when the interior point does not decide (most pieces wider than the
            // tolerance are decided by it)
            if (part instanceof Polygon polygon && !polygon.isEmpty()) {
                hull = HullWidth.of(polygon);
                upper = Math.min(upper, hull.width / 2);
            } else {
                hull = HullWidth.of(part.getFactory().createPolygon());
            }
        }
    }

    /** Sharpens both bounds with the longest chords across the polygon (see the class comment). */
    private void chords() {
        if (!(part instanceof Polygon polygon) || polygon.isEmpty() || polygon.getNumPoints() > MAX_CHORD_VERTICES) {
            return;
        }
        List<double[]> directions = new ArrayList<>();
        if (hull.width > 0) {
            addIfPresent(directions, Chords.across(new Coordinate(hull.ax, hull.ay), new Coordinate(hull.bx, hull.by)));
        }
        Coordinate[] shell = polygon.getExteriorRing().getCoordinates();
        int longest = 0;
        double longestLength = shell[0].distance(shell[1]);
        for (int i = 1; i + 1 < shell.length; i++) {
            double length = shell[i].distance(shell[i + 1]);
            if (length > longestLength) {
                longest = i;
                longestLength = length;
            }
        }
        addIfPresent(directions, Chords.across(shell[longest], shell[longest + 1]));
        for (double[] d : directions) {
            Chords.Longest chord = Chords.longest(polygon, d[0], d[1]);
            upper = Math.min(upper, chord.length() / 2);
            raiseLower(new Coordinate(chord.midX(), chord.midY()));
        }
    }

    private static void addIfPresent(List<double[]> directions, double[] direction) {
        if (direction != null) {
            directions.add(direction);
        }
    }

    /** Raises the lower bound to the depth of p, when deeper, and remembers p. */
    private void raiseLower(Coordinate p) {
        // what depth(p) gives: 0 outside, which raises nothing (the bound is never negative), else the least
        // distance to a segment, which raises the bound only when every segment lies farther: a segment no
        // farther settles it, without the others or the point-in-polygon test
        if (p == null || !(part instanceof Polygon polygon)) {
            return;
        }
        double d = Double.POSITIVE_INFINITY;
        for (int h = -1; h < polygon.getNumInteriorRing(); h++) {
            Coordinate[] c = (h < 0 ? polygon.getExteriorRing() : polygon.getInteriorRingN(h)).getCoordinates();
            for (int i = 1; i < c.length; i++) {
                double s = Distance.pointToSegment(p, c[i - 1], c[i]);
                if (s <= lower) {
                    return;
                }
                d = Math.min(d, s);
            }
        }
        if (d > lower && SimplePointInAreaLocator.locate(p, polygon) == Location.INTERIOR) {
            lower = d;
            lowerX = p.x;
            lowerY = p.y;
        }
    }

    /** {@return the distance from a point inside the polygon to its boundary, 0 for a point not inside} */
    private double depth(Coordinate p) {
        if (p == null || !(part instanceof Polygon polygon)
                || SimplePointInAreaLocator.locate(p, polygon) != Location.INTERIOR) {
            return 0;
        }
        double d = distance(p, polygon.getExteriorRing());
        for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
            d = Math.min(d, distance(p, polygon.getInteriorRingN(h)));
        }
        return d;
    }

    private static double distance(Coordinate p, LineString ring) {
        double d = Double.POSITIVE_INFINITY;
        Coordinate[] c = ring.getCoordinates();
        for (int i = 1; i < c.length; i++) {
            d = Math.min(d, Distance.pointToSegment(p, c[i - 1], c[i]));
        }
        return d;
    }
}

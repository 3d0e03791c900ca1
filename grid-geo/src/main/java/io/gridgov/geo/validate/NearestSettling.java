package io.gridgov.geo.validate;

import io.gridgov.geo.validate.GroupSnapping.Ring;
import java.util.Arrays;
import java.util.List;

/**
 * The second step of {@link GroupSnapping}: every vertex is given the representative nearest to
 * it once all exist — the nearest corner's when it was given a corner's (a vertex given one almost
 * a tolerance away before a nearer one existed would pull its grid's corner to the far end of a
 * border shorter than the tolerance), unless it would leave a much nearer plain one behind, or a
 * plain one whose ring cannot follow the corner (see {@link #leavesBehind}), or its segment to a
 * neighbour collapses on the corner's while another corner's lies within the tolerance, nearly as
 * near, that its ring would leave behind (see {@link #strandedCorner}) or that both rings follow
 * (see {@link #reachableCorner}), or, where no segment collapses, another corner's nearly as near
 * on which both its segments would be borders other rings have (see {@link #agreeingCorner}). The
 * representatives near a vertex are found through {@link GroupSnapping}'s cells.
 *
 * <p>Made once all representatives exist (none is made while settling). Not thread-safe; one per
 * group.
 */
final class NearestSettling {

    private final GroupSnapping snapping;
    /** The group's rings as read. */
    private final GroupRings flat;
    private final double sx;
    private final double sy;
    private final double tolerance;
    private final double toleranceSquaredBound;
    /** The representatives (see {@link GroupSnapping}): the vertex each was made from, raw and metre x and y. */
    private final int[] repVertex;
    private final double[] px;
    private final double[] py;
    private final double[] rx;
    private final double[] ry;
    /** Representatives {@code 0 .. cornerReps - 1} were made from corners (see {@link CornerSeeds}). */
    private final int cornerReps;

    NearestSettling(GroupSnapping snapping) {
        this.snapping = snapping;
        this.flat = snapping.flat;
        this.sx = snapping.sx;
        this.sy = snapping.sy;
        this.tolerance = snapping.tolerance;
        this.toleranceSquaredBound = snapping.toleranceSquaredBound;
        this.repVertex = snapping.repVertex;
        this.px = snapping.px;
        this.py = snapping.py;
        this.rx = snapping.rx;
        this.ry = snapping.ry;
        this.cornerReps = snapping.cornerReps;
    }

    /**
     * Gives every snapped vertex the representative nearest to it among all of them, now that all
     * exist. Representatives are made in one pass (corners first, sharpest first), so a vertex may
     * have been given one almost a tolerance away before a nearer one existed: a grid's corner then
     * went to the wrong end of a border shorter than the tolerance, and its neighbour's to the other
     * (a sliver along the whole border survived). A vertex given a corner's representative (every
     * corner, and the vertices near one) takes the nearest corner's, so that corners still go to
     * corners (a corner moved onto a nearer plain vertex left the parent's corner behind). A
     * representative's own position keeps it; the same position still always gets the same one.
     */
    void settleOnNearest(List<Ring> all) {
        // per position, the representative it settles on (+1; 0: not asked yet): the answer
        // depends only on the position and the representative it was given
        int[] settled = new int[snapping.given.size()];
        this.all = all;
        for (int r = 0; r < all.size(); r++) {
            Ring ring = all.get(r);
            if (!ring.moved) {
                continue;   // every vertex is its own representative
            }
            int[] v = ring.vertices;
            double[] xs = flat.x;
            double[] ys = flat.y;
            boolean changed = false;
            for (int k = 0; k + 1 < v.length; k++) {
                double x = xs[ring.source + k];
                double y = ys[ring.source + k];
                if (px[v[k]] == x && py[v[k]] == y) {
                    continue;
                }
                int position = ring.positions[k];
                int to = settled[position] - 1;
                if (to < 0) {
                    int stamp = snapping.positionStamp[position];
                    int best;
                    if (v[k] >= cornerReps) {
                        // the nearest of all: the one it was given unless one made since is nearer
                        best = snapping.nearestSince(position, x, y, stamp, v[k]);
                    } else {
                        // a vertex given a corner's representative keeps a corner's (see
                        // CornerSeeds), unless it would leave a much nearer one behind (see
                        // leavesBehind); with no representative newer than the vertex's around,
                        // nearest would give it the same one again
                        int plain = -1;
                        if (snapping.noneNewerAround(position, x, y, stamp)) {
                            best = v[k];
                        } else {
                            // the nearest corner's, and the nearest plain one (the nearest of all when
                            // that is plain), in one pass
                            snapping.nearestOfEachKind(x, y);
                            best = snapping.nearestCorner;
                            plain = snapping.nearestPlain;
                        }
                        best = best >= 0 ? settledCorner(v, k, r, x, y, best, plain) : best;
                    }
                    to = best >= 0 && best != v[k] ? best : v[k];
                    settled[position] = to + 1;
                }
                if (to != v[k]) {
                    v[k] = to;
                    changed = true;
                }
            }
            if (changed) {
                v[v.length - 1] = v[0];
                ring.changed();
            }
        }
    }

    /**
     * {@return the corner's representative (or the plain one) that vertex {@code k} of ring
     * {@code r} (its representatives {@code v}) at (x, y) (raw), given a corner's, settles on}: the
     * nearest corner's, {@code best}, unless it leaves the nearest plain one, {@code plain} (-1:
     * none, or not asked), behind (see {@link #leavesBehind}), or a rule takes another corner's
     * (see {@link #strandedCorner}, {@link #reachableCorner}, {@link #agreeingCorner})
     */
    private int settledCorner(int[] v, int k, int r, double x, double y, int best, int plain) {
        int other = -1;
        if (plain >= 0 && leavesBehind(x, y, best, plain)) {
            other = plain;
        } else if (v[k > 0 ? k - 1 : v.length - 2] == best || v[k + 1] == best) {
            // its segment to a neighbour collapses there: another corner its ring
            // would leave behind (see strandedCorner), else one both rings reach.
            // Asked when nothing newer lies around too: a corner given the nearer
            // of two corners' first kept it, its ring then passing the other
            // nowhere within the tolerance (branch snapfix)
            other = strandedCorner(v, k, best, x, y);
            other = other >= 0 ? other : reachableCorner(x, y, best);
        } else {
            // else a corner both of whose segments other rings have (see agreeingCorner)
            other = agreeingCorner(v, k, r, x, y, best);
        }
        return other >= 0 ? other : best;
    }

    /**
     * Whether a vertex at (x, y) (raw) given corner representative {@code corner} would leave
     * plain representative {@code plain} behind: {@code plain} lies farther than the tolerance
     * from {@code corner} and less than {@link #LEFT_BEHIND} times as far from the vertex. Then
     * the vertex takes {@code plain}. Where a border between two children, shorter than the
     * tolerance, meets the parent's outline, its end there is a corner of both children but not
     * of the parent; made after the junction at the border's other end (sharper), it was given
     * that junction's representative, almost a tolerance away, and kept it, while the parent's
     * vertex beside it (a plain one, made later) lay farther than the tolerance from it: the
     * children then ran straight from the far junction to the parent's next vertices, and the
     * triangle they cut off the parent survived as a gap (branch snapseed: seven of the twelve
     * samples in {@code SnappingSamplesTest}). The margin keeps a corner on the parent's corner
     * when a plain vertex of a resampled parent lies only a little nearer (a street corner at
     * 10.5 m, 5.9 m against 5.7 m: moved, the child cut its corner off).
     */
    private boolean leavesBehind(double x, double y, int corner, int plain) {
        double cx = (px[corner] - x) * sx;
        double cy = (py[corner] - y) * sy;
        double qx = (px[plain] - x) * sx;
        double qy = (py[plain] - y) * sy;
        double bx = rx[corner] - rx[plain];
        double by = ry[corner] - ry[plain];
        return bx * bx + by * by > toleranceSquaredBound
                && (qx * qx + qy * qy < LEFT_BEHIND * LEFT_BEHIND * (cx * cx + cy * cy) || outOfReach(corner, plain));
    }

    /**
     * The corner's representative that vertex {@code k} of ring {@code v} (its representatives so
     * far) at (x, y) (raw) takes instead of the nearest corner's, {@code best}, because on
     * {@code best} the ring would leave it behind; or -1. A corner's within the tolerance, at most
     * {@link #NEARLY_AS_NEAR} times as far as {@code best}, farther than the tolerance from it, such
     * that with the vertex on {@code best} the ring passes within the tolerance of it nowhere near the
     * vertex (it would go into none of the ring's segments), while with the vertex on it the ring
     * passes within the tolerance of {@code best}; the nearest such. Asked, as
     * {@link #reachableCorner}, only where the vertex's segment to a neighbour collapses on
     * {@code best}: without that, it moved corner copies at three junctions of the digitised 10k
     * city at 0.5 m, two overlaps there grew (160 to 176 m², 39 to 47 m²), and 2 more of 15,000 fresh
     * digitised cities failed (branch snapsplit).
     *
     * <p>Two corners of the vertex's match, just beyond the tolerance of each other, one nearer:
     * a redrawn parent's corner lay 3.2 m from the child's matching corner K and 2.8 m from a slight
     * corner of the child further along the same border, 4.95 m from K at 4.65 m; moved onto the
     * nearer, the parent's outline ran 4.90 m from K, and a 54 m² sliver of the child survived
     * outside it ({@code SnappingSamplesTest.streetBlocks165Redrawn}; {@link #reachableCorner} asks
     * for corners made from different rings, these two are one child's). And a child's corner lay
     * 3.23 m from the junction J at the lower end of its border and 4.01 m from the parent's
     * matching corner, 6.83 m from J at 5.01 m; on J, the child ran 6.28 m from the parent's corner,
     * and a 54 m² gap survived ({@code SnappingSamplesTest.organic146RedrawnResampledCorner}). The
     * margin keeps a corner given the far end of a border a little longer than the tolerance moving
     * to the near end, three times nearer ({@code
     * SnappingProperties.cornerBesideABorderShorterThanTheTolerance}, 4.49 m against 1.47 m: kept on
     * the far end, the ring left a 438 m² overlap).
     */
    private int strandedCorner(int[] v, int k, int best, double x, double y) {
        return nearestCornerBeside(best, x, y, c -> !ringReaches(v, k, best, c) && ringReaches(v, k, c, best));
    }

    /**
     * {@return the nearest corner representative other than {@code best} that {@code takes}, or -1}
     * Among the corners around (x, y) within the tolerance of it, at most {@link #NEARLY_AS_NEAR}
     * times as far as {@code best} and farther than the tolerance from {@code best}: the candidates
     * of {@link #reachableCorner}, {@link #strandedCorner} and {@link #agreeingCorner}, which differ
     * in what they ask of one. Ties go to the first in {@link GroupSnapping#cornersAround}' order; {@code takes} is asked only
     * of a candidate nearer than the best found so far.
     */
    private int nearestCornerBeside(int best, double x, double y, java.util.function.IntPredicate takes) {
        double mx = x * sx;
        double my = y * sy;
        double nx = rx[best] - mx;
        double ny = ry[best] - my;
        double farthest = NEARLY_AS_NEAR * NEARLY_AS_NEAR * (nx * nx + ny * ny);
        int found = -1;
        double foundSquared = 0;
        // (takes asks nothing of the cells: the corners found stay put while it is asked)
        int count = snapping.cornersAround(mx, my);
        int[] around = snapping.cornersFound;
        for (int i = 0; i < count; i++) {
            int c = around[i];
            if (c == best) {
                continue;
            }
            double ex = rx[c] - mx;
            double ey = ry[c] - my;
            double squared = ex * ex + ey * ey;
            double bx = rx[c] - rx[best];
            double by = ry[c] - ry[best];
            if (squared > farthest || !snapping.withinTolerance(ex, ey, squared)
                    || bx * bx + by * by <= toleranceSquaredBound || found >= 0 && squared >= foundSquared) {
                continue;
            }
            if (takes.test(c)) {
                found = c;
                foundSquared = squared;
            }
        }
        return found;
    }

    /**
     * Whether ring {@code v} (representatives, closed), its vertex {@code k} on representative
     * {@code at}, comes within the tolerance of representative {@code to} near that vertex: along
     * the ring either way from it, as far as the distance between the two and twice the tolerance.
     */
    private boolean ringReaches(int[] v, int k, int at, int to) {
        int n = v.length - 1;
        double budget = Math.hypot(rx[to] - rx[at], ry[to] - ry[at]) + 2 * tolerance;
        for (int step = 1; step >= -1; step -= 2) {
            double path = 0;
            int from = at;
            for (int walked = 1, i = k; walked < n && path <= budget; walked++) {
                i = (i + step + n) % n;
                int next = v[i];
                if (snapping.withinSegment(to, from, next)) {
                    return true;
                }
                path += Math.hypot(rx[next] - rx[from], ry[next] - ry[from]);
                from = next;
            }
        }
        return false;
    }

    /**
     * Whether the ring that plain representative {@code plain} was made from could not follow
     * {@code corner}: another ring than the corner's, and no segment of it (as read) near
     * {@code plain} — along the ring either way, as far as the distance between the two and twice
     * the tolerance — lies within the tolerance of the corner, so it would go into none of them. A
     * vertex within the tolerance of both then takes the plain one, whatever their distances:
     * where a border between two children, shorter than the tolerance, meets the redrawn parent's
     * outline, its end there went to the junction at the other end (nearer than the parent's
     * vertex beside it, or a little farther), the junction lay just beyond the tolerance of the
     * outline, and the triangle the children cut off the parent survived as a gap (two of 10,000
     * fresh cities, branch snapfresh; see {@code SnappingSamplesTest}).
     */
    private boolean outOfReach(int corner, int plain) {
        return flat.ringOf(repVertex[plain]) != flat.ringOf(repVertex[corner]) && !reaches(plain, corner);
    }

    /**
     * Whether the ring representative {@code from} was made from (as read) comes within the
     * tolerance of representative {@code to} near {@code from}: along the ring either way, as far
     * as the distance between the two and twice the tolerance.
     */
    private boolean reaches(int from, int to) {
        int v = repVertex[from];
        int r = flat.ringOf(v);
        int start = flat.start(r);
        int n = flat.size(r) - 1;
        double budget = Math.hypot(rx[to] - rx[from], ry[to] - ry[from]) + 2 * tolerance;
        for (int step = 1; step >= -1; step -= 2) {
            double path = 0;
            int i = v - start;
            for (int walked = 0; walked < n && path <= budget; walked++) {
                int j = (i + step + n) % n;
                if (nearRead(to, start + i, start + j)) {
                    return true;
                }
                path += Math.hypot((flat.x[start + j] - flat.x[start + i]) * sx,
                        (flat.y[start + j] - flat.y[start + i]) * sy);
                i = j;
            }
        }
        return false;
    }

    /**
     * The corner's representative a vertex at (x, y) (raw) given corner representative
     * {@code given} takes instead, or -1: the nearest other corner's within the tolerance, farther
     * than the tolerance from {@code given}, whose ring cannot follow {@code given} while
     * {@code given}'s ring follows it (see {@link #reaches}). Where the junction of two children
     * and the parent (or of three children) was split over two corners' representatives just
     * beyond the tolerance of each other, one child's copy of it took the nearer, where its own
     * previous vertex went too (the parent's next corner), while the other copies went to the
     * farther: the two children's border then ran from one to the other, neither within the
     * tolerance of the other's end, and a triangle survived as a gap. Taking the one both rings
     * reach joins the copies again (two of 10,000 fresh digitised cities, branch snapfresh). Asked
     * only where the vertex's segment to a neighbour collapses on {@code given}: at junctions of four
     * street blocks, copies moved to a farther corner otherwise folded neighbours over each other
     * (six OVERLAPs on the 10k digitised city at 2.5 m, which reports none).
     */
    private int reachableCorner(double x, double y, int given) {
        return nearestCornerBeside(given, x, y, id -> flat.ringOf(repVertex[id]) != flat.ringOf(repVertex[given])
                && !reaches(id, given) && reaches(given, id));
    }

    /**
     * The corner's representative that vertex {@code k} of ring {@code r} (its representatives
     * {@code v}, neither neighbour on {@code best}) at (x, y) (raw), settled on corner
     * representative {@code best}, takes instead, or -1: another corner's within the tolerance, at
     * most {@link #NEARLY_AS_NEAR} times as far, farther than the tolerance from {@code best}, on
     * which both of the vertex's segments would be borders other rings have already (see
     * {@link #joined}), while on {@code best} at most one is; the nearest such.
     *
     * <p>Where three grids meet (or two and the parent's outline), one grid's copy of the junction
     * lay about as near to a slight corner of the same border (turning 22–28°, just beyond the
     * tolerance of the junction: 3.38 m at 2.90 m, 1.33 m at 1.29 m, 3.61 m at 3.26 m) as to the
     * junction's representative, where the other grids' copies went, and a little nearer (1.67 m
     * against 1.71 m, 0.60 against 0.74, 1.94 against 1.97): on it, its two borders ran to its
     * neighbours from there, just beyond the tolerance of the other grids' borders from the
     * junction, and a sliver along a whole border survived (49–126 m² in three of 15,000 fresh
     * digitised cities, see {@code SnappingSamplesTest}; branch snapfix). Distances cannot tell the
     * two apart; the borders that meet there can. Both segments, not one: taking a corner that
     * joined one more (a parent's vertex among them) grew gaps on the digitised 10k city at 0.5 m
     * (29 to 43 m², 88 to 96 m², two new ones). Not where a segment collapses (see
     * {@link #strandedCorner}): a vertex of a run resampled onto a corner has both neighbours
     * there, and another corner "joined" them wherever a ring ran between the two corners (15
     * vertices of the redrawn 10k city at 10.5 m moved off their corner, 735 more snapped).
     */
    private int agreeingCorner(int[] v, int k, int r, double x, double y, int best) {
        int before = v[k > 0 ? k - 1 : v.length - 2];
        int after = v[k + 1];
        int found = nearestCornerBeside(best, x, y,
                c -> c != before && c != after && joined(c, before, after, r) == 2);
        // on best, both are borders the others have too
        return found >= 0 && joined(best, before, after, r) == 2 ? -1 : found;
    }

    /**
     * {@return how many of representatives {@code before} and {@code after} (a vertex's neighbours)
     * another ring than ring {@code r} runs to from corner representative {@code c}} (a neighbour
     * that is {@code c} itself counts nothing): how many of the vertex's segments, on {@code c},
     * would be borders that other rings have already.
     */
    private int joined(int c, int before, int after, int r) {
        if (occurrenceStart == null) {
            indexCorners();
        }
        boolean joinsBefore = false;
        boolean joinsAfter = false;
        for (int i = occurrenceStart[c]; i < occurrenceStart[c + 1]; i++) {
            if (occurrenceRing[i] == r) {
                continue;
            }
            int[] w = all.get(occurrenceRing[i]).vertices;
            int j = occurrenceAt[i];
            if (w[j] != c) {
                continue;   // settled elsewhere since
            }
            int p = w[j > 0 ? j - 1 : w.length - 2];
            int q = w[j + 1];
            joinsBefore |= before != c && (p == before || q == before);
            joinsAfter |= after != c && (p == after || q == after);
        }
        return (joinsBefore ? 1 : 0) + (joinsAfter ? 1 : 0);
    }

    /** The rings being settled (see {@link #settleOnNearest}). */
    private List<Ring> all;
    /**
     * Where each corner's representative was given, when {@link #joined} first asks (the rings'
     * vertices then, read again as they are when asked): per representative {@code c < cornerReps},
     * entries {@code occurrenceStart[c] .. occurrenceStart[c + 1] - 1} of the ring and the index.
     */
    private int[] occurrenceStart;
    private int[] occurrenceRing;
    private int[] occurrenceAt;

    /** Fills {@link #occurrenceStart} and its arrays from the rings' vertices as they are now (one counting pass, one filling pass). */
    private void indexCorners() {
        int[] start = new int[cornerReps + 1];
        for (Ring ring : all) {
            int[] w = ring.vertices;
            for (int j = 0; j + 1 < w.length; j++) {
                if (w[j] < cornerReps) {
                    start[w[j] + 1]++;
                }
            }
        }
        for (int c = 0; c < cornerReps; c++) {
            start[c + 1] += start[c];
        }
        int[] fill = Arrays.copyOf(start, cornerReps);
        int[] ringOf = new int[start[cornerReps]];
        int[] at = new int[ringOf.length];
        for (int r = 0; r < all.size(); r++) {
            int[] w = all.get(r).vertices;
            for (int j = 0; j + 1 < w.length; j++) {
                if (w[j] < cornerReps) {
                    int i = fill[w[j]]++;
                    ringOf[i] = r;
                    at[i] = j;
                }
            }
        }
        occurrenceStart = start;
        occurrenceRing = ringOf;
        occurrenceAt = at;
    }

    /** {@return whether representative {@code p} lies within the tolerance of the segment between vertices {@code i} and {@code j} of the group's rings} */
    private boolean nearRead(int p, int i, int j) {
        double ax = flat.x[i] * sx;
        double ay = flat.y[i] * sy;
        double bx = flat.x[j] * sx - ax;
        double by = flat.y[j] * sy - ay;
        double qx = rx[p] - ax;
        double qy = ry[p] - ay;
        double len2 = bx * bx + by * by;
        double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, (qx * bx + qy * by) / len2));
        double ex = qx - t * bx;
        double ey = qy - t * by;
        return snapping.withinTolerance(ex, ey, ex * ex + ey * ey);
    }

    /**
     * How much farther than the given (or nearest) corner's another corner's may be for
     * {@link #reachableCorner} (or {@link #strandedCorner}, {@link #agreeingCorner}) to take it instead.
     */
    private static final double NEARLY_AS_NEAR = 1.25;

    /** How much nearer than its corner's a plain representative must be to take a corner (see {@link #leavesBehind}). */
    private static final double LEFT_BEHIND = 0.6;
}

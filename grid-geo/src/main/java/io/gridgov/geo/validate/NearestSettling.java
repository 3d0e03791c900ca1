package io.gridgov.geo.validate;

import io.gridgov.geo.validate.GroupSnapping.Ring;
import java.util.Arrays;
import java.util.List;

/**
 * The second step of {@link GroupSnapping}: every vertex is given the representative nearest to
 * it once all exist — the nearest corner's when it was given a corner's (a vertex given one almost
 * a tolerance away before a nearer one existed would pull its grid's corner to the far end of a
 * border shorter than the tolerance), unless it would leave a much nearer plain one behind, or a
 * plain one whose ring cannot follow the corner (see {@link #leavesBehind}; a child's corner given
 * the parent's keeps it where on the plain one its ring would leave the parent's behind, and a
 * parent's corner given the children's likewise, see {@link #keepsMatchingCorner}; a vertex keeps
 * it where another vertex of its ring, nearer to the plain one, takes that one, see
 * {@link #reachedThroughNearerVertex}), or its segment to a
 * neighbour collapses on the corner's while another corner's lies within the tolerance, nearly as
 * near (a child's corner: the parent's, twice as far), that its ring would leave behind (see
 * {@link #strandedCorner}; not where its other segment is another ring's border on the corner's
 * and would be no ring's on that one, see {@link #bordersAgreeOn}, asked again once every ring has
 * settled: {@link #strandedAgain}) or that both rings follow (see {@link #reachableCorner}), or, where no
 * segment collapses, another corner's nearly as near on which both its segments would be borders
 * other rings have (see {@link #agreeingCorner}, asked again once every ring has settled:
 * {@link #agreeingCornerAgain}). A plain representative nearly as near as the
 * corner's, farther than the tolerance from it, takes the vertex where on it both its segments are
 * borders other rings have (see {@link #agreeingPlain}, asked again once every ring has settled:
 * {@link #agreeAgain}); a nearer one, where a segment longer than
 * the tolerance that collapsed on the corner's is another ring's border again (see
 * {@link #unfoldingPlain}): a junction whose corner copies all went to another junction just beyond
 * the tolerance has only a plain representative. The representatives near a vertex are found
 * through {@link GroupSnapping}'s cells.
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
     *
     * @param all the group's rings, the parent's first
     * @param parentRings how many of them are the parent's (0: no parent)
     */
    void settleOnNearest(List<Ring> all, int parentRings) {
        // per position, the representative it settles on (+1; 0: not asked yet): the answer
        // depends only on the position and the representative it was given
        int[] settled = new int[snapping.given.size()];
        this.all = all;
        this.parentRings = parentRings;
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
        if (agreeingAgain.count() > 0) {
            agreeAgain(all, settled);
        }
        if (stranded.count() > 0) {
            strandedAgain(all);
        }
        if (disagreeing.count() > 0) {
            agreeingCornerAgain(all);
        }
    }

    /**
     * The vertices {@link #strandedCorner} moved off the nearest corner's representative (ring,
     * index, the nearest corner's and the stranded corner's representative), to ask
     * {@link #bordersAgreeOn} again once every ring has settled (see {@link #strandedAgain}).
     */
    private final AskedBefore stranded = new AskedBefore();

    /**
     * Vertices a question was asked of while their neighbours' rings had not all settled, to ask
     * again once they have ({@link #agreeAgain}, {@link #strandedAgain},
     * {@link #agreeingCornerAgain}): per vertex its ring, its index and two representatives.
     */
    private static final class AskedBefore {
        private int[] items = new int[0];
        private int count;

        void add(int ring, int index, int first, int second) {
            if (4 * count + 4 > items.length) {
                items = Arrays.copyOf(items, Math.max(16, 2 * items.length));
            }
            items[4 * count] = ring;
            items[4 * count + 1] = index;
            items[4 * count + 2] = first;
            items[4 * count + 3] = second;
            count++;
        }

        int count() {
            return count;
        }

        int ring(int i) {
            return items[4 * i];
        }

        int index(int i) {
            return items[4 * i + 1];
        }

        int first(int i) {
            return items[4 * i + 2];
        }

        int second(int i) {
            return items[4 * i + 3];
        }
    }

    /**
     * Asks {@link #bordersAgreeOn} again of the vertices {@link #strandedCorner} moved, now that
     * every ring has settled: a vertex still on the stranded corner's representative, its segment
     * to a neighbour still collapsing on the nearest corner's, goes back to the nearest corner's
     * where its other segment is there another ring's border and on the stranded corner no ring's
     * (and so does every vertex at its position on the stranded one). Asked while settling, the
     * answer depends on the order of the rings: a junction J of two children on the parent's
     * resampled outline lay 4.5 m from the one child's corner E and 5.1 m from a third child's
     * corner W beyond the other child (tolerance 5 m, E and W 7.95 m apart); the first child's copy
     * of J, its segment to E collapsing there, was moved to W by {@link #strandedCorner} while the
     * second child's copy, settled later, was still on W (given it), its border with the first
     * running from W; that copy then settled on E (nearest, as the parent's had), and the two
     * children's shared border ran from two places 7.9 m apart (an overlap of 309 m², {@code
     * SnappingSamplesTest.organic165DigitisedJunctionBetweenTwoCorners}). Once all have settled, on
     * E the first child's border with the second is the second's too and on W no ring's: its copy
     * goes back to E. Only the vertices {@link #strandedCorner} moved are asked: the copies of one
     * vertex that went apart by the other rules stay as they are (this is no general check that a
     * junction's copies stay together).
     */
    private void strandedAgain(List<Ring> all) {
        for (int i = 0; i < stranded.count(); i++) {
            int r = stranded.ring(i);
            int k = stranded.index(i);
            int best = stranded.first(i);
            int other = stranded.second(i);
            int[] v = all.get(r).vertices;
            int before = v[k > 0 ? k - 1 : v.length - 2];
            int after = v[k + 1];
            if (v[k] != other || (before == best) == (after == best) || !bordersAgreeOn(v, k, r, best, other)) {
                continue;
            }
            moveAll(all, all.get(r).positions[k], other, best);
        }
    }

    /**
     * Moves every vertex at {@code position} that is on representative {@code from} to
     * representative {@code to}, in every ring (the answers asked again once every ring has
     * settled: {@link #agreeAgain}, {@link #strandedAgain}, {@link #agreeingCornerAgain}).
     */
    private static void moveAll(List<Ring> all, int position, int from, int to) {
        for (Ring ring : all) {
            if (!ring.moved) {
                continue;
            }
            int[] w = ring.vertices;
            boolean changed = false;
            for (int j = 0; j + 1 < w.length; j++) {
                if (ring.positions[j] == position && w[j] == from) {
                    w[j] = to;
                    changed = true;
                }
            }
            if (changed) {
                w[w.length - 1] = w[0];
                ring.changed();
            }
        }
    }

    /**
     * The vertices {@link #agreeingCorner} found a corner's representative near enough for but
     * whose borders did not agree on it (ring, index, the nearest corner's representative), to ask again once every ring has settled (see {@link #agreeingCornerAgain}).
     */
    private final AskedBefore disagreeing = new AskedBefore();
    /** Whether {@link #agreeingCorner}'s question was asked of a corner's representative near enough. */
    private boolean cornerNearEnough;

    /**
     * Asks {@link #agreeingCorner}'s question again of the vertices it could not decide while
     * the neighbours' rings had not settled, now that all have: a vertex still on the nearest
     * corner's representative, neither neighbour there, takes another corner's (at most
     * {@link #NEARLY_AS_NEAR}, then {@link #TWICE_AS_FAR} times as far, farther than the
     * tolerance from it) where on that one both its segments are borders other rings have and on
     * the nearest at most one is, and so does every vertex at its position. Two junctions J1 and
     * J2 6.1 m apart at a tolerance of 4.6 m (each grid moved by up to 1.9 m): a grid's copy of J1
     * lay 2.44 m from J2's representative (a neighbour's copy of J2) and 2.81 m from J1's (a third
     * grid's copy); it settled before the grid across its other border, whose copy of J1 was still
     * on J2's then, so on J1's only one of its borders was another ring's. It kept J2's, that
     * neighbour's copy then settled on J1's (1.31 m), and their border of 440 m ran from two
     * places 5.2 m apart (an overlap of 1,081 m², a fresh seed 105 city of the scratch sampler:
     * {@code SnappingSamplesTest.organic156DigitisedCopyNearerTheOtherJunction}).
     */
    private void agreeingCornerAgain(List<Ring> all) {
        for (int i = 0; i < disagreeing.count(); i++) {
            int r = disagreeing.ring(i);
            int k = disagreeing.index(i);
            int best = disagreeing.first(i);
            Ring ring = all.get(r);
            int[] v = ring.vertices;
            int before = v[k > 0 ? k - 1 : v.length - 2];
            int after = v[k + 1];
            if (v[k] != best || before == best || after == best) {
                continue;
            }
            if (joinedNow(best, before, after, r) == 2) {
                continue;   // on best, both are borders the others have too
            }
            double x = flat.x[ring.source + k];
            double y = flat.y[ring.source + k];
            java.util.function.IntPredicate agrees = c -> c != before && c != after
                    && joinedNow(c, before, after, r) == 2;
            int found = nearestCornerBeside(best, x, y, agrees);
            found = found >= 0 ? found : nearestCornerBeside(best, x, y, TWICE_AS_FAR, agrees);
            if (found >= 0) {
                moveAll(all, ring.positions[k], best, found);
            }
        }
    }

    /**
     * The vertices {@link #agreeingPlain} asked about whose distances qualified but whose borders
     * did not agree on the plain representative yet, to ask again once every ring has settled
     * (ring, index, the corner's and the plain representative).
     */
    private final AskedBefore agreeingAgain = new AskedBefore();

    /**
     * Asks {@link #agreeingPlain}'s question again of the vertices it could not decide while the
     * neighbours' rings had not settled yet, now that all have: a vertex still on the corner's
     * representative takes the plain one when on it both its segments are borders other rings
     * have and on the corner's at most one is, and so does every vertex at its position. A grid
     * settled before its neighbour: the neighbour's copy of the same junction, still on the
     * corner's then, went to the plain one afterwards ({@link #leavesBehind}), and the two grids'
     * border ran from two places 0.97 m apart at 0.93 m (an overlap of 83 m² along 172 m, a fresh
     * seed of {@code SnappingProperties}' digitised property).
     */
    private void agreeAgain(List<Ring> all, int[] settled) {
        for (int i = 0; i < agreeingAgain.count(); i++) {
            int r = agreeingAgain.ring(i);
            int k = agreeingAgain.index(i);
            int best = agreeingAgain.first(i);
            int plain = agreeingAgain.second(i);
            int[] v = all.get(r).vertices;
            int before = v[k > 0 ? k - 1 : v.length - 2];
            int after = v[k + 1];
            if (v[k] != best || before == plain || after == plain || before == best || after == best
                    || joinedNow(plain, before, after, r) != 2 || joinedNow(best, before, after, r) == 2) {
                continue;
            }
            int position = all.get(r).positions[k];
            settled[position] = plain + 1;
            moveAll(all, position, best, plain);
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
        if (plain >= 0 && leavesBehind(v, k, x, y, best, plain) && !keepsMatchingCorner(v, k, r, best, plain)
                && !reachedThroughNearerVertex(v, k, r, x, y, best, plain)) {
            other = plain;
        } else if (v[k > 0 ? k - 1 : v.length - 2] == best || v[k + 1] == best) {
            // its segment to a neighbour collapses there: another corner its ring
            // would leave behind (see strandedCorner), else one both rings reach.
            // Asked when nothing newer lies around too: a corner given the nearer
            // of two corners' first kept it, its ring then passing the other
            // nowhere within the tolerance (branch snapfix)
            other = strandedCorner(v, k, r, best, x, y);
            other = other >= 0 && bordersAgreeOn(v, k, r, best, other) ? -1 : other;
            if (other >= 0) {
                // asked again once every ring has settled (see strandedAgain)
                stranded.add(r, k, best, other);
            }
            other = other >= 0 ? other : reachableCorner(x, y, best);
            other = other >= 0 ? other : unfoldingPlain(v, k, r, x, y, best, plain);
            other = other >= 0 ? other : borderingPlain(v, k, r, x, y, best, plain);
        } else {
            // else a corner both of whose segments other rings have (see agreeingCorner), or a
            // plain one nearly as near (see agreeingPlain)
            other = agreeingCorner(v, k, r, x, y, best);
            other = other >= 0 ? other : agreeingPlain(v, k, r, x, y, best, plain);
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
     *
     * <p>Not for {@link #outOfReach} alone where the vertex's segment to a neighbour collapses on
     * {@code corner} and its ring on it passes within the tolerance of {@code plain} (see
     * {@link #ringReaches}): the vertex then vanishes into its neighbour's corner, and the plain
     * one goes into the ring's segment there; nothing is left behind. A plain vertex of a
     * border resampled every metre, next to its grid's own corner (2.02 m), took a plain one of
     * a neighbour's border 2.96 m away across a third grid's wedge, whose border as read passes
     * that corner nowhere within the tolerance (3.0 m): its grid ran across the wedge's tip, the
     * inserts cut the tip off the third grid, and a triangle of 6.6 m² was no one's ({@code
     * SnappingSamplesTest.organic155DigitisedPlainVertexAcrossAWedge}). Tried without the
     * collapse (wherever the ring on the corner passes the plain one): it also passes {@code
     * organic164DigitisedJunctionBesideTheOutline}, but on the digitised 10k city at 0.5 m 52
     * pieces grew (by 330 m² in all; 34 to 37 m², 58 to 70 m²), 11 were new and 20 shrank, as with
     * the limits tried on branch snapdig.
     */
    private boolean leavesBehind(int[] v, int k, double x, double y, int corner, int plain) {
        return plainBeside(x, y, corner, plain, LEFT_BEHIND)
                || fartherThanTolerance(corner, plain) && outOfReach(corner, plain)
                        && !((v[k > 0 ? k - 1 : v.length - 2] == corner || v[k + 1] == corner)
                                && ringReaches(v, k, corner, plain));
    }

    /**
     * Whether vertex {@code k} of ring {@code r} (its representatives {@code v}), a corner of its
     * ring as read, keeps corner representative {@code corner} made from the other side of the
     * outline (a child's corner given the parent's, or a parent's corner given a child's) although
     * {@link #leavesBehind} would take plain representative {@code plain}: on {@code plain} the
     * vertex's ring would leave {@code corner} behind (it would go into none of the ring's segments
     * near the vertex) while on {@code corner} it passes within the tolerance of {@code plain} (the
     * mirror image of {@link #strandedCorner}). A corner of the children matches the parent's, and
     * both outlines must come to it. A redrawn parent's corner lay 2.25 m from the children's
     * matching corner and its next vertex back, a plain one of the resampled outline, 1.16 m from
     * it (0.52 times as far), 3.33 m from the parent's corner at 2.93 m: on the plain one, the child
     * ran straight along its border (the parent's next vertex, 51 m on, inserted), 3.02 m off the
     * parent's corner, and a 77 m² gap survived ({@code
     * SnappingSamplesTest.organic163RedrawnCornerLeftForAPlainOne}). The other way round, a redrawn
     * parent's corner lay 3.77 m from the children's matching corner (made first) and its next vertex
     * back 2.12 m from it (0.56 times as far), 5.75 m from the children's corner: on the plain one,
     * the parent ran from it straight to its next vertex 9.5 m on, 4.96 m (at 4.94 m) off the
     * children's corner, which had nothing else within the tolerance to go to, and a 24 m² triangle
     * of the child lay outside the parent ({@code
     * SnappingSamplesTest.organic632RedrawnParentsCornerLeftForAPlainOne}). The samples of
     * {@link #leavesBehind} are unchanged: there the corner is a children's junction, and the vertex
     * one of the children's too.
     */
    private boolean keepsMatchingCorner(int[] v, int k, int r, int corner, int plain) {
        if (parentRings == 0 || (r < parentRings) == madeFromParent(corner) || !cornerAsRead(r, k)) {
            return false;
        }
        return !ringReaches(v, k, plain, corner) && ringReaches(v, k, corner, plain);
    }

    /**
     * Whether vertex {@code k} of ring {@code r} (its representatives {@code v}) at (x, y) (raw)
     * keeps corner representative {@code corner} although {@link #leavesBehind} would take plain
     * representative {@code plain} only because {@code plain}'s ring cannot follow the corner
     * ({@link #outOfReach}; {@code plain} is not {@link #LEFT_BEHIND} as near as the corner's): another
     * vertex of its own ring near it (along the ring either way, as far as the vertex's distance
     * to {@code plain} and the tolerance) lies nearer to {@code plain}, within the tolerance of it,
     * and takes it (was given it, or lies less than {@link #LEFT_BEHIND} times as far from it as
     * from the corner's). The ring then comes to {@code plain} through that vertex, as
     * {@code plain}'s ring needs, and this vertex, a copy of the junction beyond it, stays where
     * the junction's other copies are.
     *
     * <p>The junction J of three children lay 1.2 m inside the parent's outline, at the end of
     * two children's border, 1.24 m long, from the outline's vertex C (a plain one of the parent:
     * its outline runs straight there); the third child's copy of J became the corner's
     * representative J', 2.23 m from the parent's copy of C (the plain representative C') at
     * 2.06 m, the outline passing J' 2.10 m off. Every vertex given J' within the tolerance of C'
     * took C' by {@link #outOfReach}, the two children's copies of J too (0.86 and 0.70 m from J',
     * 1.46 and 1.68 m from C'), though their copies of C (0.48 m from C') went there anyway: one
     * of them then ran from C' straight up its border with the third child, 2.09 m off J', where
     * the third child kept J', and an 84 m² gap survived ({@code
     * SnappingSamplesTest.organic164DigitisedJunctionBesideTheOutline}). The first child's copy of J
     * and its vertex between C and J now stay on J' by {@link #leavesBehind}'s own limit (their
     * segment collapses on J', where their ring passes C'); the second child's copy of J, whose
     * neighbours are its border with the third child and its copy of C (given C'), stays on J' by
     * this rule, and the two children share the border C'–J'. Tried on branch snapdig and not kept: limiting {@link #outOfReach} itself (the plain
     * one at most 1.25 or 2 times as far as the corner's, or not for a copy of the corner's own
     * junction) grew pieces of the digitised 10k city at 0.5 m, where the noise is twice the
     * tolerance and moving junction copies to a plain one that far keeps the pieces small; there
     * no other vertex of the ring takes the plain one, and this rule never fires (branch snap164).
     */
    private boolean reachedThroughNearerVertex(int[] v, int k, int r, double x, double y, int corner, int plain) {
        double own = squaredMetres(plain, x, y);
        if (own < LEFT_BEHIND * LEFT_BEHIND * squaredMetres(corner, x, y)) {
            return false;   // much nearer: taken by distance, not only because it is out of reach
        }
        Ring ring = all.get(r);
        int n = ring.vertices.length - 1;
        double[] xs = flat.x;
        double[] ys = flat.y;
        double budget = Math.sqrt(own) + tolerance;
        for (int step = 1; step >= -1; step -= 2) {
            double path = 0;
            for (int walked = 1, i = k; walked < n && path <= budget; walked++) {
                int j = (i + step + n) % n;
                double ax = xs[ring.source + j];
                double ay = ys[ring.source + j];
                double dx = (ax - xs[ring.source + i]) * sx;
                double dy = (ay - ys[ring.source + i]) * sy;
                path += Math.sqrt(dx * dx + dy * dy);   // (Math.hypot's care for overflow costs here: metres)
                double ex = (px[plain] - ax) * sx;
                double ey = (py[plain] - ay) * sy;
                double squared = ex * ex + ey * ey;
                if (squared < own && snapping.withinTolerance(ex, ey, squared) && (v[j] == plain
                        || squared < LEFT_BEHIND * LEFT_BEHIND * squaredMetres(corner, ax, ay))) {
                    return true;
                }
                i = j;
            }
        }
        return false;
    }

    /** {@return the squared distance in metres between representative {@code rep} and the point (x, y) (raw)} */
    private double squaredMetres(int rep, double x, double y) {
        double ex = (px[rep] - x) * sx;
        double ey = (py[rep] - y) * sy;
        return ex * ex + ey * ey;
    }

    /** {@return whether representative {@code rep} was made from one of the parent's rings} */
    private boolean madeFromParent(int rep) {
        int ring = flat.ringOf(repVertex[rep]);
        return parentRings > 0 && ring >= flat.ringOf(all.get(0).source)
                && ring <= flat.ringOf(all.get(parentRings - 1).source);
    }

    /**
     * The corner's representative that vertex {@code k} of ring {@code v} (its representatives so
     * far) at (x, y) (raw) takes instead of the nearest corner's, {@code best}, because on
     * {@code best} the ring would leave it behind; or -1. A corner's within the tolerance, at most
     * {@link #NEARLY_AS_NEAR} times as far as {@code best} (or, for a child's corner, the parent's
     * at most {@link #TWICE_AS_FAR} times as far, see below), farther than the tolerance from it,
     * such that with the vertex on {@code best} the ring passes within the tolerance of it nowhere
     * near the vertex (it would go into none of the ring's segments), while with the vertex on it
     * the ring passes within the tolerance of {@code best}; the nearest such. Asked, as
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
     * and a 54 m² gap survived ({@code SnappingSamplesTest.organic146RedrawnResampledCorner}).
     *
     * <p>When no corner's that near qualifies, a vertex of a child that is a corner itself (its ring
     * as read turns there by more than {@link CornerSeeds#CORNER}) takes the parent's corner at
     * most twice as far (branch snapred): a corner of the children matches the parent's, and their
     * outline must come to it (the parent's corner is its own). A child's corner lay 1.86 m from
     * the junction at the other end of a border 1.86 m long and 2.34 m (1.257 times as far) from
     * the redrawn parent's corner, 4.19 m from the junction at 3.67 m ({@code
     * SnappingSamplesTest.organic144RedrawnCornerBesideAShortBorder}, a 73 m² gap); a child's corner
     * given the parent's (1.33 m) settled on its own next vertex, a slight corner of the noise
     * 0.86 m on (1.54 times nearer), 2.11 m from the parent's at 1.94 m ({@code
     * SnappingSamplesTest.streetBlocks146RedrawnCornerBesideASlightCorner}, an 18 m² gap): both
     * stayed on the nearer, and the ring ran past the parent's corner 4 m and 1.95 m off. Only
     * those, as tried on branch snapred: any corner's twice as far took a digitised copy of a
     * junction 1.54 times as far to another child's corner (a 97 m² overlap; one of 40,000 fresh
     * digitised cities, seed 102 #24666 of the scratch sampler), and moved a plain vertex of a run
     * along a border shorter than the tolerance onto the parent's corner before the run's corner
     * beside it, which then went to the junction at the run's other end (a spike cut, a 90 m² gap;
     * one of 40,000 fresh redrawn cities, seed 102 #32651); with no margin at all a digitised copy
     * of a junction went to the parent's corner 3.5 times as far (a 74 m² overlap; seed 101 #10688,
     * now {@code SnappingSamplesTest.organic135DigitisedJunctionStaysOffAFarCorner}).
     */
    private int strandedCorner(int[] v, int k, int r, int best, double x, double y) {
        java.util.function.IntPredicate stranded =
                c -> !ringReaches(v, k, best, c) && ringReaches(v, k, c, best);
        int found = nearestCornerBeside(best, x, y, stranded);
        if (found >= 0 || parentRings == 0 || r < parentRings || !cornerAsRead(r, k)) {
            return found;
        }
        // a child's corner: the parent's corner, twice as far
        return nearestCornerBeside(best, x, y, TWICE_AS_FAR, c -> madeFromParent(c) && stranded.test(c));
    }

    /**
     * Whether vertex {@code k} of ring {@code r} (its representatives {@code v}), one of whose
     * segments collapsed on corner representative {@code best}, keeps it although
     * {@link #strandedCorner} would take corner representative {@code other}: on {@code best} its
     * other segment is a border another ring has already, and on {@code other} it would be no
     * ring's. The other copies of the vertex's junction went to {@code best}, and their rings run
     * from there to the vertex's next one: {@code other} is none of its borders' (a slight corner
     * of the noise on a neighbour's border beyond the junction), however near the ring on
     * {@code best} passes it. Two junctions 1.67 m apart at 3.75 m (the grid between them had a
     * border of that length on the parent's outline), every copy of both given the one's
     * representative: that grid's copy of the other junction went to the neighbour's next vertex
     * along the parent's outline, 3.20 m from it against 2.87 m, its border with the neighbour
     * (75 m long) passing it about 3.84 m off on the first; the neighbour's ran from the first, and an
     * overlap of 151 m² survived ({@code SnappingSamplesTest.organic165DigitisedJunctionKeepsItsBorder}).
     */
    private boolean bordersAgreeOn(int[] v, int k, int r, int best, int other) {
        int before = v[k > 0 ? k - 1 : v.length - 2];
        int after = v[k + 1];
        int open = before == best ? after : before;
        if (open == best || open == other) {
            return false;
        }
        return joinedNow(best, open, open, r) > 0 && joinedNow(other, open, open, r) == 0;
    }

    /**
     * {@return whether vertex {@code k} of ring {@code r} (of {@link #all}, not yet merged) is a
     * corner of its ring as read (see {@link CornerSeeds#cornerTurn})}
     */
    private boolean cornerAsRead(int r, int k) {
        Ring ring = all.get(r);
        int n = ring.vertices.length - 1;
        int b = ring.source + k;
        int a = ring.source + (k == 0 ? n - 1 : k - 1);
        int c = b + 1;
        double[] xs = flat.x;
        double[] ys = flat.y;
        return CornerSeeds.cornerTurn((xs[b] - xs[a]) * sx, (ys[b] - ys[a]) * sy, (xs[c] - xs[b]) * sx,
                (ys[c] - ys[b]) * sy) > 0;
    }

    /**
     * {@return the nearest corner representative other than {@code best} that {@code takes}, or -1}
     * Among the corners around (x, y) within the tolerance of it, at most {@link #NEARLY_AS_NEAR}
     * times as far as {@code best} and farther than the tolerance from {@code best}: the candidates
     * of {@link #reachableCorner}, {@link #strandedCorner} and {@link #agreeingCorner}, which differ
     * in what they ask of one. Ties go to the first in {@link GroupSnapping#cornersAround}' order;
     * {@code takes} is asked only of a candidate nearer than the best found so far.
     */
    private int nearestCornerBeside(int best, double x, double y, java.util.function.IntPredicate takes) {
        return nearestCornerBeside(best, x, y, NEARLY_AS_NEAR, takes);
    }

    /**
     * {@return the nearest corner representative other than {@code best} that {@code takes}, or -1},
     * as {@link #nearestCornerBeside(int, double, double, java.util.function.IntPredicate)}, at most
     * {@code asFar} times as far as {@code best}
     */
    private int nearestCornerBeside(int best, double x, double y, double asFar,
            java.util.function.IntPredicate takes) {
        double mx = x * sx;
        double my = y * sy;
        double nx = rx[best] - mx;
        double ny = ry[best] - my;
        double farthest = asFar * asFar * (nx * nx + ny * ny);
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
     * vertex within the tolerance of both then takes the plain one, whatever their distances
     * (unless another vertex of its ring, nearer to the plain one, takes it: see
     * {@link #reachedThroughNearerVertex}):
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
        cornerNearEnough = false;
        java.util.function.IntPredicate agrees = c -> {
            cornerNearEnough = true;
            return c != before && c != after && joined(c, before, after, r) == 2;
        };
        int found = nearestCornerBeside(best, x, y, agrees);
        // then up to twice as far: two junctions 4.67 m apart at 4.25 m, each grid's copy moved by
        // up to 1.7 m, a copy of the one lay 1.85 m from the other's representative and 2.63 m
        // (1.42 times as far) from its own, where both its borders are the neighbours' (an
        // overlap of 783 m² along 365 m survived; fresh seed 103 of the scratch sampler, #3749)
        found = found >= 0 ? found : nearestCornerBeside(best, x, y, TWICE_AS_FAR, agrees);
        if (found < 0 && cornerNearEnough) {
            // asked again once every ring has settled (see agreeingCornerAgain)
            disagreeing.add(r, k, best, -1);
        }
        // on best, both are borders the others have too
        return found >= 0 && joined(best, before, after, r) == 2 ? -1 : found;
    }

    /**
     * The plain representative {@code plain} (the nearest plain one, or -1) that vertex {@code k}
     * of ring {@code r} at (x, y) (raw), settled on corner representative {@code best} with neither
     * neighbour there, takes instead, or -1: when {@code plain} is at most {@link #NEARLY_AS_NEAR}
     * times as far from the vertex as {@code best}, farther than the tolerance from it, and on
     * {@code plain} both of the vertex's
     * segments would be borders other rings have already while on {@code best} at most one is
     * (as {@link #agreeingCorner} asks of another corner's).
     *
     * <p>Two junctions of street blocks just beyond the tolerance of each other (4.44 m at 4.09 m),
     * each grid's copy moved by up to 1.6 m: both corner copies of one junction lay within the
     * tolerance of the other junction's corner (made first, sharper) and were given it, and that
     * junction's only representative was made from a neighbour's straight copy, a plain one. One
     * copy was much nearer the plain one and moved there ({@link #leavesBehind}); the other, 2.0 m
     * from it against 3.1 m (not {@link #LEFT_BEHIND} as near), stayed on the far junction, and its
     * border with the first grid ran from there, 4.7 m from the first grid's along 376 m: an
     * overlap of 884 m² survived (three of 60,000 fresh digitised cities). On the plain one both of
     * its borders are the neighbours'; on the far junction neither is. And junctions 0.97 m apart at
     * 1.03 m, the one's copies 1.14 m apart: a grid's copy lay 0.62 m from the one and 0.63 m from
     * the other (a plain one, where the neighbour's copy went); on the first the grids' shared border
     * ran from two places 1.14 m apart (an overlap of 29 m² along 51 m, a fresh seed of
     * {@code SnappingProperties}' digitised property): hence "nearly as near", not "nearer".
     */
    private int agreeingPlain(int[] v, int k, int r, double x, double y, int best, int plain) {
        if (plain < 0) {
            return -1;
        }
        if (!plainBeside(x, y, best, plain, NEARLY_AS_NEAR)) {
            return -1;
        }
        int before = v[k > 0 ? k - 1 : v.length - 2];
        int after = v[k + 1];
        if (before == plain || after == plain || before == best || after == best) {
            return -1;
        }
        if (joinedNow(plain, before, after, r) == 2 && joinedNow(best, before, after, r) < 2) {
            return plain;
        }
        // asked again once every ring has settled (see agreeAgain)
        agreeingAgain.add(r, k, best, plain);
        return -1;
    }

    /**
     * The plain representative {@code plain} (the nearest plain one, or -1) that vertex {@code k}
     * of ring {@code r} at (x, y) (raw), settled on corner representative {@code best} where one
     * neighbour (not both) already is, takes instead, or -1: when {@code plain} is nearer to the
     * vertex than {@code best}, farther than the tolerance from it, and another ring runs from
     * {@code best} to {@code plain}: on it, the segment that collapsed is that ring's border again.
     *
     * <p>Two junctions of street blocks 5.05 m apart at a tolerance of 4.64 m: a grid's copies of
     * both (its border between them) were given the one junction's corner representative, made
     * first, and its border from the other junction along the parent's outline then ran from the
     * first, 5.1 m off the outline along 289 m (a gap of 732 m² survived). The other junction's only
     * representative was a neighbour's straight copy, a plain one, 2.2 m from the grid's copy
     * against 3.0 m; the neighbour runs between the two junctions.
     */
    private int unfoldingPlain(int[] v, int k, int r, double x, double y, int best, int plain) {
        if (plain < 0) {
            return -1;
        }
        int before = v[k > 0 ? k - 1 : v.length - 2];
        int after = v[k + 1];
        if ((before == best) == (after == best) || before == plain || after == plain) {
            return -1;
        }
        // the segment that collapsed was longer than the tolerance as read: a shorter one
        // collapses rightly (a junction's copy and a border's vertex beside it, 1.7 m apart at
        // 4.7 m, moved off the junction onto the next vertex along the border, 7 m on, and an
        // overlap of 320 m² appeared in a fresh organic city)
        int source = all.get(r).source;
        int neighbour = source + (before == best ? (k > 0 ? k - 1 : v.length - 2) : k + 1);
        double nx = (flat.x[neighbour] - x) * sx;
        double ny = (flat.y[neighbour] - y) * sy;
        if (nx * nx + ny * ny <= toleranceSquaredBound) {
            return -1;
        }
        if (!plainBeside(x, y, best, plain, 1)) {
            return -1;
        }
        return joinedNow(plain, best, best, r) > 0 ? plain : -1;
    }

    /**
     * The plain representative {@code plain} (the nearest plain one, or -1) that vertex {@code k}
     * of ring {@code r} at (x, y) (raw), one of whose segments collapsed on corner representative
     * {@code best}, takes instead, or -1: when {@code plain} is nearer to the vertex than
     * {@code best}, farther than the tolerance from it, and on {@code plain} the vertex's other
     * segment is a border another ring has already while on {@code best} it would be no ring's
     * (the plain image of {@link #bordersAgreeOn}).
     *
     * <p>Where a border between two children, shorter than the tolerance (1.67 m at 3.95 m), meets
     * the parent's outline at a plain vertex of the parent's, both children's copies of its end
     * there went to the sharper junction at its other end, 2.4–2.5 m away, and kept it: the parent's
     * copy, 1.4–1.5 m from them (0.63 times as far, not {@link #LEFT_BEHIND}), lay 3.97 m from the
     * junction's representative, and the outline as read passed it 3.94 m off (so not
     * {@link #outOfReach}). The child whose border with the parent runs on from there then ran
     * straight from the far junction, 3.953 m off the parent's copy, and a 175 m² gap along 90 m
     * survived (a fresh seed 104 city of the scratch sampler). On the parent's copy, that border
     * is the parent's already.
     */
    private int borderingPlain(int[] v, int k, int r, double x, double y, int best, int plain) {
        if (plain < 0) {
            return -1;
        }
        int before = v[k > 0 ? k - 1 : v.length - 2];
        int after = v[k + 1];
        if ((before == best) == (after == best)) {
            return -1;
        }
        int open = before == best ? after : before;
        if (open == plain || !plainBeside(x, y, best, plain, 1)) {
            return -1;
        }
        return joinedNow(plain, open, open, r) > 0 && joinedNow(best, open, open, r) == 0 ? plain : -1;
    }

    /**
     * {@return whether plain representative {@code plain} lies less than {@code asFar} times as far
     * from the vertex at (x, y) (raw) as corner representative {@code best}, and farther than the
     * tolerance from {@code best}} (the distances {@link #agreeingPlain}, {@link #unfoldingPlain} and {@link #leavesBehind} ask)
     */
    private boolean plainBeside(double x, double y, int best, int plain, double asFar) {
        return squaredMetres(plain, x, y) < asFar * asFar * squaredMetres(best, x, y) && fartherThanTolerance(best, plain);
    }

    /** {@return whether representatives {@code a} and {@code b} lie farther than the tolerance apart} */
    private boolean fartherThanTolerance(int a, int b) {
        double bx = rx[a] - rx[b];
        double by = ry[a] - ry[b];
        return bx * bx + by * by > toleranceSquaredBound;
    }

    /**
     * {@return how many of representatives {@code before} and {@code after} another ring than ring
     * {@code r} runs to from representative {@code c}, read off the rings as they are now} (any
     * representative: {@link #joined} keeps an index of the corners' only)
     */
    private int joinedNow(int c, int before, int after, int r) {
        boolean joinsBefore = false;
        boolean joinsAfter = false;
        for (int o = 0; o < all.size(); o++) {
            if (o == r) {
                continue;
            }
            int[] w = all.get(o).vertices;
            for (int j = 0; j + 1 < w.length; j++) {
                if (w[j] == c) {
                    int p = w[j > 0 ? j - 1 : w.length - 2];
                    int q = w[j + 1];
                    joinsBefore |= p == before || q == before;
                    joinsAfter |= p == after || q == after;
                }
            }
        }
        return (joinsBefore ? 1 : 0) + (joinsAfter ? 1 : 0);
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
    /** How many of {@link #all}, the first, are the parent's. */
    private int parentRings;
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

    /**
     * How much farther than the nearest corner's the parent's may be for a child's corner to take it
     * in {@link #strandedCorner}.
     */
    private static final double TWICE_AS_FAR = 2;

    /** How much nearer than its corner's a plain representative must be to take a corner (see {@link #leavesBehind}). */
    private static final double LEFT_BEHIND = 0.6;
}

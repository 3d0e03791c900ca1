package io.gridgov.geo.validate;

import io.gridgov.geo.validate.GroupSnapping.Candidates;
import io.gridgov.geo.validate.GroupSnapping.Edges;
import io.gridgov.geo.validate.GroupSnapping.Ring;
import java.util.Arrays;
import java.util.List;

/**
 * The inserts of {@link GroupSnapping} (its third step): vertices closer than the tolerance to
 * another ring's segment are inserted into that segment, so that two borders within the tolerance
 * of each other end up with the same vertices in the same order — identical, which the exact
 * certificate recognises.
 *
 * <p>A representative goes into every such segment, both sides of a spike narrower than the
 * tolerance included, whose tip is then cut off at the vertex; never into a ring that already has
 * the vertex, unless it is the ring's next vertex beyond the segment's end, where the ring turns
 * back (see {@link #nextBeyondTheEdge}), and even then not where that would cut off an earlier
 * round's insert that the mirrored turn-back of the same round takes in (see
 * {@link #keepEarlierInserts}); nor, at a corner farther than the tolerance from the
 * vertex, into the edge where another inserted vertex lies between the two, which would pinch the
 * ring (see {@link #dropPinches}); nor into an edge whose piece between the vertices inserted beside
 * it lies farther than the tolerance (see {@link #keepWithinTheirPieces}). Then the same again on
 * the pieces the inserts cut the segments into, with every ring that runs along each piece, until
 * nothing more goes in (at most {@link #ROUNDS} rounds, see {@link #refinedPieces}). The pairs of
 * a representative and an edge within the tolerance are found by {@link GroupSnapping}'s cells and
 * taken here representative by representative, nearest edge first (ties by the edge's ends).
 *
 * <p>Made once all representatives exist (their metre coordinates no longer change). Not
 * thread-safe; one per group.
 */
final class InsertRounds {

    private final GroupSnapping snapping;
    private final double tolerance;
    /** The representatives' metre coordinates (see {@link GroupSnapping}), final once all exist. */
    private final double[] rx;
    private final double[] ry;
    private final int repCount;
    /** The vertices inserted into segments they were not exactly on (a vertex exactly on one only nodes it). */
    private int snapped;

    /**
     * @param snapping the group's snapping, its representatives all made
     * @param tolerance the tolerance (metres)
     * @param rx the representatives' metre x
     * @param ry their metre y
     * @param repCount how many there are
     */
    InsertRounds(GroupSnapping snapping, double tolerance, double[] rx, double[] ry, int repCount) {
        this.snapping = snapping;
        this.tolerance = tolerance;
        this.rx = rx;
        this.ry = ry;
        this.repCount = repCount;
    }

    /** {@return the vertices inserted so far into segments they were not exactly on} */
    int snapped() {
        return snapped;
    }

    /**
     * Inserts each representative into every edge of {@code edges} within the tolerance of it
     * (the pairs in {@code candidates}), for every ring along the edge, as the class comment says.
     *
     * @return whether anything was inserted
     */
    boolean insertNear(List<Ring> all, Edges edges, Candidates candidates) {
        int[] order = candidates.order(repCount);
        boolean any = false;
        // the pairs taken, by representative (nearest edge first)
        int[] taken = new int[Math.max(16, candidates.count)];
        int takenCount = 0;
        boolean twice = false;
        for (int from = 0; from < order.length; ) {
            int p = candidates.rep[order[from]];
            int to = from;
            while (to < order.length && candidates.rep[order[to]] == p) {
                to++;
            }
            int first = takenCount;
            for (int o = from; o < to; o++) {
                int c = order[o];
                int e = candidates.edge[c];
                // a ring along the edge that has the vertex elsewhere cannot take it (a spike);
                // then no ring takes it, so that the rings along the edge keep agreeing
                boolean spike = false;
                boolean turnBack = false;
                for (int u = edges.head[e]; u >= 0 && !spike; u = edges.next[u]) {
                    Ring ring = all.get(edges.ring[u]);
                    if (ring.has(p) || ring.cutOff(p)) {
                        boolean beyond = nextBeyondTheEdge(ring.vertices, edges.segment[u], p);
                        spike = !beyond;
                        turnBack |= beyond;
                    }
                }
                if (!spike) {
                    if (turnBack) {
                        if (turnBacks == null || turnBackCount == turnBacks.length) {
                            turnBacks = turnBacks == null ? new int[8] : Arrays.copyOf(turnBacks, turnBackCount * 2);
                        }
                        turnBacks[turnBackCount++] = takenCount;
                    }
                    taken[takenCount++] = c;
                }
            }
            twice |= takenCount - first > 1;
            from = to;
        }
        if (turnBackCount > 1) {
            keepEarlierInserts(all, candidates, edges, taken);
        }
        turnBackCount = 0;
        if (twice) {
            dropPinches(candidates, edges, taken, takenCount);
        }
        keepWithinTheirPieces(candidates, edges, taken, takenCount);
        for (int t = 0; t < takenCount; t++) {
            int c = taken[t];
            if (c < 0) {
                continue;
            }
            int p = candidates.rep[c];
            int e = candidates.edge[c];
            int a = edges.a[e];
            boolean into = false;
            double fraction = candidates.fraction[c];
            for (int u = edges.head[e]; u >= 0; u = edges.next[u]) {
                Ring ring = all.get(edges.ring[u]);
                int k = edges.segment[u];
                boolean forward = ring.vertices[k] == a;
                ring.insert(k, forward ? fraction : 1 - fraction, p);
                into = true;
                any = true;
            }
            if (into && (candidates.offsetX[c] != 0 || candidates.offsetY[c] != 0)) {
                snapped++;   // a vertex exactly on the edge only nodes it: nothing moves
            }
        }
        return any;
    }

    /**
     * The pairs {@link #insertNear} took at a ring's turn-back (see {@link #nextBeyondTheEdge}),
     * {@link #turnBackCount} of them, as indexes into its {@code taken}; reset at each call.
     */
    private int[] turnBacks;
    private int turnBackCount;

    /**
     * Keeps a later round from undoing an earlier round's insert at a turn-back while another pair
     * of the same round, the mirror image, takes that insert in. A pair {@code p} into edge
     * {@code (a, b)} taken because a ring runs {@code p, a, b} (it turns back at {@code a}, see
     * {@link #nextBeyondTheEdge}) cuts {@code a} off that ring; when {@code a} came into the ring
     * by an earlier round's insert (it is none of the ring's vertices before the first merge) and
     * this round also takes {@code a} into edge {@code (p, b)} at a turn-back (another ring runs
     * {@code a, p, b} and cuts {@code p} off), the two undo each other: the first ring ends on
     * {@code p, b}, the other on {@code a, b}, and the triangle {@code p, a, b} survives between
     * them. Then {@code p} stays out of {@code (a, b)}, and the earlier insert stands. Marks a
     * refused pair -1 in {@code taken}, before the next turn-back is asked (of two pairs that
     * would refuse each other, the first in {@code taken}'s order is refused, the other taken).
     *
     * <p>The redrawn parent's edge K–P took the children's junction J in round 1, 4.14 m from it
     * at 4.15 m; in round 2 1.3.6's piece K–P took J (cutting K off, 1.3.6 running J, K, P) while
     * the parent's piece J–P took K back (cutting J off): a 9.7 m² gap
     * ({@code SnappingSamplesTest.organic136RedrawnInsertUndone}). And three representatives each
     * within the tolerance of the edge between the other two (a triangle 4.0–4.4 m a side, heights
     * 3.3–3.7 m at 3.79 m): round 1 put each into the others' edges and the rings wound round the
     * triangle again every round, one child ending with the triangle as a second part over its
     * neighbour ({@code SnappingSamplesTest.organic124DigitisedTriangleWithinTheTolerance}).
     * Tried: refusing such a turn-back wherever another ring takes the end it cuts off in the same
     * round, into any edge (branch snapfix's rule, rebuilt from its description: it also moves
     * four findings of the redrawn 10k city at 0.5 m, which this one leaves alone); and, of two
     * mirrored turn-backs in any round, refusing the one whose representative lies farther from
     * its edge (five pieces of the digitised 10k city at 0.5 m grew by 0.13–0.31 m²).
     */
    private void keepEarlierInserts(List<Ring> all, Candidates candidates, Edges edges, int[] taken) {
        for (int i = 0; i < turnBackCount; i++) {
            int c = taken[turnBacks[i]];
            int p = candidates.rep[c];
            int e = candidates.edge[c];
            boolean refuse = false;
            for (int u = edges.head[e]; u >= 0 && !refuse; u = edges.next[u]) {
                Ring ring = all.get(edges.ring[u]);
                int k = edges.segment[u];
                if (ring.merged && ring.has(p) && nextBeyondTheEdge(ring.vertices, k, p)) {
                    int cut = besideTheTurn(ring.vertices, k, p);
                    int other = cut == edges.a[e] ? edges.b[e] : edges.a[e];
                    refuse = !contains(ring.unmerged, cut) && takenAtTurnBack(candidates, edges, taken, cut, p, other);
                }
            }
            if (refuse) {
                taken[turnBacks[i]] = -1;
            }
        }
    }

    /** {@return whether a pair taken at a turn-back (and not refused) puts {@code rep} into the edge between {@code a} and {@code b}} */
    private boolean takenAtTurnBack(Candidates candidates, Edges edges, int[] taken, int rep, int a, int b) {
        for (int j = 0; j < turnBackCount; j++) {
            int x = taken[turnBacks[j]];
            if (x >= 0 && candidates.rep[x] == rep) {
                int f = candidates.edge[x];
                if (edges.a[f] == Math.min(a, b) && edges.b[f] == Math.max(a, b)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** {@return whether {@code v} holds {@code p}} (a short scan: asked only at turn-backs that mirror each other) */
    private static boolean contains(int[] v, int p) {
        for (int x : v) {
            if (x == p) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@return the end of segment {@code k} of ring {@code v} beside {@code p}, the ring's vertex
     * just before or just after the segment (see {@link #nextBeyondTheEdge}): the end that taking
     * {@code p} into the segment cuts off}
     */
    private static int besideTheTurn(int[] v, int k, int p) {
        return vertexBefore(v, k) == p ? v[k] : v[(k + 1) % (v.length - 1)];
    }


    /**
     * The most rounds of inserts: the first on the rings' own edges, the others on the pieces the
     * one before made. Five, not four (branch snapred): where a ring turns back at a corner within
     * the tolerance of the segment before it ({@link #nextBeyondTheEdge}), the corner is cut off,
     * and on the piece that replaces it the ring's next vertex may lie within the tolerance again:
     * the cut goes on one vertex a round, and a ring that came to run along that piece a round
     * later follows one round behind. A redrawn parent's corner (turning 132°, its vertices 5.2 m
     * apart, the segment before it 45 m long, tolerance 4.91 m) was eaten four vertices deep over
     * four rounds, its child's copy three: the triangle between the parent's last piece and the
     * child's survived as an 80 m² sliver outside the parent ({@code
     * SnappingSamplesTest.organic166RedrawnCornerCutRoundByRound}); the fifth round takes the
     * parent's last vertex into the child's piece too, and the cut stops there (the next vertex lies
     * 4.99 m off).
     */
    static final int ROUNDS = 5;

    /**
     * Merges each ring's inserts of the round before into its vertices (see {@link #merge}), the
     * first step towards the edges to decide on again ({@link #refinedPieces}): the pieces the
     * inserts cut the rings' segments into are marked in {@link Ring#pieces} (null on a ring that
     * took nothing in that round). {@return the segments of the rings merged so far (a bound on
     * the pieces)}
     */
    int mergeInserts(List<Ring> all) {
        int segments = 0;
        for (Ring ring : all) {
            ring.pieces = null;
            if (ring.insertCount > 0) {
                merge(ring);
            }
            if (ring.merged) {
                segments += ring.vertices.length;
            }
        }
        return segments;
    }

    /**
     * The edges to decide on again after a round of inserts: the pieces the inserts cut the
     * rings' segments into (merged into the rings' vertices first, see {@link #mergeInserts}), each with
     * the rings whose segments were cut there; {@link #addRingsAlong} adds those that followed it
     * already (a ring's unchanged segment, found through the ring's vertices when it was merged
     * before, else through the first round's edges), numbering no new edge. Where a child's edge took the
     * parent's vertex Q and so runs on along the parent's edge from Q, that piece takes what went
     * into the parent's edge (the ring cut off at the vertex before a corner, see
     * {@code SnappingSamplesTest.streetBlocks163Redrawn}); a piece that is no edge yet takes what
     * lies within the tolerance of it (a junction split over two representatives, where one
     * child's border took the other's end: see {@code SnappingSamplesTest.organic153Digitised}).
     *
     * @param segments what {@link #mergeInserts} returned
     */
    Edges refinedPieces(List<Ring> all, int segments) {
        Edges pieces = new Edges(repCount, Math.max(16, segments));
        for (int r = 0; r < all.size(); r++) {
            Ring ring = all.get(r);
            int[] v = ring.vertices;
            for (int k = 0; ring.pieces != null && k + 1 < v.length; k++) {
                if (ring.pieces[k] && v[k] != v[k + 1]) {
                    pieces.use(Math.min(v[k], v[k + 1]), Math.max(v[k], v[k + 1]), r, k);
                }
            }
        }
        return pieces;
    }

    /**
     * Adds to the pieces {@link #refinedPieces} made every other ring that runs along one: a
     * merged ring's unchanged segment (found through its vertices), and a ring not merged along the
     * edge of {@code edges} (the first round's) that the piece is. Needed only when a representative
     * lies within the tolerance of a piece ({@link GroupSnapping}'s pairs are found on the pieces'
     * ends alone): a round that takes nothing does not read which rings run along them.
     */
    void addRingsAlong(List<Ring> all, Edges edges, Edges pieces) {
        int made = pieces.count;
        for (int r = 0; r < all.size(); r++) {
            Ring ring = all.get(r);
            int[] v = ring.vertices;
            for (int k = 0; ring.merged && k + 1 < v.length; k++) {
                if ((ring.pieces == null || !ring.pieces[k]) && v[k] != v[k + 1]
                        && pieces.find(Math.min(v[k], v[k + 1]), Math.max(v[k], v[k + 1])) >= 0) {
                    pieces.use(Math.min(v[k], v[k + 1]), Math.max(v[k], v[k + 1]), r, k);
                }
            }
        }
        for (int e = 0; e < made; e++) {
            int before = edges.find(pieces.a[e], pieces.b[e]);
            for (int u = before < 0 ? -1 : edges.head[before]; u >= 0; u = edges.next[u]) {
                if (!all.get(edges.ring[u]).merged) {
                    pieces.use(pieces.a[e], pieces.b[e], edges.ring[u], edges.segment[u]);
                }
            }
        }
    }

    /**
     * Merges a ring's inserts into its vertices (repeats and spikes of no width dropped, as
     * {@link RingRebuild#snapped} drops them) and marks in {@link Ring#pieces} the segments that are not
     * one of its segments that took nothing.
     */
    private void merge(Ring ring) {
        int[] v = ring.vertices;
        int[] order = ring.insertOrder();
        int[] ids = new int[v.length + ring.insertCount];
        // per id, whether the segment from it is one of the ring's segments that took nothing
        boolean[] whole = new boolean[ids.length];
        int m = 0;
        int next = 0;
        for (int k = 0; k + 1 < v.length; k++) {
            boolean took = next < order.length && ring.insertSegment[order[next]] == k;
            if (m > 0 && ids[m - 1] == v[k]) {
                whole[m - 1] = !took;   // the segment from the repeated id is segment k
            } else {
                ids[m] = v[k];
                whole[m++] = !took;
            }
            while (next < order.length && ring.insertSegment[order[next]] == k) {
                int p = ring.insertRep[order[next++]];
                if (ids[m - 1] != p) {
                    ids[m] = p;
                    whole[m++] = false;
                }
            }
        }
        if (m > 1 && ids[m - 1] == ids[0]) {
            m--;
        }
        int[] kept = m == 0 ? new int[0] : Spikes.keptWithoutSpikes(ids, m);
        int[] vertices = new int[kept.length];
        boolean[] pieces = new boolean[Math.max(0, kept.length - 1)];
        for (int j = 0; j < kept.length; j++) {
            vertices[j] = ids[kept[j]];
            if (j + 1 < kept.length) {
                pieces[j] = !(whole[kept[j]] && kept[j + 1] == (kept[j] + 1) % m);
            }
        }
        if (!ring.merged) {
            ring.unmerged = ring.vertices;
        }
        ring.vertices = vertices;
        ring.pieces = pieces;
        ring.insertCount = 0;
        ring.moved = true;
        ring.merged = true;
        ring.changed();
        // a ring that had a vertex on a spike it cut off has it elsewhere (see insertNear): taken
        // back into a piece, it undid the cut there, while the ring that went into the spike's
        // side at the same time cut its own spike off at the spike's base, and the two swapped
        // sides round after round (a 1.2 m² sliver in one fresh city of 5,000)
        // (only an id the spike removal dropped can be missing: a kept one is a vertex)
        for (int i = 0, j = 0; i < m; i++) {
            if (j < kept.length - 1 && kept[j] == i) {
                j++;
            } else if (!ring.has(ids[i]) && !ring.cutOff(ids[i])) {
                ring.cut(ids[i]);
            }
        }
    }

    /**
     * Keeps a representative that goes into both edges of a corner farther than the tolerance from
     * it from pinching the ring. Taken into both edges {@code (c, x)} and {@code (c, y)}, {@code p}
     * makes the ring {@code x ... p, c, p ... y}: a spike cut off at {@code p} when nothing else goes
     * in between, but when another representative {@code q} goes into one of the edges between
     * {@code c} and {@code p}, the ring runs {@code p, c, q, p}, touches itself at {@code p}, and the
     * corner's tip becomes a second piece of the grid (the kind of pinch branch cleancover
     * described; its two refused streets pinch in some other way, untouched by this). Then
     * {@code p} stays out of that edge, so the ring runs {@code x ... p, c, q ... y} as the outline
     * through {@code p, c, q} does. Within the tolerance of the corner, or with something between on both edges or on
     * neither, both edges take it as before. Marks a dropped pair -1 in {@code taken}.
     */
    private void dropPinches(Candidates candidates, Edges edges, int[] taken, int takenCount) {
        for (int from = 0; from < takenCount; ) {
            if (taken[from] < 0) {
                from++;   // refused already (see keepEarlierInserts)
                continue;
            }
            int p = candidates.rep[taken[from]];
            int to = from + 1;
            // a pair refused already within the representative's run is skipped below
            while (to < takenCount && (taken[to] < 0 || candidates.rep[taken[to]] == p)) {
                to++;
            }
            for (int i = from; i < to; i++) {
                for (int j = i + 1; j < to; j++) {
                    if (taken[i] < 0 || taken[j] < 0) {
                        continue;
                    }
                    int e1 = candidates.edge[taken[i]];
                    int e2 = candidates.edge[taken[j]];
                    int corner = edges.a[e1] == edges.a[e2] || edges.a[e1] == edges.b[e2] ? edges.a[e1]
                            : edges.b[e1] == edges.a[e2] || edges.b[e1] == edges.b[e2] ? edges.b[e1] : -1;
                    if (corner < 0 || Math.hypot(rx[p] - rx[corner], ry[p] - ry[corner]) <= tolerance) {
                        continue;
                    }
                    boolean between1 = somethingBetween(candidates, edges, taken, takenCount, taken[i], corner);
                    boolean between2 = somethingBetween(candidates, edges, taken, takenCount, taken[j], corner);
                    if (between1 != between2) {
                        if (between1) {
                            taken[i] = -1;
                        } else {
                            taken[j] = -1;
                        }
                    }
                }
            }
            from = to;
        }
    }

    /**
     * Keeps a representative out of an edge when it lies farther than the tolerance from the
     * piece of the edge it goes into, between the representatives that go in before and after it
     * (or the edge's ends). An edge is tested whole, but the ring along it runs through everything
     * inserted: where a parent's vertex goes into a child's longer edge, the child's edge then runs
     * along the parent's, and a representative within the tolerance of the long edge but not of the
     * parent's (the parent's vertex beyond a corner, 0.1% farther than the tolerance from the
     * parent's edge) went into the child alone, cutting its corner off where the parent kept it: a
     * piece nearly the tolerance wide survived. Marks a dropped pair -1 in {@code taken}.
     */
    private void keepWithinTheirPieces(Candidates candidates, Edges edges, int[] taken, int takenCount) {
        int[] start = new int[edges.count + 1];
        boolean shared = false;
        for (int t = 0; t < takenCount; t++) {
            if (taken[t] >= 0) {
                shared |= ++start[candidates.edge[taken[t]] + 1] > 1;
            }
        }
        if (!shared) {
            return;
        }
        for (int e = 0; e < edges.count; e++) {
            start[e + 1] += start[e];
        }
        int[] byEdge = new int[start[edges.count]];
        int[] fill = Arrays.copyOf(start, edges.count);
        for (int t = 0; t < takenCount; t++) {
            if (taken[t] >= 0) {
                byEdge[fill[candidates.edge[taken[t]]]++] = t;
            }
        }
        for (int e = 0; e < edges.count; e++) {
            int from = start[e];
            int to = start[e + 1];
            if (to - from < 2) {
                continue;
            }
            // along the edge, ties in the order taken (a densely resampled edge takes many)
            GroupSnapping.sort(byEdge, from, to, (x, y) -> candidates.fraction[taken[x]] > candidates.fraction[taken[y]]);
            boolean dropped = true;
            while (dropped) {
                dropped = false;
                int before = edges.a[e];
                for (int i = from; i < to; i++) {
                    int t = byEdge[i];
                    if (taken[t] < 0) {
                        continue;
                    }
                    int after = edges.b[e];
                    for (int j = i + 1; j < to; j++) {
                        if (taken[byEdge[j]] >= 0) {
                            after = candidates.rep[taken[byEdge[j]]];
                            break;
                        }
                    }
                    int p = candidates.rep[taken[t]];
                    if (snapping.withinSegment(p, before, after)) {
                        before = p;
                    } else {
                        taken[t] = -1;
                        dropped = true;
                    }
                }
            }
        }
    }

    /** {@return whether another pair taken puts a representative into pair {@code c}'s edge between {@code corner} (an end) and c's} */
    private static boolean somethingBetween(Candidates candidates, Edges edges, int[] taken, int takenCount, int c,
            int corner) {
        int e = candidates.edge[c];
        double at = candidates.fraction[c];
        boolean fromA = edges.a[e] == corner;
        for (int t = 0; t < takenCount; t++) {
            int x = taken[t];
            if (x < 0 || x == c || candidates.edge[x] != e || candidates.rep[x] == candidates.rep[c]) {
                continue;
            }
            double f = candidates.fraction[x];
            if (fromA ? f < at : f > at) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code p} is the ring's vertex just before segment {@code k} or just after it
     * ({@code p, a, b} or {@code a, b, p}): the ring turns back at the segment's end towards
     * {@code p}, within the tolerance of the segment (a spike narrower than the tolerance). Taking
     * {@code p} into the segment makes {@code p, a, p} (or {@code p, b, p}), cut off on rebuild.
     */
    private static boolean nextBeyondTheEdge(int[] v, int k, int p) {
        int n = v.length - 1;
        int after = (k + 1) % n;
        do {
            after = (after + 1) % n;
        } while (v[after] == v[(k + 1) % n] && after != k);
        return vertexBefore(v, k) == p || v[after] == p;
    }

    /** {@return the ring's vertex just before segment {@code k} of ring {@code v} (closed), past repeats of its start} */
    private static int vertexBefore(int[] v, int k) {
        int n = v.length - 1;
        int before = k;
        do {
            before = (before + n - 1) % n;
        } while (v[before] == v[k] && before != k);
        return v[before];
    }
}

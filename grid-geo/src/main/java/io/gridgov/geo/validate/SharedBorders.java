package io.gridgov.geo.validate;

import java.util.Arrays;

/**
 * The borders children share, found by walking their rings side by side (共享边界): two ring
 * segments pair when each is the other reversed as chains (shells counter-clockwise, holes
 * clockwise), so that they cancel in {@link ExactTiling}'s sum of the children's chains. A pair
 * is walked from a position both rings hold: from there the two rings are compared vertex by
 * vertex, one forwards and the other backwards (or both the same way when one ring is drawn
 * against its chain), for as long as they agree.
 *
 * <p>Why: hashing every segment of a street of grids (one random table access and a four-coordinate
 * hash per segment) was the certificate's whole cost, yet most segments are interior borders that
 * the neighbouring ring holds in the opposite order right next to the vertex just compared. Walking
 * those borders reads both rings in order; only the positions the walks start from are hashed,
 * and of those only a sample (about one position in four, chosen by its coordinates alone so that
 * both rings choose it): a border is found when one of its positions is sampled, and the few that
 * are not are left to the caller's hash like the outline. A vertex whose two segments are already
 * paired is not even sampled.
 *
 * <p>Which segments pair does not change the sum of the chains (a pair cancels), only how much of
 * it is left to hash. Each segment pairs at most once, never with itself, and only with a segment
 * whose ends are its own the other way round ({@code ==} on coordinates, {@code -0.0} and
 * {@code 0.0} alike). Not thread-safe; one instance per pairing, on the thread that made it.
 */
final class SharedBorders {

    /** A position is sampled when the top bits of its hash are zero: one in four. */
    private static final int SAMPLE_SHIFT = 62;

    private final GroupRings rings;
    private final double[] xs;
    private final double[] ys;
    /** Per ring, whether its chain runs in the ring's order (a shell drawn counter-clockwise, a hole clockwise). */
    private final boolean[] along;
    /** Per vertex {@code k} of the rings, whether ring segment {@code k} (to {@code k + 1}) is paired. */
    private boolean[] paired;
    /** The paired segments of positive length (both of each pair). */
    private int pairedWithLength;
    /** The paired segments, of any length. */
    private int pairedCount;

    /** Per slot of the table of sampled positions, its newest occurrence + 1 (0: empty). */
    private int[] slots;
    private int mask;
    private int positions;
    /** Per occurrence: its vertex, its ring and the occurrence before it at the same position (+ 1; 0: none). */
    private int[] occurrenceVertex;
    private int[] occurrenceRing;
    private int[] earlier;
    private int occurrences;

    /** Where the working arrays were borrowed from (see {@link #giveBack}). */
    private final KeptArrays kept;

    private SharedBorders(GroupRings rings, boolean[] along, int vertices) {
        this.rings = rings;
        this.xs = rings.x;
        this.ys = rings.y;
        this.along = along;
        // the arrays are borrowed: a street's are about 40 KB, new memory for every street otherwise
        this.kept = KeptArrays.ofThisThread();
        this.paired = kept.zeroedBooleans(rings.vertexCount());
        int expected = Math.max(16, vertices / 4);
        int capacity = Integer.highestOneBit(expected) << 2;
        slots = kept.zeroedIntTable(capacity);
        mask = capacity - 1;
        occurrenceVertex = kept.ints(expected);
        occurrenceRing = kept.ints(expected);
        earlier = kept.ints(expected);
        // (borrowed arrays are at least as long as asked, not equally long)
        occurrenceRoom = Math.min(occurrenceVertex.length, Math.min(occurrenceRing.length, earlier.length));
    }

    /** How many occurrences all three of their arrays have room for. */
    private int occurrenceRoom;

    /**
     * Gives the working arrays back to the thread's {@link KeptArrays}: the pairing is not asked
     * again (the caller has read every segment's {@link #paired}).
     */
    void giveBack() {
        kept.giveBack(paired);
        kept.giveBackTable(slots);
        kept.giveBack(occurrenceVertex);
        kept.giveBack(occurrenceRing);
        kept.giveBack(earlier);
        // once, and never read again (an array given back twice would be lent to two borrowers)
        paired = null;
        slots = null;
        occurrenceVertex = null;
        occurrenceRing = null;
        earlier = null;
    }

    /**
     * Pairs the children's shared borders.
     *
     * @param rings the group's rings
     * @param index the children (indexes into the rings), each once
     * @param along per ring, whether its chain runs in the ring's order (read for the children's
     *     rings of four vertices or more; the others are not walked)
     * @param vertices about how many vertices the children have
     * @return the pairing
     */
    static SharedBorders of(GroupRings rings, int[] index, boolean[] along, int vertices) {
        SharedBorders b = new SharedBorders(rings, along, vertices);
        for (int i : index) {
            for (int r = rings.firstRing(i); r < rings.endRing(i); r++) {
                int n = rings.size(r);
                if (n >= 4) {
                    b.pairRing(r, rings.start(r), rings.start(r) + n - 1);
                }
            }
        }
        return b;
    }

    /** {@return whether ring segment {@code k} (from vertex k to k + 1) is paired} */
    boolean paired(int k) {
        return paired[k];
    }

    /** {@return how many segments are paired (both of each pair), of any length} */
    int pairedCount() {
        return pairedCount;
    }

    /** {@return how many segments of positive length are paired (both of each pair)} */
    int pairedWithLength() {
        return pairedWithLength;
    }

    /** Meets the ring's sampled positions, walking from each with every earlier ring holding it. */
    private void pairRing(int r, int from, int last) {
        for (int k = from; k < last; k++) {
            if (paired[k] && paired[k == from ? last - 1 : k - 1]) {
                continue;   // inside a border already walked
            }
            double x = xs[k];
            double y = ys[k];
            long h = hash(x, y);
            if (h >>> SAMPLE_SHIFT != 0) {
                continue;
            }
            int slot = (int) h & mask;
            int head;
            while ((head = slots[slot]) != 0) {
                int v = occurrenceVertex[head - 1];
                if (xs[v] == x && ys[v] == y) {
                    break;
                }
                slot = (slot + 1) & mask;
            }
            for (int o = head; o != 0; o = earlier[o - 1]) {
                walk(r, from, last, k, occurrenceRing[o - 1], occurrenceVertex[o - 1]);
            }
            if (head == 0 && ++positions * 2 > slots.length) {
                grow();
                slot = (int) h & mask;
                while (slots[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
            }
            add(slot, head, k, r);
        }
    }

    private void add(int slot, int head, int vertex, int ring) {
        if (occurrences == occurrenceRoom) {
            occurrenceRoom = occurrences * 2;
            occurrenceVertex = Arrays.copyOf(occurrenceVertex, occurrenceRoom);
            occurrenceRing = Arrays.copyOf(occurrenceRing, occurrenceRoom);
            earlier = Arrays.copyOf(earlier, occurrenceRoom);
        }
        occurrenceVertex[occurrences] = vertex;
        occurrenceRing[occurrences] = ring;
        earlier[occurrences] = head;
        slots[slot] = ++occurrences;
    }

    private void grow() {
        int[] old = slots;
        slots = kept.zeroedIntTable(old.length * 2);
        kept.giveBackTable(old);
        mask = slots.length - 1;
        for (int head : old) {
            if (head != 0) {
                int v = occurrenceVertex[head - 1];
                int slot = (int) hash(xs[v], ys[v]) & mask;
                while (slots[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                slots[slot] = head;
            }
        }
    }

    /**
     * Pairs the segments of ring A (vertices {@code fa .. la}, {@code la} closing it) and ring B
     * that run along each other from vertex {@code a} of A and {@code b} of B (one position), in
     * both directions, as long as they are each other's reverse as chains and unpaired.
     */
    private void walk(int ra, int fa, int la, int a, int rb, int b) {
        int fb = rings.start(rb);
        int lb = fb + rings.size(rb) - 1;
        boolean same = along[ra] == along[rb];
        // forwards along A: A's segment from va; its partner in B ends at vb (same way round) or
        // starts there (B drawn against A)
        int va = a;
        int vb = b;
        while (true) {
            int sa = va;
            int sb = same ? (vb == fb ? lb - 1 : vb - 1) : vb;
            int ea = sa + 1;
            int eb = same ? sb : sb + 1;
            if (sa == sb || paired[sa] || paired[sb] || xs[ea] != xs[eb] || ys[ea] != ys[eb]) {
                break;
            }
            pair(sa, sb, va, ea);
            va = ea == la ? fa : ea;
            vb = same ? sb : (eb == lb ? fb : eb);
        }
        // backwards along A: A's segment ending at va; its partner in B starts at vb (same way
        // round) or ends there
        va = a;
        vb = b;
        while (true) {
            int sa = va == fa ? la - 1 : va - 1;
            int sb = same ? vb : (vb == fb ? lb - 1 : vb - 1);
            int eb = same ? sb + 1 : sb;
            if (sa == sb || paired[sa] || paired[sb] || xs[sa] != xs[eb] || ys[sa] != ys[eb]) {
                break;
            }
            pair(sa, sb, sa, va);
            va = sa;
            vb = same ? (eb == lb ? fb : eb) : sb;
        }
    }

    /** Pairs segments {@code sa} and {@code sb}, the first running from vertex {@code p} to {@code q}. */
    private void pair(int sa, int sb, int p, int q) {
        paired[sa] = true;
        paired[sb] = true;
        pairedCount += 2;
        if (xs[p] != xs[q] || ys[p] != ys[q]) {
            pairedWithLength += 2;
        }
    }

    /** A hash of a position ({@code -0.0} and {@code 0.0} alike); its top bits decide the sample. */
    private static long hash(double x, double y) {
        long h = (Double.doubleToLongBits(x + 0.0) * 0x9E3779B97F4A7C15L) ^ Double.doubleToLongBits(y + 0.0);
        h *= 0xBF58476D1CE4E5B9L;
        return h ^ ((h >>> 29) & 0xFFFFFFFFL);   // the low bits mixed for the slot, the top ones kept
    }
}

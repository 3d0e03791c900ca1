package io.gridgov.geo.validate;

import org.locationtech.jts.algorithm.CGAlgorithmsDD;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;

/**
 * A certificate that valid children tile their valid parent exactly, vertex for vertex (精确铺满):
 * the oriented boundaries of the children, added up as chains of segments (each shell
 * counter-clockwise, each hole clockwise; a segment and its reverse cancel), equal the oriented
 * boundary of the parent.
 *
 * <p>Why that suffices: for a valid polygon so oriented, the winding number of a point is 1 in
 * its interior and 0 outside; winding numbers add along chains, so equal chains give
 * {@code Σ 1[child] = 1[parent]} almost everywhere. Indicators are non-negative, so no point of the
 * parent lies in two children (no overlap), none in no child (no gap), and no point of a child lies
 * outside the parent. And as every child segment cancels exactly against a reversed segment of a
 * neighbour or a segment of the parent, every shared border matches vertex for vertex (no edge
 * mismatch, which is what JTS {@code CoverageValidator} looks for). A group that passes has no
 * OVERLAP, GAP, OUTSIDE_PARENT nor EDGE_MISMATCH; a group that does not pass (any defect, or merely a
 * parent lacking the children's vertices) is checked in full. The test is exact: coordinates are
 * compared with {@code ==}, orientation with JTS's robust {@link Orientation#isCCW}.
 *
 * <p>Cost: one hash insertion per segment, instead of a coverage validation, a union and two
 * overlays; for the children's chains kept for their outline, only the segments left after
 * walking the borders they share ({@link #pairedChildrenOf}, {@link SharedBorders}). The caller
 * must pass only geometries that {@code IsValidOp} found valid.
 */
final class ExactTiling {

    /** Per slot, its segment's ends {@code ax, ay, bx, by} (lower end first); null when {@link #ref} names them. */
    private double[] coords;
    /**
     * When the segments all come from a group's rings ({@link #rx}, {@link #ry}): per slot, the ring
     * segment it was first stored from, as its first vertex {@code k} (the segment runs from vertex
     * {@code k} to {@code k + 1}) when vertex {@code k} is the lower end, {@code ~k} when vertex
     * {@code k + 1} is; null otherwise. An int per slot instead of four doubles: the table of a
     * street of 100 grids shrinks from 320 to 96 kB, and a comparison reads the ring's coordinates,
     * which sit side by side.
     */
    private int[] ref;
    /** The group's coordinates that {@link #ref} points into, or null. */
    private double[] rx;
    private double[] ry;
    /**
     * Per slot, the weight plus {@link #TAKEN} (0: the slot is empty; a weight may legitimately
     * return to 0, and no weight reaches ±{@code TAKEN}: it counts segments).
     */
    private int[] weight;
    private int mask;
    private int used;
    private int nonZero;
    /**
     * Per slot, when the chains are tagged ({@link #residualOf}): the ring segment that was added to
     * it, as its first vertex in the group's rings ({@code k}: in the chain's direction, {@code ~k}:
     * against it), or {@link #SEVERAL} when more than one was; null when untagged.
     */
    private int[] source;
    /** The tag of the segment {@link #put} adds (see {@link #source}). */
    private int tag;
    /** Whether {@link #put} writes tags (the parent's segments, added and taken out again, do not). */
    private boolean tagging;
    /** The geometries added by {@link #childrenOf(GroupRings, int[], int)} (indexes into the group's rings). */
    private int[] children;
    /** With tags, the slots in use (the first {@link #used}), so that the residual is read without scanning the table. */
    private int[] usedSlots;
    /**
     * Whether these chains hold only the segments {@link SharedBorders} left unpaired ({@link
     * #pairedChildrenOf}); the pairs cancel, so the sums are those of every segment hashed, but not
     * the slots, their order nor the tags: see {@link #outlineMayDiffer}.
     */
    private boolean pairedRoute;
    /** On the paired route: the group's rings, and the parent's segments the table was sized for. */
    private GroupRings groupRings;
    private int parentSegments;
    /** On the paired route: the children's segments of positive length, and of them those hashed. */
    private int withLength;
    private int hashedWithLength;
    /** On the paired route: the table's capacity had every segment been hashed ({@link #childrenOf(GroupRings, int[], int)}). */
    private int allHashedCapacity;
    /** The parent {@link #tilesParent(GroupRings, int)} added (and took out again), or -1. */
    private int parentAdded = -1;

    private static final int TAKEN = 1 << 30;
    /** A slot that more than one ring segment was added to (see {@link #source}). */
    private static final int SEVERAL = Integer.MIN_VALUE;

    private ExactTiling(int segments) {
        this(segments, null);
    }

    /**
     * Chains with room for about {@code segments} segments; with {@code rings}, chains of rings of
     * the group only (see {@link #ref}).
     */
    private ExactTiling(int segments, GroupRings rings) {
        // at least as many slots as segments: a shared segment takes one slot for two, so a
        // tiling fills fewer than half of them (the table grows past half)
        int capacity = Integer.highestOneBit(Math.max(16, segments)) << 1;
        if (rings == null) {
            coords = new double[capacity * 4];
        } else {
            ref = new int[capacity];
            rx = rings.x;
            ry = rings.y;
        }
        weight = new int[capacity];
        mask = capacity - 1;
    }

    /**
     * Whether the children tile the parent exactly (see the class comment).
     *
     * @param children valid polygonal geometries
     * @param parent a valid polygonal geometry
     * @return true when certified; false says nothing (check in full)
     */
    static boolean certifies(Geometry[] children, Geometry parent) {
        if (!polygonal(parent) || !hasVertexOfParent(children, parent)) {
            return false;
        }
        ExactTiling chains = chainsOf(children, parent.getNumPoints());
        if (chains == null) {
            return false;
        }
        chains.add(parent, -1);
        return chains.nonZero == 0;
    }

    /**
     * Whether the children tile the parent exactly (as {@link #certifies(Geometry[], Geometry)}),
     * their coordinates read from the group's rings.
     *
     * @param children valid polygonal geometries
     * @param parent a valid polygonal geometry
     * @param rings rings holding the children's and the parent's (when they miss one, the
     *     geometries are read instead)
     * @return true when certified; false says nothing (check in full)
     */
    static boolean certifies(Geometry[] children, Geometry parent, GroupRings rings) {
        int parentIndex = rings.indexOf(parent);
        int[] index = parentIndex < 0 ? null : rings.indexesOf(children);
        if (index == null) {
            return certifies(children, parent);
        }
        // the parent's first vertex (of its first non-empty ring: a shell) must be a child's
        double[] xs = rings.x;
        double[] ys = rings.y;
        int first = -1;
        for (int r = rings.firstRing(parentIndex); r < rings.endRing(parentIndex) && first < 0; r++) {
            if (rings.size(r) > 0) {
                first = rings.start(r);
            }
        }
        if (first >= 0 && !isVertexOfAny(rings, index, xs[first], ys[first])) {
            return false;
        }
        int segments = 0;
        for (int r = rings.firstRing(parentIndex); r < rings.endRing(parentIndex); r++) {
            segments += rings.size(r);
        }
        for (int i : index) {
            for (int r = rings.firstRing(i); r < rings.endRing(i); r++) {
                segments += rings.size(r);
            }
        }
        ExactTiling chains = new ExactTiling(segments, rings);
        for (int i : index) {
            chains.add(rings, i, 1);
        }
        chains.add(rings, parentIndex, -1);
        return chains.nonZero == 0;
    }

    /**
     * {@return whether (x, y) is a vertex of one of the geometries {@code index} of the rings (exact
     * {@code ==})}; only geometries whose envelope covers it are read (a street's grids: one or a few
     * instead of all of them)
     */
    private static boolean isVertexOfAny(GroupRings rings, int[] index, double x, double y) {
        double[] xs = rings.x;
        double[] ys = rings.y;
        for (int i : index) {
            if (!rings.envelope(i).covers(x, y)) {
                continue;
            }
            int from = rings.start(rings.firstRing(i));
            int to = rings.start(rings.endRing(i));
            for (int v = from; v < to; v++) {
                if (xs[v] == x && ys[v] == y) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A necessary condition, checked before any hashing: a vertex of the parent (the first of its
     * first non-empty shell) is a vertex of a child. Every vertex of a valid parent ends a segment
     * of the parent's chain that no other segment of the parent cancels, so only children's segments
     * with that vertex as an end can cancel it. A parent redrawn independently of its children fails
     * here at the cost of a few envelope tests.
     */
    private static boolean hasVertexOfParent(Geometry[] children, Geometry parent) {
        for (int i = 0; i < parent.getNumGeometries(); i++) {
            Polygon p = (Polygon) parent.getGeometryN(i);
            if (p.isEmpty()) {
                continue;
            }
            CoordinateSequence shell = p.getExteriorRing().getCoordinateSequence();
            return isVertexOfAny(children, shell.getX(0), shell.getY(0));
        }
        return true;   // nothing to test: let the chains decide
    }

    /**
     * {@return whether (x, y) is a vertex of one of the geometries (exact {@code ==}); non-polygonal
     * geometries count as having it, so that the caller's own checks decide on them}
     *
     * @param geometries geometries
     * @param x a coordinate
     * @param y the other
     */
    static boolean isVertexOfAny(Geometry[] geometries, double x, double y) {
        for (Geometry g : geometries) {
            if (!polygonal(g)) {
                return true;
            }
            if (!g.getEnvelopeInternal().covers(x, y)) {
                continue;
            }
            for (int i = 0; i < g.getNumGeometries(); i++) {
                Polygon p = (Polygon) g.getGeometryN(i);
                if (hasVertex(p.getExteriorRing().getCoordinateSequence(), x, y)) {
                    return true;
                }
                for (int h = 0; h < p.getNumInteriorRing(); h++) {
                    if (hasVertex(p.getInteriorRingN(h).getCoordinateSequence(), x, y)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * {@return whether (x, y) is one of the sequence's points (exact {@code ==})}
     *
     * @param s a coordinate sequence
     * @param x a coordinate
     * @param y the other
     */
    static boolean hasVertex(CoordinateSequence s, double x, double y) {
        for (int k = 0, n = s.size(); k < n; k++) {
            if (s.getX(k) == x && s.getY(k) == y) {
                return true;
            }
        }
        return false;
    }

    /**
     * The children's boundary chains added with weight +1, in a table sized for them plus
     * {@code extraSegments} more.
     *
     * @param children geometries to add
     * @param extraSegments room to reserve for segments added afterwards
     * @return the chains; null when a child is not polygonal
     */
    private static ExactTiling chainsOf(Geometry[] children, int extraSegments) {
        int segments = extraSegments;
        for (Geometry c : children) {
            if (!polygonal(c)) {
                return null;
            }
            segments += c.getNumPoints();
        }
        ExactTiling chains = new ExactTiling(segments);
        for (Geometry c : children) {
            chains.add(c, 1);
        }
        return chains;
    }

    /**
     * The children's oriented boundary chain after cancellation (see the class comment): the
     * segments that no reversed segment of a sibling cancels, each as {@code {ax, ay, bx, by}} in
     * its direction along the chain (shells counter-clockwise), in no particular order.
     *
     * @param children valid polygonal geometries
     * @return the residual segments, four coordinates each; null when a child is not polygonal or a
     *     residual segment has a weight other than ±1 (a segment stacked by several children)
     */
    static double[] residual(Geometry[] children) {
        ExactTiling chains = chainsOf(children, 0);
        if (chains == null) {
            return null;
        }
        double[] out = new double[chains.nonZero * 4];
        int k = 0;
        for (int slot = 0; slot < chains.weight.length; slot++) {
            int w = chains.weight[slot] - TAKEN;
            if (chains.weight[slot] == 0 || w == 0) {
                continue;
            }
            int o = slot * 4;
            if (w == 1) {
                out[k++] = chains.coords[o];
                out[k++] = chains.coords[o + 1];
                out[k++] = chains.coords[o + 2];
                out[k++] = chains.coords[o + 3];
            } else if (w == -1) {
                out[k++] = chains.coords[o + 2];
                out[k++] = chains.coords[o + 3];
                out[k++] = chains.coords[o];
                out[k++] = chains.coords[o + 1];
            } else {
                return null;
            }
        }
        return out;
    }

    /**
     * The residual chain of some geometries of a group's rings (as {@link #residual}), each segment
     * named by the ring segment it comes from: its first vertex {@code k} in the rings (the segment
     * runs from vertex {@code k} to {@code k + 1}) when the chain runs along the ring, {@code ~k}
     * when against it (a shell running clockwise, a hole counter-clockwise).
     *
     * @param rings the group's rings
     * @param index the geometries (indexes into the rings), valid
     * @return the residual segments' sources, in no particular order; null when a residual segment
     *     has a weight other than ±1 or comes from more than one ring segment
     */
    static int[] residualOf(GroupRings rings, int[] index) {
        return childrenOf(rings, index, 0).residualSources();
    }

    /**
     * The chains of some geometries of a group's rings, each segment tagged with the ring segment
     * it comes from (see {@link #residualSources}), with room for a parent's.
     *
     * @param rings the group's rings
     * @param index the children (indexes into the rings), valid
     * @param parentSegments about how many segments the parent has
     * @return the children's chains
     */
    static ExactTiling childrenOf(GroupRings rings, int[] index, int parentSegments) {
        int segments = parentSegments;
        for (int i : index) {
            segments += rings.start(rings.endRing(i)) - rings.start(rings.firstRing(i));
        }
        ExactTiling chains = new ExactTiling(segments, rings);
        chains.children = index;
        chains.source = new int[chains.weight.length];
        chains.usedSlots = new int[chains.weight.length / 2 + 1];
        chains.tagging = true;
        for (int i : index) {
            chains.add(rings, i, 1);
        }
        chains.tagging = false;
        return chains;
    }

    /**
     * The tagged chains of children whose rings, and their parent's, the group's rings hold (as
     * {@link #childrenOf(GroupRings, int[], int)}), kept so that both the certificate
     * ({@link #tilesParent(Geometry, GroupRings)}) and the outline ({@link ChildOutline}) read one
     * hashing of the children's segments.
     *
     * @param children valid polygonal geometries
     * @param parent a valid polygonal geometry
     * @param rings the group's rings
     * @return the children's chains; null when the rings miss one of them or the parent
     */
    static ExactTiling childrenOf(Geometry[] children, Geometry parent, GroupRings rings) {
        int parentIndex = polygonal(parent) ? rings.indexOf(parent) : -1;
        if (parentIndex < 0) {
            return null;
        }
        int[] index = rings.indexesOf(children);
        if (index == null) {
            return null;
        }
        return pairedChildrenOf(rings, index,
                rings.start(rings.endRing(parentIndex)) - rings.start(rings.firstRing(parentIndex)));
    }

    /**
     * The children's tagged chains as {@link #childrenOf(GroupRings, int[], int)} sums them, with
     * the borders the children share paired by walking their rings ({@link SharedBorders}) instead
     * of hashed: only the segments left unpaired (the outline, and borders no walk found) are
     * hashed, in the order every segment would have been. A pair cancels, so every sum, and with
     * it {@link #tilesParent}, is that of every segment hashed. What is read off the slots (the
     * residual's tags and order) is too when the children are valid and their outline is one
     * simple ring, and {@link ChildOutline#of(GroupRings, ExactTiling)} falls back to every segment
     * hashed where that is not shown (see {@link #outlineMayDiffer}).
     *
     * <p>Why the outline read off the unpaired segments is the one read off all of them: the
     * children's chains add up to those of the unpaired segments. When these leave one simple
     * counter-clockwise ring, the children's indicators add up to that ring's, at most 1, so no two
     * valid children overlap; then no segment is held by two rings the same way round, nor by
     * three (two of them would be the same way round), nor twice by one valid child. So every
     * segment of the ring is held once (hashed, with its tag), every other segment twice in
     * opposite directions (weight 0 either way), and the residual is the same segments with the
     * same tags in the same (ring) order, unless the table of every segment would have grown
     * (its order then follows the slots). Conversely, when every segment hashed leaves such a ring
     * without growing, the same argument shows the unpaired segments leave the same one.
     *
     * @param rings the group's rings
     * @param index the children (indexes into the rings), valid (as {@code IsValidOp} has it)
     * @param parentSegments about how many segments the parent has
     * @return the children's chains
     */
    static ExactTiling pairedChildrenOf(GroupRings rings, int[] index, int parentSegments) {
        double[] xs = rings.x;
        double[] ys = rings.y;
        boolean[] seen = new boolean[rings.geometryCount()];
        boolean[] along = new boolean[rings.ringCount()];
        int vertices = 0;
        int segments = 0;
        for (int i : index) {
            if (seen[i]) {
                return childrenOf(rings, index, parentSegments);   // a child given twice: its rings count twice
            }
            seen[i] = true;
            for (int r = rings.firstRing(i); r < rings.endRing(i); r++) {
                int n = rings.size(r);
                vertices += n;
                if (n >= 4) {
                    along[r] = counterClockwise(xs, ys, rings.start(r), n) == rings.shell(r);
                    segments += n - 1;
                }
            }
        }
        SharedBorders borders = SharedBorders.of(rings, index, along, vertices);
        // room for every unpaired segment twice over: the table does not grow while they are put,
        // so its slots are in use in the order the segments came (the residual's order). Its
        // arrays are borrowed (a street's are 60 KB): the validation gives them back (giveBack)
        KeptArrays kept = KeptArrays.ofThisThread();
        int capacity = Integer.highestOneBit(Math.max(16, 2 * (segments - borders.pairedCount()) + parentSegments)) << 1;
        ExactTiling chains = new ExactTiling(null, kept.zeroedIntTable(capacity));
        chains.ref = kept.intTable(capacity);
        chains.rx = xs;
        chains.ry = ys;
        chains.children = index;
        chains.source = kept.intTable(capacity);
        chains.usedSlots = kept.intTable(capacity / 2 + 1);
        chains.tagging = true;
        int hashedWithLength = 0;
        for (int i : index) {
            for (int r = rings.firstRing(i); r < rings.endRing(i); r++) {
                int from = rings.start(r);
                int n = rings.size(r);
                if (n < 4) {
                    continue;
                }
                int orient = along[r] ? 1 : -1;
                for (int k = from; k < from + n - 1; k++) {
                    if (!borders.paired(k)) {
                        if (xs[k] != xs[k + 1] || ys[k] != ys[k + 1]) {
                            hashedWithLength++;
                        }
                        chains.tag = along[r] ? k : ~k;
                        chains.putRingSegment(k, orient);
                    }
                }
            }
        }
        chains.tagging = false;
        chains.pairedRoute = true;
        chains.groupRings = rings;
        chains.parentSegments = parentSegments;
        chains.withLength = hashedWithLength + borders.pairedWithLength();
        borders.giveBack();
        chains.hashedWithLength = hashedWithLength;
        chains.allHashedCapacity = Integer.highestOneBit(Math.max(16, vertices + parentSegments)) << 1;
        return chains;
    }

    /**
     * {@return whether the outline read off these chains (of {@code outlineSize} segments, -1 when
     * none) might not be the one read off every segment hashed ({@link #pairedChildrenOf}): the
     * table of every segment would have grown, or a parent was added to it}
     */
    boolean outlineMayDiffer(int outlineSize) {
        if (!pairedRoute) {
            return false;
        }
        if (parentAdded >= 0) {
            return true;
        }
        // every segment hashed holds (withLength + outline) / 2 distinct segments when the outline
        // is one simple ring; with no outline here, one there would have at most the hashed ones
        return withLength + (outlineSize >= 0 ? outlineSize : hashedWithLength) >= allHashedCapacity;
    }

    /** {@return these children's chains with every segment hashed, the parent added as {@link #tilesParent} did} */
    ExactTiling allHashed() {
        ExactTiling all = childrenOf(groupRings, children, parentSegments);
        if (parentAdded >= 0) {
            all.tilesParent(groupRings, parentAdded);
        }
        return all;
    }

    /**
     * Whether these children's chains tile the parent exactly: the answer of
     * {@link #certifies(Geometry[], Geometry, GroupRings)}. The chains are left as they were.
     *
     * @param parent the parent (held by the rings)
     * @param rings the group's rings
     * @return true when certified
     */
    boolean tilesParent(Geometry parent, GroupRings rings) {
        return tilesParent(rings, rings.indexOf(parent));
    }

    /**
     * Whether these children's chains ({@link #childrenOf}) tile the parent exactly: the answer of
     * {@link #certifies(Geometry[], Geometry, GroupRings)}. The chains are left as they were.
     *
     * @param rings the group's rings (those of the children)
     * @param parentIndex the parent's index in them
     * @return true when certified
     */
    boolean tilesParent(GroupRings rings, int parentIndex) {
        // the parent's first vertex must be a child's (see certifies): a parent from another
        // survey fails here without its segments hashed
        for (int r = rings.firstRing(parentIndex); r < rings.endRing(parentIndex); r++) {
            if (rings.size(r) > 0) {
                if (!isVertexOfAny(rings, children, rings.x[rings.start(r)], rings.y[rings.start(r)])) {
                    return false;
                }
                break;
            }
        }
        add(rings, parentIndex, -1);
        boolean cancelled = nonZero == 0;
        add(rings, parentIndex, 1);
        parentAdded = parentIndex;
        return cancelled;
    }

    /**
     * {@return the residual segments' sources (see {@link #residualOf}); null when a residual
     * weight is not ±1 or a residual segment comes from more than one ring segment}
     */
    int[] residualSources() {
        int[] out = new int[nonZero];
        int k = 0;
        for (int u = 0; u < used; u++) {
            int slot = usedSlots[u];
            int w = weight[slot] - TAKEN;
            if (weight[slot] == 0 || w == 0) {
                continue;
            }
            if (w != 1 && w != -1 || source[slot] == SEVERAL) {
                return null;
            }
            out[k++] = source[slot];
        }
        return out;
    }

    /**
     * {@return chains with room for about {@code segments} segments, to which segments are added by
     * {@link #addSegment} and tested by {@link #cancelled()}}, on arrays borrowed from {@code kept},
     * for a caller that gives them back ({@link #giveBack}) once it has read {@link #cancelled()}: an
     * outline's snapping sums the interior segments at the outline's vertices so, street after street.
     *
     * @param segments about how many segments will be added (the table grows past them)
     */
    static ExactTiling chains(int segments, KeptArrays kept) {
        int capacity = Integer.highestOneBit(Math.max(16, segments)) << 1;
        // exactly the capacity: the table's length is its capacity
        return new ExactTiling(kept.doubleTable(capacity * 4), kept.zeroedIntTable(capacity));
    }

    /** Empty chains on a table of these arrays (a power of two long, the weights 0). */
    private ExactTiling(double[] coords, int[] weight) {
        this.coords = coords;
        this.weight = weight;
        this.mask = weight.length - 1;
    }

    /**
     * Gives the table's arrays back to this thread's {@link KeptArrays} (chains made by {@link
     * #chains(int, KeptArrays)} or {@link #childrenOf(Geometry[], Geometry, GroupRings)} on this
     * thread borrowed them): the caller reads these chains no more, and any later use fails rather
     * than read the next borrower's table.
     */
    void giveBack() {
        KeptArrays kept = KeptArrays.ofThisThread();
        kept.giveBackTable(coords);
        kept.giveBackTable(ref);
        kept.giveBackTable(weight);
        kept.giveBackTable(source);
        kept.giveBackTable(usedSlots);
        coords = null;
        ref = null;
        weight = null;
        source = null;
        usedSlots = null;
    }

    /** {@return whether every segment added so far has weight 0} */
    boolean cancelled() {
        return nonZero == 0;
    }

    /**
     * Adds a valid ring (the {@code n} vertices from {@code from}, closed) with weight {@code sign},
     * turned counter-clockwise when a shell, clockwise when a hole.
     *
     * @param xs x coordinates
     * @param ys y coordinates
     * @param from the ring's first vertex
     * @param n its vertices, the closing one included (fewer than 4: nothing is added)
     * @param shell whether it is a shell
     * @param sign +1 or -1
     */
    void addRing(double[] xs, double[] ys, int from, int n, boolean shell, int sign) {
        if (n < 4) {
            return;
        }
        int orient = counterClockwise(xs, ys, from, n) == shell ? sign : -sign;
        double px = xs[from];
        double py = ys[from];
        for (int k = from + 1; k < from + n; k++) {
            double qx = xs[k];
            double qy = ys[k];
            tag = orient == sign ? k - 1 : ~(k - 1);
            putDirected(px, py, qx, qy, orient);
            px = qx;
            py = qy;
        }
    }

    /**
     * Adds the segment (ax, ay) → (bx, by) with weight {@code w} (nothing when it has no length).
     *
     * @param w +1 along it, -1 against it
     */
    void addSegment(double ax, double ay, double bx, double by, int w) {
        putDirected(ax, ay, bx, by, w);
    }

    private static boolean polygonal(Geometry g) {
        return g instanceof Polygon || g instanceof MultiPolygon;
    }

    private void add(Geometry polygonal, int sign) {
        for (int i = 0; i < polygonal.getNumGeometries(); i++) {
            Polygon p = (Polygon) polygonal.getGeometryN(i);
            if (p.isEmpty()) {
                continue;
            }
            addRing(p.getExteriorRing(), true, sign);
            for (int h = 0; h < p.getNumInteriorRing(); h++) {
                addRing(p.getInteriorRingN(h), false, sign);
            }
        }
    }

    /** Adds the rings of geometry {@code index} of {@code rings} (those of these chains) with weight {@code sign}. */
    private void add(GroupRings rings, int index, int sign) {
        double[] xs = rings.x;
        double[] ys = rings.y;
        for (int r = rings.firstRing(index); r < rings.endRing(index); r++) {
            int from = rings.start(r);
            int n = rings.size(r);
            if (n < 4) {
                continue;
            }
            // Shells counter-clockwise, holes clockwise.
            int orient = counterClockwise(xs, ys, from, n) == rings.shell(r) ? sign : -sign;
            for (int k = from; k < from + n - 1; k++) {
                tag = orient == sign ? k : ~k;
                putRingSegment(k, orient);
            }
        }
    }

    /**
     * Counts ring segment {@code k} (from vertex {@code k} to {@code k + 1} of {@link #rx}, {@link
     * #ry}; skipped when it has no length) as {@link #putDirected} does, the slot naming it by
     * {@link #ref}.
     */
    private void putRingSegment(int k, int orient) {
        double px = rx[k];
        double py = ry[k];
        double qx = rx[k + 1];
        double qy = ry[k + 1];
        if (px == qx && py == qy) {
            return;
        }
        int r;
        int w;
        double ax;
        double ay;
        double bx;
        double by;
        if (px < qx || (px == qx && py < qy)) {
            r = k;
            w = orient;
            ax = px;
            ay = py;
            bx = qx;
            by = qy;
        } else {
            r = ~k;
            w = -orient;
            ax = qx;
            ay = qy;
            bx = px;
            by = py;
        }
        if (used * 2 >= weight.length) {
            grow();
        }
        int slot = (int) mix(ax, ay, bx, by) & mask;
        while (weight[slot] != 0) {
            int s = ref[slot];
            int a = s >= 0 ? s : ~s + 1;
            int b = s >= 0 ? s + 1 : ~s;
            if (rx[a] == ax && ry[a] == ay && rx[b] == bx && ry[b] == by) {
                addTo(slot, w);
                return;
            }
            slot = (slot + 1) & mask;
        }
        ref[slot] = r;
        occupy(slot, w);
        if (tagging) {
            source[slot] = tag;
        }
    }

    /**
     * {@return whether a valid ring (the {@code n} vertices from {@code from}, closed) runs
     * counter-clockwise}, as {@link Orientation#isCCW} finds it: the exact orientation of the turn at
     * its lowest-leftmost vertex (least x, then least y) between the nearest vertices before and
     * after it at another position. Both lie lexicographically after it, so the turn is convex; were
     * the three collinear, the two segments would overlap and the ring would not be valid.
     */
    static boolean counterClockwise(double[] xs, double[] ys, int from, int n) {
        int last = from + n - 1;   // the closing vertex, the first again
        int m = from;
        double mx = xs[from];
        double my = ys[from];
        for (int k = from + 1; k < last; k++) {
            double x = xs[k];
            double y = ys[k];
            if (x < mx || x == mx && y < my) {
                m = k;
                mx = x;
                my = y;
            }
        }
        int before = m;
        do {
            before = before == from ? last - 1 : before - 1;
        } while (xs[before] == mx && ys[before] == my && before != m);
        int after = m;
        do {
            after = after + 1 == last ? from : after + 1;
        } while (xs[after] == mx && ys[after] == my && after != m);
        return CGAlgorithmsDD.orientationIndex(xs[before], ys[before], mx, my, xs[after], ys[after])
                == Orientation.COUNTERCLOCKWISE;
    }

    private void addRing(LinearRing ring, boolean shell, int sign) {
        CoordinateSequence s = ring.getCoordinateSequence();
        int n = s.size();
        if (n < 4) {
            return;
        }
        // Shells counter-clockwise, holes clockwise.
        int orient = Orientation.isCCW(s) == shell ? sign : -sign;
        double px = s.getX(0);
        double py = s.getY(0);
        for (int k = 1; k < n; k++) {
            double qx = s.getX(k);
            double qy = s.getY(k);
            putDirected(px, py, qx, qy, orient);
            px = qx;
            py = qy;
        }
    }

    /**
     * Counts the segment p → q (skipped when it has no length) under its lower end first, its orientation
     * turned when the segment is turned, so that both neighbours of a shared edge meet at one key.
     */
    private void putDirected(double px, double py, double qx, double qy, int orient) {
        if (px == qx && py == qy) {
            return;
        }
        if (px < qx || (px == qx && py < qy)) {
            put(px, py, qx, qy, orient);
        } else {
            put(qx, qy, px, py, -orient);
        }
    }

    private void put(double ax, double ay, double bx, double by, int w) {
        if (used * 2 >= weight.length) {
            grow();
        }
        int slot = (int) mix(ax, ay, bx, by) & mask;
        while (weight[slot] != 0) {
            int o = slot * 4;
            if (coords[o] == ax && coords[o + 1] == ay && coords[o + 2] == bx && coords[o + 3] == by) {
                addTo(slot, w);
                return;
            }
            slot = (slot + 1) & mask;
        }
        store(slot, ax, ay, bx, by, w);
        if (tagging) {
            source[slot] = tag;
        }
    }

    private void store(int slot, double ax, double ay, double bx, double by, int w) {
        int o = slot * 4;
        coords[o] = ax;
        coords[o + 1] = ay;
        coords[o + 2] = bx;
        coords[o + 3] = by;
        occupy(slot, w);
    }

    /** Adds {@code w} to the weight of a taken slot met again (its segment added once more). */
    private void addTo(int slot, int w) {
        int before = weight[slot] - TAKEN;
        int after = before + w;
        weight[slot] = after + TAKEN;
        if (before == 0) {
            nonZero++;
        } else if (after == 0) {
            nonZero--;
        }
        if (tagging) {
            source[slot] = SEVERAL;
        }
    }

    /** Marks a slot whose segment was just written as taken, with weight {@code w}. */
    private void occupy(int slot, int w) {
        weight[slot] = w + TAKEN;
        if (usedSlots != null) {
            usedSlots[used] = slot;
        }
        used++;
        if (w != 0) {
            nonZero++;
        }
    }

    private void grow() {
        double[] oldCoords = coords;
        int[] oldRef = ref;
        int[] oldWeight = weight;
        int[] oldSource = source;
        int capacity = oldWeight.length * 2;
        coords = oldCoords == null ? null : new double[capacity * 4];
        ref = oldRef == null ? null : new int[capacity];
        weight = new int[capacity];
        source = oldSource == null ? null : new int[capacity];
        usedSlots = usedSlots == null ? null : new int[capacity / 2 + 1];
        mask = capacity - 1;
        used = 0;
        nonZero = 0;
        for (int slot = 0; slot < oldWeight.length; slot++) {
            if (oldWeight[slot] != 0) {
                int to;
                if (oldRef != null) {
                    int s = oldRef[slot];
                    int a = s >= 0 ? s : ~s + 1;
                    int b = s >= 0 ? s + 1 : ~s;
                    to = (int) mix(rx[a], ry[a], rx[b], ry[b]) & mask;
                    while (weight[to] != 0) {
                        to = (to + 1) & mask;
                    }
                    ref[to] = s;
                    occupy(to, oldWeight[slot] - TAKEN);
                } else {
                    int o = slot * 4;
                    to = reinsert(oldCoords[o], oldCoords[o + 1], oldCoords[o + 2], oldCoords[o + 3],
                            oldWeight[slot] - TAKEN);
                }
                if (oldSource != null) {
                    source[to] = oldSource[slot];
                }
            }
        }
    }

    private int reinsert(double ax, double ay, double bx, double by, int w) {
        int slot = (int) mix(ax, ay, bx, by) & mask;
        while (weight[slot] != 0) {
            slot = (slot + 1) & mask;
        }
        store(slot, ax, ay, bx, by, w);
        return slot;
    }

    private static long mix(double ax, double ay, double bx, double by) {
        long h = bits(ax);
        h = h * 0x9E3779B97F4A7C15L + bits(ay);
        h = h * 0x9E3779B97F4A7C15L + bits(bx);
        h = h * 0x9E3779B97F4A7C15L + bits(by);
        h ^= h >>> 29;
        h *= 0xBF58476D1CE4E5B9L;
        h ^= h >>> 32;
        return h;
    }

    /** The bits of a coordinate, with -0.0 and 0.0 alike (they compare equal). */
    private static long bits(double v) {
        return v == 0 ? 0 : Double.doubleToLongBits(v);
    }

    /**
     * The same chains on numbered positions (the representatives of {@link GroupSnapping}, one id
     * per distinct position): a segment is the pair of its ends' ids, lower first, and its weight
     * counts the rings running along it from the lower id (+) or towards it (-). With one id per
     * position the weights, and so the answer, are those of the chains on coordinates. Cheaper: a
     * segment the caller already numbered (an edge of the snapped group) is an array slot, any
     * other one {@code long} key instead of four coordinates, and no geometry is read.
     */
    static final class OnIds {
        /** The weights of the segments the caller numbered (see {@link #add}). */
        private final int[] numbered;
        private long[] keys;
        /** Per slot, the weight plus {@link #TAKEN} (0: empty), as in the enclosing class. */
        private int[] weights;
        private int mask;
        private int used;
        private int nonZero;

        /**
         * @param numberedSegments how many segments the caller numbers (0 .. numberedSegments - 1)
         * @param otherSegments about how many other segments will be added (the table grows past them)
         */
        OnIds(int numberedSegments, int otherSegments) {
            numbered = new int[numberedSegments];
            int capacity = Integer.highestOneBit(Math.max(16, otherSegments)) << 1;
            keys = new long[capacity];
            weights = new int[capacity];
            mask = capacity - 1;
        }

        /**
         * Adds a segment the caller numbered: the caller gives one segment (pair of ids) always
         * the same number and never adds it by {@link #addPair} too.
         *
         * @param segment its number
         * @param w +1 along it from its lower id, -1 towards it
         */
        void add(int segment, int w) {
            int before = numbered[segment];
            int after = before + w;
            numbered[segment] = after;
            if (before == 0) {
                nonZero++;
            } else if (after == 0) {
                nonZero--;
            }
        }

        /**
         * Adds a segment by its ends' ids.
         *
         * @param a the lower id (≥ 0)
         * @param b the higher id
         * @param w +1 from a to b, -1 from b to a
         */
        void addPair(int a, int b, int w) {
            put(((long) a << 32) | b, w);
        }

        /** {@return whether every segment's weight is 0: the children's chains cancel the parent's} */
        boolean cancelled() {
            return nonZero == 0;
        }

        private void put(long key, int w) {
            if (used * 2 >= weights.length) {
                grow();
            }
            int slot = slot(key);
            while (weights[slot] != 0) {
                if (keys[slot] == key) {
                    int before = weights[slot] - TAKEN;
                    int after = before + w;
                    weights[slot] = after + TAKEN;
                    if (before == 0) {
                        nonZero++;
                    } else if (after == 0) {
                        nonZero--;
                    }
                    return;
                }
                slot = (slot + 1) & mask;
            }
            keys[slot] = key;
            weights[slot] = w + TAKEN;
            used++;
            if (w != 0) {
                nonZero++;
            }
        }

        private int slot(long key) {
            long h = key * 0x9E3779B97F4A7C15L;
            return (int) (h ^ (h >>> 32)) & mask;
        }

        private void grow() {
            long[] oldKeys = keys;
            int[] oldWeights = weights;
            int capacity = oldWeights.length * 2;
            keys = new long[capacity];
            weights = new int[capacity];
            mask = capacity - 1;
            for (int i = 0; i < oldWeights.length; i++) {
                if (oldWeights[i] != 0) {
                    int slot = slot(oldKeys[i]);
                    while (weights[slot] != 0) {
                        slot = (slot + 1) & mask;
                    }
                    keys[slot] = oldKeys[i];
                    weights[slot] = oldWeights[i];
                }
            }
        }
    }
}

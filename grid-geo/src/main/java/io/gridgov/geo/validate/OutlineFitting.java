package io.gridgov.geo.validate;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.algorithm.Distance;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateArrays;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineSegment;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * Fits a sibling group that is clean among itself to its parent's outline (贴合上级边界) without
 * noding: the cleaner's short way for the common case of a parent drawn by another survey than
 * its children.
 *
 * <p>When, after snapping, the children share every border they have in common vertex for vertex
 * (each directed edge is used once, and either its reverse once by another child, or not at all)
 * and the edges no sibling shares form one simple counter-clockwise ring R (the outline of their
 * union), the faces {@link GroupCleaning} would build are known in advance. Its fitting moves each
 * vertex of R onto the nearest point of the parent's outline (when within the maximum gap width);
 * the noding then cuts what lies outside the outline, and every strip between a moved edge of R and
 * the outline is a gap that borders one child only (the outline is the outside), so it goes to that
 * child when it is narrower than the widest gap filled. The result: each child's run of R between
 * two junctions (vertices of R that one other child also has) becomes the stretch of the parent's
 * outline between the junctions' nearest points, and the border the two children share ends
 * there. That is what this class builds directly, with each junction moved in both children, so
 * the children still share their borders and their outer borders add up to the parent's outline
 * exactly once. Two details follow the faces: a shared border that comes from inside the parent
 * to a vertex of the outline and from there runs along it or outside it to the junction is cut
 * at that vertex (the junction lands there, the border's part beyond it is dropped), and a spike
 * of no width left where a junction lands beyond such a vertex is cut off.
 *
 * <p>It answers only when that reasoning holds, and null otherwise (the caller nodes and
 * polygonizes as before): the parent is one polygon without holes; no vertex of R belongs to
 * three rings or more; every vertex of R lies within the maximum gap width of the outline; the
 * nearest points of R's vertices follow each other along the outline in R's order, once round
 * (a vertex may land behind the one before it by at most twice the snapping distance, two
 * vertices that snapping left in the other order: it then lands where that one did); each edge of
 * R, moved, stays within less than the widest gap filled of the outline stretch between its ends
 * (every strip between them then has no disc that wide inside it, so the faces would have filled
 * it, not left it); and every rebuilt child is valid. Valid children whose borders cancel pairwise
 * and whose outer borders add up to the outline tile the parent (the argument of
 * {@link ExactTiling}), so an answer is always a clean group. Nearest points are taken in the
 * partition's coordinates, as the faces' fitting does; distances are metres in the group's local
 * frame. One instance per call (not thread-safe).
 */
final class OutlineFitting {

    /** How far (vertices) a border shared by two children is followed from a junction to where it reaches the outline. */
    private static final int MOST_DROPPED = 16;

    private final Polygon parent;
    private final Coordinate[] outline;
    private final int n;
    /**
     * The outline's vertices as positions, and per position its first index on the outline: built
     * when the dropped borders first need it (a street's outline has ~1,400 vertices; a hash map
     * of them keyed by {@code Coordinate} took a third of the fitting's time).
     */
    private PositionIndex outlineVertex;
    private int[] outlineVertexIndex;
    private STRtree index;
    /** The width of the cells of the outline's segments (at least the reach). */
    private final double cell;
    private final int cols;
    private final int rows;
    private final double x0;
    private final double y0;
    private int[] head;
    private int[] nextEntry;
    private int[] entrySegment;
    /** The query that last met each segment (each segment is measured once per query). */
    private int[] seen;
    private int query;
    private final double maxGap;
    private final double sx;
    private final double sy;
    private final double reach;
    private final LineSegment line = new LineSegment();
    private IndexedPointInAreaLocator inParent;

    private OutlineFitting(Polygon parent, Coordinate[] outline, double maxGap, double sx, double sy) {
        this.parent = parent;
        this.outline = outline;
        this.n = outline.length - 1;
        this.maxGap = maxGap;
        this.sx = sx;
        this.sy = sy;
        this.reach = maxGap / Math.min(sx, sy);
        // the outline's segments in a grid of cells at least as wide as the reach and about
        // CELLS_PER_SEGMENT times as many as the segments (cells as wide as the reach were 56
        // times as many as the segments of a street's outline in the redrawn city, nearly all
        // empty, and filling them was most of this constructor): a query visits the cells within
        // the reach of a point, each segment once, and keeps the nearest (ties: the lower index),
        // whatever else it visits
        Envelope e = parent.getEnvelopeInternal();
        this.cell = Math.max(reach, Math.max(Math.sqrt(e.getWidth() * e.getHeight() / (CELLS_PER_SEGMENT * n)),
                Math.max(e.getWidth(), e.getHeight()) / (CELLS_PER_SEGMENT * n)));
        double columns = Math.floor(e.getWidth() / cell) + 1;
        double rows = Math.floor(e.getHeight() / cell) + 1;
        if (reach > 0 && columns * rows <= MOST_CELLS) {
            cols = (int) columns;
            this.rows = (int) rows;
            x0 = e.getMinX();
            y0 = e.getMinY();
            head = new int[cols * this.rows];
            java.util.Arrays.fill(head, -1);
            int[] nextEntry = new int[4 * n];
            int[] entrySegment = new int[4 * n];
            int entries = 0;
            for (int s = 0; s < n; s++) {
                int c0 = column(Math.min(outline[s].x, outline[s + 1].x));
                int c1 = column(Math.max(outline[s].x, outline[s + 1].x));
                int r0 = row(Math.min(outline[s].y, outline[s + 1].y));
                int r1 = row(Math.max(outline[s].y, outline[s + 1].y));
                for (int c = c0; c <= c1; c++) {
                    for (int r = r0; r <= r1; r++) {
                        if (entries == nextEntry.length) {
                            nextEntry = java.util.Arrays.copyOf(nextEntry, 2 * entries);
                            entrySegment = java.util.Arrays.copyOf(entrySegment, 2 * entries);
                        }
                        int cell = c * this.rows + r;
                        entrySegment[entries] = s;
                        nextEntry[entries] = head[cell];
                        head[cell] = entries++;
                    }
                }
            }
            this.nextEntry = nextEntry;
            this.entrySegment = entrySegment;
            this.seen = new int[n];
        } else {
            cols = 0;
            this.rows = 0;
            x0 = 0;
            y0 = 0;
            index = new STRtree();
            for (int s = 0; s < n; s++) {
                index.insert(new Envelope(outline[s], outline[s + 1]), s);
            }
        }
    }

    /** About how many cells of the outline's grid per segment of it. */
    private static final double CELLS_PER_SEGMENT = 8;

    /** The most cells of the outline's grid (else an STRtree: an outline of more than about 100,000 segments). */
    private static final int MOST_CELLS = 1 << 20;

    private int column(double x) {
        return Math.max(0, Math.min(cols - 1, (int) Math.floor((x - x0) / cell)));
    }

    private int row(double y) {
        return Math.max(0, Math.min(rows - 1, (int) Math.floor((y - y0) / cell)));
    }

    /** {@return the first index of c among the outline's vertices, or -1 when it is none of them} */
    private int outlineVertex(Coordinate c) {
        if (outlineVertex == null) {
            outlineVertex = new PositionIndex(n);
            outlineVertexIndex = new int[n];
            for (int s = 0; s < n; s++) {
                if (outlineVertex.find(outline[s].x, outline[s].y) < 0) {
                    outlineVertexIndex[outlineVertex.add(outline[s].x, outline[s].y)] = s;
                }
            }
        }
        int id = outlineVertex.find(c.x, c.y);
        return id < 0 ? -1 : outlineVertexIndex[id];
    }

    /**
     * Fits the children to the parent's outline.
     *
     * @param children the snapped children (valid)
     * @param parent the parent, kept as it is
     * @param maxGapMetres how far a vertex of the children's outer border may be moved onto the outline
     * @param snapMetres the snapping distance the children were snapped with: a strip between a moved
     *        border and the outline as wide as this plus the maximum gap width would be left as a gap
     *        (then the caller decides: null), and two vertices of the outer border may land on the
     *        outline in the other order by up to twice this
     * @param sx metres per unit of x in the group
     * @param sy metres per unit of y in the group
     * @return the fitted children, parallel to the input (the input instance where nothing changed),
     *         or null when the group needs the faces
     */
    static Geometry[] fit(Geometry[] children, Geometry parent, double maxGapMetres, double snapMetres, double sx,
            double sy) {
        return fit(children, parent, maxGapMetres, snapMetres, sx, sy, null);
    }

    /**
     * Fits the children to the parent's outline (as {@link #fit(Geometry[], Geometry, double, double,
     * double, double)}), told their outer border R by the snapping that left them tiling it.
     *
     * @param children the snapped children (valid)
     * @param parent the parent, kept as it is
     * @param maxGapMetres how far a vertex of the children's outer border may be moved onto the outline
     * @param snapMetres the snapping distance the children were snapped with
     * @param sx metres per unit of x in the group
     * @param sy metres per unit of y in the group
     * @param childOutline the children's union as {@link OutlineSnapping#snapOutlineOnly} left them
     *        ({@link OutlineSnapping.Snapped#outline()}: its ring is R, the children tile it exactly),
     *        or null: R is then found from the children's edges
     * @return the fitted children, or null when the group needs the faces
     */
    static Geometry[] fit(Geometry[] children, Geometry parent, double maxGapMetres, double snapMetres, double sx,
            double sy, Polygon childOutline) {
        Polygon p = single(parent);
        if (p == null || p.getNumInteriorRing() != 0) {
            return null;
        }
        Coordinate[] outline = oriented(distinct(p.getExteriorRing().getCoordinates()), true);
        if (outline.length < 4) {
            return null;
        }
        return new OutlineFitting(p, outline, maxGapMetres, sx, sy).run(children, maxGapMetres + snapMetres,
                Math.max(2 * snapMetres, 1e-3), childOutline);
    }

    /** Where a point lands on the outline: segment, position along it (0 at its start), the point. */
    private record Landing(int segment, double along, Coordinate onto) {
    }

    /**
     * The children's rings and their outer border R (the edges no sibling shares, one simple
     * counter-clockwise ring), as the fitting reads them.
     *
     * @param rings per child, part and ring: its vertices, shells counter-clockwise and holes clockwise, closed
     * @param onR parallel to {@code rings}: per vertex, its index on R, or -1
     * @param r R's vertices from the one met first in the rings, closed ({@code m + 1} of them)
     * @param times per vertex of R, how many ring vertices lie at its position
     * @param positions the positions off R, with how many ring vertices lie at each (see {@link Positions})
     */
    private record Border(Coordinate[][][][] rings, int[][][][] onR, Coordinate[] r, int[] times, Positions positions) {
        int m() {
            return r.length - 1;
        }
    }

    /** How many ring vertices lie at a position off R: asked only where a shared border nears the outline. */
    @FunctionalInterface
    private interface Positions {
        int occurrences(Coordinate c);
    }

    private Geometry[] run(Geometry[] children, double widestFilledMetres, double foldMetres, Polygon childOutline) {
        Border border = childOutline == null ? null : fromOutline(children, childOutline);
        if (border == null) {
            border = fromEdges(children);
        }
        if (border == null) {
            return null;
        }
        return fit(children, border, widestFilledMetres, foldMetres);
    }

    /**
     * {@return the children's rings read against R as snapping left it: null when they do not agree
     * with it (then R is found from their edges)} The snapping certified that the children tile
     * their outline exactly ({@link OutlineSnapping}): every other edge is then used once each way,
     * by two children, and no position is visited twice by R, so R as {@link #fromEdges} would find
     * it is that ring, started at its vertex met first in the rings. What is checked here without
     * numbering every position and edge of the group (nine tenths of its vertices lie on interior
     * borders): each segment of the ring is used once, the way it runs, by a child ring, and none
     * the other way.
     */
    private static Border fromOutline(Geometry[] children, Polygon childOutline) {
        Coordinate[] ring = childOutline.getExteriorRing().getCoordinates();
        int m = ring.length - 1;
        if (m < 3 || childOutline.getNumInteriorRing() != 0) {
            return null;
        }
        PositionIndex onOutline = new PositionIndex(m);
        for (int j = 0; j < m; j++) {
            if (onOutline.find(ring[j].x, ring[j].y) >= 0) {
                return null;
            }
            onOutline.add(ring[j].x, ring[j].y);
        }
        Coordinate[][][][] rings = new Coordinate[children.length][][][];
        int[][][][] onR = new int[children.length][][][];
        int[] times = new int[m];
        int[] uses = new int[m];
        int first = -1;
        for (int i = 0; i < children.length; i++) {
            Geometry g = children[i];
            rings[i] = new Coordinate[g.getNumGeometries()][][];
            onR[i] = new int[g.getNumGeometries()][][];
            for (int part = 0; part < g.getNumGeometries(); part++) {
                Coordinate[][] r = ringsOf(g.getGeometryN(part));
                if (r == null) {
                    return null;
                }
                int[][] rOn = new int[r.length][];
                for (int h = 0; h < r.length; h++) {
                    Coordinate[] cs = r[h];
                    int len = cs.length - 1;
                    int[] v = new int[cs.length];
                    for (int k = 0; k < len; k++) {
                        int j = onOutline.find(cs[k].x, cs[k].y);
                        v[k] = j;
                        if (j >= 0) {
                            times[j]++;
                            if (first < 0) {
                                first = j;
                            }
                        }
                    }
                    v[len] = v[0];
                    for (int k = 0; k < len; k++) {
                        int a = v[k];
                        int b = v[k + 1];
                        if (a >= 0 && b >= 0) {
                            if (b == (a + 1) % m) {
                                uses[a]++;
                            } else if (a == (b + 1) % m) {
                                return null;   // a segment of the ring run against it: not R
                            }
                        }
                    }
                    rOn[h] = v;
                }
                rings[i][part] = r;
                onR[i][part] = rOn;
            }
        }
        for (int j = 0; j < m; j++) {
            if (uses[j] != 1) {
                return null;
            }
        }
        // R from its vertex met first in the rings (where fromEdges starts it)
        Coordinate[] r = new Coordinate[m + 1];
        int[] timesOnR = new int[m];
        for (int k = 0; k < m; k++) {
            r[k] = ring[(first + k) % m];
            timesOnR[k] = times[(first + k) % m];
        }
        r[m] = r[0];
        for (int[][][] child : onR) {
            for (int[][] part : child) {
                for (int[] v : part) {
                    for (int k = 0; k < v.length; k++) {
                        if (v[k] >= 0) {
                            v[k] = (v[k] - first + m) % m;
                        }
                    }
                }
            }
        }
        Positions[] counted = new Positions[1];
        Positions positions = c -> {
            if (counted[0] == null) {
                counted[0] = counted(rings);
            }
            return counted[0].occurrences(c);
        };
        return new Border(rings, onR, r, timesOnR, positions);
    }

    /** {@return how many ring vertices lie at each position of the rings (a position met in none: 0)} */
    private static Positions counted(Coordinate[][][][] rings) {
        PositionIndex index = new PositionIndex(1024);
        int[] occurrences = new int[1024];
        for (Coordinate[][][] child : rings) {
            for (Coordinate[][] part : child) {
                for (Coordinate[] cs : part) {
                    for (int k = 0; k + 1 < cs.length; k++) {
                        int id = index.find(cs[k].x, cs[k].y);
                        if (id < 0) {
                            id = index.add(cs[k].x, cs[k].y);
                            occurrences = PositionIds.atLeast(occurrences, id + 1);
                        }
                        occurrences[id]++;
                    }
                }
            }
        }
        int[] counts = occurrences;
        return c -> {
            int id = index.find(c.x, c.y);
            return id < 0 ? 0 : counts[id];
        };
    }

    /**
     * {@return the rings of one part of a child, shell counter-clockwise and holes clockwise, closed,
     * without repeated vertices; null when it is no polygon or a ring has fewer than three vertices}
     */
    private static Coordinate[][] ringsOf(Geometry part) {
        if (!(part instanceof Polygon q) || q.isEmpty()) {
            return null;
        }
        Coordinate[][] r = new Coordinate[1 + q.getNumInteriorRing()][];
        r[0] = oriented(distinct(q.getExteriorRing().getCoordinates()), true);
        for (int h = 0; h < q.getNumInteriorRing(); h++) {
            r[1 + h] = oriented(distinct(q.getInteriorRingN(h).getCoordinates()), false);
        }
        for (Coordinate[] ring : r) {
            if (ring.length < 4) {
                return null;
            }
        }
        return r;
    }

    /**
     * {@return the children's rings and R, found from their edges; null when R is not one simple
     * counter-clockwise ring}
     */
    private static Border fromEdges(Geometry[] children) {
        // the children's rings, shells counter-clockwise and holes clockwise, and their vertices'
        // position ids; per undirected edge its uses and child in each direction (low id → high
        // id, and back), per position how many ring vertices it is
        Coordinate[][][][] rings = new Coordinate[children.length][][][];
        int[][][][] ringIds = new int[children.length][][][];
        int vertices = 0;
        for (Geometry g : children) {
            vertices += g.getNumPoints();
        }
        PositionIds ids = new PositionIds(vertices);
        int[] occurrences = new int[vertices + 1];
        Coordinate[] position = new Coordinate[vertices + 1];
        int[] uses = new int[4 * vertices + 4];   // per edge: uses forward, backward, child forward, backward
        int[] edgeOf = new int[vertices];   // the edge of each ring segment, in the order visited (read again below)
        int segments = 0;
        for (int i = 0; i < children.length; i++) {
            Geometry g = children[i];
            rings[i] = new Coordinate[g.getNumGeometries()][][];
            ringIds[i] = new int[g.getNumGeometries()][][];
            for (int part = 0; part < g.getNumGeometries(); part++) {
                if (!(g.getGeometryN(part) instanceof Polygon q) || q.isEmpty()) {
                    return null;
                }
                Coordinate[][] r = new Coordinate[1 + q.getNumInteriorRing()][];
                r[0] = oriented(distinct(q.getExteriorRing().getCoordinates()), true);
                for (int h = 0; h < q.getNumInteriorRing(); h++) {
                    r[1 + h] = oriented(distinct(q.getInteriorRingN(h).getCoordinates()), false);
                }
                int[][] rIds = new int[r.length][];
                for (int h = 0; h < r.length; h++) {
                    Coordinate[] ring = r[h];
                    if (ring.length < 4) {
                        return null;
                    }
                    int[] v = new int[ring.length];
                    for (int k = 0; k + 1 < ring.length; k++) {
                        int id = ids.id(ring[k]);
                        if (id == position.length) {
                            position = java.util.Arrays.copyOf(position, 2 * id);
                            occurrences = java.util.Arrays.copyOf(occurrences, 2 * id);
                        }
                        if (position[id] == null) {
                            position[id] = ring[k];
                        }
                        occurrences[id]++;
                        v[k] = id;
                    }
                    v[ring.length - 1] = v[0];
                    for (int k = 0; k + 1 < ring.length; k++) {
                        int e = ids.edge(v[k], v[k + 1]);
                        edgeOf = PositionIds.atLeast(edgeOf, segments + 1);
                        edgeOf[segments++] = e;
                        uses = PositionIds.atLeast(uses, 4 * e + 4);
                        int side = v[k] < v[k + 1] ? 0 : 1;
                        if (++uses[4 * e + side] > 1) {
                            return null;   // two rings run along the same edge the same way: an overlap
                        }
                        uses[4 * e + 2 + side] = i;
                    }
                    rIds[h] = v;
                }
                rings[i][part] = r;
                ringIds[i][part] = rIds;
            }
        }
        int count = ids.size();
        // the edges no sibling shares: R, walked from vertex to vertex (from its vertex met first)
        int[] outerNext = new int[count];
        java.util.Arrays.fill(outerNext, -1);
        int m = 0;
        int first = count;
        int visited = 0;
        for (int i = 0; i < children.length; i++) {
            for (int[][] part : ringIds[i]) {
                for (int[] v : part) {
                    for (int k = 0; k + 1 < v.length; k++) {
                        int e = edgeOf[visited++];   // the rings in the order of the loop above
                        int forward = uses[4 * e];
                        int backward = uses[4 * e + 1];
                        if (forward == 1 && backward == 1) {
                            if (uses[4 * e + 2] == uses[4 * e + 3]) {
                                return null;   // a child's own edge back and forth
                            }
                            continue;
                        }
                        // used once, this way round (twice the same way returned above)
                        if (outerNext[v[k]] >= 0) {
                            return null;   // R touches itself
                        }
                        outerNext[v[k]] = v[k + 1];
                        first = Math.min(first, v[k]);
                        m++;
                    }
                }
            }
        }
        if (m == 0) {
            return null;
        }
        int[] rId = new int[m + 1];
        Coordinate[] r = new Coordinate[m + 1];
        rId[0] = first;
        r[0] = position[first];
        for (int k = 1; k <= m; k++) {
            rId[k] = outerNext[rId[k - 1]];
            if (rId[k] < 0 || k < m && rId[k] == rId[0]) {
                return null;   // more than one ring
            }
            r[k] = position[rId[k]];
        }
        if (rId[m] != rId[0]) {
            return null;
        }
        int[] onR = new int[count];   // per position, its index on R, or -1
        java.util.Arrays.fill(onR, -1);
        int[] times = new int[m];
        for (int k = 0; k < m; k++) {
            onR[rId[k]] = k;
            times[k] = occurrences[rId[k]];
        }
        int[][][][] onRing = new int[children.length][][][];
        for (int i = 0; i < children.length; i++) {
            onRing[i] = new int[ringIds[i].length][][];
            for (int part = 0; part < ringIds[i].length; part++) {
                onRing[i][part] = new int[ringIds[i][part].length][];
                for (int h = 0; h < ringIds[i][part].length; h++) {
                    int[] v = ringIds[i][part][h];
                    int[] w = new int[v.length];
                    for (int k = 0; k < v.length; k++) {
                        w[k] = onR[v[k]];
                    }
                    onRing[i][part][h] = w;
                }
            }
        }
        int[] counts = occurrences;
        return new Border(rings, onRing, r, times, c -> {
            int id = ids.find(c);
            return id < 0 ? 0 : counts[id];
        });
    }

    /** Fits the children whose rings and outer border R are {@code border} (see {@link #fit}). */
    private Geometry[] fit(Geometry[] children, Border border, double widestFilledMetres, double foldMetres) {
        Coordinate[][][][] rings = border.rings();
        int[][][][] onRing = border.onR();
        Coordinate[] r = border.r();
        int m = border.m();
        if (!Orientation.isCCW(r)) {
            return null;
        }
        boolean anyJunction = false;
        for (int k = 0; k < m; k++) {
            anyJunction |= border.times()[k] > 1;
        }
        boolean[] junction = new boolean[m];
        for (int k = 0; k < m; k++) {
            int times = border.times()[k];
            if (times > 2) {
                // three rings or more meet at a vertex of R (a grid touching the outline at a point,
                // a ring touching itself): the faces move it in the grids whose outer border it is
                // and settle the slivers around it, which this class does not reproduce
                return null;
            }
            junction[k] = times == 2 || !anyJunction && k == 0;
        }
        // each vertex of R onto its nearest point of the outline; a junction whose shared border
        // comes from inside the parent to a vertex of the outline, and from there runs along the
        // outline or outside it to the junction, onto the last such vertex (the faces would cut
        // the border's part beyond it off): that part of the border is dropped
        Landing[] at = new Landing[m];
        for (int k = 0; k < m; k++) {
            at[k] = nearest(r[k]);
            if (at[k] == null) {
                return null;
            }
        }
        PositionIndex dropped = null;   // the positions of the dropped border vertices (off R)
        int[][] leaving = new int[m][];   // per vertex of R: child, part, ring, index of the R edge leaving it
        for (int i = 0; i < children.length; i++) {
            for (int part = 0; part < onRing[i].length; part++) {
                for (int h = 0; h < onRing[i][part].length; h++) {
                    int[] v = onRing[i][part][h];
                    for (int k = 0; k + 1 < v.length; k++) {
                        int a = v[k];
                        if (a >= 0 && v[k + 1] == (a + 1) % m) {
                            leaving[a] = new int[] {i, part, h, k};
                        }
                    }
                }
            }
        }
        for (int k = 0; k < m; k++) {
            if (!junction[k]) {
                continue;
            }
            if (border.times()[k] == 2) {   // else the one vertex of a grid alone on R
                int[] where = leaving[k];
                Coordinate[] ring = rings[where[0]][where[1]][where[2]];
                int[] v = onRing[where[0]][where[1]][where[2]];
                int len = ring.length - 1;
                int last = 0;   // steps along the border to the last vertex of the outline met
                for (int step = 1; step <= MOST_DROPPED && step < len; step++) {
                    int back = (where[3] - step + len) % len;
                    Coordinate b = ring[back];
                    // (the count of the ring vertices at b last: off the outline's reach it is not needed)
                    if (v[back] >= 0 || nearest(b) == null || border.positions().occurrences(b) != 2) {
                        break;
                    }
                    if (outlineVertex(b) >= 0) {
                        last = step;
                    } else if (inside(b)) {
                        break;
                    }
                }
                if (last > 0) {
                    Coordinate b = ring[(where[3] - last + len) % len];
                    int vertex = outlineVertex(b);
                    at[k] = new Landing(vertex, 0, outline[vertex]);
                    for (int step = 1; step < last; step++) {
                        Coordinate d = ring[(where[3] - step + len) % len];
                        if (dropped == null) {
                            dropped = new PositionIndex(MOST_DROPPED);
                        }
                        if (dropped.find(d.x, d.y) < 0) {
                            dropped.add(d.x, d.y);
                        }
                    }
                }
            }
        }
        // once round the outline in R's order: a vertex that lands behind the one before it by at
        // most the fold allowance (two vertices snapping left in the other order) lands where that
        // one did; each moved edge of R stays close to the outline's stretch it replaces
        int k0 = 0;
        while (!junction[k0]) {
            k0++;
        }
        double turns = 0;
        Landing current = at[k0];
        for (int step = 1; step <= m; step++) {
            int k = (k0 + step) % m;
            double d = at[k].segment() + at[k].along() - current.segment() - current.along();
            if (d > n / 2.0) {
                d -= n;
            } else if (d <= -n / 2.0) {
                d += n;
            }
            if (d < 0) {
                if (step == m || Math.hypot((at[k].onto().x - current.onto().x) * sx,
                        (at[k].onto().y - current.onto().y) * sy) > foldMetres) {
                    return null;
                }
                at[k] = current;
                d = 0;
            }
            turns += d;
            int between = (at[k].segment() - current.segment() + n) % n;
            for (int j = 1; j <= between; j++) {
                Coordinate c = outline[(current.segment() + j) % n];
                if (!(metres(c, current.onto(), at[k].onto()) < widestFilledMetres)) {
                    return null;
                }
            }
            current = at[k];
        }
        if (Math.abs(turns - n) > 1e-6 * n) {
            return null;
        }
        Coordinate[] moved = new Coordinate[m];   // per vertex of R, where a junction moves
        for (int k = 0; k < m; k++) {
            if (junction[k]) {
                moved[k] = at[k].onto();
            }
        }
        // the children rebuilt: junctions moved, runs of R replaced by the outline's stretches
        int[] segment = new int[m];
        for (int k = 0; k < m; k++) {
            segment[k] = at[k].segment();
        }
        Refit refit = new Refit(junction, moved, dropped, segment, outline, m);
        GeometryFactory factory = children[0].getFactory();
        Geometry[] out = new Geometry[children.length];
        for (int i = 0; i < children.length; i++) {
            boolean touched = false;
            Coordinate[][][] fitted = new Coordinate[rings[i].length][][];
            for (int part = 0; part < fitted.length; part++) {
                Coordinate[][] before = rings[i][part];
                fitted[part] = new Coordinate[before.length][];
                for (int h = 0; h < before.length; h++) {
                    fitted[part][h] = refit.ring(before[h], onRing[i][part][h]);
                    if (fitted[part][h] == null) {
                        return null;
                    }
                    touched |= fitted[part][h] != before[h];
                }
            }
            if (!touched) {
                out[i] = children[i];   // most of a group: its rings are not built again
                continue;
            }
            Polygon[] parts = new Polygon[fitted.length];
            for (int part = 0; part < parts.length; part++) {
                LinearRing[] after = new LinearRing[fitted[part].length];
                for (int h = 0; h < after.length; h++) {
                    after[h] = factory.createLinearRing(CoordinateArrays.copyDeep(fitted[part][h]));
                }
                parts[part] = factory.createPolygon(after[0], java.util.Arrays.copyOfRange(after, 1, after.length));
            }
            Geometry g = children[i] instanceof MultiPolygon ? factory.createMultiPolygon(parts) : parts[0];
            if (!SimpleShell.certifies(g) && !g.isValid()) {
                return null;
            }
            out[i] = g;
        }
        return out;
    }
    /** {@return where v lands on the outline: its nearest point, when within the maximum gap width; else null} */
    private Landing nearest(Coordinate v) {
        best = Double.POSITIVE_INFINITY;
        bestSegment = -1;
        if (index != null) {
            @SuppressWarnings("unchecked")
            List<Integer> near = index.query(new Envelope(v.x - reach, v.x + reach, v.y - reach, v.y + reach));
            for (int s : near) {
                consider(s, v);
            }
        } else {
            // every segment within the reach of v crosses one of the cells around v's
            query++;
            int c1 = column(v.x + reach);
            int r0 = row(v.y - reach);
            int r1 = row(v.y + reach);
            for (int c = column(v.x - reach); c <= c1; c++) {
                for (int r = r0; r <= r1; r++) {
                    for (int entry = head[c * rows + r]; entry >= 0; entry = nextEntry[entry]) {
                        int s = entrySegment[entry];
                        if (seen[s] == query) {
                            continue;
                        }
                        seen[s] = query;
                        consider(s, v);
                    }
                }
            }
        }
        int segment = bestSegment;
        if (segment < 0 || Math.hypot((bestX - v.x) * sx, (bestY - v.y) * sy) > maxGap) {
            return null;
        }
        Coordinate a = outline[segment];
        if (bestX == a.x && bestY == a.y) {
            return new Landing(segment, 0, a);
        }
        Coordinate b = outline[segment + 1];
        if (bestX == b.x && bestY == b.y) {
            int next = (segment + 1) % n;
            return new Landing(next, 0, outline[next]);
        }
        line.setCoordinates(a, b);
        return new Landing(segment, Math.min(Math.max(line.projectionFactor(v), 0), 1), new Coordinate(bestX, bestY));
    }

    /**
     * The nearest segment met so far in {@link #nearest}: its squared distance, index and nearest
     * point (as two numbers: a query met several segments nearer in turn, each was allocated).
     */
    private double best;
    private int bestSegment;
    private double bestX;
    private double bestY;

    /**
     * Measures segment s against v, keeping it when nearer (ties: the lower index). The nearest
     * point is {@code LineSegment.closestPoint}'s (the same arithmetic: the projection inside the
     * segment, else the nearer end), compared by squared distance without allocating.
     */
    private void consider(int s, Coordinate v) {
        Coordinate a = outline[s];
        Coordinate b = outline[s + 1];
        double r;
        if (v.x == a.x && v.y == a.y) {
            r = 0;
        } else if (v.x == b.x && v.y == b.y) {
            r = 1;
        } else {
            double dx = b.x - a.x;
            double dy = b.y - a.y;
            double length2 = dx * dx + dy * dy;
            r = length2 <= 0 ? Double.NaN : ((v.x - a.x) * dx + (v.y - a.y) * dy) / length2;
        }
        double qx;
        double qy;
        if (r > 0 && r < 1) {
            qx = a.x + r * (b.x - a.x);
            qy = a.y + r * (b.y - a.y);
        } else {
            double ax = a.x - v.x;
            double ay = a.y - v.y;
            double bx = b.x - v.x;
            double by = b.y - v.y;
            boolean nearerA = ax * ax + ay * ay < bx * bx + by * by;
            qx = nearerA ? a.x : b.x;
            qy = nearerA ? a.y : b.y;
        }
        double ex = qx - v.x;
        double ey = qy - v.y;
        double d = ex * ex + ey * ey;
        if (d < best || d == best && s < bestSegment) {
            best = d;
            bestSegment = s;
            bestX = qx;
            bestY = qy;
        }
    }

    private boolean inside(Coordinate c) {
        if (inParent == null) {
            inParent = new IndexedPointInAreaLocator(parent);
        }
        return inParent.locate(c) == Location.INTERIOR;
    }

    /** Rebuilds the children's rings once R's landings are known (see {@link #ring}). */
    private record Refit(boolean[] junction, Coordinate[] moved, PositionIndex dropped, int[] segment,
            Coordinate[] outline, int m) {

        /**
         * {@return a ring with its junctions moved and its runs of R replaced by the outline's
         * stretches; the same array when nothing changed; null when a run does not start at a
         * junction} {@code onR} are the ring's vertices' indexes on R (-1: off R), parallel to it.
         */
        Coordinate[] ring(Coordinate[] ring, int[] onR) {
            int len = ring.length - 1;
            boolean any = false;
            int start = -1;
            for (int k = 0; k < len; k++) {
                int at = onR[k];
                if (at >= 0) {
                    any = true;
                    if (junction[at] && start < 0) {
                        start = k;
                    }
                }
            }
            if (!any) {
                return ring;
            }
            if (start < 0) {
                start = 0;   // vertices on R, but no run of R starts in this ring (it only touches R)
            }
            int n = outline.length - 1;
            List<Coordinate> out = new ArrayList<>(len + 8);
            int k = start;
            int done = 0;
            while (done < len) {
                Coordinate a = ring[k];
                int at = onR[k];
                int next = onR[k + 1];
                boolean outer = at >= 0 && next >= 0 && next == (at + 1) % m;
                if (!outer) {
                    if (at >= 0) {
                        Coordinate to = moved[at];
                        add(out, to == null ? a : to);
                    } else if (dropped == null || dropped.find(a.x, a.y) < 0) {
                        add(out, a);
                    }
                    k = (k + 1) % len;
                    done++;
                    continue;
                }
                if (!junction[at]) {
                    return null;
                }
                // a run of R from junction a to the next junction w along this ring
                int steps = 0;
                int w = at;
                do {
                    w = (w + 1) % m;
                    steps++;
                } while (!junction[w]);
                add(out, moved[at]);
                int from = segment[at];
                int to = segment[w];
                int between = steps == m ? n : (to - from + n) % n;
                if (steps == m && between == 0) {
                    between = n;
                }
                for (int j = 1; j <= between; j++) {
                    add(out, outline[(from + j) % n]);
                }
                k = (k + steps) % len;
                done += steps;
            }
            if (out.size() > 1 && out.get(out.size() - 1).equals2D(out.get(0))) {
                out.remove(out.size() - 1);
            }
            if (out.size() < 3) {
                return null;
            }
            out.add(new Coordinate(out.get(0)));
            // a junction moved onto the outline beyond a vertex of its border already on it comes back
            // along the same stretch: that spike of no width is cut off, as the faces would
            Coordinate[] result = GroupSnapping.withoutSpikes(out.toArray(new Coordinate[0]));
            if (result.length < 4) {
                return null;
            }
            return sameCoordinates(result, ring) ? ring : result;
        }
    }
    private static void add(List<Coordinate> out, Coordinate c) {
        if (out.isEmpty() || !out.get(out.size() - 1).equals2D(c)) {
            out.add(c);
        }
    }

    /** {@return whether closed rings a and b have the same vertices in the same order, from any start} */
    private static boolean sameCoordinates(Coordinate[] a, Coordinate[] b) {
        if (a.length != b.length) {
            return false;
        }
        int n = a.length - 1;
        int shift = -1;
        for (int i = 0; i < n && shift < 0; i++) {
            if (a[i].equals2D(b[0])) {
                shift = i;
            }
        }
        if (shift < 0) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (!a[(i + shift) % n].equals2D(b[i])) {
                return false;
            }
        }
        return true;
    }

    /** {@return the distance in metres from c to segment ab} */
    private double metres(Coordinate c, Coordinate a, Coordinate b) {
        Coordinate p = new Coordinate(0, 0);
        Coordinate a1 = new Coordinate((a.x - c.x) * sx, (a.y - c.y) * sy);
        Coordinate b1 = new Coordinate((b.x - c.x) * sx, (b.y - c.y) * sy);
        return Distance.pointToSegment(p, a1, b1);
    }

    private static Polygon single(Geometry g) {
        if (g instanceof Polygon p && !p.isEmpty()) {
            return p;
        }
        if (g instanceof MultiPolygon mp && mp.getNumGeometries() == 1) {
            return (Polygon) mp.getGeometryN(0);
        }
        return null;
    }

    /** {@return the ring without consecutive repeated vertices, closed} */
    private static Coordinate[] distinct(Coordinate[] cs) {
        boolean repeated = cs.length < 2 || cs[cs.length - 1].equals2D(cs[cs.length - 2]);
        for (int k = 0; k + 1 < cs.length && !repeated; k++) {
            repeated = cs[k].equals2D(cs[k + 1]);
        }
        if (!repeated && cs[0].equals2D(cs[cs.length - 1])) {
            return cs;   // closed, no vertex repeated: as the loop below would leave it
        }
        List<Coordinate> out = new ArrayList<>(cs.length);
        for (Coordinate c : cs) {
            add(out, c);
        }
        if (out.size() > 1 && out.get(out.size() - 1).equals2D(out.get(0))) {
            out.remove(out.size() - 1);
        }
        if (out.isEmpty()) {
            return new Coordinate[0];
        }
        out.add(out.get(0));
        return out.size() == cs.length ? cs : out.toArray(new Coordinate[0]);
    }

    private static Coordinate[] oriented(Coordinate[] cs, boolean counterClockwise) {
        return OutlineChange.oriented(cs, counterClockwise);
    }
}

package io.gridgov.geo.validate;

import io.gridgov.geo.CoordinateSystem;
import java.util.Arrays;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

/**
 * Snapping of a group whose children tile each other exactly, by their outline alone (外轮廓吸附):
 * the children's outline ({@link ChildOutline}) is snapped with the parent ({@link
 * GroupSnapping#snapOutline}), and each moved outline position is carried into every child ring
 * that holds it (a junction, where an interior border meets the outline, is in two or more), each
 * vertex inserted into an outline segment into the one child ring that segment comes from. The
 * children's interior borders, shared vertex for vertex, are not read by the snapping at all: on a
 * city whose street outlines come from another survey they hold two thirds of the vertices.
 *
 * <p>Why the result is the whole group's snapping ({@link GroupSnapping#snap}) where it matters:
 * the outline is snapped with the corners and the order in which the whole group meets the
 * outline's positions (its children's turns and ring order, not the outline's), so its
 * representatives, pairs and inserts are the whole group's, provided nothing else takes part.
 * This is checked, not assumed; the group is left to the whole group's snapping (this returns
 * null) unless:
 * <ul>
 *   <li>no vertex of a child away from the outline lies within the tolerance of a vertex of the
 *       outline or the parent, nor of an edge between their representatives (so it neither moves
 *       onto one, nor takes one, nor goes into such an edge);</li>
 *   <li>no representative of the outline or the parent lies within the tolerance of a child's
 *       interior segment (its ends on the outline taken at their representatives) that does not
 *       end at it (so none goes into an interior border);</li>
 *   <li>no representative of the outline lies within the tolerance of an edge of the outline it
 *       does not end (there the outline's ring and the child's ring could answer the spike rule
 *       differently);</li>
 *   <li>the parent is one polygon without holes, every changed child too, every changed ring and
 *       the snapped outline are simple ({@link SimpleShell}) and the outline counter-clockwise,
 *       and the changed children's chains add up to the snapped outline's
 *       ({@link ExactTiling#addRing}): the snapped children still tile the snapped outline
 *       exactly, so their union is it and {@code CoverageValidator} has nothing to flag.</li>
 * </ul>
 * What the whole group would also do and this does not: snap vertices away from the outline to
 * each other (two vertices of an interior border closer than the tolerance). Both sides of such a
 * border move together there, so the children keep tiling each other and their outline; the
 * findings, which are measured between the outline and the parent, are the same. The count of
 * snapped vertices then means the vertices snapped where the children and their parent disagree
 * (a position on the outline counted once, not once per child ring holding it).
 *
 * <p>Stateless.
 */
final class OutlineSnapping {

    private OutlineSnapping() {
    }

    static final java.util.concurrent.atomic.AtomicIntegerArray DEBUG = new java.util.concurrent.atomic.AtomicIntegerArray(12);
    static final java.util.concurrent.atomic.AtomicLongArray NANOS = new java.util.concurrent.atomic.AtomicLongArray(8);
    static void lap(int i, long t0) {
        NANOS.addAndGet(i, System.nanoTime() - t0);
    }
    static {
        if (System.getProperty("outline.debug") != null) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> System.err.println("outline " + DEBUG + " ms " + NANOS)));
        }
    }

    private static <T> T no(int reason) {
        DEBUG.incrementAndGet(reason);
        return null;
    }

    /**
     * A group snapped by its outline.
     *
     * @param children the snapped children, parallel to the input (an unchanged one is the same instance)
     * @param parent the snapped parent
     * @param snappedVertices the vertices snapped where the children and the parent disagree
     * @param tilesExactly whether the snapped children tile the snapped parent exactly
     * @param union the snapped children's union (their snapped outline), valid
     */
    record Snapped(Geometry[] children, Geometry parent, int snappedVertices, boolean tilesExactly, Polygon union) {

        /** {@return whether any geometry changed} */
        boolean changed(Geometry[] before, Geometry parentBefore) {
            for (int i = 0; i < before.length; i++) {
                if (children[i] != before[i]) {
                    return true;
                }
            }
            return parent != parentBefore;
        }
    }

    /**
     * Whether a group may tile its parent exactly once snapped, as far as the envelopes tell: the
     * children's and the parent's differ by at most four times the tolerance on every side (after
     * snapping the outline and the parent are one ring; each of its vertices is a position of the
     * input within the tolerance of a snapped edge, which lies within the tolerance of the input's,
     * so each snapped envelope lies within twice the tolerance of its input's). A group that fails
     * is snapped whole: by its outline it would have to pass every check of the class comment,
     * which a parent drawn that far from its children rarely does (it crosses their interior
     * borders), and the outline's hashing would be spent for nothing.
     *
     * @param children the children
     * @param parent the parent
     * @param toleranceMetres the tolerance
     * @param crs the coordinate system
     * @return false when the group certainly does not tile exactly once snapped
     */
    static boolean mayTile(Geometry[] children, Geometry parent, double toleranceMetres, CoordinateSystem crs) {
        Envelope c = new Envelope();
        for (Geometry g : children) {
            c.expandToInclude(g.getEnvelopeInternal());
        }
        Envelope p = parent.getEnvelopeInternal();
        Envelope frame = new Envelope(c);
        frame.expandToInclude(p);
        double sx = GroupSnapping.scaleX(frame, crs);
        double sy = GroupSnapping.scaleY(frame, crs);
        double most = 4 * toleranceMetres * (1 + 1e-6);
        return Math.abs(c.getMinX() - p.getMinX()) * sx <= most && Math.abs(c.getMaxX() - p.getMaxX()) * sx <= most
                && Math.abs(c.getMinY() - p.getMinY()) * sy <= most && Math.abs(c.getMaxY() - p.getMaxY()) * sy <= most;
    }

    /**
     * Snaps a group by its outline (see the class comment).
     *
     * @param children the children, valid
     * @param parent the parent, valid
     * @param toleranceMetres the tolerance, &gt; 0
     * @param crs the coordinate system
     * @param rings the group's rings (holding the children and the parent)
     * @param childChains the children's tagged chains ({@link ExactTiling#childrenOf}), or null
     * @return the snapped group; null when the whole group's snapping must run instead
     */
    static Snapped snap(Geometry[] children, Geometry parent, double toleranceMetres, CoordinateSystem crs,
            GroupRings rings, ExactTiling childChains) {
        if (!(parent instanceof Polygon p) || p.isEmpty() || p.getNumInteriorRing() != 0 || children.length == 0) {
            return no(0);
        }
        int parentIndex = rings.indexOf(parent);
        int[] index = new int[children.length];
        for (int i = 0; i < children.length && parentIndex >= 0; i++) {
            index[i] = rings.indexOf(children[i]);
            if (index[i] < 0) {
                return null;
            }
        }
        if (parentIndex < 0) {
            return null;
        }
        long t0 = System.nanoTime();
        ChildOutline outline = childChains != null ? ChildOutline.of(rings, childChains)
                : ChildOutline.of(rings, index);
        lap(0, t0);
        if (outline != null) {
            NANOS.addAndGet(6, outline.size());
            NANOS.addAndGet(7, rings.x.length);
        }
        if (outline == null) {
            return no(1);
        }
        return new Run(children, parent, toleranceMetres, crs, rings, index, parentIndex, outline).snap();
    }

    /** One snapping: the group, its outline and what is learnt of them. */
    private static final class Run {
        private final Geometry[] children;
        private final Geometry parent;
        private final double tolerance;
        private final CoordinateSystem crs;
        private final GroupRings rings;
        private final int[] index;
        private final int parentIndex;
        private final ChildOutline outline;
        private final int n;
        private final double[] xs;
        private final double[] ys;
        /** Per vertex of the group's rings, the outline segment its ring segment is, else -1. */
        private final int[] segmentOf;
        /** Per vertex of the group's rings (a child's), the outline vertex at its position, else -1. */
        private final int[] outlineVertexOf;
        private final Envelope frame = new Envelope();
        private final double sx;
        private final double sy;
        private final double reach;

        Run(Geometry[] children, Geometry parent, double toleranceMetres, CoordinateSystem crs, GroupRings rings,
                int[] index, int parentIndex, ChildOutline outline) {
            this.children = children;
            this.parent = parent;
            this.tolerance = toleranceMetres;
            this.crs = crs;
            this.rings = rings;
            this.index = index;
            this.parentIndex = parentIndex;
            this.outline = outline;
            this.n = outline.size();
            this.xs = rings.x;
            this.ys = rings.y;
            for (Geometry g : children) {
                frame.expandToInclude(g.getEnvelopeInternal());
            }
            frame.expandToInclude(parent.getEnvelopeInternal());
            sx = GroupSnapping.scaleX(frame, crs);
            sy = GroupSnapping.scaleY(frame, crs);
            reach = toleranceMetres * (1 + 1e-6);
            segmentOf = new int[xs.length];
            outlineVertexOf = new int[xs.length];
            Arrays.fill(segmentOf, -1);
            Arrays.fill(outlineVertexOf, -1);
        }

        Snapped snap() {
            long t0 = System.nanoTime();
            // the children's rings' ends: per ring start its closing vertex, per closing vertex its start (+1)
            int[] closingOf = new int[xs.length];
            int[] startOf = new int[xs.length];
            for (int c : index) {
                for (int r = rings.firstRing(c); r < rings.endRing(c); r++) {
                    int from = rings.start(r);
                    int last = from + rings.size(r) - 1;
                    if (last > from) {
                        closingOf[from] = last + 1;
                        startOf[last] = from + 1;
                    }
                }
            }
            // which ring segments and vertices are the outline's; the vertices at the outline's
            // positions ("occurrences"), in the order the whole group meets them (ring order)
            int[] occurrences = new int[2 * n];
            int count = 0;
            for (int i = 0; i < n; i++) {
                int s = outline.source[i];
                int k = s >= 0 ? s : ~s;
                segmentOf[k] = i;
                int next = startOf[k + 1] != 0 ? startOf[k + 1] - 1 : k + 1;
                int j = i + 1 == n ? 0 : i + 1;
                if (outlineVertexOf[k] < 0) {
                    occurrences[count++] = k;
                }
                if (outlineVertexOf[next] < 0) {
                    occurrences[count++] = next;
                }
                outlineVertexOf[k] = s >= 0 ? i : j;
                outlineVertexOf[next] = s >= 0 ? j : i;
            }
            Arrays.sort(occurrences, 0, count);
            // the children's corners and order of the outline's positions, as the whole group meets them
            double[] bestTurn = new double[n];
            int[] bestMet = new int[n];
            boolean[] met = new boolean[n];
            int[] plainOrder = new int[n];
            int plain = 0;
            // the interior segments at the outline's vertices, by the rings that hold them there
            ExactTiling atOutline = ExactTiling.chains(16);
            for (int o = 0; o < count; o++) {
                int b = occurrences[o];
                int j = outlineVertexOf[b];
                if (!met[j]) {
                    met[j] = true;
                    plainOrder[plain++] = j;
                }
                int a = closingOf[b] != 0 ? closingOf[b] - 2 : b - 1;
                int d = b + 1;
                int orient = outline.source[segmentOf[segmentOf[a] >= 0 ? a : b]] >= 0 ? 1 : -1;
                if (segmentOf[a] < 0) {
                    atOutline.addSegment(xs[a], ys[a], xs[b], ys[b], orient);
                }
                if (segmentOf[b] < 0) {
                    atOutline.addSegment(xs[b], ys[b], xs[d], ys[d], orient);
                }
                double turn = GroupSnapping.cornerTurn((xs[b] - xs[a]) * sx, (ys[b] - ys[a]) * sy,
                        (xs[d] - xs[b]) * sx, (ys[d] - ys[b]) * sy);
                if (turn > bestTurn[j]) {
                    bestTurn[j] = turn;
                    bestMet[j] = o;
                }
            }
            if (plain != n || !atOutline.cancelled()) {
                // a ring holds an outline position without a segment of the outline there (three
                // or more children meet at it): not carried into, so left to the whole group
                return no(3);
            }
            int corners = 0;
            long[] byMet = new long[n];
            for (int j = 0; j < n; j++) {
                if (bestTurn[j] > 0) {
                    byMet[corners++] = ((long) bestMet[j] << 32) | j;
                }
            }
            Arrays.sort(byMet, 0, corners);
            int[] cornerVertex = new int[corners];
            double[] cornerTurn = new double[corners];
            for (int k = 0; k < corners; k++) {
                cornerVertex[k] = (int) byMet[k];
                cornerTurn[k] = bestTurn[cornerVertex[k]];
            }
            GeometryFactory f = parent.getFactory();
            Coordinate[] ring = new Coordinate[n + 1];
            for (int j = 0; j <= n; j++) {
                ring[j] = new Coordinate(outline.x[j], outline.y[j]);
            }
            Polygon outlinePolygon = f.createPolygon(ring);
            lap(1, t0);
            t0 = System.nanoTime();
            GroupSnapping.Result snapped = GroupSnapping.snapOutline(outlinePolygon, parent, tolerance, crs, frame,
                    cornerVertex, cornerTurn, plainOrder);
            lap(2, t0);
            t0 = System.nanoTime();
            Coordinate[][] outlineImages = snapped.segmentImages(0);
            // the children will tile their snapped outline exactly; it tiles the snapped parent
            // exactly when the two are one ring (both simple: the outline's is certified below, and
            // the parent's is then the same ring). A group that tiles exactly once snapped has no
            // finding, however its interior would have snapped; any other must have snapped as the
            // whole group (see the class comment).
            boolean tiles = snapped.sameRingAsParent(0);
            if (!tiles && !apart(outlineImages, snapped.segmentImages(-1))) {
                return no(8);
            }
            // the snapped outline, and the children carrying its moves
            Coordinate[] newOutline = joined(outlineImages);
            if (newOutline == null || !simple(newOutline) || !counterClockwise(newOutline)) {
                return no(4);
            }
            Geometry[] out = children.clone();
            int o = 0;
            for (int i = 0; i < children.length; i++) {
                int r = rings.firstRing(index[i]);
                int end = rings.start(rings.endRing(index[i]));
                boolean changes = false;
                for (; o < count && occurrences[o] < end; o++) {
                    int b = occurrences[o];
                    Coordinate at = outlineImages[outlineVertexOf[b]][0];
                    changes |= at.x != xs[b] || at.y != ys[b] || segmentOf[b] >= 0 && outlineImages[segmentOf[b]].length > 1;
                }
                if (!changes) {
                    continue;
                }
                if (!(children[i] instanceof Polygon) || rings.endRing(index[i]) != r + 1) {
                    return no(5);
                }
                Coordinate[] carried = carried(r, outlineImages,
                        ((Polygon) children[i]).getExteriorRing().getCoordinateSequence());
                if (carried == null || !simple(carried)) {
                    return no(6);
                }
                out[i] = f.createPolygon(carried);
            }
            lap(3, t0);
            DEBUG.incrementAndGet(tiles ? 9 : 10);
            return new Snapped(out, snapped.parent(), snapped.snappedVertices(), tiles,
                    f.createPolygon(newOutline));
        }

        /** {@return child ring {@code r} with the outline's moves and inserts, closed, spikes cut; null when nothing is left} */
        private Coordinate[] carried(int r, Coordinate[][] images, CoordinateSequence input) {
            int from = rings.start(r);
            int last = from + rings.size(r) - 1;
            Coordinate[] out = new Coordinate[8 + 2 * (last - from)];
            int count = 0;
            for (int k = from; k < last; k++) {
                int j = outlineVertexOf[k];
                Coordinate at = j >= 0 ? images[j][0] : input.getCoordinate(k - from);
                if (count + 1 >= out.length) {
                    out = Arrays.copyOf(out, out.length * 2);
                }
                count = add(out, count, at);
                int i = segmentOf[k];
                if (i < 0 || images[i].length == 1) {
                    continue;
                }
                Coordinate[] image = images[i];
                if (count + image.length >= out.length) {
                    out = Arrays.copyOf(out, (count + image.length) * 2);
                }
                if (outline.source[i] >= 0) {
                    for (int q = 1; q < image.length; q++) {
                        count = add(out, count, image[q]);
                    }
                } else {
                    for (int q = image.length - 1; q >= 1; q--) {
                        count = add(out, count, image[q]);
                    }
                }
            }
            return close(out, count);
        }

        /** {@return the ring of the segments' images joined, closed, spikes cut; null when nothing is left} */
        private static Coordinate[] joined(Coordinate[][] images) {
            int total = 1;
            for (Coordinate[] image : images) {
                total += image.length;
            }
            Coordinate[] out = new Coordinate[total];
            int c = 0;
            for (Coordinate[] image : images) {
                for (Coordinate p : image) {
                    c = add(out, c, p);
                }
            }
            return close(out, c);
        }

        private static int add(Coordinate[] out, int count, Coordinate p) {
            if (count == 0 || !out[count - 1].equals2D(p)) {
                out[count++] = p;
            }
            return count;
        }

        private static Coordinate[] close(Coordinate[] out, int count) {
            if (count > 0 && out[count - 1].equals2D(out[0])) {
                count--;
            }
            if (count < 3) {
                return null;
            }
            Coordinate[] closed = Arrays.copyOf(out, count + 1);
            closed[count] = closed[0];
            Coordinate[] kept = GroupSnapping.withoutSpikes(closed);
            return kept.length < 4 ? null : kept;
        }

        private static boolean simple(Coordinate[] ring) {
            double[] x = new double[ring.length];
            double[] y = new double[ring.length];
            for (int k = 0; k < ring.length; k++) {
                x[k] = ring[k].x;
                y[k] = ring[k].y;
            }
            return SimpleShell.certifiesShell(x, y);
        }

        private static boolean counterClockwise(Coordinate[] ring) {
            double[] x = new double[ring.length];
            double[] y = new double[ring.length];
            for (int k = 0; k < ring.length; k++) {
                x[k] = ring[k].x;
                y[k] = ring[k].y;
            }
            return ExactTiling.counterClockwise(x, y, 0, ring.length);
        }

        /**
         * Whether nothing away from the outline takes part in the snapping (the first three
         * conditions of the class comment), through cells at least twice the reach wide over the
         * group's frame: the outline's and the parent's input vertices and representatives by
         * cell, their edges (between representatives) in every cell within the reach of them.
         */
        private boolean apart(Coordinate[][] outlineImages, Coordinate[][] parentImages) {
            int m = parentImages.length;
            int pFrom = rings.start(rings.firstRing(parentIndex));
            double x0 = frame.getMinX();
            double y0 = frame.getMinY();
            double width = frame.getWidth() * sx;
            double height = frame.getHeight() * sy;
            double cell = Math.max(2 * reach, Math.max(width, height) / 256);
            Cells cells = new Cells(x0, y0, sx, sy, cell, width, height);
            // the representatives: ids 0 .. n - 1 the outline's, n .. n + m - 1 the parent's
            double[] repX = new double[n + m];
            double[] repY = new double[n + m];
            for (int j = 0; j < n + m; j++) {
                Coordinate c = j < n ? outlineImages[j][0] : parentImages[j - n][0];
                repX[j] = c.x;
                repY[j] = c.y;
            }
            Cells.Items reps = cells.points(repX, repY);
            double[] inX = new double[n + m];
            double[] inY = new double[n + m];
            System.arraycopy(outline.x, 0, inX, 0, n);
            System.arraycopy(outline.y, 0, inY, 0, n);
            System.arraycopy(xs, pFrom, inX, n, m);
            System.arraycopy(ys, pFrom, inY, n, m);
            Cells.Items inputs = cells.points(inX, inY);
            // the edges: edge e from representative e to the next of its ring
            int[] edgeTo = new int[n + m];
            for (int j = 0; j < n + m; j++) {
                edgeTo[j] = j < n ? (j + 1 == n ? 0 : j + 1) : (j + 1 == n + m ? n : j + 1);
            }
            Cells.Items edges = cells.segments(repX, repY, edgeTo, reach);
            // 3. an outline representative near an outline edge it does not end
            for (int e = 0; e < n; e++) {
                if (cells.pointNearSegment(reps, repX, repY, repX[e], repY[e], repX[edgeTo[e]], repY[edgeTo[e]], reach,
                        n)) {
                    DEBUG.incrementAndGet(11);
                    return false;
                }
            }
            // 1. and 2. the children's vertices and segments away from the outline
            for (int c : index) {
                for (int r = rings.firstRing(c); r < rings.endRing(c); r++) {
                    int from = rings.start(r);
                    int last = from + rings.size(r) - 1;
                    for (int k = from; k < last; k++) {
                        int next = k + 1 == last ? from : k + 1;
                        int ja = outlineVertexOf[k];
                        if (ja < 0 && cells.near(xs[k], ys[k], inputs, inX, inY, edges, repX, repY, edgeTo, reach)) {
                            DEBUG.incrementAndGet(0);
                            return false;
                        }
                        if (segmentOf[k] >= 0) {
                            continue;
                        }
                        int jb = outlineVertexOf[next];
                        double ax = ja >= 0 ? outlineImages[ja][0].x : xs[k];
                        double ay = ja >= 0 ? outlineImages[ja][0].y : ys[k];
                        double bx = jb >= 0 ? outlineImages[jb][0].x : xs[next];
                        double by = jb >= 0 ? outlineImages[jb][0].y : ys[next];
                        if (cells.pointNearSegment(reps, repX, repY, ax, ay, bx, by, reach, n + m)) {
                            return false;
                        }
                    }
                }
            }
            return true;
        }
    }

    /**
     * A grid of cells over a group's frame (metres), each with lists of points or segments, read
     * by {@link OutlineSnapping.Run#apart}.
     */
    private static final class Cells {
        private final double x0;
        private final double y0;
        private final double sx;
        private final double sy;
        private final double cell;
        private final int cols;
        private final int rows;

        /** Items in cells: per cell its first entry (+1, 0: none), per entry the item and the next entry. */
        static final class Items {
            final int[] head;
            int[] item;
            int[] next;
            int count;

            Items(int cells, int expected) {
                head = new int[cells];
                item = new int[Math.max(16, expected)];
                next = new int[item.length];
            }

            void add(int c, int id) {
                if (count == item.length) {
                    item = Arrays.copyOf(item, count * 2);
                    next = Arrays.copyOf(next, count * 2);
                }
                item[count] = id;
                next[count] = head[c] - 1;
                head[c] = ++count;
            }
        }

        Cells(double x0, double y0, double sx, double sy, double cell, double width, double height) {
            this.x0 = x0;
            this.y0 = y0;
            this.sx = sx;
            this.sy = sy;
            this.cell = cell;
            this.cols = (int) Math.floor(width / cell) + 1;
            this.rows = (int) Math.floor(height / cell) + 1;
        }

        private int col(double mx) {
            int c = (int) Math.floor(mx / cell);
            return c < 0 ? 0 : c >= cols ? cols - 1 : c;
        }

        private int row(double my) {
            int r = (int) Math.floor(my / cell);
            return r < 0 ? 0 : r >= rows ? rows - 1 : r;
        }

        Items points(double[] x, double[] y) {
            Items items = new Items(cols * rows, x.length);
            for (int j = 0; j < x.length; j++) {
                items.add(col((x[j] - x0) * sx) * rows + row((y[j] - y0) * sy), j);
            }
            return items;
        }

        /** Segments from point j to point {@code to[j]}, each in every cell within {@code reach} of its envelope. */
        Items segments(double[] x, double[] y, int[] to, double reach) {
            Items items = new Items(cols * rows, x.length * 2);
            for (int j = 0; j < x.length; j++) {
                double ax = (x[j] - x0) * sx;
                double ay = (y[j] - y0) * sy;
                double bx = (x[to[j]] - x0) * sx;
                double by = (y[to[j]] - y0) * sy;
                int c1 = col(Math.max(ax, bx) + reach);
                int r0 = row(Math.min(ay, by) - reach);
                int r1 = row(Math.max(ay, by) + reach);
                for (int c = col(Math.min(ax, bx) - reach); c <= c1; c++) {
                    for (int r = r0; r <= r1; r++) {
                        items.add(c * rows + r, j);
                    }
                }
            }
            return items;
        }

        /**
         * Whether (x, y) lies within {@code reach} of one of the points or one of the segments
         * (point j to point {@code to[j]} of {@code sx, sy}), as measured in metres.
         */
        boolean near(double x, double y, Items points, double[] px, double[] py, Items segments, double[] qx,
                double[] qy, int[] to, double reach) {
            double mx = (x - x0) * sx;
            double my = (y - y0) * sy;
            int c0 = col(mx - reach);
            int c1 = col(mx + reach);
            int r0 = row(my - reach);
            int r1 = row(my + reach);
            double reach2 = reach * reach;
            for (int c = c0; c <= c1; c++) {
                for (int r = r0; r <= r1; r++) {
                    for (int e = points.head[c * rows + r] - 1; e >= 0; e = points.next[e]) {
                        int j = points.item[e];
                        double dx = (px[j] - x) * sx;
                        double dy = (py[j] - y) * sy;
                        if (dx * dx + dy * dy <= reach2) {
                            return true;
                        }
                    }
                }
            }
            int own = col(mx) * rows + row(my);
            for (int e = segments.head[own] - 1; e >= 0; e = segments.next[e]) {
                int j = segments.item[e];
                if (distance2(x, y, qx[j], qy[j], qx[to[j]], qy[to[j]]) <= reach2) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Whether one of the points {@code 0 .. limit - 1} other than the segment's ends lies
         * within {@code reach} of segment (ax, ay) → (bx, by).
         */
        boolean pointNearSegment(Items points, double[] px, double[] py, double ax, double ay, double bx, double by,
                double reach, int limit) {
            double amx = (ax - x0) * sx;
            double amy = (ay - y0) * sy;
            double bmx = (bx - x0) * sx;
            double bmy = (by - y0) * sy;
            int c1 = col(Math.max(amx, bmx) + reach);
            int r0 = row(Math.min(amy, bmy) - reach);
            int r1 = row(Math.max(amy, bmy) + reach);
            double reach2 = reach * reach;
            for (int c = col(Math.min(amx, bmx) - reach); c <= c1; c++) {
                for (int r = r0; r <= r1; r++) {
                    for (int e = points.head[c * rows + r] - 1; e >= 0; e = points.next[e]) {
                        int j = points.item[e];
                        if (j >= limit || px[j] == ax && py[j] == ay || px[j] == bx && py[j] == by) {
                            continue;
                        }
                        if (distance2(px[j], py[j], ax, ay, bx, by) <= reach2) {
                            return true;
                        }
                    }
                }
            }
            return false;
        }

        /** {@return the squared distance in metres from (x, y) to segment (ax, ay) → (bx, by)} */
        private double distance2(double x, double y, double ax, double ay, double bx, double by) {
            double dx = (bx - ax) * sx;
            double dy = (by - ay) * sy;
            double px = (x - ax) * sx;
            double py = (y - ay) * sy;
            double length2 = dx * dx + dy * dy;
            double t = length2 == 0 ? 0 : Math.max(0, Math.min(1, (px * dx + py * dy) / length2));
            double ox = px - t * dx;
            double oy = py - t * dy;
            return ox * ox + oy * oy;
        }
    }
}

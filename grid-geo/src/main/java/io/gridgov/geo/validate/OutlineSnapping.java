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
 * city whose street outlines come from another survey they hold nine tenths of the vertices.
 *
 * <p>Only a group that then tiles its parent exactly is answered here (it has no finding); any
 * other is left to the whole group's snapping ({@link GroupSnapping#snap}), whose geometries the
 * checks measure. What is certified before answering: every changed child is one polygon without
 * holes whose ring is simple ({@link SimpleShell}); the snapped outline is simple and
 * counter-clockwise; and it is the parent's snapped ring, position for position. The children's
 * chains add up to the outline's before snapping ({@link ExactTiling#residualOf}); carrying maps
 * every position of the outline to its representative in every ring holding it and every outline
 * segment to its image, so they add up to the snapped outline's after — provided no ring holds an
 * outline position without a segment of the outline there (three or more children meeting at one
 * outline vertex), which is checked: the interior segments at the outline's vertices, in the rings
 * carried, must cancel. So the snapped children are valid and tile the snapped parent exactly
 * (the argument of {@link ExactTiling}). Each segment's image is read off the snapped outline by
 * {@link SegmentImages}; for validation also across the folds snapping leaves (an outline corner
 * cut off with a spike where the parent cuts across it, a zig-zag between two representatives:
 * nine of the redrawn city's hundred streets at 10.5 m, which then went to the whole group's
 * snapping), not for the cleaner ({@link #snapOutlineOnly}), whose output would move.
 *
 * <p>Why this is the whole group's answer, in practice: the outline is snapped with the corners and
 * the order in which the whole group meets the outline's positions (its children's turns and ring
 * order, not the outline's), so its representatives, pairs and inserts are the whole group's as far
 * as nothing away from the outline takes part. What the whole group would also do: snap vertices
 * away from the outline to each other (two vertices of an interior border closer than the
 * tolerance), both sides of the border together, so the children keep tiling; and put a vertex of
 * the parent into an interior border it lies within the tolerance of, where the parent crosses it.
 * Where the outline alone tiles the parent, such moves are not needed for the group to have no
 * finding. ({@code OutlineSnappingProperties} checks on random groups that the whole group's
 * snapping tiles too.) The count of snapped vertices then means the vertices snapped where the
 * children and their parent disagree: the outline's and the parent's (a position on the outline
 * counted once, not once per child ring holding it).
 *
 * <p>Stateless.
 */
final class OutlineSnapping {

    private OutlineSnapping() {
    }

    /**
     * A group snapped by its outline that tiles its snapped parent exactly. Its geometries are built
     * when first asked for: the validation reads only the count (the certificates run on the
     * carried rings as coordinates; a rebuilt parent was 1.5 % of the redrawn city's time at 10.5 m,
     * the children's and the outline's {@code Coordinate} rings a few per cent more).
     */
    static final class Snapped {
        private final Geometry[] before;
        private final GroupSnapping.Result snapping;
        private final GeometryFactory factory;
        /** Per child, its carried ring as {@link Run#carried} left it, or null when it did not change. */
        private final int[][] carried;
        /** Per child, where its ring starts in the group's rings. */
        private final int[] ringStart;
        /** The snapped outline as representatives, closed. */
        private final int[] outlineIds;
        private Geometry[] children;
        private Polygon outline;
        private Geometry parent;

        private Snapped(Geometry[] before, GroupSnapping.Result snapping, GeometryFactory factory, int[][] carried,
                int[] ringStart, int[] outlineIds) {
            this.before = before;
            this.snapping = snapping;
            this.factory = factory;
            this.carried = carried;
            this.ringStart = ringStart;
            this.outlineIds = outlineIds;
        }

        /** Whether {@link #release} gave the snapping's arrays back. */
        private boolean released;

        /**
         * Gives the snapping's arrays back to this thread's kept arrays, for a caller that reads no
         * more than {@link #snappedVertices()} (the validation, of a group that then has no
         * finding): the thread's next street reuses them. The geometries are not asked afterwards.
         */
        void release() {
            if (!released) {
                released = true;
                snapping.giveBack();
            }
        }

        private void requireNotReleased() {
            if (released) {
                throw new IllegalStateException("the snapping's arrays were given back");
            }
        }

        /** {@return the snapped children, parallel to the input (an unchanged one is the same instance)} */
        Geometry[] children() {
            if (children == null) {
                requireNotReleased();
                Geometry[] out = before.clone();
                for (int i = 0; i < out.length; i++) {
                    if (carried[i] != null) {
                        CoordinateSequence input = ((Polygon) before[i]).getExteriorRing().getCoordinateSequence();
                        int[] ring = carried[i];
                        Coordinate[] cs = new Coordinate[ring.length];
                        for (int k = 0; k < ring.length; k++) {
                            int v = ring[k];
                            cs[k] = v >= 0 ? snapping.coordinate(v) : input.getCoordinate(~v - ringStart[i]);
                        }
                        out[i] = factory.createPolygon(cs);
                    }
                }
                children = out;
            }
            return children.clone();
        }

        /** {@return the snapped parent} */
        Geometry parent() {
            if (parent == null) {
                requireNotReleased();
                parent = snapping.parent();
            }
            return parent;
        }

        /** {@return the vertices snapped where the children and the parent disagree} */
        int snappedVertices() {
            return snapping.snappedVertices();
        }

        /** {@return the snapped children's union (their snapped outline, the snapped parent's ring), valid} */
        Polygon outline() {
            if (outline == null) {
                requireNotReleased();
                Coordinate[] cs = new Coordinate[outlineIds.length];
                for (int k = 0; k < cs.length; k++) {
                    cs[k] = snapping.coordinate(outlineIds[k]);
                }
                outline = factory.createPolygon(cs);
            }
            return outline;
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
     * @return the snapped group when it tiles its snapped parent exactly; null when the whole group's
     *     snapping must run instead
     */
    static Snapped snap(Geometry[] children, Geometry parent, double toleranceMetres, CoordinateSystem crs,
            GroupRings rings, ExactTiling childChains) {
        return rings.indexOf(parent) < 0 ? null
                : snap(children, parent, toleranceMetres, crs, rings, childChains, null, true);
    }

    /**
     * Snaps a group by its outline (as {@link #snap(Geometry[], Geometry, double, CoordinateSystem,
     * GroupRings, ExactTiling)}), the children's outline read before.
     *
     * @param outline the children's outline ({@link ChildOutline#of(GroupRings, ExactTiling)}), or
     *     null when they have none (then null)
     * @return the snapped group when it tiles its snapped parent exactly; null when the whole group's
     *     snapping must run instead
     */
    static Snapped snapByKnownOutline(Geometry[] children, Geometry parent, double toleranceMetres,
            CoordinateSystem crs, GroupRings rings, ChildOutline outline) {
        return outline == null || rings.indexOf(parent) < 0 ? null
                : snap(children, parent, toleranceMetres, crs, rings, null, outline, true);
    }

    /**
     * Snaps a group by its outline as {@link #snap} does, but answers also when the snapped children
     * do not tile the snapped parent (the cleaner's use: it fits the outline to the parent itself,
     * see {@code GroupCleaning}). Every other check of the class comment is made, so the snapped
     * children are valid and tile their snapped outline exactly; {@link Snapped#parent()} and
     * {@link Snapped#outline()} are then the snapped parent and the snapped outline, two rings.
     *
     * @param children the children, valid
     * @param parent the parent, valid
     * @param toleranceMetres the tolerance, &gt; 0
     * @param crs the coordinate system
     * @param rings the group's rings (holding the children and the parent)
     * @param childChains the children's tagged chains ({@link ExactTiling#childrenOf}), or null
     * @return the snapped group; null when the children do not tile each other exactly or a check fails
     */
    static Snapped snapOutlineOnly(Geometry[] children, Geometry parent, double toleranceMetres, CoordinateSystem crs,
            GroupRings rings, ExactTiling childChains) {
        return snap(children, parent, toleranceMetres, crs, rings, childChains, null, false);
    }

    /**
     * {@link #snap} when {@code mustTileParent}, else {@link #snapOutlineOnly}; the outline read off
     * {@code known} when given, else off {@code childChains} when given, else off the rings.
     */
    private static Snapped snap(Geometry[] children, Geometry parent, double toleranceMetres, CoordinateSystem crs,
            GroupRings rings, ExactTiling childChains, ChildOutline known, boolean mustTileParent) {
        if (!(parent instanceof Polygon p) || p.isEmpty() || p.getNumInteriorRing() != 0 || children.length == 0) {
            return null;
        }
        int[] index = rings.indexesOf(children);
        if (index == null) {
            return null;
        }
        ChildOutline outline = known != null ? known
                : childChains != null ? ChildOutline.of(rings, childChains) : ChildOutline.of(rings, index);
        if (outline == null) {
            return null;
        }
        Run run = new Run(children, parent, toleranceMetres, crs, rings, index, outline);
        run.mustTileParent = mustTileParent;
        return run.snap();
    }

    /** One snapping: the group, its outline and what is learnt of them. */
    private static final class Run {
        private final Geometry[] children;
        private final Geometry parent;
        private final double tolerance;
        private final CoordinateSystem crs;
        private final GroupRings rings;
        private final int[] index;
        private final ChildOutline outline;
        private final int n;
        private final double[] xs;
        private final double[] ys;
        /**
         * Per vertex of the group's rings, the outline segment its ring segment is, plus one (0:
         * none; no fill). Like the other arrays over the group's rings, borrowed from the thread's
         * {@link KeptArrays} while {@link #snap} runs (it may be longer).
         */
        private int[] segmentOf;
        /** Per vertex of the group's rings (a child's), the outline vertex at its position, plus one (0: none). */
        private int[] outlineVertexOf;
        /** Whether only a group that tiles its snapped parent exactly is answered ({@link #snap} vs {@link #snapOutlineOnly}). */
        private boolean mustTileParent = true;
        private final Envelope frame = new Envelope();
        private final double sx;
        private final double sy;

        Run(Geometry[] children, Geometry parent, double toleranceMetres, CoordinateSystem crs, GroupRings rings,
                int[] index, ChildOutline outline) {
            this.children = children;
            this.parent = parent;
            this.tolerance = toleranceMetres;
            this.crs = crs;
            this.rings = rings;
            this.index = index;
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
        }

        Snapped snap() {
            KeptArrays kept = KeptArrays.ofThisThread();
            segmentOf = kept.zeroedInts(rings.vertexCount());
            outlineVertexOf = kept.zeroedInts(rings.vertexCount());
            // the children's rings' ends: per ring start its closing vertex, per closing vertex its start (+1)
            int[] closingOf = kept.zeroedInts(rings.vertexCount());
            int[] startOf = kept.zeroedInts(rings.vertexCount());
            // room for the snapped outline and a child's carried ring as a rule (grown when not)
            scratchX = kept.doubles(Math.max(64, 2 * n));
            scratchY = kept.doubles(scratchX.length);
            scratchIds = kept.ints(256);
            try {
                return snap(closingOf, startOf);
            } finally {
                kept.giveBack(segmentOf);
                kept.giveBack(outlineVertexOf);
                kept.giveBack(closingOf);
                kept.giveBack(startOf);
                kept.giveBack(scratchX);
                kept.giveBack(scratchY);
                kept.giveBack(scratchIds);
                segmentOf = null;
                outlineVertexOf = null;
                scratchX = null;
                scratchY = null;
                scratchIds = null;
            }
        }

        /** {@link #snap()} with the arrays over the group's rings borrowed (zero). */
        private Snapped snap(int[] closingOf, int[] startOf) {
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
            int count = 0;
            int lowest = rings.vertexCount();
            int highest = -1;
            for (int i = 0; i < n; i++) {
                int s = outline.source[i];
                int k = s >= 0 ? s : ~s;
                segmentOf[k] = i + 1;
                int next = startOf[k + 1] != 0 ? startOf[k + 1] - 1 : k + 1;
                int j = i + 1 == n ? 0 : i + 1;
                if (outlineVertexOf[k] == 0) {
                    count++;
                }
                if (outlineVertexOf[next] == 0) {
                    count++;
                }
                outlineVertexOf[k] = (s >= 0 ? i : j) + 1;
                outlineVertexOf[next] = (s >= 0 ? j : i) + 1;
                lowest = Math.min(lowest, Math.min(k, next));
                highest = Math.max(highest, Math.max(k, next));
            }
            // in ring order: read off the marks (cheaper than sorting them)
            int[] occurrences = new int[count];
            for (int k = lowest, o = 0; k <= highest; k++) {
                if (outlineVertexOf[k] != 0) {
                    occurrences[o++] = k;
                }
            }
            // the children's corners and order of the outline's positions, as the whole group meets them
            double[] bestTurn = new double[n];
            int[] bestMet = new int[n];
            boolean[] met = new boolean[n];
            int[] plainOrder = new int[n];
            int plain = 0;
            // the interior segments at the outline's vertices, by the rings that hold them there
            KeptArrays kept = KeptArrays.ofThisThread();
            ExactTiling atOutline = ExactTiling.chains(count, kept);
            for (int o = 0; o < count; o++) {
                int b = occurrences[o];
                int j = outlineVertexOf[b] - 1;
                if (!met[j]) {
                    met[j] = true;
                    plainOrder[plain++] = j;
                }
                int a = closingOf[b] != 0 ? closingOf[b] - 2 : b - 1;
                int d = b + 1;
                int orient = outline.source[(segmentOf[a] != 0 ? segmentOf[a] : segmentOf[b]) - 1] >= 0 ? 1 : -1;
                if (segmentOf[a] == 0) {
                    atOutline.addSegment(xs[a], ys[a], xs[b], ys[b], orient);
                }
                if (segmentOf[b] == 0) {
                    atOutline.addSegment(xs[b], ys[b], xs[d], ys[d], orient);
                }
                double turn = GroupSnapping.cornerTurn((xs[b] - xs[a]) * sx, (ys[b] - ys[a]) * sy,
                        (xs[d] - xs[b]) * sx, (ys[d] - ys[b]) * sy);
                if (turn > bestTurn[j]) {
                    bestTurn[j] = turn;
                    bestMet[j] = o;
                }
            }
            boolean cancelled = atOutline.cancelled();
            atOutline.giveBack();
            if (plain != n || !cancelled) {
                // a ring holds an outline position without a segment of the outline there (three
                // or more children meet at it): not carried into, so left to the whole group
                return null;
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
            // the outline snapped from its coordinates (an empty polygon stands for it)
            GroupSnapping.Result snapped = GroupSnapping.snapOutline(rings, parent, parent.getFactory().createPolygon(),
                    outline.x, outline.y, n + 1, tolerance, crs, frame, cornerVertex, cornerTurn, plainOrder);
            // a group not answered here gives the snapping's arrays back at once (see Snapped#release)
            Snapped answer = null;
            try {
                int[][] outlineImages = snapped.segmentImageIds(0, mustTileParent);
                // the children will tile their snapped outline exactly; it tiles the snapped parent
                // exactly when the two are one ring (both simple: the outline's is certified below, and
                // the parent's is then the same ring); any other group is left to the whole group's
                // snapping (see the class comment)
                if (outlineImages == null || mustTileParent && !snapped.sameRingAsParent(0)) {
                    return null;
                }
                // the snapped outline, and the children carrying its moves, as representatives and
                // input vertices (their coordinates read for the certificates, into one scratch ring)
                int[] newOutline = joined(outlineImages);
                if (newOutline == null || !simpleCounterClockwise(newOutline, snapped)) {
                    return null;
                }
                int[][] carriedRings = new int[children.length][];
                int[] ringStart = new int[children.length];
                int o = 0;
                for (int i = 0; i < children.length; i++) {
                    int r = rings.firstRing(index[i]);
                    int end = rings.start(rings.endRing(index[i]));
                    ringStart[i] = rings.start(r);
                    boolean changes = false;
                    for (; o < count && occurrences[o] < end; o++) {
                        int b = occurrences[o];
                        int at = outlineImages[outlineVertexOf[b] - 1][0];
                        changes |= snapped.x(at) != xs[b] || snapped.y(at) != ys[b]
                                || segmentOf[b] != 0 && outlineImages[segmentOf[b] - 1].length > 1;
                    }
                    if (!changes) {
                        continue;
                    }
                    if (!(children[i] instanceof Polygon) || rings.endRing(index[i]) != r + 1) {
                        return null;
                    }
                    int[] carried = carried(r, outlineImages, snapped);
                    if (carried == null || !simpleScratch(carried.length)) {
                        return null;
                    }
                    carriedRings[i] = carried;
                }
                answer = new Snapped(children, snapped, parent.getFactory(), carriedRings, ringStart, newOutline);
                return answer;
            } finally {
                if (answer == null) {
                    snapped.giveBack();
                }
            }
        }

        /** A scratch ring for the certificates (grown as needed), borrowed while {@link #snap()} runs. */
        private double[] scratchX;
        private double[] scratchY;
        /** The entries of the ring {@link #carried} builds, before {@link #close} copies those kept (likewise borrowed). */
        private int[] scratchIds;

        /** {@return {@link #scratchIds}, made at least {@code length} long (what it held is not kept)} */
        private int[] scratchIds(int length) {
            if (scratchIds.length < length) {
                scratchIds = new int[length * 2];
            }
            return scratchIds;
        }

        /** {@return {@link #scratchIds} grown to {@code length}, keeping what it holds} */
        private int[] grownIds(int length) {
            scratchIds = Arrays.copyOf(scratchIds, length);
            return scratchIds;
        }

        /** The x of a carried ring's entry: a representative ({@code v >= 0}) or input vertex {@code ~v}. */
        private double x(int v, GroupSnapping.Result snapped) {
            return v >= 0 ? snapped.x(v) : xs[~v];
        }

        private double y(int v, GroupSnapping.Result snapped) {
            return v >= 0 ? snapped.y(v) : ys[~v];
        }

        /**
         * {@return child ring {@code r} with the outline's moves and inserts, closed, spikes cut, as
         * representatives (its outline positions' images, {@code >= 0}) and input vertices ({@code ~k}
         * for vertex k of the group's rings); null when nothing is left} Its coordinates are left in
         * the scratch ring for the certificate ({@link #simpleScratch}).
         */
        private int[] carried(int r, int[][] images, GroupSnapping.Result snapped) {
            int from = rings.start(r);
            int last = from + rings.size(r) - 1;
            int[] out = scratchIds(8 + 2 * (last - from));
            ensureScratch(out.length);
            int count = 0;
            for (int k = from; k < last; k++) {
                int j = outlineVertexOf[k] - 1;
                if (count + 1 >= out.length) {
                    out = grownIds(out.length * 2);
                    ensureScratch(out.length);
                }
                count = add(out, count, j >= 0 ? images[j][0] : ~k, snapped);
                int i = segmentOf[k] - 1;
                if (i < 0 || images[i].length == 1) {
                    continue;
                }
                int[] image = images[i];
                if (count + image.length >= out.length) {
                    out = grownIds((count + image.length) * 2);
                    ensureScratch(out.length);
                }
                if (outline.source[i] >= 0) {
                    for (int q = 1; q < image.length; q++) {
                        count = add(out, count, image[q], snapped);
                    }
                } else {
                    for (int q = image.length - 1; q >= 1; q--) {
                        count = add(out, count, image[q], snapped);
                    }
                }
            }
            return close(out, count);
        }

        /**
         * Appends {@code v} unless it lies where the ring's last entry lies, its coordinates beside it
         * in the scratch ring (one id is one position, so positions are compared by their coordinates).
         */
        private int add(int[] out, int count, int v, GroupSnapping.Result snapped) {
            double x = x(v, snapped);
            double y = y(v, snapped);
            if (count == 0 || scratchX[count - 1] != x || scratchY[count - 1] != y) {
                out[count] = v;
                scratchX[count] = x;
                scratchY[count] = y;
                count++;
            }
            return count;
        }

        /**
         * {@return the ring of {@code count} entries (their coordinates in the scratch ring) closed,
         * spikes cut (as {@link Spikes} cuts them); null when nothing is left} The kept entries'
         * coordinates are left in the scratch ring, closed.
         */
        private int[] close(int[] out, int count) {
            if (count > 0 && scratchX[count - 1] == scratchX[0] && scratchY[count - 1] == scratchY[0]) {
                count--;
            }
            if (count < 3) {
                return null;
            }
            int[] kept = Spikes.keptWithoutSpikes(scratchX, scratchY, count);
            if (kept.length < 4) {
                return null;
            }
            int[] ring = new int[kept.length];
            int last = kept.length - 1;
            for (int k = 0; k < last; k++) {
                // the kept indexes grow (k <= kept[k]): copied down in place
                int from = kept[k];
                ring[k] = out[from];
                scratchX[k] = scratchX[from];
                scratchY[k] = scratchY[from];
            }
            // the closing entry is the first again
            ring[last] = ring[0];
            scratchX[last] = scratchX[0];
            scratchY[last] = scratchY[0];
            return ring;
        }

        /** {@return whether the ring whose coordinates {@link #close} left in the scratch ring is certified simple} */
        private boolean simpleScratch(int length) {
            return SimpleShell.certifiesShell(scratchX, scratchY, length);
        }

        /** Grows the scratch ring to at least {@code length} entries, keeping what it holds. */
        private void ensureScratch(int length) {
            if (scratchX.length < length) {
                scratchX = Arrays.copyOf(scratchX, length * 2);
                scratchY = Arrays.copyOf(scratchY, length * 2);
            }
        }

        /** {@return whether the snapped outline is counter-clockwise and certified simple: its coordinates read once for both} */
        private boolean simpleCounterClockwise(int[] ring, GroupSnapping.Result snapped) {
            fill(ring, snapped);
            // the orientation first: the certificate drops repeated vertices in place
            return ExactTiling.counterClockwise(scratchX, scratchY, 0, ring.length)
                    && SimpleShell.certifiesShell(scratchX, scratchY, ring.length);
        }

        /** Reads a ring's coordinates into the scratch ring. */
        private void fill(int[] ring, GroupSnapping.Result snapped) {
            if (scratchX.length < ring.length) {
                scratchX = new double[ring.length * 2];
                scratchY = new double[ring.length * 2];
            }
            for (int k = 0; k < ring.length; k++) {
                scratchX[k] = x(ring[k], snapped);
                scratchY[k] = y(ring[k], snapped);
            }
        }

        /**
         * {@return the ring of the segments' images joined, closed, spikes cut; null when nothing is
         * left} (representatives are distinct positions: one id, one position)
         */
        private static int[] joined(int[][] images) {
            int total = 1;
            for (int[] image : images) {
                total += image.length;
            }
            int[] out = new int[total];
            int c = 0;
            for (int[] image : images) {
                for (int p : image) {
                    if (c == 0 || out[c - 1] != p) {
                        out[c++] = p;
                    }
                }
            }
            if (c > 0 && out[c - 1] == out[0]) {
                c--;
            }
            if (c < 3) {
                return null;
            }
            int[] closed = Arrays.copyOf(out, c + 1);
            closed[c] = closed[0];
            int[] kept = Spikes.withoutSpikes(closed);
            return kept.length < 4 ? null : kept;
        }
    }
}

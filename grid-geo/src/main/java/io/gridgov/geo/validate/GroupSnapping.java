package io.gridgov.geo.validate;

import io.gridgov.geo.CoordinateSystem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * Cluster snapping of one sibling group (聚类容差): the children and their parent's outline are
 * made to agree wherever they are closer than the tolerance, as ArcGIS cluster processing does
 * before its topology rules. This class holds the representatives and their cells and runs the
 * steps; each step's rules are a class of their own.
 *
 * <ol>
 * <li>Vertices closer than the tolerance become one: each vertex is replaced by the nearest
 *     representative within the tolerance, found through a grid of cells twice the tolerance (the
 *     four cells the tolerance around a vertex can reach; an array over the group's extent, or a
 *     primitive hash when the extent has more than 2<sup>20</sup> cells and more than 64 per
 *     vertex of the group; equally near ones by the one-tolerance cell, then age). The
 *     corners come first, sharpest first (see {@link CornerSeeds}), then every other vertex (the
 *     parent's, then the children's in order); a position met again gets the representative it got
 *     the first time.</li>
 * <li>Every vertex is given the representative nearest to it once all exist, corners keeping
 *     corners' (see {@link NearestSettling}).</li>
 * <li>Vertices closer than the tolerance to another ring's segment are inserted into that segment,
 *     over up to five rounds (see {@link InsertRounds}), so two borders within the tolerance of each
 *     other end up with the same vertices in the same order — identical, which the exact
 *     certificate recognises. The pairs are found edge by edge through a cell grid (with the hash,
 *     a grid of its own whose cells are as long as the mean edge: the cells the edge crosses and
 *     one around them; with the dense array, the cells of the edge's envelope widened by the
 *     tolerance, read column by column from the representatives laid out cell by cell).</li>
 * <li>The geometries are rebuilt from the snapped rings, spikes of no width cut off, repaired
 *     when still invalid (see {@link RingRebuild}).</li>
 * </ol>
 *
 * <p>Distances are metres: lon/lat differences are scaled by the local metres per degree of the
 * group's centre, so the tolerance is the same in every direction. Vertices that are not within
 * the tolerance of anything are kept bit for bit. Used by validation (measure what remains after
 * snapping) and meant to be shared with cleaning. Not thread-safe; one instance per group.
 */
final class GroupSnapping {

    /**
     * The snapped group. Its geometries are built when first asked for: a group that
     * {@link #tilesExactly() tiles its parent exactly} once snapped needs none of them (the test
     * runs on the snapped rings as representative ids).
     */
    static final class Result {
        private final GroupSnapping snapping;
        /** Rebuilds the geometries, and the rings as chains (see {@link #tilesExactly}). */
        private final RingRebuild rebuilt;
        private final Geometry[] before;
        private final Geometry parentBefore;
        private final List<List<Ring>> ringsOf;
        private final List<Ring> parentRings;
        private final int snappedVertices;
        private final Edges edges;
        private Geometry[] children;
        private Geometry parent;
        private boolean parentBuilt;

        /**
         * Gives the snapping's arrays back to this thread's kept arrays: the representatives', and
         * the rings of an outline's snapping ({@link #snapOutline}, read into borrowed arrays).
         * The caller reads nothing of this result afterwards (nor of what was built from it
         * lazily): the thread's next snapping writes into those arrays.
         */
        void giveBack() {
            snapping.giveBackRepresentatives();
            if (snapping.ownsRings) {
                snapping.flat.giveBack();
            }
        }

        private Result(GroupSnapping snapping, RingRebuild rebuilt, Geometry[] before, Geometry parentBefore,
                List<List<Ring>> ringsOf, List<Ring> parentRings, int snappedVertices, Edges edges) {
            this.snapping = snapping;
            this.rebuilt = rebuilt;
            this.before = before;
            this.parentBefore = parentBefore;
            this.ringsOf = ringsOf;
            this.parentRings = parentRings;
            this.snappedVertices = snappedVertices;
            this.edges = edges;
        }

        /** {@return the snapped children, parallel to the input (a child nothing changed is the same instance)} */
        Geometry[] children() {
            build();
            return children.clone();
        }

        /** {@return the snapped parent, or null when there was none} */
        Geometry parent() {
            // the parent alone (OutlineSnapping needs no rebuilt outline: it joins its own)
            buildParent();
            return parent;
        }

        /**
         * {@return the vertices moved onto another vertex plus the vertices inserted into segments
         * they were not exactly on (a vertex exactly on a segment only nodes it)}
         */
        int snappedVertices() {
            return snappedVertices;
        }

        /** {@return whether any geometry changed (a vertex moved, or one inserted, if only exactly on an edge)} */
        boolean changed(Geometry[] before, Geometry parentBefore) {
            build();
            for (int i = 0; i < before.length; i++) {
                if (children[i] != before[i]) {
                    return true;
                }
            }
            return parent != parentBefore;
        }

        /**
         * Whether the snapped children tile the snapped parent exactly: the answer of
         * {@code ExactTiling.certifies(children(), parent())} (false without a parent). The
         * representatives are distinct positions (two closer than the tolerance are one), so a
         * snapped ring's representative ids stand for its coordinates one for one, and the chains
         * are added up on pairs of ids ({@link ExactTiling.OnIds}) without building a geometry;
         * each rebuilt geometry is proved valid as {@link RingRebuild#rebuild} proves it
         * ({@link SimpleShell}). A geometry that needs more (holes, several parts, a ring that
         * collapsed, a shell {@code SimpleShell} cannot vouch for) is left to the certificate on the
         * built geometries.
         */
        boolean tilesExactly() {
            if (parentBefore == null) {
                return false;
            }
            if (children == null) {
                int segments = 0;
                for (List<Ring> rings : ringsOf) {
                    for (Ring ring : rings) {
                        segments += ring.vertices.length;
                    }
                }
                for (Ring ring : parentRings) {
                    segments += ring.vertices.length;
                }
                ExactTiling.OnIds chains = new ExactTiling.OnIds(edges.count, segments / 8);
                boolean decided = rebuilt.addChains(chains, edges, parentBefore, parentRings, -1);
                for (int i = 0; i < before.length && decided; i++) {
                    decided = rebuilt.addChains(chains, edges, before[i], ringsOf.get(i), 1);
                }
                if (decided) {
                    return chains.cancelled();
                }
            }
            return ExactTiling.certifies(children(), parent());
        }

        /**
         * {@return per segment of child {@code child}'s first ring as it was given, its image in the
         * snapped ring: the representative of its first vertex, then those inserted into it in order
         * along it (for {@link OutlineSnapping}, which carries them into the rings that hold the
         * segment); null when the image cannot be told segment by segment (the snapped ring visits a
         * representative twice, or, unless {@code acrossFolds}, a later round of inserts cut off a
         * spike holding one of the ring's own vertices or the ring zig-zags; see {@link SegmentImages})}
         *
         * @param child a child's index
         * @param acrossFolds whether a vertex cut off with a spike and a step back along the walk are read
         */
        int[][] segmentImageIds(int child, boolean acrossFolds) {
            Ring ring = ringsOf.get(child).get(0);
            // a later round's inserts went into pieces of the given segments (see merge): read
            // each given segment's image off the walk, between the representatives of its ends
            return SegmentImages.of(ring.merged ? ring.unmerged : ring.vertices, ring.insertedWalk(),
                    snapping.repCount, snapping.rx, snapping.ry, acrossFolds ? ring::cutOff : null);
        }

        /** {@return representative {@code id}'s x (the input's, unscaled)} */
        double x(int id) {
            return snapping.px[id];
        }

        /** {@return representative {@code id}'s y (the input's, unscaled)} */
        double y(int id) {
            return snapping.py[id];
        }

        /** {@return representative {@code id}'s coordinate (the input's own {@code Coordinate} it was made from)} */
        Coordinate coordinate(int id) {
            return snapping.flat.coordinate(snapping.repVertex[id]);
        }

        /**
         * {@return whether the snapped first rings of child {@code child} and of the parent are one
         * ring: the same positions in the same cyclic order, one way round or the other}
         */
        boolean sameRingAsParent(int child) {
            if (parentRings.isEmpty()) {
                return false;
            }
            int[] a = rebuilt.snapped(ringsOf.get(child).get(0));
            int[] b = rebuilt.snapped(parentRings.get(0));
            int n = a.length - 1;
            if (n < 3 || b.length - 1 != n) {
                return false;
            }
            int shift = -1;
            for (int k = 0; k < n && shift < 0; k++) {
                if (b[k] == a[0]) {
                    shift = k;
                }
            }
            if (shift < 0) {
                return false;
            }
            // walked by indexes that wrap round (no remainder per vertex)
            boolean forward = true;
            for (int k = 0, f = shift; k < n && forward; k++, f = f + 1 == n ? 0 : f + 1) {
                forward = a[k] == b[f];
            }
            boolean backward = !forward;
            for (int k = 0, g = shift; k < n && backward; k++, g = g == 0 ? n - 1 : g - 1) {
                backward = a[k] == b[g];
            }
            return forward || backward;
        }

        private void build() {
            if (children != null) {
                return;
            }
            Geometry[] out = new Geometry[before.length];
            for (int i = 0; i < before.length; i++) {
                out[i] = rebuilt.rebuild(before[i], ringsOf.get(i));
            }
            buildParent();
            children = out;
        }

        private void buildParent() {
            if (!parentBuilt) {
                parent = parentBefore == null ? null : rebuilt.rebuild(parentBefore, parentRings);
                parentBuilt = true;
            }
        }
    }

    final double tolerance;
    /** Squared distances above this are certainly more than the tolerance (a margin over rounding). */
    final double toleranceSquaredBound;
    /** Squared distances below this are certainly within the tolerance (a margin under rounding). */
    private final double toleranceSquaredBelow;
    final double sx;
    final double sy;
    /** The group's rings, read once (see {@link GroupRings}). */
    final GroupRings flat;
    /**
     * Representatives (the snapped positions): the vertex of {@link #flat} it was made from (its
     * {@code Coordinate} goes into a rebuilt ring), its raw and its scaled (metre) x and y.
     */
    int[] repVertex;
    private int repCount;
    /** How many representatives the arrays hold room for (while borrowed, they may be longer). */
    private int repCapacity;
    double[] px;
    double[] py;
    double[] rx;
    double[] ry;
    /** The cells in use: a dense array over the group's extent when that is small enough, else a hash. */
    private final PairIndex cells;
    /** The dense array's cells, {@link #denseCells} of them (borrowed from {@link #kept}: it may be longer). */
    private int[] dense;
    private final int denseCells;
    /**
     * The thread's kept arrays, which lend the working arrays while the snapping runs: the cells
     * ({@link #dense}, {@link #nextInCell}, {@link #cornerBelow}), the positions ({@link #given},
     * {@link #positionRep}, {@link #positionStamp}) and the representatives ({@link #repVertex},
     * {@link #px} .. {@link #ry}, copied into arrays of the result's own when all are made).
     */
    private final KeptArrays kept = KeptArrays.ofThisThread();
    /**
     * The side of a cell, twice the tolerance: the disc of the tolerance around a point meets at
     * most two cells across and two down (four cells to read, where cells of one tolerance take
     * nine), and the grid has a quarter of the cells.
     */
    private final double cellSize;
    /** {@code 1 / cellSize} (see {@link #cell}). */
    private final double inverseCellSize;
    /** The tolerance and a margin over rounding: how far around a point or an edge the cells are read. */
    private final double reach;
    private final long denseX;
    private final long denseY;
    private final long denseColumns;
    private final long denseRows;
    /** Per representative, the one made before it in the same cell (-1: none): each cell is a list, newest first. */
    private int[] nextInCell;
    /**
     * Per representative made after the corners', the newest corner's in its cell made before it
     * (-1: none): where the corners start in a cell's list (they are its oldest), so that
     * {@link #cornersAround} skips the others.
     */
    private int[] cornerBelow;
    /** Each input position met so far, numbered in the order met: the same position always gets the same representative. */
    final PositionIndex given;
    /** Per position (see {@link #given}), the representative it was given. */
    private int[] positionRep;
    /** Per position, the number of representatives when it was given one (those it was given the nearest of). */
    int[] positionStamp;
    /**
     * Per position, the cells {@link #nearest} read around it when it was given its representative,
     * with the dense array (null with the hash): the first cell's index in {@link #dense} times 16,
     * plus the further columns times 4, plus the further rows (0 to 2 each). Settling asks again
     * which representatives those cells hold (see {@link #noneNewerAround}) without finding them anew.
     */
    private int[] positionCells;
    /** The position of the vertex {@link #representative} was last asked for. */
    private int lastPosition;
    private int snapped;

    private GroupSnapping(double toleranceMetres, Envelope extent, CoordinateSystem crs, int vertices,
            GroupRings flat) {
        this.flat = flat;
        this.tolerance = toleranceMetres;
        this.toleranceSquaredBound = toleranceMetres * toleranceMetres * (1 + 1e-9);
        this.toleranceSquaredBelow = toleranceMetres > 1e-90 ? toleranceMetres * toleranceMetres * (1 - 1e-12) : 0;
        if (crs.isGeographic()) {
            double lat = (extent.getMinY() + extent.getMaxY()) / 2;
            sy = LocalMetric.metresPerDegreeLat(lat);
            sx = LocalMetric.metresPerDegreeLon(lat);
        } else {
            sx = 1;
            sy = 1;
        }
        cellSize = 2 * toleranceMetres;
        inverseCellSize = 1 / cellSize;
        reach = toleranceMetres * (1 + 1e-9);
        denseX = (long) Math.floor(extent.getMinX() * sx / cellSize) - 2;
        denseY = (long) Math.floor(extent.getMinY() * sy / cellSize) - 2;
        denseColumns = (long) Math.floor(extent.getMaxX() * sx / cellSize) + 3 - denseX;
        denseRows = (long) Math.floor(extent.getMaxY() * sy / cellSize) + 3 - denseY;
        double cellCount = (double) denseColumns * denseRows;
        double denseLimit = Math.max(DENSE_CELLS, Math.min(MOST_DENSE_CELLS, (double) DENSE_CELLS_PER_VERTEX * vertices));
        denseCells = cellCount <= denseLimit ? (int) (denseColumns * denseRows) : 0;
        dense = cellCount <= denseLimit ? kept.zeroedInts(denseCells) : null;
        cells = dense == null ? new PairIndex(64) : null;
        // (each entry is written before it is read; the representatives' arrays stay the
        // result's until Result.giveBack, see giveBackWorkingArrays)
        repCapacity = Math.max(64, vertices);
        repVertex = kept.ints(repCapacity);
        px = kept.doubles(repCapacity);
        py = kept.doubles(repCapacity);
        rx = kept.doubles(repCapacity);
        ry = kept.doubles(repCapacity);
        nextInCell = kept.ints(repCapacity);
        cornerBelow = kept.ints(repCapacity);
        given = new PositionIndex(vertices, kept);
        positionRep = kept.ints(Math.max(16, vertices));
        positionStamp = kept.ints(positionRep.length);
        positionCells = dense == null ? null : kept.ints(positionRep.length);
    }

    /** The most cells of a dense grid (4 MB of ints) whatever the group; a group whose extent needs more hashes its cells. */
    private static final int DENSE_CELLS = 1 << 20;
    /**
     * A group with many vertices may have a larger dense grid, up to this many cells per vertex and
     * {@link #MOST_DENSE_CELLS} in all (zeroing the array then costs less than hashing every cell
     * lookup: a 33 km district of 141,000 vertices at 10.5 m).
     */
    private static final int DENSE_CELLS_PER_VERTEX = 64;
    /** The most cells of any dense grid (32 MB of ints). */
    private static final int MOST_DENSE_CELLS = 1 << 23;

    /** Makes {@code id} the newest representative of cell (cx, cy). */
    private void push(long cx, long cy, int id) {
        newestAround = -1;
        cornersAroundX = Double.NaN;
        int next;
        if (dense == null) {
            next = cells.get(cx, cy);
            cells.put(cx, cy, id);
        } else {
            int i = (int) ((cx - denseX) * denseRows + cy - denseY);
            next = dense[i] - 1;
            dense[i] = id + 1;
        }
        nextInCell[id] = next;
        // (while the corners are made, cornerReps is 0 and this is never read)
        cornerBelow[id] = next < cornerReps ? next : cornerBelow[next];
    }

    /**
     * Snaps a group.
     *
     * @param children the children's (valid or repaired) geometries
     * @param parent the parent's geometry, or null
     * @param toleranceMetres the tolerance, &gt; 0
     * @param crs the coordinate system
     * @return the snapped group
     */
    static Result snap(Geometry[] children, Geometry parent, double toleranceMetres, CoordinateSystem crs) {
        return snap(children, parent, toleranceMetres, crs, (GroupRings) null);
    }

    /**
     * Snaps a group whose rings were read before (as {@link #snap(Geometry[], Geometry, double,
     * CoordinateSystem)}).
     *
     * @param rings rings holding the children's and the parent's (any geometry they do not hold
     *     has its own read), or null
     * @return the snapped group
     */
    static Result snap(Geometry[] children, Geometry parent, double toleranceMetres, CoordinateSystem crs,
            GroupRings rings) {
        Envelope extent = new Envelope();
        for (Geometry g : children) {
            extent.expandToInclude(g.getEnvelopeInternal());
        }
        if (parent != null) {
            extent.expandToInclude(parent.getEnvelopeInternal());
        }
        return snap(children, parent, toleranceMetres, crs, extent, rings);
    }

    /**
     * Snaps some children of a group in the group's frame: as {@link #snap(Geometry[], Geometry,
     * double, CoordinateSystem)} with the metric scale and cell grid of {@code frame} (the whole
     * group's extent) instead of these children's (used by {@link SnappingScope}).
     *
     * @param frame the extent whose centre sets metres per degree and whose corner the cell grid
     * @return the snapped children (parallel to the input) and parent
     */
    static Result snap(Geometry[] children, Geometry parent, double toleranceMetres, CoordinateSystem crs,
            Envelope frame) {
        return snap(children, parent, toleranceMetres, crs, frame, null);
    }

    /**
     * Snaps the children's outline (one ring, see {@link ChildOutline}) with their parent in the
     * whole group's frame (used by {@link OutlineSnapping}): as {@link #snap(Geometry[], Geometry,
     * double, CoordinateSystem, Envelope)} of the outline and the parent, but with the corners
     * the caller found on the children's own rings instead of the outline's turns: the outline's
     * vertices {@code cornerVertex} (its ring's indexes), turning by {@code cornerTurn}
     * (radians), listed in the order the whole group meets them; and the outline's other vertices
     * given representatives in the order the whole group meets them ({@code plainOrder}, every
     * vertex of the outline's ring once). The outline is read from its coordinates, not built as a
     * JTS polygon: {@code key} (an empty polygon) stands for it as the result's one child, whose
     * geometry is not asked for ({@link OutlineSnapping} builds its own from the representatives).
     *
     * @param group the group's rings, holding the parent's
     * @param parent the parent
     * @param key the stand-in for the outline (polygonal, not read)
     * @param outlineX the outline's x, counter-clockwise, closed
     * @param outlineY its y
     * @param size the outline's vertices, the closing one included
     * @return the snapped outline (as the one child) and parent
     */
    static Result snapOutline(GroupRings group, Geometry parent, Geometry key, double[] outlineX, double[] outlineY,
            int size, double toleranceMetres, CoordinateSystem crs, Envelope frame, int[] cornerVertex,
            double[] cornerTurn, int[] plainOrder) {
        Geometry[] children = {key};
        GroupRings rings = GroupRings.borrowingOutline(group, parent, key, outlineX, outlineY, size);
        GroupSnapping snapping = new GroupSnapping(toleranceMetres, frame, crs, rings.vertexCount(), rings);
        snapping.ownsRings = true;
        snapping.givenCornerVertex = cornerVertex;
        snapping.givenCornerTurn = cornerTurn;
        snapping.givenPlainOrder = plainOrder;
        return snapping.run(children, parent);
    }

    /** The children's corners when the caller gave them (see {@link #snapOutline}), else null. */
    private int[] givenCornerVertex;
    private double[] givenCornerTurn;
    /** The order in which the whole group meets the outline's vertices (see {@link #snapOutline}), else null. */
    private int[] givenPlainOrder;

    /**
     * {@return how far the border turns (radians) at a vertex between the metre vectors {@code u}
     * (from the vertex before) and {@code w} (to the vertex after) when it is a corner, else -1}
     */
    static double cornerTurn(double ux, double uy, double wx, double wy) {
        return CornerSeeds.cornerTurn(ux, uy, wx, wy);
    }

    /** {@return the metres per degree of x (1 when projected) in a frame, as snapping scales it} */
    static double scaleX(Envelope frame, CoordinateSystem crs) {
        return crs.isGeographic() ? LocalMetric.metresPerDegreeLon((frame.getMinY() + frame.getMaxY()) / 2) : 1;
    }

    /** {@return the metres per degree of y (1 when projected) in a frame, as snapping scales it} */
    static double scaleY(Envelope frame, CoordinateSystem crs) {
        return crs.isGeographic() ? LocalMetric.metresPerDegreeLat((frame.getMinY() + frame.getMaxY()) / 2) : 1;
    }

    private static Result snap(Geometry[] children, Geometry parent, double toleranceMetres, CoordinateSystem crs,
            Envelope frame, GroupRings rings) {
        int vertices = 0;
        for (Geometry g : children) {
            vertices += g.getNumPoints();
        }
        if (parent != null) {
            vertices += parent.getNumPoints();
        }
        return new GroupSnapping(toleranceMetres, frame, crs, vertices,
                GroupRings.covering(rings, parent, children)).run(children, parent);
    }

    /** A ring of the group: its vertices as representative ids, and the representatives inserted into its segments. */
    static final class Ring {
        int[] vertices;
        /**
         * The representatives of the ring as an open-addressing set (each id plus one, 0: empty), when
         * first asked for: built in one pass, where sorting the ring again after every merge was a
         * twentieth of the redrawn city's validation at 10.5 m (the outline and the parent are long rings).
         */
        private int[] has;
        /** Whether a vertex moved (its representative lies elsewhere) or two consecutive vertices are one. */
        boolean moved;
        /** Inserted representatives: the segment, the position along it and the representative, in insertion order. */
        int insertCount;
        int[] insertSegment;
        double[] insertAt;
        int[] insertRep;
        /** Where the input coordinates start in the group's rings ({@link GroupSnapping#flat}), parallel to {@link #vertices}. */
        int source;
        /**
         * Their positions (see {@link GroupSnapping#given}), parallel to {@link #vertices} but for the
         * closing one; like {@link #source}, read only before a merge (see {@link #merged}) changes the vertices.
         */
        int[] positions;
        /**
         * Per segment of {@link #vertices}, its edge (see {@link Edges}), -1 where both ends are one
         * (or none); null after a merge until {@link #edgesAlong} is asked.
         */
        int[] edgeOf;

        /**
         * {@return per segment of {@link #vertices}, its edge of {@code edges} (the group's, which
         * no longer change once the rings are snapped), -1 where both ends are one or it is none}
         * Found when first asked for after a merge: only the exact certificate on the snapped ids
         * reads it ({@link RingRebuild#addChains}), and the outline's snapping never asks.
         */
        int[] edgesAlong(Edges edges) {
            if (edgeOf == null) {
                int[] v = vertices;
                int[] found = new int[Math.max(0, v.length - 1)];
                for (int k = 0; k + 1 < v.length; k++) {
                    found[k] = v[k] == v[k + 1] ? -1 : edges.find(Math.min(v[k], v[k + 1]), Math.max(v[k], v[k + 1]));
                }
                edgeOf = found;
            }
            return edgeOf;
        }
        /** The snapped ring as representatives, closed (empty when nothing is left), once computed (see {@link #snapped}). */
        int[] snapped;
        /** Whether a round's inserts were merged into {@link #vertices} (see {@link InsertRounds#merge}). */
        boolean merged;
        /** The vertices before the first merge (set by it). */
        int[] unmerged;
        /** Per segment of {@link #vertices}, whether the last merge made it (a piece of a segment that took a vertex); null: none. */
        boolean[] pieces;
        /** The representatives a merge cut off with a spike (see {@link #cutOff}), {@link #cutCount} of them. */
        private int[] cut;
        private int cutCount;

        /** {@return whether representative {@code p} was a vertex of a spike that a merge cut off (and is none now)} */
        boolean cutOff(int p) {
            for (int i = 0; i < cutCount; i++) {
                if (cut[i] == p) {
                    return true;
                }
            }
            return false;
        }

        /** Records that a merge cut representative {@code p} off with a spike. */
        void cut(int p) {
            if (cut == null) {
                cut = new int[4];
            } else if (cutCount == cut.length) {
                cut = Arrays.copyOf(cut, cutCount * 2);
            }
            cut[cutCount++] = p;
        }

        /** Rings of at most this many vertices are searched vertex by vertex, longer ones hashed once. */
        private static final int SHORT_RING = 128;

        /** Forgets the hashed representatives after {@link #vertices} changed. */
        void changed() {
            has = null;
        }

        /** {@return whether representative {@code p} is a vertex of the ring} */
        boolean has(int p) {
            if (vertices.length <= SHORT_RING) {
                // a short ring is read faster than it is sorted
                for (int v : vertices) {
                    if (v == p) {
                        return true;
                    }
                }
                return false;
            }
            if (has == null) {
                // at most half full: a miss ends after a probe or two
                int[] set = new int[Integer.highestOneBit(vertices.length) << 2];
                int mask = set.length - 1;
                for (int v : vertices) {
                    int i = slot(v, mask);
                    while (set[i] != 0 && set[i] != v + 1) {
                        i = (i + 1) & mask;
                    }
                    set[i] = v + 1;
                }
                has = set;
            }
            int mask = has.length - 1;
            for (int i = slot(p, mask); has[i] != 0; i = (i + 1) & mask) {
                if (has[i] == p + 1) {
                    return true;
                }
            }
            return false;
        }

        /** {@return where representative {@code p} starts its probe in a set of {@code mask + 1} slots} */
        private static int slot(int p, int mask) {
            return (p * 0x9E3779B9 >>> 7) & mask;
        }

        void insert(int segment, double at, int rep) {
            if (insertSegment == null) {
                insertSegment = new int[4];
                insertAt = new double[4];
                insertRep = new int[4];
            } else if (insertCount == insertSegment.length) {
                insertSegment = Arrays.copyOf(insertSegment, insertCount * 2);
                insertAt = Arrays.copyOf(insertAt, insertCount * 2);
                insertRep = Arrays.copyOf(insertRep, insertCount * 2);
            }
            insertSegment[insertCount] = segment;
            insertAt[insertCount] = at;
            insertRep[insertCount] = rep;
            insertCount++;
        }

        /**
         * {@return the ring's vertices with the inserts not merged yet, in order, once each: a
         * representative repeated at once, or closing the ring, is taken once}
         */
        int[] insertedWalk() {
            int[] v = vertices;
            int[] order = insertCount == 0 ? null : insertOrder();
            int[] walk = new int[v.length + insertCount];
            int m = 0;
            int next = 0;
            for (int k = 0; k + 1 < v.length; k++) {
                if (m == 0 || walk[m - 1] != v[k]) {
                    walk[m++] = v[k];
                }
                while (order != null && next < order.length && insertSegment[order[next]] == k) {
                    int p = insertRep[order[next++]];
                    if (walk[m - 1] != p) {
                        walk[m++] = p;
                    }
                }
            }
            if (m > 1 && walk[m - 1] == walk[0]) {
                m--;
            }
            return Arrays.copyOf(walk, m);
        }

        /**
         * {@return the inserts by segment, then by position along it, then in insertion order}
         * Counted by segment, then each segment's inserts (mostly one) sorted in place: they come
         * in the order of their representatives, which runs round the ring from another start, so
         * sorting them whole took most of a merge (an edge densely resampled takes many).
         */
        int[] insertOrder() {
            int n = insertCount;
            int segments = 0;
            for (int i = 0; i < n; i++) {
                segments = Math.max(segments, insertSegment[i] + 1);
            }
            int[] start = new int[segments + 1];
            // each segment's inserts in insertion order, then sorted along it (ties keep that order)
            int[] order = byKey(insertSegment, n, start);
            After along = null;
            for (int k = 0; k < segments; k++) {
                if (start[k + 1] - start[k] > 1) {
                    if (along == null) {
                        along = this::after;
                    }
                    sort(order, start[k], start[k + 1], along);
                }
            }
            return order;
        }

        private boolean after(int x, int y) {
            if (insertSegment[x] != insertSegment[y]) {
                return insertSegment[x] > insertSegment[y];
            }
            int c = Double.compare(insertAt[x], insertAt[y]);
            return c != 0 ? c > 0 : x > y;
        }
    }

    private Result run(Geometry[] children, Geometry parent) {
        // 1. representatives: corners first, then the parent's vertices, then the children's
        List<List<Ring>> ringsOf = new ArrayList<>(children.length);
        List<Ring> all = new ArrayList<>(children.length + 8);
        double[] xs = flat.x;
        double[] ys = flat.y;
        for (int v : CornerSeeds.inOrder(flat, children, parent, sx, sy, givenCornerVertex, givenCornerTurn,
                Math.max(64, repCapacity / 4))) {
            representative(xs[v], ys[v], v);
        }
        cornerReps = repCount;
        List<Ring> parentRings = parent == null ? List.of() : rings(flat.indexOf(parent), all);
        int i = 0;
        if (givenPlainOrder != null) {
            // the outline's positions in the order the whole group meets them (see snapOutline);
            // counted when its ring is made of them, which needs no second lookup of each
            int counted = snapped;
            int first = flat.firstRing(flat.indexOf(children[0]));
            int from = flat.start(first);
            int[] rep = new int[givenPlainOrder.length];
            int[] position = new int[givenPlainOrder.length];
            for (int j : givenPlainOrder) {
                rep[j] = representative(flat.x[from + j], flat.y[from + j], from + j);
                position[j] = lastPosition;
            }
            snapped = counted;
            Ring outlineRing = ring(from, flat.size(first), rep, position);
            all.add(outlineRing);
            ringsOf.add(List.of(outlineRing));
            i = 1;
        }
        for (; i < children.length; i++) {
            ringsOf.add(rings(flat.indexOf(children[i]), all));
        }
        new NearestSettling(this).settleOnNearest(all, parentRings.size());
        // 2. edges (undirected pairs of representatives), each with the rings that run along it
        int segments = 0;
        for (Ring ring : all) {
            segments += ring.vertices.length - 1;
        }
        Edges edges = new Edges(repCount, segments);
        for (int r = 0; r < all.size(); r++) {
            Ring ring = all.get(r);
            int[] v = ring.vertices;
            int[] edgeOf = new int[Math.max(0, v.length - 1)];
            for (int k = 0; k + 1 < v.length; k++) {
                edgeOf[k] = v[k] == v[k + 1] ? -1 : edges.use(Math.min(v[k], v[k + 1]), Math.max(v[k], v[k + 1]), r, k);
            }
            ring.edgeOf = edgeOf;
        }
        // 3. each representative into every edge within the tolerance, for every ring along it, so
        //    borders shared before stay shared. Both sides of a spike narrower than the tolerance
        //    take it (the spike is cut off at it on rebuild): inserting it into the nearer side only
        //    left a zig-zag where a neighbour or the parent turned at it. The pairs are found edge by
        //    edge through the representatives' cell grid (cells along the edge, one cell around),
        //    then taken representative by representative in id order; one that would pinch a ring
        //    at a corner beyond the tolerance stays out of one edge (see InsertRounds).
        InsertRounds inserts = new InsertRounds(this, tolerance, rx, ry, repCount);
        Candidates firstPairs = nearPairs(edges, null);
        boolean inserted = inserts.insertNear(all, edges, firstPairs);
        // 3b. the same decisions on the edges the rings run along once the inserts are in: a ring
        //     whose segment took a vertex now runs along pieces that other rings may already
        //     follow (with the vertices inserted there) or that are new (see InsertRounds.refinedPieces)
        for (int round = 1; inserted && round < InsertRounds.ROUNDS; round++) {
            int merged = inserts.mergeInserts(all);
            if (!piecesMayPair(all, edges, firstPairs)) {
                // every piece is an edge of the first round that took no pair: the round finds
                // none (see piecePairs), so the pieces need not be numbered (on the redrawn city
                // at 10.5 m, the second round of 99 streets in 100)
                break;
            }
            Edges pieces = inserts.refinedPieces(all, merged);
            Candidates near = pieces.count > 0 ? piecePairs(pieces, edges, firstPairs) : null;
            // a round with no pair takes nothing (on the redrawn city at 10.5 m, the second round
            // of 99 streets in 100): the other rings along its pieces need not be found
            inserted = near != null && near.count > 0;
            if (inserted) {
                inserts.addRingsAlong(all, edges, pieces);
                inserted = inserts.insertNear(all, pieces, near);
            }
        }
        snapped += inserts.snapped();
        for (Ring ring : all) {
            if (ring.merged) {
                ring.edgeOf = null;   // its segments' edges, when asked (see Ring.edgesAlong)
                ring.pieces = null;
            }
        }
        giveBackWorkingArrays();
        // 4. the rings are rebuilt when the result is asked for its geometries
        return new Result(this, new RingRebuild(flat, repVertex, px, py), children, parent, ringsOf, parentRings,
                snapped, edges);
    }

    /**
     * Gives the borrowed arrays back to the thread's kept arrays once every representative is made:
     * the cells and the positions are read no more (the thread's next group reuses their arrays).
     * The representatives' arrays are the result's until {@link Result#giveBack}.
     */
    private void giveBackWorkingArrays() {
        kept.giveBack(dense);
        kept.giveBack(nextInCell);
        kept.giveBack(cornerBelow);
        kept.giveBack(positionRep);
        kept.giveBack(positionStamp);
        kept.giveBack(positionCells);
        given.giveBack(kept);
        // (the representatives, all made, stay in their borrowed arrays, which the result reads:
        // given back by Result.giveBack when its caller is done with it, else simply not reused)
        dense = null;
        nextInCell = null;
        cornerBelow = null;
        positionRep = null;
        positionStamp = null;
        positionCells = null;
    }

    /** Gives the representatives' arrays back (see {@link Result#giveBack}); they are not read again. */
    private void giveBackRepresentatives() {
        kept.giveBack(repVertex);
        kept.giveBack(px);
        kept.giveBack(py);
        kept.giveBack(rx);
        kept.giveBack(ry);
        repVertex = null;
        px = null;
        py = null;
        rx = null;
        ry = null;
    }

    /** Whether {@link #flat} was read for this snapping alone, into borrowed arrays ({@link #snapOutline}). */
    private boolean ownsRings;

    /**
     * {@return the indexes {@code 0 .. n - 1} grouped by their keys in increasing order, each key's in
     * index order} (a counting sort) Fills {@code start} (one longer than there are keys, zero) with
     * where each key's indexes start.
     */
    static int[] byKey(int[] key, int n, int[] start) {
        int keys = start.length - 1;
        for (int i = 0; i < n; i++) {
            start[key[i] + 1]++;
        }
        for (int k = 0; k < keys; k++) {
            start[k + 1] += start[k];
        }
        int[] order = new int[n];
        int[] fill = Arrays.copyOf(start, keys);
        for (int i = 0; i < n; i++) {
            order[fill[key[i]]++] = i;
        }
        return order;
    }

    /** An order on ints: whether {@code x} comes after {@code y}. */
    @FunctionalInterface
    interface After {
        boolean after(int x, int y);
    }

    /**
     * Sorts {@code a[from, to)} by {@code order} (ties keep their places): one pass when they are
     * in order already (the common case), else a merge sort, O(n log n) where the insertion sort
     * it replaces was quadratic on an edge that takes hundreds of vertices in reverse.
     */
    static void sort(int[] a, int from, int to, After order) {
        boolean sorted = true;
        for (int i = from + 1; i < to && sorted; i++) {
            sorted = !order.after(a[i - 1], a[i]);
        }
        if (sorted) {
            return;
        }
        int n = to - from;
        int[] buffer = new int[n];
        for (int width = 1; width < n; width *= 2) {
            for (int lo = 0; lo < n; lo += 2 * width) {
                int mid = Math.min(lo + width, n);
                int hi = Math.min(lo + 2 * width, n);
                int i = lo;
                int j = mid;
                int k = lo;
                while (i < mid && j < hi) {
                    buffer[k++] = order.after(a[from + i], a[from + j]) ? a[from + j++] : a[from + i++];
                }
                while (i < mid) {
                    buffer[k++] = a[from + i++];
                }
                while (j < hi) {
                    buffer[k++] = a[from + j++];
                }
            }
            System.arraycopy(buffer, 0, a, from, n);
        }
    }

    /**
     * {@return the rings of geometry {@code index} of {@link #flat}, polygon by polygon, shell then
     * holes} (also added to {@code all})
     */
    private List<Ring> rings(int index, List<Ring> all) {
        int first = flat.firstRing(index);
        int end = flat.endRing(index);
        if (end == first + 1) {
            Ring ring = ring(flat.start(first), flat.size(first));
            all.add(ring);
            return List.of(ring);
        }
        List<Ring> result = new ArrayList<>(end - first);
        for (int r = first; r < end; r++) {
            result.add(ring(flat.start(r), flat.size(r)));
        }
        all.addAll(result);
        return result;
    }

    /**
     * {@return the ring of the {@code length} vertices of {@link #flat} from {@code from}, whose
     * representatives and positions (but for the closing vertex's) were found before, as
     * {@link #ring(int, int)} would find them again} The vertices moved onto another position are
     * counted here, as there.
     */
    private Ring ring(int from, int length, int[] rep, int[] position) {
        Ring ring = new Ring();
        int[] vertices = new int[length];
        int[] positions = new int[length];
        boolean moved = false;
        for (int k = 0; k < length; k++) {
            double x = flat.x[from + k];
            double y = flat.y[from + k];
            int r = k == length - 1 ? vertices[0] : rep[k];
            if (k < length - 1) {
                positions[k] = position[k];
                if (px[r] != x || py[r] != y) {
                    snapped++;   // as representative counts a position met again
                }
            }
            vertices[k] = r;
            moved |= px[r] != x || py[r] != y || k > 0 && r == vertices[k - 1];
        }
        ring.vertices = vertices;
        ring.moved = moved;
        ring.source = from;
        ring.positions = positions;
        return ring;
    }

    /** {@return the ring of the {@code length} vertices of {@link #flat} from {@code from}} */
    private Ring ring(int from, int length) {
        Ring ring = new Ring();
        int[] vertices = new int[length];
        int[] positions = new int[length];
        double[] xs = flat.x;
        double[] ys = flat.y;
        boolean moved = false;
        for (int k = 0; k < length; k++) {
            int rep;
            double x = xs[from + k];
            double y = ys[from + k];
            if (k == length - 1) {
                rep = vertices[0];
            } else {
                rep = representative(x, y, from + k);
                positions[k] = lastPosition;
            }
            vertices[k] = rep;
            moved |= px[rep] != x || py[rep] != y || k > 0 && rep == vertices[k - 1];
        }
        ring.vertices = vertices;
        ring.moved = moved;
        ring.source = from;
        ring.positions = positions;
        return ring;
    }

    /** Representatives {@code 0 .. cornerReps - 1} were made from corners (see {@link CornerSeeds}). */
    int cornerReps;
    /** Whether the representative {@link #nearest} found last lies exactly at the vertex (distance 0). */
    private boolean nearestAtZero;

    /**
     * {@return the representative nearest to the point (cx0, cy0) within the tolerance, or -1 when there is
     * none} (whether it lies at distance 0 in {@link #nearestAtZero}; only corners' representatives
     * when {@code cornersOnly}). Distances are compared as {@link Math#hypot} would (see
     * {@link #compareDistances}), without computing it but for near ties. Equally near ones are
     * told apart as when the cells were one tolerance wide and read in the order (-1, -1), (-1, 0)
     * ... (1, 1) around the vertex's, each oldest first, keeping the first of equals: by that
     * tolerance cell (column, then row), then the oldest (see {@link #before}).
     */
    int nearest(double cx0, double cy0, boolean cornersOnly) {
        return nearest(cx0, cy0, cornersOnly, false);
    }

    /** As {@link #nearest(double, double, boolean)}, only plain representatives (not corners') when {@code plainOnly}. */
    int nearest(double cx0, double cy0, boolean cornersOnly, boolean plainOnly) {
        double x = cx0 * sx;
        double y = cy0 * sy;
        cellsAround(x, y);
        int best = -1;
        double bestX = 0;
        double bestY = 0;
        double bestSquared = 0;
        double bound = toleranceSquaredBound;
        for (long cx = aroundX0; cx <= aroundX1; cx++) {
            for (long cy = aroundY0; cy <= aroundY1; cy++) {
                // a vertex of the group lies two cells inside the dense array: no bounds to test
                int first = dense != null ? dense[(int) ((cx - denseX) * denseRows + cy - denseY)] - 1
                        : cells.get(cx, cy);
                for (int id = first; id >= 0; id = nextInCell[id]) {
                    if (cornersOnly && id >= cornerReps || plainOnly && id < cornerReps) {
                        continue;
                    }
                    double ex = (px[id] - cx0) * sx;
                    double ey = (py[id] - cy0) * sy;
                    double squared = ex * ex + ey * ey;
                    if (squared > bound) {
                        continue; // certainly farther than the tolerance or the best so far
                    }
                    if (best >= 0) {
                        int against = compareDistances(ex, ey, squared, bestX, bestY, bestSquared);
                        if (against > 0 || against == 0 && !before(id, best, x, y)) {
                            continue;
                        }
                    }
                    best = id;
                    bestX = ex;
                    bestY = ey;
                    bestSquared = squared;
                    bound = Math.min(toleranceSquaredBound, squared * (1 + 1e-9));
                }
            }
        }
        if (best < 0 || !withinTolerance(bestX, bestY, bestSquared)) {
            return -1;
        }
        nearestAtZero = bestX == 0 && bestY == 0;
        return best;
    }

    /**
     * {@link #nearest(double, double, boolean, boolean)} for corners only and for plain
     * representatives only, in one pass over the cells: left in {@link #nearestCorner} and
     * {@link #nearestPlain} (-1: none within the tolerance). Each is the least of its kind by
     * distance, then by {@link #before}, as {@code nearest} finds it in any order of the cells.
     */
    void nearestOfEachKind(double cx0, double cy0) {
        double x = cx0 * sx;
        double y = cy0 * sy;
        cellsAround(x, y);
        int bestC = -1;
        double cX = 0;
        double cY = 0;
        double cSquared = 0;
        double cBound = toleranceSquaredBound;
        int bestP = -1;
        double pX = 0;
        double pY = 0;
        double pSquared = 0;
        double pBound = toleranceSquaredBound;
        for (long cx = aroundX0; cx <= aroundX1; cx++) {
            for (long cy = aroundY0; cy <= aroundY1; cy++) {
                int first = dense != null ? dense[(int) ((cx - denseX) * denseRows + cy - denseY)] - 1
                        : cells.get(cx, cy);
                for (int id = first; id >= 0; id = nextInCell[id]) {
                    double ex = (px[id] - cx0) * sx;
                    double ey = (py[id] - cy0) * sy;
                    double squared = ex * ex + ey * ey;
                    if (id < cornerReps) {
                        if (squared > cBound || bestC >= 0 && !nearer(id, ex, ey, squared, bestC, cX, cY, cSquared, x, y)) {
                            continue;
                        }
                        bestC = id;
                        cX = ex;
                        cY = ey;
                        cSquared = squared;
                        cBound = Math.min(toleranceSquaredBound, squared * (1 + 1e-9));
                    } else {
                        if (squared > pBound || bestP >= 0 && !nearer(id, ex, ey, squared, bestP, pX, pY, pSquared, x, y)) {
                            continue;
                        }
                        bestP = id;
                        pX = ex;
                        pY = ey;
                        pSquared = squared;
                        pBound = Math.min(toleranceSquaredBound, squared * (1 + 1e-9));
                    }
                }
            }
        }
        nearestCorner = bestC >= 0 && withinTolerance(cX, cY, cSquared) ? bestC : -1;
        nearestPlain = bestP >= 0 && withinTolerance(pX, pY, pSquared) ? bestP : -1;
    }

    /** What {@link #nearestOfEachKind} found: the nearest corner's representative and the nearest plain one, or -1. */
    int nearestCorner;
    int nearestPlain;

    /** Whether representative {@code id} at offset (ex, ey) takes the place of {@code best} at (bx, by) in {@link #nearest}'s choice. */
    private boolean nearer(int id, double ex, double ey, double squared, int best, double bx, double by,
            double bSquared, double x, double y) {
        int against = compareDistances(ex, ey, squared, bx, by, bSquared);
        return against < 0 || against == 0 && before(id, best, x, y);
    }

    /** The cells {@link #cellsAround} found last: columns {@code aroundX0 .. aroundX1}, rows {@code aroundY0 .. aroundY1}. */
    private long aroundX0;
    private long aroundX1;
    private long aroundY0;
    private long aroundY1;

    /**
     * Finds the cells within {@link #reach} of the point (x, y) (metres): at most two columns and
     * two rows (cells are twice the tolerance), left in {@link #aroundX0} .. {@link #aroundY1}.
     */
    private void cellsAround(double x, double y) {
        if (x == aroundX && y == aroundY) {
            return;   // settling asks about one vertex several times in a row
        }
        aroundX = x;
        aroundY = y;
        aroundX0 = cell(x - reach, cellSize, inverseCellSize);
        aroundX1 = cell(x + reach, cellSize, inverseCellSize);
        aroundY0 = cell(y - reach, cellSize, inverseCellSize);
        aroundY1 = cell(y + reach, cellSize, inverseCellSize);
    }

    /**
     * {@return {@code (long) Math.floor(v / size)}}, by a product with the inverse where that
     * cannot differ: the product lies within a few ulps of the quotient, so their floors differ
     * only within far less than 10<sup>-12</sup> of the quotient from a cell's edge, where the
     * quotient itself is taken (four divisions per vertex looked up were a fiftieth of the redrawn
     * city's validation at 10.5 m).
     *
     * @param v a coordinate (metres)
     * @param size the side of a cell
     * @param inverse {@code 1 / size}
     */
    static long cell(double v, double size, double inverse) {
        double q = v * inverse;
        double f = Math.floor(q);
        double margin = Math.abs(q) * 1e-12 + 1e-200;   // (the floor of an underflowed quotient near 0 as well)
        if (q - f > margin && f + 1 - q > margin) {
            return (long) f;
        }
        return (long) Math.floor(v / size);
    }

    /** The point {@link #cellsAround} was last asked about (NaN: none yet). */
    private double aroundX = Double.NaN;
    private double aroundY = Double.NaN;

    /**
     * Between two representatives equally near the point (x, y) (metres), whether {@code a} comes
     * first: the one whose cell of one tolerance lies in the lower column relative to the point's,
     * then the lower row, then the older (lower id).
     */
    private boolean before(int a, int b, double x, double y) {
        long ax = (long) Math.floor(rx[a] / tolerance);
        long bx = (long) Math.floor(rx[b] / tolerance);
        if (ax != bx) {
            return ax < bx;
        }
        long ay = (long) Math.floor(ry[a] / tolerance);
        long by = (long) Math.floor(ry[b] / tolerance);
        if (ay != by) {
            return ay < by;
        }
        return a < b;
    }

    /**
     * Compares two distances as {@code Double.compare(Math.hypot(ax, ay), Math.hypot(bx, by))}
     * does: by the squared distances when they differ by far more than the rounding of either
     * (hypot is within an ulp of the exact length, a sum of squares within a few), else by hypot.
     *
     * @param ax an offset
     * @param ay the other
     * @param aSquared {@code ax * ax + ay * ay}
     * @param bx the other distance's offset
     * @param by the other
     * @param bSquared {@code bx * bx + by * by}
     * @return negative, zero or positive
     */
    static int compareDistances(double ax, double ay, double aSquared, double bx, double by, double bSquared) {
        if (aSquared > TINY_SQUARED && bSquared > TINY_SQUARED) {
            if (aSquared < bSquared * (1 - 1e-12)) {
                return -1;
            }
            if (aSquared > bSquared * (1 + 1e-12)) {
                return 1;
            }
        }
        return Double.compare(Math.hypot(ax, ay), Math.hypot(bx, by));
    }

    /** Squares below this may have lost precision to underflow: compare by hypot. */
    private static final double TINY_SQUARED = 1e-200;

    /**
     * {@return whether representative {@code p} lies within the tolerance of the segment between
     * representatives {@code a} and {@code b}} (the inserts' and the corner rules' one test)
     */
    boolean withinSegment(int p, int a, int b) {
        double bx = rx[b] - rx[a];
        double by = ry[b] - ry[a];
        double qx = rx[p] - rx[a];
        double qy = ry[p] - ry[a];
        double len2 = bx * bx + by * by;
        double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, (qx * bx + qy * by) / len2));
        double ex = qx - t * bx;
        double ey = qy - t * by;
        return withinTolerance(ex, ey, ex * ex + ey * ey);
    }

    /** {@return whether {@code Math.hypot(ex, ey) <= tolerance}}, by the square unless it is near the tolerance's */
    boolean withinTolerance(double ex, double ey, double squared) {
        if (squared < toleranceSquaredBelow) {
            return true;
        }
        return squared <= toleranceSquaredBound && Math.hypot(ex, ey) <= tolerance;
    }

    /**
     * Whether no representative made at or after {@code stamp} lies in the cells {@link #nearest}
     * reads around {@code c} (each cell's list starts with its newest). Then {@code nearest} would
     * choose among the representatives it chose from when {@code c} was given one (the nearest of
     * them, a corner's if any was nearest): it would give the same one. (x, y) is the vertex, raw,
     * at position {@code position} (see {@link #given}); with the dense array, its cells are those
     * kept when it was given (see {@link #positionCells}).
     */
    boolean noneNewerAround(int position, double x, double y, int stamp) {
        if (positionCells != null) {
            int around = positionCells[position];
            if (around != newestAround) {
                // consecutive vertices of a ring often read the same cells: their newest is read once
                newestAround = around;
                newestInAround = newestIn(around);
            }
            return newestInAround < stamp;
        }
        cellsAround(x * sx, y * sy);
        for (long cx = aroundX0; cx <= aroundX1; cx++) {
            for (long cy = aroundY0; cy <= aroundY1; cy++) {
                int newest = dense != null ? dense[(int) ((cx - denseX) * denseRows + cy - denseY)] - 1
                        : cells.get(cx, cy);
                if (newest >= stamp) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * {@return the representative {@link #nearest} gives the point (x, y) (raw) of position
     * {@code position} now} The position was given {@code given}, the nearest of the
     * representatives before {@code stamp} (its {@link #positionStamp}) in the cells around it, within
     * the tolerance: nearest's choice is the least of the representatives in those cells by
     * distance, then by {@link #before}, whatever the order they are read in, so only those made
     * since (each cell's list starts with its newest) are compared with {@code given}. Settling asks
     * this of a vertex given a plain representative, in place of {@link #noneNewerAround} and a
     * second {@code nearest} over all of the cells' representatives.
     */
    int nearestSince(int position, double x, double y, int stamp, int given) {
        int cellCount = 0;
        int[] heads = newestOfCells;
        if (positionCells != null) {
            int around = positionCells[position];
            int first = around >>> 4;
            for (int column = 0; column <= (around >>> 2 & 3); column++) {
                for (int row = 0; row <= (around & 3); row++) {
                    heads[cellCount++] = dense[first + column * (int) denseRows + row] - 1;
                }
            }
        } else {
            cellsAround(x * sx, y * sy);
            for (long cx = aroundX0; cx <= aroundX1; cx++) {
                for (long cy = aroundY0; cy <= aroundY1; cy++) {
                    heads[cellCount++] = cells.get(cx, cy);
                }
            }
        }
        int best = given;
        double bestX = (px[given] - x) * sx;
        double bestY = (py[given] - y) * sy;
        double bestSquared = bestX * bestX + bestY * bestY;
        double bound = Math.min(toleranceSquaredBound, bestSquared * (1 + 1e-9));
        for (int c = 0; c < cellCount; c++) {
            for (int id = heads[c]; id >= stamp; id = nextInCell[id]) {
                double ex = (px[id] - x) * sx;
                double ey = (py[id] - y) * sy;
                double squared = ex * ex + ey * ey;
                if (squared > bound || !nearer(id, ex, ey, squared, best, bestX, bestY, bestSquared, x * sx, y * sy)) {
                    continue;
                }
                best = id;
                bestX = ex;
                bestY = ey;
                bestSquared = squared;
                bound = Math.min(toleranceSquaredBound, squared * (1 + 1e-9));
            }
        }
        return best;
    }

    /** The newest representative of each cell {@link #nearestSince} reads (at most three columns of three). */
    private final int[] newestOfCells = new int[9];

    /** The cells (as {@link #positionCells} has them) whose newest representative {@link #noneNewerAround} read last (-1: none), and that one. */
    private int newestAround = -1;
    private int newestInAround;

    /** {@return the cells {@link #cellsAround} found last, as {@link #positionCells} has them} */
    private int aroundInDense() {
        int first = (int) ((aroundX0 - denseX) * denseRows + aroundY0 - denseY);
        return first << 4 | (int) (aroundX1 - aroundX0) << 2 | (int) (aroundY1 - aroundY0);
    }

    /** {@return the newest representative (-1: none) in the dense cells {@code around} (as {@link #positionCells} has them)} */
    private int newestIn(int around) {
        int first = around >>> 4;
        int columns = around >>> 2 & 3;
        int rows = around & 3;
        int newest = -1;
        for (int column = 0; column <= columns; column++) {
            int i = first + column * (int) denseRows;
            for (int row = 0; row <= rows; row++) {
                newest = Math.max(newest, dense[i + row] - 1);
            }
        }
        return newest;
    }

    /**
     * Finds the corners' representatives (see {@link #cornerReps}) in the cells {@link #nearest}
     * reads around the point (x, y) (metres), in the order it reads them: cell by cell, each newest
     * first; {@return how many} They are left in {@link #cornersFound} (overwritten by the next
     * call). For {@link NearestSettling}, which picks among them (every corner's vertex settled
     * anew asks: the array is kept, not made per question).
     */
    int cornersAround(double x, double y) {
        if (x == cornersAroundX && y == cornersAroundY) {
            return cornersCount;   // the corner rules ask about one vertex twice in a row
        }
        cellsAround(x, y);
        int[] found = cornersFound;
        int count = 0;
        for (long cx = aroundX0; cx <= aroundX1; cx++) {
            for (long cy = aroundY0; cy <= aroundY1; cy++) {
                int newest = dense != null ? dense[(int) ((cx - denseX) * denseRows + cy - denseY)] - 1
                        : cells.get(cx, cy);
                // a cell's list runs from its newest to its oldest, the corners' last
                for (int id = newest < cornerReps ? newest : cornerBelow[newest]; id >= 0; id = nextInCell[id]) {
                    if (count == found.length) {
                        found = Arrays.copyOf(found, count * 2);
                    }
                    found[count++] = id;
                }
            }
        }
        cornersFound = found;
        cornersAroundX = x;
        cornersAroundY = y;
        cornersCount = count;
        return count;
    }

    /** The point {@link #cornersAround} was last asked about (NaN: none since the cells last changed), and how many it found. */
    private double cornersAroundX = Double.NaN;
    private double cornersAroundY = Double.NaN;
    private int cornersCount;

    /** The corners {@link #cornersAround} found last (the first of the count it returned). */
    int[] cornersFound = new int[8];

    /**
     * The representative of vertex {@code vertex} of {@link #flat}, at (x, y): the one a vertex at
     * the same position was given before (so that borders shared vertex for vertex stay shared,
     * whatever the order of the rings), else the nearest within the tolerance, else the vertex as a
     * new one.
     */
    private int representative(double x, double y, int vertex) {
        int position = given.find(x, y);
        if (position >= 0) {
            int known = positionRep[position];
            if (px[known] != x || py[known] != y) {
                snapped++;
            }
            lastPosition = position;
            return known;
        }
        int stamp = repCount;
        int best = nearest(x, y, false);
        // (the cells nearest read, before a new representative's push)
        int around = positionCells == null ? 0 : aroundInDense();
        int id;
        if (best >= 0) {
            if (!nearestAtZero) {
                snapped++;
            }
            id = best;
        } else {
            id = repCount++;
            if (id == repCapacity) {
                repCapacity = id * 2;
                repVertex = Arrays.copyOf(repVertex, id * 2);
                px = Arrays.copyOf(px, id * 2);
                py = Arrays.copyOf(py, id * 2);
                rx = Arrays.copyOf(rx, id * 2);
                ry = Arrays.copyOf(ry, id * 2);
                nextInCell = Arrays.copyOf(nextInCell, id * 2);
                cornerBelow = Arrays.copyOf(cornerBelow, id * 2);
            }
            double mx = x * sx;
            double my = y * sy;
            repVertex[id] = vertex;
            px[id] = x;
            py[id] = y;
            rx[id] = mx;
            ry[id] = my;
            push(cell(mx, cellSize, inverseCellSize), cell(my, cellSize, inverseCellSize), id);
        }
        position = given.add(x, y);
        if (position == positionRep.length || position == positionStamp.length
                || positionCells != null && position == positionCells.length) {
            positionRep = Arrays.copyOf(positionRep, position * 2);
            positionStamp = Arrays.copyOf(positionStamp, position * 2);
            positionCells = positionCells == null ? null : Arrays.copyOf(positionCells, position * 2);
        }
        positionRep[position] = id;
        positionStamp[position] = stamp;
        if (positionCells != null) {
            positionCells[position] = around;
        }
        lastPosition = position;
        return id;
    }

    /**
     * {@link #nearPairs} over the dense cell array, which it turns into offsets (its last use as a
     * map from cells to buckets: no representative is looked up afterwards): the representatives
     * are laid out cell by cell, column after column, so the cells of one column that an edge
     * passes are one run of that layout, read with two offsets instead of a lookup per cell. The
     * cells scanned and the pairs found are those of {@link #nearPairs}.
     */
    private Candidates nearPairsDense(Edges edges, boolean[] skip) {
        Candidates out = new Candidates();
        int cellCount = denseCells;
        if (laidOut == null) {
            laidOut = new int[repCount];
            laidOutX = new double[repCount];
            laidOutY = new double[repCount];
            int filled = 0;
            for (int i = 0; i < cellCount; i++) {
                int newest = dense[i] - 1;
                dense[i] = filled;
                for (int p = newest; p >= 0; p = nextInCell[p]) {
                    laidOut[filled] = p;
                    laidOutX[filled] = rx[p];
                    laidOutY[filled] = ry[p];
                    filled++;
                }
            }
        }
        // a later round (see refinedPieces) reads the layout the first made
        int[] flat = laidOut;
        double[] fx = laidOutX;
        double[] fy = laidOutY;
        int filled = repCount;
        // cells by a product with the inverse, not four divisions per edge: the product lies
        // within a few ulps of the quotient, so each bound moves out by CELL_SLACK of a cell and
        // reads the quotient's cells and now and then one more (whose representatives the
        // distance test rejects: the pairs found are the same, their order is set by Candidates)
        double inverse = 1 / cellSize;
        for (int e = 0; e < edges.count; e++) {
            if (skip != null && skip[e]) {
                continue;
            }
            int a = edges.a[e];
            int b = edges.b[e];
            double x0 = rx[a];
            double y0 = ry[a];
            double x1 = rx[b];
            double y1 = ry[b];
            double bx = x1 - x0;
            double by = y1 - y0;
            double len2 = bx * bx + by * by;
            double lateral2 = lateralSquared(len2, reach);
            // the cells of the edge's envelope widened by the tolerance: every representative
            // within the tolerance of the edge, and a few more that fail the distance test
            long c0 = Math.max((long) Math.floor((Math.min(x0, x1) - reach) * inverse - CELL_SLACK), denseX);
            long c1 = Math.min((long) Math.floor((Math.max(x0, x1) + reach) * inverse + CELL_SLACK),
                    denseX + denseColumns - 1);
            long r0 = Math.max((long) Math.floor((Math.min(y0, y1) - reach) * inverse - CELL_SLACK), denseY);
            long r1 = Math.min((long) Math.floor((Math.max(y0, y1) + reach) * inverse + CELL_SLACK),
                    denseY + denseRows - 1);
            for (long cx = c0; cx <= c1; cx++) {
                long column = (cx - denseX) * denseRows - denseY;
                int from = dense[(int) (column + r0)];
                int end = column + r1 + 1 < cellCount ? dense[(int) (column + r1 + 1)] : filled;
                for (int k = from; k < end; k++) {
                    double qx = fx[k] - x0;
                    double qy = fy[k] - y0;
                    double dot = qx * bx + qy * by;
                    double cross = qx * by - qy * bx;
                    // one test, seldom passed, in place of two that pass about half the time: t =
                    // dot / len2 strictly inside (0, 1), and no farther from the edge's line than
                    // offer could take (see lateralSquared)
                    if (!(dot > 0 & dot < len2 & cross * cross <= lateral2)) {
                        continue;
                    }
                    int p = flat[k];
                    if (p == a || p == b) {
                        continue;
                    }
                    offer(out, p, e, qx, qy, bx, by, dot / len2);
                }
            }
        }
        out.edgeA = edges.a;
        out.edgeB = edges.b;
        return out;
    }

    /**
     * {@return a bound on the square of the cross product of an edge of squared length {@code len2}
     * (metres) with the offset of a representative that {@link #offer} takes} {@code offer} takes
     * a representative whose computed offset from the edge is at most the tolerance; the offset and
     * the cross product (the offset times the edge's length) are each computed within far less than
     * 10<sup>-12</sup> of (edge + tolerance) of their true values, so a margin of 10<sup>-9</sup>
     * of that keeps every representative {@code offer} would take. Without a bound (infinite) for
     * an edge so short its square is near underflow.
     *
     * @param len2 the edge's squared length
     * @param reach the tolerance and a margin over rounding ({@link #reach})
     */
    static double lateralSquared(double len2, double reach) {
        if (!(len2 > 1e-200)) {
            return Double.POSITIVE_INFINITY;
        }
        double len = Math.sqrt(len2);
        double lateral = reach + 1e-9 * (len + reach);
        return lateral * lateral * len2;
    }

    /**
     * The representatives laid out cell by cell by the first {@link #nearPairsDense} (then
     * {@link #dense} holds where each cell starts), with their metre coordinates.
     */
    private int[] laidOut;
    private double[] laidOutX;
    private double[] laidOutY;
    /** The cells {@link #nearPairs} made without the dense array, kept for later rounds (size 0: none yet). */
    private double pairCellSize;
    private LocalGrid pairGrid;

    /**
     * How far (in cells) {@link #nearPairsDense} moves each bound out: far more than the rounding
     * of a coordinate times the inverse cell size (a few ulps of cell indexes below 10<sup>9</sup>).
     */
    private static final double CELL_SLACK = 1e-6;

    /**
     * Adds the pair of representative {@code p} and edge {@code e} when {@code p} projects strictly
     * inside the edge (fraction {@code t}) within the tolerance of it.
     *
     * @param qx p's offset from the edge's first end (metres)
     * @param qy the other
     * @param bx the edge's vector (metres)
     * @param by the other
     * @param t the fraction of the edge at p's projection
     */
    private void offer(Candidates out, int p, int e, double qx, double qy, double bx, double by, double t) {
        if (!(t > 0 && t < 1)) {
            return;
        }
        double ex = qx - t * bx;
        double ey = qy - t * by;
        double squared = ex * ex + ey * ey;
        if (squared > toleranceSquaredBound) {
            return; // certainly farther than the tolerance
        }
        if (withinTolerance(ex, ey, squared)) {
            out.add(p, e, ex, ey, squared, t);
        }
    }

    /**
     * {@link #nearPairs} of a later round's pieces (see {@link InsertRounds#refinedPieces}): a
     * piece that is an edge of the first round ({@code edges}; a ring that took a vertex of another
     * ring runs on along that ring's edge) has the pairs {@code firstPairs} found for that edge
     * (the representatives have not moved since, and a pair's values depend only on the edge's ends
     * and the representative: the search would find the same), the other pieces are searched. The
     * pairs are the search's; their order is set by {@link Candidates#order}.
     */
    private Candidates piecePairs(Edges pieces, Edges edges, Candidates firstPairs) {
        int[] start = firstPairStart(edges, firstPairs);
        if (firstPairsByEdge == null) {
            // the first round's pairs by edge (counted, then filled)
            int[] fill = Arrays.copyOf(start, edges.count);
            int[] byEdge = new int[firstPairs.count];
            for (int c = 0; c < firstPairs.count; c++) {
                byEdge[fill[firstPairs.edge[c]]++] = c;
            }
            firstPairsByEdge = byEdge;
        }
        boolean[] known = new boolean[pieces.count];
        int[] firstEdge = new int[pieces.count];
        for (int e = 0; e < pieces.count; e++) {
            firstEdge[e] = edges.find(pieces.a[e], pieces.b[e]);
            known[e] = firstEdge[e] >= 0;
        }
        Candidates out = nearPairs(pieces, known);
        for (int e = 0; e < pieces.count; e++) {
            int f = firstEdge[e];
            for (int i = f < 0 ? 0 : firstPairStart[f], end = f < 0 ? 0 : firstPairStart[f + 1]; i < end; i++) {
                int c = firstPairsByEdge[i];
                out.add(firstPairs.rep[c], e, firstPairs.offsetX[c], firstPairs.offsetY[c], firstPairs.squared[c],
                        firstPairs.fraction[c]);
            }
        }
        return out;
    }

    /** The first round's pairs by edge (see {@link #piecePairs}): edge e's are {@code firstPairsByEdge[firstPairStart[e] ..]}. */
    private int[] firstPairStart;
    private int[] firstPairsByEdge;

    /** {@return where each first-round edge's pairs start among the first round's pairs by edge, one more at the end} Counted once. */
    private int[] firstPairStart(Edges edges, Candidates firstPairs) {
        if (firstPairStart == null) {
            int[] start = new int[edges.count + 1];
            for (int c = 0; c < firstPairs.count; c++) {
                start[firstPairs.edge[c] + 1]++;
            }
            for (int e = 0; e < edges.count; e++) {
                start[e + 1] += start[e];
            }
            firstPairStart = start;
        }
        return firstPairStart;
    }

    /**
     * Whether {@link #piecePairs} may find a pair on the pieces {@link InsertRounds#mergeInserts}
     * marked: false when every piece is an edge of the first round ({@code edges}) that had no
     * pair in {@code firstPairs} (those are the pairs piecePairs gives such a piece, and it
     * searches no other), so that the round would take nothing.
     */
    private boolean piecesMayPair(List<Ring> all, Edges edges, Candidates firstPairs) {
        int[] start = firstPairStart(edges, firstPairs);
        for (Ring ring : all) {
            boolean[] pieces = ring.pieces;
            int[] v = ring.vertices;
            for (int k = 0; pieces != null && k + 1 < v.length; k++) {
                if (pieces[k] && v[k] != v[k + 1]) {
                    int f = edges.find(Math.min(v[k], v[k + 1]), Math.max(v[k], v[k + 1]));
                    if (f < 0 || start[f + 1] > start[f]) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * Every pair of a representative and an edge within the tolerance of it, strictly inside the
     * edge (not at an end): for each edge, the representatives of the cells within the tolerance of
     * it, column by column (a point within the tolerance of the edge lies within it, in x and in y,
     * of the edge's point nearest to it). Edges marked in {@code skip} (when given) are not searched.
     */
    private Candidates nearPairs(Edges edges, boolean[] skip) {
        if (dense != null) {
            return nearPairsDense(edges, skip);
        }
        Candidates out = new Candidates();
        if (edges.count == 0) {
            out.edgeA = edges.a;
            out.edgeB = edges.b;
            return out;
        }
        // without the dense array (a tolerance much finer than the group) the cells would be far
        // smaller than the edges: then a local grid of the representatives with cells as large as
        // the mean edge (never smaller than the tolerance)
        double size;
        LocalGrid grid;
        if (pairCellSize > 0) {
            // a later round (see refinedPieces): the first round's cells
            size = pairCellSize;
            grid = pairGrid;
        } else {
            double total = 0;
            for (int e = 0; e < edges.count; e++) {
                total += Math.hypot(rx[edges.b[e]] - rx[edges.a[e]], ry[edges.b[e]] - ry[edges.a[e]]);
            }
            grid = LocalGrid.of(rx, ry, repCount, Math.max(tolerance, total / edges.count));
            size = grid.size;
            pairCellSize = size;
            pairGrid = grid;
        }
        for (int e = 0; e < edges.count; e++) {
            if (skip != null && skip[e]) {
                continue;
            }
            int a = edges.a[e];
            int b = edges.b[e];
            double x0 = rx[a];
            double y0 = ry[a];
            double x1 = rx[b];
            double y1 = ry[b];
            double bx = x1 - x0;
            double by = y1 - y0;
            double len2 = bx * bx + by * by;
            double minX = Math.min(x0, x1);
            double maxX = Math.max(x0, x1);
            // a representative within the tolerance of the edge lies within it, in x and in y, of the
            // edge's point nearest to it: the cells read are those within the tolerance of the edge's
            // stretch along each column, not one cell around (the cells are as large as the mean edge,
            // many tolerances, so one cell around read mostly representatives the distance test
            // rejects), widened by far more than the rounding of the cell indexes and interpolations
            double margin = reach + 1e-9 * (Math.abs(x0) + Math.abs(y0) + Math.abs(x1) + Math.abs(y1) + size);
            long c0 = (long) Math.floor((minX - margin) / size);
            long c1 = (long) Math.floor((maxX + margin) / size);
            for (long cx = c0; cx <= c1; cx++) {
                // the part of the edge whose x is within the margin of column cx
                double lo = Math.max(minX, cx * size - margin);
                double hi = Math.min(maxX, (cx + 1) * size + margin);
                double yLo;
                double yHi;
                if (x1 == x0 || lo > hi) {
                    yLo = Math.min(y0, y1);
                    yHi = Math.max(y0, y1);
                } else {
                    double ya = y0 + (y1 - y0) * ((lo - x0) / (x1 - x0));
                    double yb = y0 + (y1 - y0) * ((hi - x0) / (x1 - x0));
                    yLo = Math.max(Math.min(y0, y1), Math.min(ya, yb));
                    yHi = Math.min(Math.max(y0, y1), Math.max(ya, yb));
                    double slack = 1e-9 * (Math.abs(yLo) + Math.abs(yHi) + size);
                    yLo -= slack;
                    yHi += slack;
                }
                long r0 = (long) Math.floor((yLo - margin) / size);
                long r1 = (long) Math.floor((yHi + margin) / size);
                // the cells' representatives in order (rows up, each cell's by id)
                int from = grid.from(cx, r0);
                int to = grid.to(cx, r1);
                for (int k = from; k < to; k++) {
                    double qx = grid.x[k] - x0;
                    double qy = grid.y[k] - y0;
                    double dot = qx * bx + qy * by;
                    if (!(dot > 0 && dot < len2)) {
                        continue;   // t = dot / len2 is not strictly inside (0, 1): offer would not take it
                    }
                    int p = grid.byCell[k];
                    if (p == a || p == b) {
                        continue;
                    }
                    offer(out, p, e, qx, qy, bx, by, dot / len2);
                }
            }
        }
        out.edgeA = edges.a;
        out.edgeB = edges.b;
        return out;
    }

    /**
     * The distinct edges of the group (representatives {@code a < b}) and, per edge, the ring
     * segments along it. An edge is found through the list of edges whose lower end is {@code a}
     * (a representative starts few edges).
     */
    static final class Edges {
        final int[] first;
        int count;
        int[] a;
        int[] b;
        int[] nextOfA;
        int[] head;
        int[] tail;
        int uses;
        int[] ring;
        int[] segment;
        int[] next;

        /**
         * @param representatives the number of representatives
         * @param segments the number of ring segments (an upper bound on uses, and on edges)
         */
        Edges(int representatives, int segments) {
            first = new int[representatives];
            Arrays.fill(first, -1);
            // most edges are shared by two rings; both arrays grow when needed
            int edges = Math.max(64, segments / 2 + 16);
            a = new int[edges];
            b = new int[edges];
            nextOfA = new int[edges];
            head = new int[edges];
            tail = new int[edges];
            int capacity = Math.max(64, segments);
            ring = new int[capacity];
            segment = new int[capacity];
            next = new int[capacity];
        }

        /** {@return the edge from {@code from} to {@code to} ({@code from < to}), or -1 when there is none} */
        int find(int from, int to) {
            int e = first[from];
            while (e >= 0 && b[e] != to) {
                e = nextOfA[e];
            }
            return e;
        }

        /** Records that segment {@code k} of ring {@code r} runs along edge {@code from, to} ({@code from < to}); {@return the edge} */
        int use(int from, int to, int r, int k) {
            int e = find(from, to);
            if (e < 0) {
                e = count++;
                if (e == a.length) {
                    a = Arrays.copyOf(a, e * 2);
                    b = Arrays.copyOf(b, e * 2);
                    nextOfA = Arrays.copyOf(nextOfA, e * 2);
                    head = Arrays.copyOf(head, e * 2);
                    tail = Arrays.copyOf(tail, e * 2);
                }
                a[e] = from;
                b[e] = to;
                nextOfA[e] = first[from];
                first[from] = e;
                head[e] = -1;
            }
            int u = uses++;
            if (u == ring.length) {
                ring = Arrays.copyOf(ring, u * 2);
                segment = Arrays.copyOf(segment, u * 2);
                next = Arrays.copyOf(next, u * 2);
            }
            ring[u] = r;
            segment[u] = k;
            next[u] = -1;
            if (head[e] < 0) {
                head[e] = u;
            } else {
                next[tail[e]] = u;
            }
            tail[e] = u;
            return e;
        }
    }

    /**
     * Pairs of a representative and an edge within the tolerance, with the offset from the edge to
     * the representative (metres), its square, and the fraction along the edge.
     */
    static final class Candidates {
        int count;
        int[] rep = new int[64];
        int[] edge = new int[64];
        double[] offsetX = new double[64];
        double[] offsetY = new double[64];
        double[] squared = new double[64];
        double[] fraction = new double[64];
        int[] edgeA;
        int[] edgeB;

        void add(int p, int e, double ex, double ey, double d2, double f) {
            if (count == rep.length) {
                rep = Arrays.copyOf(rep, count * 2);
                edge = Arrays.copyOf(edge, count * 2);
                offsetX = Arrays.copyOf(offsetX, count * 2);
                offsetY = Arrays.copyOf(offsetY, count * 2);
                squared = Arrays.copyOf(squared, count * 2);
                fraction = Arrays.copyOf(fraction, count * 2);
            }
            rep[count] = p;
            edge[count] = e;
            offsetX[count] = ex;
            offsetY[count] = ey;
            squared[count] = d2;
            fraction[count] = f;
            count++;
        }

        /**
         * {@return the pairs by representative, then nearest first, then by the edge's ends} (a
         * total order: a representative meets an edge once). Counted by representative, then the
         * few pairs of each representative sorted in place.
         */
        int[] order(int representatives) {
            int[] start = new int[representatives + 1];
            int[] result = byKey(rep, count, start);
            for (int r = 0; r < representatives; r++) {
                for (int i = start[r] + 1; i < start[r + 1]; i++) {
                    int x = result[i];
                    int j = i - 1;
                    while (j >= start[r] && before(x, result[j])) {
                        result[j + 1] = result[j];
                        j--;
                    }
                    result[j + 1] = x;
                }
            }
            return result;
        }

        private boolean before(int x, int y) {
            int c = compareDistances(offsetX[x], offsetY[x], squared[x], offsetX[y], offsetY[y], squared[y]);
            if (c == 0) {
                c = Integer.compare(edgeA[edge[x]], edgeA[edge[y]]);
            }
            if (c == 0) {
                c = Integer.compare(edgeB[edge[x]], edgeB[edge[y]]);
            }
            return c < 0;
        }
    }

    /**
     * {@link #nearPairs}' cells of the representatives as one array over their extent, of at most 32
     * cells per representative (a redrawn street: about 14 at cells as large as its mean edge): a cell's representatives (by id) follow each
     * other, and a column's cells too (rows up), so the cells of one column an edge passes are one
     * run, read with two offsets where a hash of cells took a lookup per cell (a fifth of a redrawn
     * city's cleaning went to those lookups). Where cells as large as the mean edge would be more, the
     * cells are made larger until they are not (the outline and the redrawn parent of a third of the
     * redrawn city's streets at the default tolerance, 32–36 cells per representative).
     */
    private static final class LocalGrid {
        /** The side of a cell (metres): at least the size asked for. */
        final double size;
        final long minX;
        final long minY;
        final long columns;
        final long rows;
        /** Per cell (column after column), where its representatives start in {@link #byCell}; one more at the end. */
        final int[] start;
        final int[] byCell;
        /** The representatives' metre coordinates in {@link #byCell}'s order (read in a run, not through it). */
        final double[] x;
        final double[] y;

        private LocalGrid(double size, long minX, long minY, long columns, long rows, int[] start, int[] byCell,
                double[] x, double[] y) {
            this.size = size;
            this.minX = minX;
            this.minY = minY;
            this.columns = columns;
            this.rows = rows;
            this.start = start;
            this.byCell = byCell;
            this.x = x;
            this.y = y;
        }

        /**
         * {@return the grid of cells of {@code smallest} metres, or of larger cells when those would be more
         * than 32 per representative} Larger cells find the same pairs (the cells read are those within
         * the tolerance of an edge, whatever their size), among more representatives read. Cells as large
         * as the representatives' extent are at most four, so the growth ends.
         *
         * @param count the representatives, at least one, at finite coordinates (as {@code GeoPartition} has them)
         */
        static LocalGrid of(double[] rx, double[] ry, int count, double smallest) {
            double limit = Math.min(Math.max(4096, 32.0 * count), 1 << 22);
            double size = smallest;
            while (true) {
                if (!(size > 0) || Double.isInfinite(size)) {
                    throw new IllegalStateException("no cell size fits the representatives: " + size + " m");
                }
                long minX = Long.MAX_VALUE;
                long minY = Long.MAX_VALUE;
                long maxX = Long.MIN_VALUE;
                long maxY = Long.MIN_VALUE;
                for (int p = 0; p < count; p++) {
                    long cx = (long) Math.floor(rx[p] / size);
                    long cy = (long) Math.floor(ry[p] / size);
                    minX = Math.min(minX, cx);
                    maxX = Math.max(maxX, cx);
                    minY = Math.min(minY, cy);
                    maxY = Math.max(maxY, cy);
                }
                long columns = maxX - minX + 1;
                long rows = maxY - minY + 1;
                double cells = (double) columns * rows;
                if (columns > 0 && rows > 0 && cells <= limit) {
                    return of(rx, ry, count, size, minX, minY, columns, rows);
                }
                // the cells grow with the square of the size: grow it by the root of the excess, and
                // a little more for the cells the extent's ends round up to (twice when the cell
                // indexes overflowed)
                size *= columns > 0 && rows > 0 ? Math.sqrt(cells / limit) * 1.05 : 2;
            }
        }

        private static LocalGrid of(double[] rx, double[] ry, int count, double size, long minX, long minY,
                long columns, long rows) {
            int cells = (int) (columns * rows);
            int[] start = new int[cells + 1];
            int[] cellOf = new int[count];
            for (int p = 0; p < count; p++) {
                long cx = (long) Math.floor(rx[p] / size);
                long cy = (long) Math.floor(ry[p] / size);
                cellOf[p] = (int) ((cx - minX) * rows + (cy - minY));
                start[cellOf[p] + 1]++;
            }
            for (int c = 0; c < cells; c++) {
                start[c + 1] += start[c];
            }
            int[] fill = Arrays.copyOf(start, cells);
            int[] byCell = new int[count];
            double[] x = new double[count];
            double[] y = new double[count];
            for (int p = 0; p < count; p++) {
                int k = fill[cellOf[p]]++;
                byCell[k] = p;
                x[k] = rx[p];
                y[k] = ry[p];
            }
            return new LocalGrid(size, minX, minY, columns, rows, start, byCell, x, y);
        }

        /** {@return where the representatives of column cx from row r0 up start (an empty run off the grid)} */
        int from(long cx, long r0) {
            if (cx < minX || cx >= minX + columns) {
                return 0;
            }
            long r = Math.min(Math.max(r0, minY), minY + rows);
            return start[(int) ((cx - minX) * rows + (r - minY))];
        }

        /** {@return where the representatives of column cx up to row r1 end} */
        int to(long cx, long r1) {
            if (cx < minX || cx >= minX + columns) {
                return 0;
            }
            long r = Math.min(Math.max(r1 + 1, minY), minY + rows);
            return start[(int) ((cx - minX) * rows + (r - minY))];
        }
    }

    /** An open-addressing map from a pair of longs to a non-negative int (-1 when absent); keys and value side by side. */
    private static final class PairIndex {
        /** Per slot: the two keys and the value + 1 (0: empty). */
        private long[] slots;
        private int size;

        PairIndex(int expected) {
            int capacity = Integer.highestOneBit(Math.max(32, expected * 2 - 1)) << 1;
            slots = new long[capacity * 3];
        }

        int get(long x, long y) {
            long[] s = slots;
            int mask = s.length / 3 - 1;
            for (int i = hash(x, y) & mask; ; i = (i + 1) & mask) {
                int o = i * 3;
                long v = s[o + 2];
                if (v == 0) {
                    return -1;
                }
                if (s[o] == x && s[o + 1] == y) {
                    return (int) v - 1;
                }
            }
        }

        void put(long x, long y, int value) {
            if ((size + 1) * 2 > slots.length / 3) {
                grow();
            }
            long[] s = slots;
            int mask = s.length / 3 - 1;
            for (int i = hash(x, y) & mask; ; i = (i + 1) & mask) {
                int o = i * 3;
                if (s[o + 2] == 0) {
                    s[o] = x;
                    s[o + 1] = y;
                    s[o + 2] = value + 1L;
                    size++;
                    return;
                }
                if (s[o] == x && s[o + 1] == y) {
                    s[o + 2] = value + 1L;
                    return;
                }
            }
        }

        private void grow() {
            long[] old = slots;
            slots = new long[old.length * 2];
            size = 0;
            for (int o = 0; o < old.length; o += 3) {
                if (old[o + 2] != 0) {
                    put(old[o], old[o + 1], (int) old[o + 2] - 1);
                }
            }
        }

        private static int hash(long x, long y) {
            long h = (x * 0x9E3779B97F4A7C15L + y) * 0xC2B2AE3D27D4EB4FL;
            h ^= h >>> 29;
            h *= 0x165667B19E3779F9L;
            return (int) (h ^ (h >>> 32));
        }
    }

    /**
     * {@return a closed ring with its spikes cut off} (see {@link Spikes#withoutSpikes(Coordinate[])};
     * kept here for the outline's callers, which cut spikes as snapping does)
     */
    static Coordinate[] withoutSpikes(Coordinate[] ring) {
        return Spikes.withoutSpikes(ring);
    }
}

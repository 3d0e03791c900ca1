package io.gridgov.geo.validate;

import io.gridgov.geo.CoordinateSystem;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

/**
 * Snaps a sibling group for the cleaner (吸附范围): only the children that snapping can reach go
 * through {@link GroupSnapping}, in the whole group's frame; the others come back as they are. In
 * a group whose parent was drawn by another survey most children lie far inside it and share
 * their borders vertex for vertex: snapping keeps them bit for bit, yet cost as much per vertex as
 * the few along the outline.
 *
 * <p>A child is left out when none of its vertices lies within the tolerance of a segment of any
 * ring of the group (its own, a sibling's, the parent's) that does not end at that vertex's
 * position, no vertex of any ring lies that close to one of its segments, none of its segments is
 * at most the tolerance long, and no vertex lies within twice the tolerance of one of its segments
 * (or it of another's) that has a <em>movable</em> end (a position with another within the
 * tolerance). Why that leaves it and the others as the whole group's snapping would: snapping
 * moves a vertex only onto another vertex's position within the tolerance (such a pair puts each
 * within the tolerance of a segment of the other's ring that does not end at it, or makes a
 * segment that short: both children are reached, both positions movable), and inserts a
 * representative (an input position) into a segment of the snapped rings within the tolerance of
 * it — a snapped segment is its input where neither end is movable, and lies within the tolerance
 * of it otherwise, so the representative lies within the tolerance, or twice it, of the input
 * segment. So no vertex of a child left out moves, none is inserted into its segments, none of its
 * vertices goes into another ring's; its positions shared with children snapped take part there as
 * ordinary vertices with nothing within the tolerance, and the order in which the others are taken
 * (corners, then the parent's, then the children's, by representative and edge) is theirs in the
 * whole group too.
 * The frame ({@link GroupSnapping#snap(Geometry[], Geometry, double, CoordinateSystem, Envelope)})
 * keeps the metres per degree and the cell grid of the whole group. Distances here are measured
 * with a margin (10<sup>-6</sup> of the tolerance): a child in doubt is snapped. Stateless.
 */
final class SnappingScope {

    private SnappingScope() {
    }

    /**
     * {@return the group's children snapped, parallel to the input: as
     * {@code GroupSnapping.snap(children, parent, toleranceMetres, crs).children()}}
     *
     * @param children the children (valid)
     * @param parent the parent, or null
     * @param toleranceMetres the snapping distance, &gt; 0
     * @param crs the coordinate system
     */
    static Geometry[] snap(Geometry[] children, Geometry parent, double toleranceMetres, CoordinateSystem crs) {
        Envelope frame = new Envelope();
        for (Geometry g : children) {
            frame.expandToInclude(g.getEnvelopeInternal());
        }
        if (parent != null) {
            frame.expandToInclude(parent.getEnvelopeInternal());
        }
        boolean[] reached = reached(children, parent, toleranceMetres, crs, frame);
        int count = 0;
        for (boolean r : reached) {
            count += r ? 1 : 0;
        }
        if (count == children.length) {
            return GroupSnapping.snap(children, parent, toleranceMetres, crs, frame).children();
        }
        Geometry[] out = children.clone();
        if (count == 0) {
            return out;
        }
        Geometry[] some = new Geometry[count];
        int[] index = new int[count];
        for (int i = 0, k = 0; i < children.length; i++) {
            if (reached[i]) {
                index[k] = i;
                some[k++] = children[i];
            }
        }
        Geometry[] snapped = GroupSnapping.snap(some, parent, toleranceMetres, crs, frame).children();
        for (int k = 0; k < count; k++) {
            out[index[k]] = snapped[k];
        }
        return out;
    }

    /** {@return per child, whether snapping may change it (see the class comment)} */
    static boolean[] reached(Geometry[] children, Geometry parent, double toleranceMetres, CoordinateSystem crs,
            Envelope frame) {
        double lat = (frame.getMinY() + frame.getMaxY()) / 2;
        double sx = crs.isGeographic() ? LocalMetric.metresPerDegreeLon(lat) : 1;
        double sy = crs.isGeographic() ? LocalMetric.metresPerDegreeLat(lat) : 1;
        double x0 = frame.getMinX();
        double y0 = frame.getMinY();
        // the rings, their owners (a child's index, -1 the parent) and their vertices in metres
        List<Coordinate[]> rings = new ArrayList<>();
        List<Integer> owners = new ArrayList<>();
        if (parent != null) {
            addRings(parent, -1, rings, owners);
        }
        for (int i = 0; i < children.length; i++) {
            addRings(children[i], i, rings, owners);
        }
        int vertices = 0;
        for (Coordinate[] ring : rings) {
            vertices += Math.max(0, ring.length - 1);
        }
        double[] vx = new double[vertices];
        double[] vy = new double[vertices];
        double[] rawX = new double[vertices];
        double[] rawY = new double[vertices];
        int[] vOwner = new int[vertices];
        int v = 0;
        for (int r = 0; r < rings.size(); r++) {
            Coordinate[] ring = rings.get(r);
            int owner = owners.get(r);
            for (int k = 0; k + 1 < ring.length; k++) {
                rawX[v] = ring[k].x;
                rawY[v] = ring[k].y;
                vx[v] = (ring[k].x - x0) * sx;
                vy[v] = (ring[k].y - y0) * sy;
                vOwner[v++] = owner;
            }
        }
        boolean[] reached = new boolean[children.length];
        if (vertices == 0) {
            return reached;
        }
        double tolerance = toleranceMetres * (1 + 1e-6);
        double near = 2 * tolerance;
        // the vertices in cells about as many as four per vertex, at least the reach wide
        double width = Math.max((frame.getMaxX() - x0) * sx, 0);
        double height = Math.max((frame.getMaxY() - y0) * sy, 0);
        double cell = Math.max(Math.max(near, Math.sqrt(width * height / (4.0 * vertices))),
                Math.max(width, height) / (4.0 * vertices));
        int cols = (int) Math.floor(width / cell) + 1;
        int rows = (int) Math.floor(height / cell) + 1;
        Cells cells = new Cells(vx, vy, rawX, rawY, vOwner, cell, cols, rows, children.length);
        // 1. within the tolerance: which children, and which positions may move
        int first = 0;   // the ring's first vertex
        for (Coordinate[] ring : rings) {
            int len = ring.length - 1;
            for (int k = 0; k < len; k++) {
                if (cells.allReached()) {
                    return cells.reached;
                }
                cells.near(first + k, first + (k + 1) % len, tolerance, true);
            }
            first += len;
        }
        cells.movedTogether();
        // 2. within twice the tolerance of a segment one end of which may move
        first = 0;
        for (Coordinate[] ring : rings) {
            int len = ring.length - 1;
            for (int k = 0; k < len && !cells.allReached(); k++) {
                int i = first + k;
                int j = first + (k + 1) % len;
                if (cells.movable[i] || cells.movable[j]) {
                    cells.near(i, j, near, false);
                }
            }
            first += len;
        }
        return cells.reached;
    }

    /**
     * The group's vertices (every ring's, a position shared by rings once per ring) in cells, and
     * what was learnt of them: the children reached and the vertices that may move.
     */
    private static final class Cells {
        final double[] vx;
        final double[] vy;
        final double[] rawX;
        final double[] rawY;
        final int[] owner;
        final int cols;
        final int rows;
        /** The vertices as points (each in one cell: a query's runs hold each once). */
        final CellIndex index;
        /**
         * The vertices' raw coordinates in the index's slot order: a cell's vertices are read from
         * consecutive memory (read through the vertex, they were most of the time {@link #near} took).
         */
        final double[] cellRawX;
        final double[] cellRawY;
        final boolean[] reached;
        /** Per vertex, whether another position lies within the tolerance of it (it may move). */
        final boolean[] movable;
        private int count;

        Cells(double[] vx, double[] vy, double[] rawX, double[] rawY, int[] owner, double cell, int cols, int rows,
                int children) {
            this.vx = vx;
            this.vy = vy;
            this.rawX = rawX;
            this.rawY = rawY;
            this.owner = owner;
            this.cols = cols;
            this.rows = rows;
            int n = vx.length;
            index = CellIndex.of(vx, vy, vx, vy, n, 0, 0, cell, cell, cols, rows);
            cellRawX = new double[n];
            cellRawY = new double[n];
            for (int e = 0; e < n; e++) {
                cellRawX[e] = rawX[index.entry(e)];
                cellRawY[e] = rawY[index.entry(e)];
            }
            reached = new boolean[children];
            movable = new boolean[n];
        }

        boolean allReached() {
            return count == reached.length;
        }

        /**
         * Measures segment i → j (vertices of one ring) against every vertex within {@code reach}
         * of it that is not at one of its ends, marking the children of both when one is that
         * close; with {@code moves}, also marks the vertices within that distance of an end, and
         * the ends of a segment that short, as movable.
         */
        void near(int i, int j, double reach, boolean moves) {
            double reach2 = reach * reach;
            int segmentOwner = owner[i];
            double ax = vx[i];
            double ay = vy[i];
            double bx = vx[j];
            double by = vy[j];
            double dx = bx - ax;
            double dy = by - ay;
            double length2 = dx * dx + dy * dy;
            if (moves && length2 <= reach2) {
                mark(segmentOwner);
                movable[i] = true;
                movable[j] = true;
            }
            CellIndex cells = index;
            int c0 = cells.column(Math.min(ax, bx) - reach);
            int c1 = cells.column(Math.max(ax, bx) + reach);
            int r0 = cells.row(Math.min(ay, by) - reach);
            int r1 = cells.row(Math.max(ay, by) + reach);
            double iX = rawX[i];
            double iY = rawY[i];
            double jX = rawX[j];
            double jY = rawY[j];
            for (int c = c0; c <= c1; c++) {
                int to = cells.to(c, r1);
                for (int e = cells.from(c, r0); e < to; e++) {
                    double wX = cellRawX[e];
                    double wY = cellRawY[e];
                    if (wX == iX && wY == iY || wX == jX && wY == jY) {
                        continue;   // an end of the segment
                    }
                    int w = cells.entry(e);
                    double px = cells.minX(e) - ax;
                    double py = cells.minY(e) - ay;
                    if (moves) {
                        double qx = cells.minX(e) - bx;
                        double qy = cells.minY(e) - by;
                        if (px * px + py * py <= reach2) {
                            movable[w] = true;
                            movable[i] = true;
                        }
                        if (qx * qx + qy * qy <= reach2) {
                            movable[w] = true;
                            movable[j] = true;
                        }
                    }
                    if (settled(segmentOwner) && settled(owner[w])) {
                        continue;   // nothing to learn: both reached already, or the parent
                    }
                    double t = length2 == 0 ? 0 : (px * dx + py * dy) / length2;
                    t = Math.max(0, Math.min(1, t));
                    double ox = px - t * dx;
                    double oy = py - t * dy;
                    if (ox * ox + oy * oy <= reach2) {
                        mark(segmentOwner);
                        mark(owner[w]);
                    }
                }
            }
        }

        /** Marks every vertex at the position of a movable one movable (a position moves in every ring). */
        void movedTogether() {
            for (int c = 0; c < cols; c++) {
                for (int r = 0; r < rows; r++) {
                    int to = index.to(c, r);
                    for (int e = index.from(c, r); e < to; e++) {
                        if (!movable[index.entry(e)]) {
                            continue;
                        }
                        for (int f = index.from(c, r); f < to; f++) {
                            if (cellRawX[f] == cellRawX[e] && cellRawY[f] == cellRawY[e]) {
                                movable[index.entry(f)] = true;
                            }
                        }
                    }
                }
            }
        }

        private void mark(int child) {
            if (child >= 0 && !reached[child]) {
                reached[child] = true;
                count++;
            }
        }

        /** {@return whether the owner is the parent (never marked) or a child already reached} */
        private boolean settled(int child) {
            return child < 0 || reached[child];
        }
    }

    private static void addRings(Geometry g, int owner, List<Coordinate[]> rings, List<Integer> owners) {
        for (int i = 0; i < g.getNumGeometries(); i++) {
            if (!(g.getGeometryN(i) instanceof Polygon p) || p.isEmpty()) {
                continue;
            }
            rings.add(p.getExteriorRing().getCoordinates());
            owners.add(owner);
            for (int h = 0; h < p.getNumInteriorRing(); h++) {
                rings.add(p.getInteriorRingN(h).getCoordinates());
                owners.add(owner);
            }
        }
    }
}

package io.gridgov.geo.validate;

import io.gridgov.geo.CoordinateSystem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.GeometryFixer;

/**
 * Cluster snapping of one sibling group (聚类容差): the children and their parent's outline are
 * made to agree wherever they are closer than the tolerance, as ArcGIS cluster processing does
 * before its topology rules.
 *
 * <ol>
 * <li>Vertices closer than the tolerance become one: each vertex is replaced by the nearest
 *     representative within the tolerance, found through a grid of tolerance-sized cells (an array
 *     over the group's extent, or a primitive hash when the extent has more than 2<sup>20</sup>
 *     cells). The
 *     corners come first, sharpest first (a vertex where the border turns by more than 20°; the
 *     parent's before the children's), then every other vertex (the parent's, then the children's
 *     in order); a position met again gets the representative it got the first time. Corners first
 *     is what keeps a run of close vertices along a border (a parent resampled every metre) from
 *     dragging the corner it runs into onto the run's first vertex, almost a tolerance away, where
 *     the children's corner no longer reaches it (a piece then survives snapping).</li>
 * <li>Every vertex is given the representative nearest to it once all exist — the nearest
 *     corner's when it was given a corner's (a vertex given one almost a tolerance away before a
 *     nearer one existed would pull its grid's corner to the far end of a border shorter than the
 *     tolerance).</li>
 * <li>Vertices closer than the tolerance to another ring's segment are inserted into that segment
 *     (into every such segment, both sides of a spike narrower than the tolerance included, whose
 *     tip is then cut off at the vertex; never into a ring that already has the vertex, unless it
 *     is the ring's next vertex beyond the segment's end, where the ring turns back), so
 *     two borders within the tolerance of each other end up with the same vertices in the same
 *     order — identical, which the exact certificate recognises. The pairs are found edge by edge
 *     through the same cell grid (the cells the edge crosses and one cell around them), then taken
 *     representative by representative, nearest edge first (ties by the edge's ends).</li>
 * <li>A ring that collapsed loses its duplicate vertices and its spikes of no width
 *     ({@code p, v, p}); a geometry made invalid is repaired
 *     ({@code GeometryFixer}).</li>
 * </ol>
 *
 * <p>Distances are metres: lon/lat differences are scaled by the local metres per degree of the
 * group's centre, so the tolerance is the same in every direction. Vertices that are not within
 * the tolerance of anything are kept bit for bit. Used by validation (measure what remains after
 * snapping) and meant to be shared with cleaning. Not thread-safe; one instance per group.
 */
final class GroupSnapping {

    /**
     * The snapped group.
     *
     * @param children the snapped children, parallel to the input
     * @param parent the snapped parent, or null when there was none
     * @param snappedVertices vertices moved onto another vertex plus vertices inserted into segments
     *        they were not exactly on (a vertex exactly on a segment only nodes it)
     */
    record Result(Geometry[] children, Geometry parent, int snappedVertices) {
        /** {@return whether any geometry changed (a vertex moved, or one inserted, if only exactly on an edge)} */
        boolean changed(Geometry[] before, Geometry parentBefore) {
            for (int i = 0; i < before.length; i++) {
                if (children[i] != before[i]) {
                    return true;
                }
            }
            return parent != parentBefore;
        }
    }

    private final double tolerance;
    private final double sx;
    private final double sy;
    /** Representatives (the snapped positions), their scaled (metre) coordinates, and the hash grid over them. */
    private final List<Coordinate> reps = new ArrayList<>();
    private double[] rx = new double[64];
    private double[] ry = new double[64];
    /** The cells in use: a dense array over the group's extent when that is small enough, else a hash. */
    private final PairIndex cells = new PairIndex();
    private final int[] dense;
    private final long denseX;
    private final long denseY;
    private final long denseRows;
    private int bucketCount;
    private int[][] buckets = new int[64][];
    /** The representative each input position was given: the same position always gets the same one. */
    private final PairIndex given = new PairIndex();
    private int snapped;

    private GroupSnapping(double toleranceMetres, Envelope extent, CoordinateSystem crs) {
        this.tolerance = toleranceMetres;
        if (crs.isGeographic()) {
            double lat = (extent.getMinY() + extent.getMaxY()) / 2;
            sy = LocalMetric.metresPerDegreeLat(lat);
            sx = LocalMetric.metresPerDegreeLon(lat);
        } else {
            sx = 1;
            sy = 1;
        }
        denseX = (long) Math.floor(extent.getMinX() * sx / tolerance) - 2;
        denseY = (long) Math.floor(extent.getMinY() * sy / tolerance) - 2;
        long columns = (long) Math.floor(extent.getMaxX() * sx / tolerance) + 3 - denseX;
        denseRows = (long) Math.floor(extent.getMaxY() * sy / tolerance) + 3 - denseY;
        double cellCount = (double) columns * denseRows;
        dense = cellCount <= DENSE_CELLS ? new int[(int) (columns * denseRows)] : null;
    }

    /** The most cells of a dense grid (4 MB of ints); a group whose extent needs more hashes its cells. */
    private static final int DENSE_CELLS = 1 << 20;

    /** {@return the bucket of cell (cx, cy), or -1 when it has no representative} */
    private int bucket(long cx, long cy) {
        if (dense == null) {
            return cells.get(cx, cy);
        }
        long col = cx - denseX;
        long row = cy - denseY;
        if (col < 0 || row < 0 || row >= denseRows || col * denseRows + row >= dense.length) {
            return -1;
        }
        return dense[(int) (col * denseRows + row)] - 1;
    }

    private void newBucket(long cx, long cy, int bucket) {
        if (dense == null) {
            cells.put(cx, cy, bucket);
        } else {
            dense[(int) ((cx - denseX) * denseRows + cy - denseY)] = bucket + 1;
        }
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
        Envelope extent = new Envelope();
        for (Geometry g : children) {
            extent.expandToInclude(g.getEnvelopeInternal());
        }
        if (parent != null) {
            extent.expandToInclude(parent.getEnvelopeInternal());
        }
        return new GroupSnapping(toleranceMetres, extent, crs).run(children, parent);
    }

    /** A ring of the group: its geometry (index; -1 = parent), and its vertices as representative ids. */
    private static final class Ring {
        final int owner;
        int[] vertices;
        /** The representatives of the ring, sorted (for binary search). */
        int[] has;
        /** Per segment: inserted representatives with their position along the segment. */
        Map<Integer, List<double[]>> inserts;
        /** The input coordinates, parallel to {@link #vertices}. */
        Coordinate[] source;

        Ring(int owner) {
            this.owner = owner;
        }
    }

    private Result run(Geometry[] children, Geometry parent) {
        // 1. representatives: parent first
        List<List<Ring>> ringsOf = new ArrayList<>();
        List<Ring> all = new ArrayList<>();
        seedCorners(children, parent);
        List<Ring> parentRings = parent == null ? List.of() : rings(parent, -1);
        all.addAll(parentRings);
        for (int i = 0; i < children.length; i++) {
            List<Ring> r = rings(children[i], i);
            ringsOf.add(r);
            all.addAll(r);
        }
        settleOnNearest(all);
        // 2. edges (undirected pairs of representatives), each with the rings that run along it
        Edges edges = new Edges();
        for (int r = 0; r < all.size(); r++) {
            int[] v = all.get(r).vertices;
            for (int k = 0; k + 1 < v.length; k++) {
                if (v[k] != v[k + 1]) {
                    edges.use(Math.min(v[k], v[k + 1]), Math.max(v[k], v[k + 1]), r, k);
                }
            }
        }
        // 3. each representative into every edge within the tolerance, for every ring along it, so
        //    borders shared before stay shared. Both sides of a spike narrower than the tolerance
        //    take it (the spike is cut off at it on rebuild): inserting it into the nearer side only
        //    left a zig-zag where a neighbour or the parent turned at it. The pairs are found edge by
        //    edge through the representatives' hash grid (cells along the edge, one cell around),
        //    then taken representative by representative in id order.
        Candidates candidates = nearPairs(edges);
        int[] order = candidates.order();
        for (int from = 0; from < order.length; ) {
            int p = candidates.rep[order[from]];
            int to = from;
            while (to < order.length && candidates.rep[order[to]] == p) {
                to++;
            }
            for (int o = from; o < to; o++) {
                int c = order[o];
                int e = candidates.edge[c];
                int a = edges.a[e];
                int b = edges.b[e];
                // a ring along the edge that has the vertex elsewhere cannot take it (a spike);
                // then no ring takes it, so that the rings along the edge keep agreeing
                boolean spike = false;
                for (int u = edges.head[e]; u >= 0 && !spike; u = edges.next[u]) {
                    spike = Arrays.binarySearch(all.get(edges.ring[u]).has, p) >= 0
                            && !nextBeyondTheEdge(all.get(edges.ring[u]).vertices, edges.segment[u], p);
                }
                if (spike) {
                    continue;
                }
                boolean inserted = false;
                double fraction = candidates.fraction[c];
                for (int u = edges.head[e]; u >= 0; u = edges.next[u]) {
                    Ring ring = all.get(edges.ring[u]);
                    int k = edges.segment[u];
                    boolean forward = ring.vertices[k] == a;
                    if (ring.inserts == null) {
                        ring.inserts = new HashMap<>();
                    }
                    ring.inserts.computeIfAbsent(k, x -> new ArrayList<>())
                            .add(new double[] {forward ? fraction : 1 - fraction, p});
                    inserted = true;
                }
                if (inserted && candidates.distance[c] > 0) {
                    snapped++;   // a vertex exactly on the edge only nodes it: nothing moves
                }
            }
            from = to;
        }
        // 4. rebuild
        Geometry[] out = new Geometry[children.length];
        for (int i = 0; i < children.length; i++) {
            out[i] = rebuild(children[i], ringsOf.get(i));
        }
        Geometry snappedParent = parent == null ? null : rebuild(parent, parentRings);
        return new Result(out, snappedParent, snapped);
    }

    /**
     * Makes the group's corners representatives first, sharpest first (the parent's before the
     * children's at equal sharpness), so that a run of close vertices along a border snaps onto the
     * corner it approaches instead of dragging the corner onto the run's first vertex.
     */
    private void seedCorners(Geometry[] children, Geometry parent) {
        List<double[]> corners = new ArrayList<>();
        List<Coordinate> at = new ArrayList<>();
        for (int i = -1; i < children.length; i++) {
            Geometry g = i < 0 ? parent : children[i];
            if (g == null) {
                continue;
            }
            for (int k = 0; k < g.getNumGeometries(); k++) {
                Polygon p = (Polygon) g.getGeometryN(k);
                for (int h = -1; h < p.getNumInteriorRing(); h++) {
                    Coordinate[] cs = (h < 0 ? p.getExteriorRing() : p.getInteriorRingN(h)).getCoordinates();
                    int n = cs.length - 1;
                    for (int v = 0; v < n; v++) {
                        Coordinate a = cs[(v + n - 1) % n];
                        Coordinate b = cs[v];
                        Coordinate c = cs[v + 1];
                        double ux = (b.x - a.x) * sx;
                        double uy = (b.y - a.y) * sy;
                        double wx = (c.x - b.x) * sx;
                        double wy = (c.y - b.y) * sy;
                        double turn = Math.abs(Math.atan2(ux * wy - uy * wx, ux * wx + uy * wy));
                        if (turn > CORNER) {
                            corners.add(new double[] {turn, i, at.size()});
                            at.add(b);
                        }
                    }
                }
            }
        }
        corners.sort((x, y) -> x[0] != y[0] ? Double.compare(y[0], x[0]) : Double.compare(x[1], y[1]));
        for (double[] corner : corners) {
            representative(at.get((int) corner[2]));
        }
        cornerReps = reps.size();
    }

    /** A vertex whose borders turn by more than this (radians) is a corner. */
    private static final double CORNER = Math.toRadians(20);

    private List<Ring> rings(Geometry g, int owner) {
        List<Ring> result = new ArrayList<>();
        for (int i = 0; i < g.getNumGeometries(); i++) {
            Polygon p = (Polygon) g.getGeometryN(i);
            result.add(ring(p.getExteriorRing().getCoordinates(), owner));
            for (int h = 0; h < p.getNumInteriorRing(); h++) {
                result.add(ring(p.getInteriorRingN(h).getCoordinates(), owner));
            }
        }
        return result;
    }

    private Ring ring(Coordinate[] cs, int owner) {
        Ring ring = new Ring(owner);
        ring.vertices = new int[cs.length];
        for (int k = 0; k < cs.length; k++) {
            int rep = k == cs.length - 1 ? ring.vertices[0] : representative(cs[k]);
            ring.vertices[k] = rep;
        }
        ring.has = ring.vertices.clone();
        Arrays.sort(ring.has);
        ring.source = cs;
        return ring;
    }

    /** Representatives {@code 0 .. cornerReps - 1} were made from corners (see {@link #seedCorners}). */
    private int cornerReps;
    /** The distance in metres of the representative {@link #nearest} found last. */
    private double nearestDistance;

    /**
     * {@return the representative nearest to {@code c} among those in its cell and the eight around
     * it, or -1 when there is none} (its distance in {@link #nearestDistance})
     */
    private int nearest(Coordinate c, boolean cornersOnly) {
        long cx = (long) Math.floor(c.x * sx / tolerance);
        long cy = (long) Math.floor(c.y * sy / tolerance);
        int best = -1;
        double bestDistance = Double.MAX_VALUE;
        for (long dx = -1; dx <= 1; dx++) {
            for (long dy = -1; dy <= 1; dy++) {
                int bucket = bucket(cx + dx, cy + dy);
                if (bucket < 0) {
                    continue;
                }
                int[] ids = buckets[bucket];
                for (int k = 1; k <= ids[0]; k++) {
                    if (cornersOnly && ids[k] >= cornerReps) {
                        continue;
                    }
                    Coordinate r = reps.get(ids[k]);
                    double d = Math.hypot((r.x - c.x) * sx, (r.y - c.y) * sy);
                    if (d < bestDistance) {
                        bestDistance = d;
                        best = ids[k];
                    }
                }
            }
        }
        nearestDistance = bestDistance;
        return best;
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
    private void settleOnNearest(List<Ring> all) {
        for (Ring ring : all) {
            int[] v = ring.vertices;
            boolean changed = false;
            for (int k = 0; k + 1 < v.length; k++) {
                Coordinate c = ring.source[k];
                if (reps.get(v[k]).equals2D(c)) {
                    continue;
                }
                // a vertex given a corner's representative keeps a corner's (see seedCorners)
                int best = nearest(c, v[k] < cornerReps);
                if (best >= 0 && best != v[k] && nearestDistance <= tolerance) {
                    v[k] = best;
                    changed = true;
                }
            }
            if (changed) {
                v[v.length - 1] = v[0];
                ring.has = v.clone();
                Arrays.sort(ring.has);
            }
        }
    }

    /**
     * The representative of {@code c}: the one a vertex at the same position was given before (so
     * that borders shared vertex for vertex stay shared, whatever the order of the rings), else the
     * nearest within the tolerance, else {@code c} as a new one.
     */
    private int representative(Coordinate c) {
        long xBits = Double.doubleToLongBits(c.x + 0.0);
        long yBits = Double.doubleToLongBits(c.y + 0.0);
        int known = given.get(xBits, yBits);
        if (known >= 0) {
            if (!reps.get(known).equals2D(c)) {
                snapped++;
            }
            return known;
        }
        double mx = c.x * sx;
        double my = c.y * sy;
        long cx = (long) Math.floor(mx / tolerance);
        long cy = (long) Math.floor(my / tolerance);
        int best = nearest(c, false);
        double bestDistance = nearestDistance;
        int id;
        if (best >= 0 && bestDistance <= tolerance) {
            if (bestDistance > 0) {
                snapped++;
            }
            id = best;
        } else {
            id = reps.size();
            reps.add(c);
            if (id == rx.length) {
                rx = Arrays.copyOf(rx, id * 2);
                ry = Arrays.copyOf(ry, id * 2);
            }
            rx[id] = mx;
            ry[id] = my;
            int bucket = bucket(cx, cy);
            if (bucket < 0) {
                bucket = bucketCount++;
                newBucket(cx, cy, bucket);
                if (bucket == buckets.length) {
                    buckets = Arrays.copyOf(buckets, bucket * 2);
                }
                buckets[bucket] = new int[4];
            } else if (buckets[bucket][0] + 1 == buckets[bucket].length) {
                buckets[bucket] = Arrays.copyOf(buckets[bucket], buckets[bucket].length * 2);
            }
            int[] ids = buckets[bucket];
            ids[++ids[0]] = id;
        }
        given.put(xBits, yBits, id);
        return id;
    }

    /**
     * Every pair of a representative and an edge within the tolerance of it, strictly inside the
     * edge (not at an end): for each edge, the representatives of the cells it crosses and of the
     * cells around those (cells of at least the tolerance, so a point within the tolerance of the
     * edge lies at most one cell off the cell of the edge's point nearest to it).
     */
    private Candidates nearPairs(Edges edges) {
        Candidates out = new Candidates();
        // without the dense array (a tolerance much finer than the group) the cells would be far
        // smaller than the edges: then a local hash grid of the representatives with cells as
        // large as the mean edge (never smaller than the tolerance)
        double size = tolerance;
        PairIndex index = null;
        int[][] local = buckets;
        if (dense == null && edges.count > 0) {
            double total = 0;
            for (int e = 0; e < edges.count; e++) {
                total += Math.hypot(rx[edges.b[e]] - rx[edges.a[e]], ry[edges.b[e]] - ry[edges.a[e]]);
            }
            size = Math.max(tolerance, total / edges.count);
            index = new PairIndex();
            local = new int[64][];
            int count = 0;
            for (int p = 0; p < reps.size(); p++) {
                long cx = (long) Math.floor(rx[p] / size);
                long cy = (long) Math.floor(ry[p] / size);
                int bucket = index.get(cx, cy);
                if (bucket < 0) {
                    bucket = count++;
                    index.put(cx, cy, bucket);
                    if (bucket == local.length) {
                        local = Arrays.copyOf(local, bucket * 2);
                    }
                    local[bucket] = new int[4];
                } else if (local[bucket][0] + 1 == local[bucket].length) {
                    local[bucket] = Arrays.copyOf(local[bucket], local[bucket].length * 2);
                }
                local[bucket][++local[bucket][0]] = p;
            }
        }
        for (int e = 0; e < edges.count; e++) {
            int a = edges.a[e];
            int b = edges.b[e];
            double x0 = rx[a];
            double y0 = ry[a];
            double x1 = rx[b];
            double y1 = ry[b];
            double minX = Math.min(x0, x1);
            double maxX = Math.max(x0, x1);
            long c0 = (long) Math.floor(minX / size) - 1;
            long c1 = (long) Math.floor(maxX / size) + 1;
            for (long cx = c0; cx <= c1; cx++) {
                // the part of the edge whose x is within one cell of column cx
                double lo = Math.max(minX, (cx - 1) * size);
                double hi = Math.min(maxX, (cx + 2) * size);
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
                long r0 = (long) Math.floor(yLo / size) - 1;
                long r1 = (long) Math.floor(yHi / size) + 1;
                for (long cy = r0; cy <= r1; cy++) {
                    int bucket = index == null ? bucket(cx, cy) : index.get(cx, cy);
                    if (bucket < 0) {
                        continue;
                    }
                    int[] ids = local[bucket];
                    for (int k = 1; k <= ids[0]; k++) {
                        int p = ids[k];
                        if (p == a || p == b) {
                            continue;
                        }
                        double[] df = distanceAndFraction(p, a, b);
                        if (df[0] <= tolerance && df[1] > 0 && df[1] < 1) {
                            out.add(p, e, df[0], df[1]);
                        }
                    }
                }
            }
        }
        out.edgeA = edges.a;
        out.edgeB = edges.b;
        return out;
    }

    /**
     * Whether {@code p} is the ring's vertex just before segment {@code k} or just after it
     * ({@code p, a, b} or {@code a, b, p}): the ring turns back at the segment's end towards
     * {@code p}, within the tolerance of the segment (a spike narrower than the tolerance). Taking
     * {@code p} into the segment makes {@code p, a, p} (or {@code p, b, p}), cut off on rebuild.
     */
    private static boolean nextBeyondTheEdge(int[] v, int k, int p) {
        int n = v.length - 1;
        int before = k;
        do {
            before = (before + n - 1) % n;
        } while (v[before] == v[k] && before != k);
        int after = (k + 1) % n;
        do {
            after = (after + 1) % n;
        } while (v[after] == v[(k + 1) % n] && after != k);
        return v[before] == p || v[after] == p;
    }

    /** The distinct edges of the group (representatives {@code a < b}) and, per edge, the ring segments along it. */
    private static final class Edges {
        final PairIndex ids = new PairIndex();
        int count;
        int[] a = new int[64];
        int[] b = new int[64];
        int[] head = new int[64];
        int[] tail = new int[64];
        int uses;
        int[] ring = new int[64];
        int[] segment = new int[64];
        int[] next = new int[64];

        void use(int from, int to, int r, int k) {
            int e = ids.get(from, to);
            if (e < 0) {
                e = count++;
                ids.put(from, to, e);
                if (e == a.length) {
                    a = Arrays.copyOf(a, e * 2);
                    b = Arrays.copyOf(b, e * 2);
                    head = Arrays.copyOf(head, e * 2);
                    tail = Arrays.copyOf(tail, e * 2);
                }
                a[e] = from;
                b[e] = to;
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
        }
    }

    /** Pairs of a representative and an edge within the tolerance, with distance and fraction along the edge. */
    private static final class Candidates {
        int count;
        int[] rep = new int[64];
        int[] edge = new int[64];
        double[] distance = new double[64];
        double[] fraction = new double[64];
        int[] edgeA;
        int[] edgeB;

        void add(int p, int e, double d, double f) {
            if (count == rep.length) {
                rep = Arrays.copyOf(rep, count * 2);
                edge = Arrays.copyOf(edge, count * 2);
                distance = Arrays.copyOf(distance, count * 2);
                fraction = Arrays.copyOf(fraction, count * 2);
            }
            rep[count] = p;
            edge[count] = e;
            distance[count] = d;
            fraction[count] = f;
            count++;
        }

        /** {@return the pairs by representative, then nearest first, then by the edge's ends} */
        int[] order() {
            Integer[] boxed = new Integer[count];
            for (int i = 0; i < count; i++) {
                boxed[i] = i;
            }
            Arrays.sort(boxed, (x, y) -> {
                int c = Integer.compare(rep[x], rep[y]);
                if (c == 0) {
                    c = Double.compare(distance[x], distance[y]);
                }
                if (c == 0) {
                    c = Integer.compare(edgeA[edge[x]], edgeA[edge[y]]);
                }
                return c != 0 ? c : Integer.compare(edgeB[edge[x]], edgeB[edge[y]]);
            });
            int[] result = new int[count];
            for (int i = 0; i < count; i++) {
                result[i] = boxed[i];
            }
            return result;
        }
    }

    /** An open-addressing map from a pair of longs to a non-negative int (-1 when absent). */
    private static final class PairIndex {
        private long[] k1 = new long[64];
        private long[] k2 = new long[64];
        private int[] values = filled(64);
        private int size;

        int get(long x, long y) {
            int mask = values.length - 1;
            for (int i = slot(x, y) & mask; ; i = (i + 1) & mask) {
                if (values[i] < 0) {
                    return -1;
                }
                if (k1[i] == x && k2[i] == y) {
                    return values[i];
                }
            }
        }

        void put(long x, long y, int value) {
            if ((size + 1) * 2 > values.length) {
                grow();
            }
            int mask = values.length - 1;
            for (int i = slot(x, y) & mask; ; i = (i + 1) & mask) {
                if (values[i] < 0) {
                    k1[i] = x;
                    k2[i] = y;
                    values[i] = value;
                    size++;
                    return;
                }
                if (k1[i] == x && k2[i] == y) {
                    values[i] = value;
                    return;
                }
            }
        }

        private void grow() {
            long[] o1 = k1;
            long[] o2 = k2;
            int[] ov = values;
            k1 = new long[o1.length * 2];
            k2 = new long[o1.length * 2];
            values = filled(o1.length * 2);
            size = 0;
            for (int i = 0; i < ov.length; i++) {
                if (ov[i] >= 0) {
                    put(o1[i], o2[i], ov[i]);
                }
            }
        }

        private static int[] filled(int n) {
            int[] v = new int[n];
            Arrays.fill(v, -1);
            return v;
        }

        private static int slot(long x, long y) {
            long h = (x * 0x9E3779B97F4A7C15L + y) * 0xC2B2AE3D27D4EB4FL;
            h ^= h >>> 29;
            h *= 0x165667B19E3779F9L;
            return (int) (h ^ (h >>> 32));
        }
    }

    /** {@return the distance in metres from representative c to segment ab and the fraction of ab at c's projection} */
    private double[] distanceAndFraction(int c, int a, int b) {
        double ax = rx[a];
        double ay = ry[a];
        double bx = rx[b] - ax;
        double by = ry[b] - ay;
        double px = rx[c] - ax;
        double py = ry[c] - ay;
        double len2 = bx * bx + by * by;
        double t = len2 == 0 ? 0 : (px * bx + py * by) / len2;
        double tc = Math.max(0, Math.min(1, t));
        return new double[] {Math.hypot(px - tc * bx, py - tc * by), t};
    }

    private Geometry rebuild(Geometry g, List<Ring> rings) {
        boolean changed = false;
        List<Coordinate[]> coords = new ArrayList<>();
        for (Ring ring : rings) {
            List<Coordinate> cs = new ArrayList<>();
            for (int k = 0; k + 1 < ring.vertices.length; k++) {
                add(cs, reps.get(ring.vertices[k]));
                List<double[]> ins = ring.inserts == null ? null : ring.inserts.get(k);
                if (ins != null) {
                    ins.sort((x, y) -> Double.compare(x[0], y[0]));
                    for (double[] in : ins) {
                        add(cs, reps.get((int) in[1]));
                    }
                }
            }
            if (!cs.isEmpty() && cs.get(cs.size() - 1).equals2D(cs.get(0))) {
                cs.remove(cs.size() - 1);
            }
            cutSpikes(cs);
            cs.add(cs.isEmpty() ? null : cs.get(0));
            coords.add(cs.contains(null) ? new Coordinate[0] : cs.toArray(new Coordinate[0]));
        }
        int r = 0;
        for (int i = 0; i < g.getNumGeometries() && !changed; i++) {
            Polygon p = (Polygon) g.getGeometryN(i);
            changed = !Arrays.equals(p.getExteriorRing().getCoordinates(), coords.get(r++), (x, y) -> x.compareTo(y));
            for (int h = 0; h < p.getNumInteriorRing() && !changed; h++) {
                changed = !Arrays.equals(p.getInteriorRingN(h).getCoordinates(), coords.get(r++),
                        (x, y) -> x.compareTo(y));
            }
        }
        if (!changed) {
            return g;
        }
        GeometryFactory f = g.getFactory();
        List<Polygon> polygons = new ArrayList<>();
        r = 0;
        for (int i = 0; i < g.getNumGeometries(); i++) {
            Polygon p = (Polygon) g.getGeometryN(i);
            Coordinate[] shell = coords.get(r++);
            List<LinearRing> holes = new ArrayList<>();
            for (int h = 0; h < p.getNumInteriorRing(); h++) {
                Coordinate[] hole = coords.get(r++);
                if (hole.length >= 4) {
                    holes.add(f.createLinearRing(hole));
                }
            }
            if (shell.length >= 4) {
                polygons.add(f.createPolygon(f.createLinearRing(shell), holes.toArray(new LinearRing[0])));
            }
        }
        Geometry result = polygons.size() == 1 && !(g instanceof MultiPolygon) ? polygons.get(0)
                : f.createMultiPolygon(polygons.toArray(new Polygon[0]));
        if (result.isEmpty()) {
            return g;
        }
        if (!SimpleShell.certifies(result) && !result.isValid()) {
            Geometry fixed = HierarchicalValidation.polygonal(GeometryFixer.fix(result), f);
            return fixed.isEmpty() ? g : fixed;
        }
        return result;
    }

    /**
     * Removes the back-and-forth {@code p, v, p} of an open ring (its closing vertex left out),
     * wrapping around: a spike of no width (a representative inserted into both sides of a spike
     * narrower than the tolerance) is cut off at {@code p}; the area is unchanged.
     */
    private static void cutSpikes(List<Coordinate> cs) {
        boolean cut = true;
        while (cut && cs.size() >= 3) {
            cut = false;
            int n = cs.size();
            for (int i = 0; i < n && n >= 3; i++) {
                Coordinate before = cs.get((i + n - 1) % n);
                Coordinate after = cs.get((i + 1) % n);
                if (before.equals2D(after)) {
                    // drop the tip and one copy of p (the one after it)
                    int tip = i;
                    int copy = (i + 1) % n;
                    cs.remove(Math.max(tip, copy));
                    cs.remove(Math.min(tip, copy));
                    n -= 2;
                    cut = true;
                    break;
                }
            }
        }
        if (cs.size() < 3) {
            cs.clear();
        }
    }

    private static void add(List<Coordinate> cs, Coordinate c) {
        if (cs.isEmpty() || !cs.get(cs.size() - 1).equals2D(c)) {
            cs.add(c);
        }
    }
}

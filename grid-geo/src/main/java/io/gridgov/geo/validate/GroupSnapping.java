package io.gridgov.geo.validate;

import io.gridgov.geo.CoordinateSystem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * Cluster snapping of one sibling group (聚类容差): the children and their parent's outline are
 * made to agree wherever they are closer than the tolerance, as ArcGIS cluster processing does
 * before its topology rules.
 *
 * <ol>
 * <li>Vertices closer than the tolerance become one: each vertex is replaced by the nearest
 *     representative within the tolerance, found through a hash grid of tolerance-sized cells. The
 *     corners come first, sharpest first (a vertex where the border turns by more than 20°; the
 *     parent's before the children's), then every other vertex (the parent's, then the children's
 *     in order); a position met again gets the representative it got the first time. Corners first
 *     is what keeps a run of close vertices along a border (a parent resampled every metre) from
 *     dragging the corner it runs into onto the run's first vertex, almost a tolerance away, where
 *     the children's corner no longer reaches it (a piece then survives snapping).</li>
 * <li>Vertices closer than the tolerance to another ring's segment are inserted into that segment
 *     (into the ring's nearest segment only; never into a ring that already has the vertex), so
 *     two borders within the tolerance of each other end up with the same vertices in the same
 *     order — identical, which the exact certificate recognises.</li>
 * <li>A ring that collapsed loses its duplicate vertices; a geometry made invalid is repaired
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
    /** Representatives (the snapped positions), and the hash grid over them. */
    private final List<Coordinate> reps = new ArrayList<>();
    private final Map<Long, int[]> cells = new HashMap<>();
    /** The representative each input position was given: the same position always gets the same one. */
    private final Map<Coordinate, Integer> given = new HashMap<>();
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
        final Set<Integer> has = new HashSet<>();
        /** Per segment: inserted representatives with their position along the segment. */
        Map<Integer, List<double[]>> inserts;

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
        // 2. edges (undirected pairs of representatives), each with the rings that run along it
        Map<Long, List<int[]>> uses = new HashMap<>();
        STRtree edges = new STRtree();
        for (int r = 0; r < all.size(); r++) {
            int[] v = all.get(r).vertices;
            for (int k = 0; k + 1 < v.length; k++) {
                if (v[k] == v[k + 1]) {
                    continue;
                }
                int a = Math.min(v[k], v[k + 1]);
                int b = Math.max(v[k], v[k + 1]);
                long key = edgeKey(a, b);
                List<int[]> list = uses.get(key);
                if (list == null) {
                    list = new ArrayList<>(2);
                    uses.put(key, list);
                    edges.insert(new Envelope(reps.get(a), reps.get(b)), new int[] {a, b});
                }
                list.add(new int[] {r, k});
            }
        }
        edges.build();
        // 3. each representative into the edges within the tolerance — the nearest first, and not
        //    into two edges that share an end (that would be a spike) — for every ring along them,
        //    so borders shared before stay shared
        double ex = tolerance / sx;
        double ey = tolerance / sy;
        for (int p = 0; p < reps.size(); p++) {
            Coordinate c = reps.get(p);
            Envelope query = new Envelope(c.x - ex, c.x + ex, c.y - ey, c.y + ey);
            @SuppressWarnings("unchecked")
            List<int[]> near = edges.query(query);
            if (near.isEmpty()) {
                continue;
            }
            List<double[]> candidates = new ArrayList<>();
            for (int[] e : near) {
                if (e[0] == p || e[1] == p) {
                    continue;
                }
                double[] df = distanceAndFraction(c, reps.get(e[0]), reps.get(e[1]));
                if (df[0] <= tolerance && df[1] > 0 && df[1] < 1) {
                    candidates.add(new double[] {df[0], df[1], e[0], e[1]});
                }
            }
            candidates.sort((x, y) -> Double.compare(x[0], y[0]));
            Set<Integer> ends = new HashSet<>();
            for (double[] cand : candidates) {
                int a = (int) cand[2];
                int b = (int) cand[3];
                if (ends.contains(a) || ends.contains(b)) {
                    continue;
                }
                List<int[]> along = uses.get(edgeKey(a, b));
                // a ring along the edge that has the vertex elsewhere cannot take it (a spike);
                // then no ring takes it, so that the rings along the edge keep agreeing
                boolean spike = false;
                for (int[] use : along) {
                    spike |= all.get(use[0]).has.contains(p);
                }
                if (spike) {
                    continue;
                }
                ends.add(a);
                ends.add(b);
                boolean inserted = false;
                for (int[] use : along) {
                    Ring ring = all.get(use[0]);
                    boolean forward = ring.vertices[use[1]] == a;
                    if (ring.inserts == null) {
                        ring.inserts = new HashMap<>();
                    }
                    ring.inserts.computeIfAbsent(use[1], k -> new ArrayList<>())
                            .add(new double[] {forward ? cand[1] : 1 - cand[1], p});
                    inserted = true;
                }
                if (inserted && cand[0] > 0) {
                    snapped++;   // a vertex exactly on the edge only nodes it: nothing moves
                }
            }
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
            ring.has.add(rep);
        }
        return ring;
    }

    /**
     * The representative of {@code c}: the one a vertex at the same position was given before (so
     * that borders shared vertex for vertex stay shared, whatever the order of the rings), else the
     * nearest within the tolerance, else {@code c} as a new one.
     */
    private int representative(Coordinate c) {
        Integer known = given.get(c);
        if (known != null) {
            if (!reps.get(known).equals2D(c)) {
                snapped++;
            }
            return known;
        }
        long cx = (long) Math.floor(c.x * sx / tolerance);
        long cy = (long) Math.floor(c.y * sy / tolerance);
        int best = -1;
        double bestDistance = Double.MAX_VALUE;
        for (long dx = -1; dx <= 1; dx++) {
            for (long dy = -1; dy <= 1; dy++) {
                int[] ids = cells.get(key(cx + dx, cy + dy));
                if (ids == null) {
                    continue;
                }
                for (int k = 1; k <= ids[0]; k++) {
                    Coordinate r = reps.get(ids[k]);
                    double d = Math.hypot((r.x - c.x) * sx, (r.y - c.y) * sy);
                    if (d < bestDistance) {
                        bestDistance = d;
                        best = ids[k];
                    }
                }
            }
        }
        int id;
        if (best >= 0 && bestDistance <= tolerance) {
            if (bestDistance > 0) {
                snapped++;
            }
            id = best;
        } else {
            id = reps.size();
            reps.add(c);
            long key = key(cx, cy);
            int[] ids = cells.get(key);
            if (ids == null) {
                ids = new int[4];
            } else if (ids[0] + 1 == ids.length) {
                ids = Arrays.copyOf(ids, ids.length * 2);
            }
            ids[++ids[0]] = id;
            cells.put(key, ids);
        }
        given.put(c, id);
        return id;
    }

    /**
     * The key of the edge between representatives {@code a < b}, mixed so that {@link Long#hashCode}
     * (which folds the two halves together) does not send every edge between close ids to the
     * same few buckets, as {@code a << 32 | b} did. Multiplying by an odd constant is a bijection of
     * the longs, so distinct edges keep distinct keys.
     */
    private static long edgeKey(int a, int b) {
        return (((long) a << 32) | b) * 0x9E3779B97F4A7C15L;
    }

    private static long key(long x, long y) {
        return x * 0x9E3779B97F4A7C15L ^ y;
    }

    /** {@return the distance in metres from c to segment ab and the fraction of ab at c's projection} */
    private double[] distanceAndFraction(Coordinate c, Coordinate a, Coordinate b) {
        double ax = a.x * sx;
        double ay = a.y * sy;
        double bx = b.x * sx - ax;
        double by = b.y * sy - ay;
        double px = c.x * sx - ax;
        double py = c.y * sy - ay;
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

    private static void add(List<Coordinate> cs, Coordinate c) {
        if (cs.isEmpty() || !cs.get(cs.size() - 1).equals2D(c)) {
            cs.add(c);
        }
    }
}

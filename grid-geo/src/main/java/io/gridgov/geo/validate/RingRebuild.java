package io.gridgov.geo.validate;

import io.gridgov.geo.validate.GroupSnapping.Edges;
import io.gridgov.geo.validate.GroupSnapping.Ring;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.locationtech.jts.algorithm.CGAlgorithmsDD;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.GeometryFixer;

/**
 * The last step of {@link GroupSnapping}: the geometries rebuilt from their snapped rings of
 * representatives. A ring that collapsed loses its duplicate vertices and its spikes of no width
 * ({@code p, v, p}, see {@link Spikes}); a geometry still invalid is repaired
 * ({@code GeometryFixer}). Also the snapped rings as chains on representative ids, for
 * {@link GroupSnapping.Result#tilesExactly} to decide exact tiling without building a geometry.
 *
 * <p>Made once all representatives exist. Not thread-safe; one per group.
 */
final class RingRebuild {

    /** The group's rings as read (a representative's {@code Coordinate} is its vertex's). */
    private final GroupRings flat;
    /** The representatives: the vertex each was made from, and its raw x and y. */
    private final int[] repVertex;
    private final double[] px;
    private final double[] py;

    RingRebuild(GroupRings flat, int[] repVertex, double[] px, double[] py) {
        this.flat = flat;
        this.repVertex = repVertex;
        this.px = px;
        this.py = py;
    }

    /**
     * Rebuilds a geometry from its snapped rings.
     *
     * @param g the geometry before snapping
     * @param rings its rings
     * @return {@code g} when nothing changed, else the snapped geometry, valid
     */
    Geometry rebuild(Geometry g, List<Ring> rings) {
        boolean changed = false;
        for (Ring ring : rings) {
            changed |= ring.moved || ring.insertCount > 0;
        }
        if (!changed) {
            return g;
        }
        List<Coordinate[]> coords = new ArrayList<>(rings.size());
        for (Ring ring : rings) {
            coords.add(coordinates(snapped(ring)));
        }
        int r = 0;
        changed = false;
        for (int i = 0; i < g.getNumGeometries() && !changed; i++) {
            Polygon p = (Polygon) g.getGeometryN(i);
            changed = !same(p.getExteriorRing().getCoordinates(), coords.get(r++));
            for (int h = 0; h < p.getNumInteriorRing() && !changed; h++) {
                changed = !same(p.getInteriorRingN(h).getCoordinates(), coords.get(r++));
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
        if (SimpleShell.certifies(result)) {
            return result;
        }
        return result.isValid() ? result : repaired(result, g);
    }

    /** {@return an invalid snapped geometry repaired by {@code GeometryFixer}, or {@code before} when nothing is left} */
    private static Geometry repaired(Geometry result, Geometry before) {
        Geometry fixed = HierarchicalValidation.polygonal(GeometryFixer.fix(result), result.getFactory());
        return fixed.isEmpty() ? before : fixed;
    }

    /**
     * {@return the snapped ring as representatives: with the inserted ones, consecutive repeats
     * and spikes ({@code p, v, p}) dropped, closed; empty when nothing is left} Computed once per ring.
     */
    int[] snapped(Ring ring) {
        if (ring.snapped != null) {
            return ring.snapped;
        }
        if (ring.merged && ring.insertCount == 0) {
            // a merge cut the ring's repeats and spikes (see InsertRounds.mergeInserts) and nothing
            // went in since: cutting them again gives the ring back (Spikes leaves none behind)
            ring.snapped = ring.vertices;
            return ring.snapped;
        }
        int[] v = ring.vertices;
        int[] ids = new int[v.length + ring.insertCount + 1];
        int n = 0;
        int[] order = ring.insertCount == 0 ? null : ring.insertOrder();
        int next = 0;
        for (int k = 0; k + 1 < v.length; k++) {
            n = add(ids, n, v[k]);
            while (order != null && next < order.length && ring.insertSegment[order[next]] == k) {
                n = add(ids, n, ring.insertRep[order[next++]]);
            }
        }
        if (n > 0 && ids[n - 1] == ids[0]) {
            n--;
        }
        if (n == 0) {
            ring.snapped = new int[0];
            return ring.snapped;
        }
        ids[n++] = ids[0];
        // spikes of no width (a representative inserted into both sides of a spike narrower than
        // the tolerance) are cut off at their base
        ring.snapped = Spikes.withoutSpikes(n == ids.length ? ids : Arrays.copyOf(ids, n));
        return ring.snapped;
    }

    private static int add(int[] ids, int n, int rep) {
        if (n == 0 || ids[n - 1] != rep) {
            ids[n++] = rep;
        }
        return n;
    }

    /** {@return the representatives' coordinates (the input's own {@code Coordinate}s)} */
    private Coordinate[] coordinates(int[] ids) {
        Coordinate[] cs = new Coordinate[ids.length];
        for (int k = 0; k < ids.length; k++) {
            cs[k] = flat.coordinate(repVertex[ids[k]]);
        }
        return cs;
    }

    /**
     * Adds a geometry's snapped rings to the chains with weight {@code sign} (see
     * {@link GroupSnapping.Result#tilesExactly}): a segment along an edge of the group (see {@link Edges}) by
     * the edge's number, one made by inserting representatives by its pair of ids.
     *
     * @param g the geometry before snapping (valid)
     * @param rings its rings
     * @return false when the rebuilt geometry's validity or rings are for {@link #rebuild} to tell
     *     (the chains are then of no use)
     */
    boolean addChains(ExactTiling.OnIds chains, Edges edges, Geometry g, List<Ring> rings, int sign) {
        boolean changed = false;
        for (Ring ring : rings) {
            changed |= ring.moved || ring.insertCount > 0;
        }
        if (!changed) {
            // rebuilt as g itself (valid): its rings are the representatives of its own vertices,
            // each segment along an edge
            int r = 0;
            for (int i = 0; i < g.getNumGeometries(); i++) {
                Polygon p = (Polygon) g.getGeometryN(i);
                for (int h = -1; h < p.getNumInteriorRing(); h++) {
                    Ring ring = rings.get(r++);
                    int[] v = ring.vertices;
                    if (v.length < 4) {
                        continue;
                    }
                    int orient = counterClockwise(v) == (h < 0) ? sign : -sign;
                    int[] edgeOf = ring.edgesAlong(edges);
                    for (int k = 0; k < edgeOf.length; k++) {
                        chains.add(edgeOf[k], v[k] < v[k + 1] ? orient : -orient);
                    }
                }
            }
            return true;
        }
        if (!(g instanceof Polygon) || rings.size() != 1) {
            return false;
        }
        int[] ids = snapped(rings.get(0));
        if (ids.length < 4) {
            return false;
        }
        double[] xs = new double[ids.length];
        double[] ys = new double[ids.length];
        for (int k = 0; k < ids.length; k++) {
            xs[k] = px[ids[k]];
            ys[k] = py[ids[k]];
        }
        if (!SimpleShell.certifiesShell(xs, ys)) {
            return false;
        }
        int orient = counterClockwise(ids) ? sign : -sign;
        // The snapped ring as a chain is the sum of its input segments' images, each from its first
        // end's representative through those inserted into it to its second end's: what snapped()
        // drops adds up to nothing (a repeat has no length, a spike p, v, p goes out and back along
        // one pair). So a segment nothing went into adds its own edge, found without a lookup.
        Ring ring = rings.get(0);
        int[] v = ring.vertices;
        int[] edgeOf = ring.edgesAlong(edges);
        int[] order = ring.insertCount == 0 ? null : ring.insertOrder();
        int next = 0;
        for (int k = 0; k + 1 < v.length; k++) {
            if (order == null || next == order.length || ring.insertSegment[order[next]] != k) {
                if (edgeOf[k] >= 0) {
                    chains.add(edgeOf[k], v[k] < v[k + 1] ? orient : -orient);
                } else {
                    addPiece(chains, edges, v[k], v[k + 1], orient);   // a merged ring's piece, or nothing
                }
                continue;
            }
            int from = v[k];
            while (next < order.length && ring.insertSegment[order[next]] == k) {
                int to = ring.insertRep[order[next++]];
                addPiece(chains, edges, from, to, orient);
                from = to;
            }
            addPiece(chains, edges, from, v[k + 1], orient);
        }
        return true;
    }

    /** Adds the piece from representative {@code from} to {@code to} (nothing when they are one) with weight {@code orient}. */
    private static void addPiece(ExactTiling.OnIds chains, Edges edges, int from, int to, int orient) {
        if (from == to) {
            return;
        }
        int a = Math.min(from, to);
        int b = Math.max(from, to);
        int w = a == from ? orient : -orient;
        int e = edges.find(a, b);
        if (e >= 0) {
            chains.add(e, w);
        } else {
            chains.addPair(a, b, w);
        }
    }

    /**
     * {@return whether a simple ring of representatives (closed, consecutive ones distinct) runs
     * counter-clockwise}, as JTS {@code Orientation.isCCW} finds it: the exact orientation of the
     * turn at its lowest-leftmost vertex, a convex vertex where the ring turns one way or the
     * other (its two neighbours both lie lexicographically after it; were the three collinear, the
     * two segments would overlap, and the ring would not be simple).
     */
    private boolean counterClockwise(int[] ids) {
        int n = ids.length - 1;
        int m = 0;
        double mx = px[ids[0]];
        double my = py[ids[0]];
        for (int k = 1; k < n; k++) {
            double x = px[ids[k]];
            double y = py[ids[k]];
            if (x < mx || x == mx && y < my) {
                m = k;
                mx = x;
                my = y;
            }
        }
        int before = ids[m == 0 ? n - 1 : m - 1];
        int after = ids[m + 1];
        return CGAlgorithmsDD.orientationIndex(px[before], py[before], mx, my, px[after], py[after])
                == Orientation.COUNTERCLOCKWISE;
    }

    /** Whether two rings have the same coordinates in the same order (as {@link Coordinate#compareTo} sees them). */
    private static boolean same(Coordinate[] a, Coordinate[] b) {
        if (a.length != b.length) {
            return false;
        }
        for (int i = 0; i < a.length; i++) {
            if (a[i].compareTo(b[i]) != 0) {
                return false;
            }
        }
        return true;
    }
}

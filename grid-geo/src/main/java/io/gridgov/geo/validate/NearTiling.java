package io.gridgov.geo.validate;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.locationtech.jts.algorithm.Distance;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;

/**
 * A certificate that valid children tile their valid parent up to floating-point noise (近似铺满):
 * the children share every interior border vertex for vertex, and their outer boundary runs
 * through the parent's vertices in the parent's order, the parent having at most extra vertices
 * within a rounding error of the segment they subdivide (a parent "densified" independently of its
 * children). {@link ExactTiling} rejects such groups, as the outer segments do not cancel exactly.
 *
 * <p>The test, and why a group that passes has no violation the full checks would report:
 * <ol>
 *   <li>The children's oriented boundary segments are added up, a segment cancelling its reverse
 *       ({@link ExactTiling#residual}); the residual chain R must have weight ±1 everywhere and form
 *       one closed ring, counter-clockwise, that {@link SimpleShell} certifies simple. Winding numbers
 *       add along chains, so {@code Σ 1[child] = w_R} almost everywhere, and w_R ∈ {0, 1} for a simple
 *       counter-clockwise ring: no two children share area, and their union U is the polygon bounded
 *       by R. Then {@code CoverageValidator} has nothing to flag: a vertex of one child in the
 *       interior of another child's edge, or edges crossing or overlapping without matching, would
 *       make children share area or put a child's area outside R (an interior edge has children on
 *       both sides; an edge of R has the outside of U on its right).</li>
 *   <li>The parent must be one polygon without holes whose shell, counter-clockwise, visits every
 *       vertex of R in R's order, and whose other vertices each lie within {@code d} of the segment
 *       of R between the two vertices of R they sit between. So the parent's ring is R with each
 *       segment s replaced by a path π_s within the stadium of radius d around s (convex), and
 *       {@code w_P − w_R = Σ_s w(π_s − s)} vanishes outside the union of the stadia. Every piece K of
 *       {@code parent − U} or {@code U − parent} therefore lies in that union; its part in one stadium
 *       lies in a strip of width 2d and so has area at most {@code 2d · perimeter(K) / 2}. With
 *       n segments in R, {@code area(K) ≤ n · d · perimeter(K)}.</li>
 *   <li>{@code d} is chosen as {@code noise / (2 n)}, where {@code noise · perimeter} is the area below
 *       which the validator discards an overlay piece as floating-point noise. Every piece is then
 *       below half the noise threshold, would be discarded, and the group has no OVERLAP, GAP,
 *       OUTSIDE_PARENT nor EDGE_MISMATCH.</li>
 * </ol>
 * Anything else (holes, several parts, a vertex of R missing from the parent, a parent vertex too
 * far from its segment) answers false and the caller runs the full checks, so the certificate can
 * only save time. Coordinates of R and the parent are compared with {@code ==}; only the distance
 * of the parent's extra vertices is computed in floating point, with a margin of 2 in {@code d}.
 */
final class NearTiling {

    private NearTiling() {
    }

    /**
     * Whether the children tile the parent up to noise (see the class comment).
     *
     * @param children valid polygonal geometries
     * @param parent a valid polygonal geometry
     * @param noiseWidth the width of the noise strip: an overlay piece of area at most
     *     {@code noiseWidth · perimeter} is discarded by the validator
     * @return true when certified; false says nothing (check in full)
     */
    static boolean certifies(Geometry[] children, Geometry parent, double noiseWidth) {
        Polygon p = single(parent);
        if (p == null || p.getNumInteriorRing() != 0 || !(noiseWidth > 0)) {
            return false;
        }
        if (!lowestVertexOnParent(children, p)) {
            return false;
        }
        return certifies(residual(outlineOf(children)), p, noiseWidth);
    }

    /**
     * Whether children tile the parent up to noise (as {@link #certifies(Geometry[], Geometry,
     * double)}), their outline known: read off it instead of the children (on the redrawn city
     * the children's 5,400 vertices of a street were scanned for the lowest, the outline's 400 now).
     *
     * @param outline the children's outline ({@link ChildOutline}), or null when they have none
     * @param parent a valid polygonal geometry
     * @param noiseWidth as {@link #certifies(Geometry[], Geometry, double)}
     * @return true when certified; false says nothing (check in full)
     */
    static boolean certifies(ChildOutline outline, Geometry parent, double noiseWidth) {
        Polygon p = single(parent);
        if (outline == null || p == null || p.getNumInteriorRing() != 0 || !(noiseWidth > 0)) {
            return false;
        }
        // the children's lowest vertex is R's (see lowestVertexOnParent)
        int lowest = 0;
        for (int i = 1; i < outline.size(); i++) {
            if (outline.x[i] < outline.x[lowest] || outline.x[i] == outline.x[lowest] && outline.y[i] < outline.y[lowest]) {
                lowest = i;
            }
        }
        if (!ExactTiling.hasVertex(p.getExteriorRing().getCoordinateSequence(), outline.x[lowest], outline.y[lowest])) {
            return false;
        }
        return certifies(residual(outline), p, noiseWidth);
    }

    /** Steps 2 and 3 of the class comment: the parent's shell against R (null: no R, false). */
    private static boolean certifies(Residual residual, Polygon p, double noiseWidth) {
        if (residual == null) {
            return false;
        }
        double[] r = residual.segments();
        int n = r.length / 4;
        Map<Coordinate, Integer> start = residual.start();
        // The parent's shell, counter-clockwise, against R.
        CoordinateSequence s = p.getExteriorRing().getCoordinateSequence();
        int m = s.size() - 1;
        if (m < 3) {
            return false;
        }
        boolean reverse = !Orientation.isCCW(s);
        Coordinate[] pv = new Coordinate[m];
        for (int i = 0; i < m; i++) {
            pv[i] = s.getCoordinate(reverse ? m - i : i);
        }
        int first = -1;
        for (int i = 0; i < m && first < 0; i++) {
            if (start.containsKey(pv[i])) {
                first = i;
            }
        }
        if (first < 0) {
            return false;
        }
        double d = noiseWidth / (2.0 * n);
        int a = start.get(pv[first]);
        Coordinate from = pv[first];
        Coordinate to = new Coordinate(r[4 * a + 2], r[4 * a + 3]);
        int matched = 0;
        for (int step = 1; step <= m; step++) {
            Coordinate c = pv[(first + step) % m];
            if (c.equals2D(to)) {
                matched++;
                if (matched > n) {
                    return false;
                }
                a = start.get(to);
                from = to;
                to = new Coordinate(r[4 * a + 2], r[4 * a + 3]);
            } else if (c.equals2D(from)) {
                continue; // a repeated vertex
            } else if (start.containsKey(c) || !(Distance.pointToSegment(c, from, to) <= d)) {
                return false;
            }
        }
        return matched == n && from.equals2D(pv[first]);
    }

    /**
     * The union of valid children that form a coverage {@code CoverageValidator} has nothing to flag
     * in: step 1 of the class comment (their residual chain is one simple counter-clockwise ring, so
     * no two share area and every border they share matches vertex for vertex). A group whose
     * children were snapped to each other but not to their parent (a parent from another survey)
     * passes, and needs no coverage validation. The union is the polygon of that ring (the boundary
     * of their union), what {@code CoverageUnion} would return, read off the ring instead of
     * dissolved (simple and counter-clockwise: valid).
     *
     * @param children valid polygonal geometries, at least one
     * @param f the factory of the result
     * @return the union; empty when not certified (then nothing is said)
     */
    static Optional<Polygon> coverageUnion(Geometry[] children, GeometryFactory f) {
        ChildOutline outline = outlineOf(children);
        if (outline == null) {
            return Optional.empty();
        }
        int n = outline.size();
        Coordinate[] ring = new Coordinate[n + 1];
        for (int i = 0; i <= n; i++) {
            ring[i] = new Coordinate(outline.x[i], outline.y[i]);
        }
        return Optional.of(f.createPolygon(ring));
    }

    /** {@return the children's outline when their residual chain is one simple counter-clockwise ring, else null} */
    private static ChildOutline outlineOf(Geometry[] children) {
        GroupRings rings = GroupRings.of(children);
        int[] index = rings.indexesOf(children);
        return index == null ? null : ChildOutline.of(rings, index);
    }

    /** The children's residual chain R: its segments and, per start vertex, its segment. */
    private record Residual(double[] segments, Map<Coordinate, Integer> start) {
    }

    /**
     * {@return the children's residual chain R, read off their outline (step 1: {@link ChildOutline});
     * null when they have none}
     */
    private static Residual residual(ChildOutline outline) {
        if (outline == null) {
            return null;
        }
        int n = outline.size();
        double[] r = new double[4 * n];
        Map<Coordinate, Integer> start = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            r[4 * i] = outline.x[i];
            r[4 * i + 1] = outline.y[i];
            r[4 * i + 2] = outline.x[i + 1];
            r[4 * i + 3] = outline.y[i + 1];
            start.put(new Coordinate(outline.x[i], outline.y[i]), i);
        }
        return new Residual(r, start);
    }

    /**
     * A necessary condition, checked before any hashing: the children's lowest vertex (least x,
     * then least y) is a vertex of the parent's shell. That vertex lies on the boundary of the
     * children's union and inside no child's segment (a segment through it would have an end lower
     * still), so it is a vertex of R, which the certificate requires the parent to visit. A parent
     * redrawn independently of its children fails here at the cost of one pass over the vertices.
     */
    private static boolean lowestVertexOnParent(Geometry[] children, Polygon parent) {
        double x = Double.POSITIVE_INFINITY;
        double y = Double.POSITIVE_INFINITY;
        for (Geometry g : children) {
            if (!(g instanceof Polygon || g instanceof MultiPolygon)) {
                return true;   // let the residual decide
            }
            if (g.isEmpty() || g.getEnvelopeInternal().getMinX() > x) {
                continue;
            }
            for (int i = 0; i < g.getNumGeometries(); i++) {
                Polygon p = (Polygon) g.getGeometryN(i);
                for (int h = -1; h < p.getNumInteriorRing(); h++) {
                    CoordinateSequence s = (h < 0 ? p.getExteriorRing() : p.getInteriorRingN(h)).getCoordinateSequence();
                    for (int k = 0, n = s.size(); k < n; k++) {
                        double cx = s.getX(k);
                        double cy = s.getY(k);
                        if (cx < x || cx == x && cy < y) {
                            x = cx;
                            y = cy;
                        }
                    }
                }
            }
        }
        return x == Double.POSITIVE_INFINITY || ExactTiling.hasVertex(parent.getExteriorRing().getCoordinateSequence(), x, y);
    }

    private static Polygon single(Geometry g) {
        if (g instanceof Polygon p && !p.isEmpty()) {
            return p;
        }
        if (g instanceof MultiPolygon mp && mp.getNumGeometries() == 1 && !mp.getGeometryN(0).isEmpty()) {
            return (Polygon) mp.getGeometryN(0);
        }
        return null;
    }
}

package io.gridgov.geo.validate;

import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/**
 * Two measurements a disc proof of a piece's owner takes at a point (see
 * {@code SiblingGroupValidation.discAlongBorder}): the distance to a polygon's boundary, and how far
 * a ray runs inside a piece. Plain loops over the rings' coordinates, without indexes or
 * {@code Coordinate}s: a proof tests one or two points per piece, fewer than an index would pay for.
 * Stateless; safe to use from any thread.
 */
final class PieceProbes {

    private PieceProbes() {
    }

    /**
     * {@return the distance from (x, y) to the boundary of a polygonal geometry} Segment by segment, as
     * {@code Distance.pointToSegment} computes it, those whose envelope lies farther than the nearest
     * so far skipped: for the one or two points a disc proof tests, cheaper than indexing the segments
     * ({@code IndexedFacetDistance}: a tree per piece and per child, a third of the owners' time).
     */
    static double boundaryDistance(Geometry polygonal, double x, double y) {
        double best = Double.POSITIVE_INFINITY;
        for (int p = 0; p < polygonal.getNumGeometries(); p++) {
            Polygon polygon = (Polygon) polygonal.getGeometryN(p);
            for (int r = -1; r < polygon.getNumInteriorRing(); r++) {
                CoordinateSequence c = (r < 0 ? polygon.getExteriorRing() : polygon.getInteriorRingN(r))
                        .getCoordinateSequence();
                double bx = c.getX(0);
                double by = c.getY(0);
                for (int i = 1; i < c.size(); i++) {
                    double ax = bx;
                    double ay = by;
                    bx = c.getX(i);
                    by = c.getY(i);
                    double ox = x < Math.min(ax, bx) ? Math.min(ax, bx) - x : x > Math.max(ax, bx) ? x - Math.max(ax, bx) : 0;
                    double oy = y < Math.min(ay, by) ? Math.min(ay, by) - y : y > Math.max(ay, by) ? y - Math.max(ay, by) : 0;
                    if (ox * ox + oy * oy >= best * best) {
                        continue;
                    }
                    best = Math.min(best, pointToSegment(x, y, ax, ay, bx, by));
                }
            }
        }
        return best;
    }

    /** {@return the distance from (x, y) to the segment from a to b} ({@code Distance.pointToSegment}'s arithmetic) */
    private static double pointToSegment(double x, double y, double ax, double ay, double bx, double by) {
        if (ax == bx && ay == by) {
            return Math.hypot(x - ax, y - ay);
        }
        double dx = bx - ax;
        double dy = by - ay;
        double len2 = dx * dx + dy * dy;
        double r = ((x - ax) * dx + (y - ay) * dy) / len2;
        if (r <= 0.0) {
            return Math.hypot(x - ax, y - ay);
        }
        if (r >= 1.0) {
            return Math.hypot(x - bx, y - by);
        }
        double s = ((ay - y) * dx - (ax - x) * dy) / len2;
        return Math.abs(s) * Math.sqrt(len2);
    }

    /**
     * {@return how far the ray from (x, y) in direction (dx, dy), a unit vector, runs before it meets the
     * piece's boundary again} Segment {@code k} of ring {@code from} (the one (x, y) lies on) is left out;
     * infinite when the ray meets no other segment (it leaves the piece there).
     */
    static double exit(Geometry piece, double x, double y, double dx, double dy, LineString from, int k) {
        double nearest = Double.POSITIVE_INFINITY;
        for (int p = 0; p < piece.getNumGeometries(); p++) {
            Polygon polygon = (Polygon) piece.getGeometryN(p);
            for (int r = -1; r < polygon.getNumInteriorRing(); r++) {
                LineString ring = r < 0 ? polygon.getExteriorRing() : polygon.getInteriorRingN(r);
                CoordinateSequence c = ring.getCoordinateSequence();
                boolean same = c == from.getCoordinateSequence();
                for (int i = 1; i < c.size(); i++) {
                    if (same && i == k) {
                        continue;
                    }
                    double ax = c.getX(i - 1) - x;
                    double ay = c.getY(i - 1) - y;
                    double ex = c.getX(i) - c.getX(i - 1);
                    double ey = c.getY(i) - c.getY(i - 1);
                    // (x, y) + t·d = a + s·e: t = (a × e) / (d × e), s = (a × d) / (d × e)
                    double den = dx * ey - dy * ex;
                    if (den == 0) {
                        continue;
                    }
                    double t = (ax * ey - ay * ex) / den;
                    double s = (ax * dy - ay * dx) / den;
                    if (t > 0 && s >= 0 && s <= 1 && t < nearest) {
                        nearest = t;
                    }
                }
            }
        }
        return nearest;
    }
}

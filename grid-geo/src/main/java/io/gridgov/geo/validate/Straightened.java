package io.gridgov.geo.validate;

import java.util.Arrays;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/**
 * A polygon without its straight (180°) vertices (去除平角顶点), the input {@link Erosion} gives JTS's
 * inward buffer. A vertex is straight when it lies between its neighbours, off the line through them by
 * at most {@value #STRAIGHT} of their distance: a node that one path of the group checks made on an edge
 * and the other did not (the crossing of two nearly parallel lines, off the edge by rounding errors).
 * The shape is the same up to that; the buffer's is not: JTS erodes a triangle exactly (it is empty once
 * r exceeds the distance from the incentre to the sides), but it recognises a triangle only by its three
 * vertices, and a triangle that carries a straight vertex goes through the general offset curve, which
 * at r a little above the inscribed radius turns inside out and leaves a crumb (JTS discards such a
 * curve only when all its vertices are within 99% of r of the ring). Stateless.
 */
final class Straightened {
    /** How far off the line through its neighbours a straight vertex may lie, as a fraction of their distance. */
    static final double STRAIGHT = 1e-9;

    private Straightened() {
    }

    /** {@return the polygon without its straight vertices; the same instance when it has none, or is no polygon} */
    static Geometry of(Geometry part) {
        if (!(part instanceof Polygon polygon) || polygon.isEmpty()) {
            return part;
        }
        LinearRing shell = polygon.getExteriorRing();
        Coordinate[] outer = straight(shell.getCoordinates());
        boolean changed = outer != null;
        Coordinate[][] holes = new Coordinate[polygon.getNumInteriorRing()][];
        for (int h = 0; h < holes.length; h++) {
            holes[h] = straight(polygon.getInteriorRingN(h).getCoordinates());
            changed |= holes[h] != null;
        }
        if (!changed) {
            return part;
        }
        GeometryFactory f = polygon.getFactory();
        LinearRing[] rings = new LinearRing[holes.length];
        for (int h = 0; h < holes.length; h++) {
            rings[h] = holes[h] == null ? polygon.getInteriorRingN(h) : f.createLinearRing(holes[h]);
        }
        return f.createPolygon(outer == null ? shell : f.createLinearRing(outer), rings);
    }

    /** {@return the closed ring without its straight vertices, or null when it has none} */
    private static Coordinate[] straight(Coordinate[] ring) {
        int n = ring.length - 1;   // the closing point repeats the first
        if (n < 4) {
            return null;
        }
        // a stack: a vertex is dropped when it is straight between the last kept one and the next
        Coordinate[] kept = new Coordinate[n];
        int k = 0;
        for (int i = 0; i < n; i++) {
            while (k >= 2 && isStraight(kept[k - 2], kept[k - 1], ring[i])) {
                k--;
            }
            kept[k++] = ring[i];
        }
        // across the closing point: the last kept vertex, then the first
        int first = 0;
        while (k - first > 3 && isStraight(kept[k - 2], kept[k - 1], kept[first])) {
            k--;
        }
        while (k - first > 3 && isStraight(kept[k - 1], kept[first], kept[first + 1])) {
            first++;
        }
        if (k - first == n) {
            return null;
        }
        Coordinate[] out = Arrays.copyOfRange(kept, first, k + 1);
        out[k - first] = new Coordinate(kept[first]);
        return out;
    }

    /** {@return whether b lies between a and c, off the line through them by at most STRAIGHT of their distance} */
    static boolean isStraight(Coordinate a, Coordinate b, Coordinate c) {
        double ux = c.x - a.x;
        double uy = c.y - a.y;
        double squared = ux * ux + uy * uy;
        double cross = ux * (b.y - a.y) - uy * (b.x - a.x);
        double along = ux * (b.x - a.x) + uy * (b.y - a.y);
        return along > 0 && along < squared && Math.abs(cross) <= STRAIGHT * squared;
    }
}

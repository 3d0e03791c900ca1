package io.gridgov.geo.validate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/**
 * The faces of a JTS {@code Polygonizer} in an order and form that depend on the faces alone
 * (面的规范顺序). The polygonizer keeps its graph's edges in hash sets of objects hashed by identity,
 * so from one run to the next it returns the same faces in another order, each ring starting
 * somewhere else and its holes in another order. Whatever is summed or decided over the faces
 * (border lengths, ties between neighbours, a child's faces united) then differed in its last
 * bits from run to run, and now and then a decision with it: the same redrawn street came out of
 * the cleaner in a different shape from one run to the next, and CleaningProperties' check that
 * three threads give the grids one thread gives failed (a digitised ORGANIC city, 10,000 fresh
 * seeds, branch geoclean2). Here each ring starts at its least vertex (its direction kept) and the
 * holes and the faces are sorted by their vertices. Stateless.
 */
final class CanonicalFaces {

    private CanonicalFaces() {
    }

    /** {@return the faces, each ring from its least vertex and holes sorted, sorted by their vertices} */
    static List<Polygon> of(Collection<Polygon> faces, GeometryFactory factory) {
        List<Coordinate[]> shells = new ArrayList<>(faces.size());
        List<Polygon> out = new ArrayList<>(faces.size());
        for (Polygon face : faces) {
            Coordinate[] shell = fromLeast(face.getExteriorRing().getCoordinates());
            int holes = face.getNumInteriorRing();
            LinearRing[] inner = new LinearRing[holes];
            if (holes > 0) {
                Coordinate[][] rings = new Coordinate[holes][];
                for (int h = 0; h < holes; h++) {
                    rings[h] = fromLeast(face.getInteriorRingN(h).getCoordinates());
                }
                Arrays.sort(rings, CanonicalFaces::compare);
                for (int h = 0; h < holes; h++) {
                    inner[h] = factory.createLinearRing(rings[h]);
                }
            }
            shells.add(shell);
            out.add(factory.createPolygon(factory.createLinearRing(shell), inner));
        }
        Integer[] order = new Integer[out.size()];
        for (int k = 0; k < order.length; k++) {
            order[k] = k;
        }
        Arrays.sort(order, Comparator.comparing(shells::get, CanonicalFaces::compare));
        List<Polygon> sorted = new ArrayList<>(out.size());
        for (int k : order) {
            sorted.add(out.get(k));
        }
        return sorted;
    }

    /** {@return a closed ring started at its least vertex, running the same way} (the same array when it does) */
    static Coordinate[] fromLeast(Coordinate[] ring) {
        int n = ring.length - 1;
        if (n < 1) {
            return ring;
        }
        int least = 0;
        for (int k = 1; k < n; k++) {
            if (ring[k].compareTo(ring[least]) < 0) {
                least = k;
            }
        }
        if (least == 0) {
            return ring;
        }
        Coordinate[] out = new Coordinate[n + 1];
        for (int k = 0; k < n; k++) {
            out[k] = ring[(least + k) % n];
        }
        out[n] = out[0];
        return out;
    }

    private static int compare(Coordinate[] a, Coordinate[] b) {
        for (int k = 0; k < Math.min(a.length, b.length); k++) {
            int c = a[k].compareTo(b[k]);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.length, b.length);
    }
}

package io.gridgov.geo.validate;

import java.util.List;
import java.util.Random;
import org.locationtech.jts.geom.Coordinate;

/** Borders for hand-built sibling groups in the snapping properties: bent, with vertices now and then very close. */
final class BentBorders {

    private BentBorders() {
    }

    /**
     * {@return the border from {@code a} to {@code b} with {@code between} vertices, each pushed sideways by up to
     * half of {@code bend}; now and then one lies right after the one before (closer than the smaller tolerances)}
     */
    static Coordinate[] border(Coordinate a, Coordinate b, int between, double bend, Random random) {
        Coordinate[] out = new Coordinate[between + 2];
        out[0] = a;
        out[between + 1] = b;
        double dx = b.x - a.x;
        double dy = b.y - a.y;
        double length = Math.hypot(dx, dy);
        for (int k = 1; k <= between; k++) {
            double t = random.nextInt(4) == 0 && k > 1 ? Math.min(1, (double) (k - 1) / (between + 1) + 0.3 / length)
                    : (double) k / (between + 1);
            double off = bend * (random.nextDouble() - 0.5);
            out[k] = new Coordinate(a.x + t * dx - off * dy / length, a.y + t * dy + off * dx / length);
        }
        return out;
    }

    /** Appends a border's vertices (reversed when asked) without repeating the last one. */
    static void append(List<Coordinate> ring, Coordinate[] border, boolean reversed) {
        for (int k = 0; k < border.length; k++) {
            Coordinate c = border[reversed ? border.length - 1 - k : k];
            if (ring.isEmpty() || !ring.get(ring.size() - 1).equals2D(c)) {
                ring.add(c);
            }
        }
    }
}

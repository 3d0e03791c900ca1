package io.gridgov.geo.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.locationtech.jts.algorithm.Distance;
import org.locationtech.jts.algorithm.MinimumDiameter;
import org.locationtech.jts.algorithm.locate.SimplePointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Polygon;

/**
 * Whether a polygon survives an inward buffer (内缩检验): {@code part.buffer(-r, 2)} is not empty,
 * the width test of {@link PieceSeverity} and {@link BorderGrouping}, with the buffer computed only
 * when two cheap bounds on the polygon's largest inscribed radius r* do not decide it:
 * <ul>
 * <li>a lower bound, the distance from the polygon's interior point to its boundary: the disc of
 *     that radius lies inside, so an inward buffer by less survives;</li>
 * <li>an upper bound, half the minimum width of the convex hull: a disc inside the polygon lies
 *     inside its hull, so an inward buffer by more leaves nothing.</li>
 * </ul>
 * When neither decides, two sharper bounds are tried before the buffer ({@link Chords}): the longest
 * chord across the polygon, in the direction of the hull's width and across its longest edge (more
 * directions rarely saved a buffer on the messy cities),
 * bounds r* from above (half the shortest of those), and the depth of that chord's midpoint bounds it
 * from below. A sliver that bends along a border has a hull far wider than itself; its chords are not.
 * JTS's buffer is an approximation of the exact erosion: with 2 segments per quadrant its arcs are
 * chords within {@code r·(1 − cos π/8)} ≈ 7.6% of r, and it simplifies its input by 1% of r. The bounds
 * decide only outside a margin that covers both (survives when r* ≥ 1.1 r, vanishes when r* ≤ 0.8 r), so
 * every decision is the buffer's own; between them the buffer is computed as before. The one exception
 * is a buffer that is wrong: an inward buffer far wider than a sliver sometimes leaves a crumb (about
 * one test in 100,000 of {@code ErosionProperties}' shapes; 0.008 m² left of a 5.2 m wide sliver
 * buffered inward by 26 m), which the hull's width rules out. A polygon's bounds
 * are computed once, on the first test that needs them (the hull only when the interior point does
 * not decide); a buffer that leaves something raises the
 * lower bound to the depth of what it left's interior point. Not thread-safe (one instance per polygon).
 */
final class Erosion {
    /** A buffer by r surely leaves something when the lower bound is at least this multiple of r. */
    static final double SURVIVES = 1.1;
    /** A buffer by r surely leaves nothing when the upper bound is at most this multiple of r. */
    static final double VANISHES = 0.8;

    /**
     * The chords are tried only when the hull's bound is this many times the lower bound: a straight
     * sliver's hull is as narrow as the sliver, and its chords would rarely save a buffer.
     */
    private static final double LOOSE = 1.5;
    /** Above this many vertices the chords are not tried (a sweep over a ring that winds much is slow). */
    private static final int MAX_CHORD_VERTICES = 2000;

    private final Geometry part;
    private double lower = Double.NaN;
    private double upper;
    private MinimumDiameter hull;
    private boolean chordsTried;
    /** What the last inward buffer left, when the last {@link #survives} took one and it left something. */
    private Geometry left;

    /** @param part one polygon, in metres */
    Erosion(Geometry part) {
        this.part = part;
    }

    /** {@return whether {@code part.buffer(-r, 2)} is not empty} */
    boolean survives(double r) {
        left = null;
        lowerFromInteriorPoint();
        if (lower >= SURVIVES * r) {
            return true;
        }
        upperFromHull();
        if (upper <= VANISHES * r) {
            return false;
        }
        if (!chordsTried && upper > LOOSE * lower) {
            chordsTried = true;
            chords();
            if (lower >= SURVIVES * r) {
                return true;
            }
            if (upper <= VANISHES * r) {
                return false;
            }
        }
        Geometry eroded = part.buffer(-r, 2);
        if (eroded.isEmpty()) {
            return false;
        }
        left = eroded;
        // what is left lies along the polygon's middle: its interior point is a better centre
        lower = Math.max(lower, depth(eroded.getInteriorPoint().getCoordinate()));
        return true;
    }

    /**
     * {@return what the inward buffer of the last {@link #survives} left} Empty when that call was
     * decided by the bounds, or answered false.
     */
    Optional<Geometry> left() {
        return Optional.ofNullable(left);
    }

    /**
     * {@return a lower bound on the polygon's largest inscribed radius r*, and an upper one} All that the
     * cheap bounds of the class comment know (chords included when the hull is loose), without a buffer
     * and without the margins that make {@link #survives} answer what the buffer would.
     */
    double[] bounds() {
        lowerFromInteriorPoint();
        upperFromHull();
        if (!chordsTried && upper > LOOSE * lower) {
            chordsTried = true;
            chords();
        }
        return new double[] {lower, upper};
    }

    private void lowerFromInteriorPoint() {
        if (Double.isNaN(lower)) {
            lower = part.isEmpty() ? 0 : depth(part.getInteriorPoint().getCoordinate());
        }
    }

    private void upperFromHull() {
        if (hull == null) {
            // the hull only when the interior point does not decide (most pieces wider than the
            // tolerance are decided by it)
            hull = new MinimumDiameter(part);
            upper = hull.getLength() / 2;
        }
    }

    /** Sharpens both bounds with the longest chords across the polygon (see the class comment). */
    private void chords() {
        if (!(part instanceof Polygon polygon) || polygon.isEmpty() || polygon.getNumPoints() > MAX_CHORD_VERTICES) {
            return;
        }
        List<double[]> directions = new ArrayList<>();
        LineString support = hull.getSupportingSegment();
        if (support.getNumPoints() == 2) {
            addIfPresent(directions, Chords.across(support.getCoordinateN(0), support.getCoordinateN(1)));
        }
        Coordinate[] shell = polygon.getExteriorRing().getCoordinates();
        int longest = 0;
        for (int i = 1; i + 1 < shell.length; i++) {
            if (shell[i].distance(shell[i + 1]) > shell[longest].distance(shell[longest + 1])) {
                longest = i;
            }
        }
        addIfPresent(directions, Chords.across(shell[longest], shell[longest + 1]));
        for (double[] d : directions) {
            Chords.Longest chord = Chords.longest(polygon, d[0], d[1]);
            upper = Math.min(upper, chord.length() / 2);
            lower = Math.max(lower, depth(new Coordinate(chord.midX(), chord.midY())));
        }
    }

    private static void addIfPresent(List<double[]> directions, double[] direction) {
        if (direction != null) {
            directions.add(direction);
        }
    }

    /** {@return the distance from a point inside the polygon to its boundary, 0 for a point not inside} */
    private double depth(Coordinate p) {
        if (p == null || !(part instanceof Polygon polygon)
                || SimplePointInAreaLocator.locate(p, polygon) != Location.INTERIOR) {
            return 0;
        }
        double d = distance(p, polygon.getExteriorRing());
        for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
            d = Math.min(d, distance(p, polygon.getInteriorRingN(h)));
        }
        return d;
    }

    private static double distance(Coordinate p, LineString ring) {
        double d = Double.POSITIVE_INFINITY;
        Coordinate[] c = ring.getCoordinates();
        for (int i = 1; i < c.length; i++) {
            d = Math.min(d, Distance.pointToSegment(p, c[i - 1], c[i]));
        }
        return d;
    }
}

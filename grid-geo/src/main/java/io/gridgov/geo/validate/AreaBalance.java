package io.gridgov.geo.validate;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

/**
 * A necessary condition of the tiling certificates ({@link ExactTiling}, {@link NearTiling}), at
 * the cost of one pass over the vertices and no hashing: the children's areas add up to their
 * parent's. A parent from another survey (redrawn metres off its children) fails it by far, and
 * its group is cleaned without building the certificates' chains, which cost more than the
 * cleaning's own fitting of such a group.
 *
 * <p>Why it is necessary: children that tile the parent exactly have areas summing to the parent's
 * in exact arithmetic; children that {@link NearTiling} accepts differ from it only by pieces each
 * at most {@code noiseWidth · perimeter / 2}, whose perimeters lie on the parent's boundary and
 * the children's outer chain, each side of a segment bordering one piece at most, so the areas
 * differ by at most {@code noiseWidth · (perimeter(parent) + Σ perimeter(child))}. Computed areas
 * carry a rounding error of a few units in the last place of each vertex's term (each ring's
 * terms are taken relative to its first vertex, as JTS does), far below the slack allowed here:
 * twice the noise bound, the perimeters over-estimated by {@code |dx| + |dy|} per segment, plus a
 * millionth of the extent's area. A group whose areas balance proves nothing (the certificates
 * decide). Stateless.
 */
final class AreaBalance {

    /** The slack beyond the noise bound, as a fraction of the area of the group's extent. */
    private static final double SLACK = 1e-6;

    private AreaBalance() {
    }

    /**
     * {@return whether the children's areas differ from the parent's by more than any group the
     * certificates accept} (then neither certifies the group)
     *
     * @param children polygonal geometries
     * @param parent a polygonal geometry
     * @param noiseWidth the noise width {@link NearTiling} is given
     */
    static boolean differs(Geometry[] children, Geometry parent, double noiseWidth) {
        double[] sums = new double[2];   // area, perimeter bound
        Envelope extent = new Envelope(parent.getEnvelopeInternal());
        for (Geometry child : children) {
            add(child, 1, sums);
            extent.expandToInclude(child.getEnvelopeInternal());
        }
        add(parent, -1, sums);
        double allowed = 2 * noiseWidth * sums[1] + SLACK * extent.getArea();
        return !(Math.abs(sums[0]) <= allowed);
    }

    /** Adds the signed area ({@code sign} times its area) and an upper bound of the perimeter of g. */
    private static void add(Geometry g, int sign, double[] sums) {
        for (int i = 0; i < g.getNumGeometries(); i++) {
            if (!(g.getGeometryN(i) instanceof Polygon p) || p.isEmpty()) {
                continue;
            }
            ring(p.getExteriorRing().getCoordinates(), sign, sums);
            for (int h = 0; h < p.getNumInteriorRing(); h++) {
                ring(p.getInteriorRingN(h).getCoordinates(), -sign, sums);
            }
        }
    }

    /** Adds a ring's area (positive for a shell, either way round) and its perimeter bound. */
    private static void ring(Coordinate[] cs, int sign, double[] sums) {
        int n = cs.length;
        if (n < 4) {
            return;
        }
        double x0 = cs[0].x;
        double y0 = cs[0].y;
        double twice = 0;
        double length = 0;
        double px = 0;
        double py = 0;
        for (int k = 1; k < n; k++) {
            double x = cs[k].x - x0;
            double y = cs[k].y - y0;
            twice += px * y - x * py;
            length += Math.abs(x - px) + Math.abs(y - py);
            px = x;
            py = y;
        }
        sums[0] += sign * Math.abs(twice) / 2;
        sums[1] += length;
    }
}

package io.gridgov.geo.validate;

import static org.assertj.core.api.Assertions.assertThat;

import io.gridgov.geo.CoordinateSystem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Assume;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.statistics.Statistics;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.algorithm.distance.DistanceToPoint;
import org.locationtech.jts.algorithm.distance.PointPairDistance;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/**
 * Snapping moves the two copies of a shared border alike: children that tile each other exactly
 * (every border shared vertex for vertex) still do after {@link GroupSnapping}, whatever their
 * parent, wherever they did before. Each vertex goes to the representative of its position (the same
 * for both copies), each representative goes into an edge for every ring along that edge, and what
 * {@code rebuild} drops (repeats, spikes of no width) adds up to nothing as a chain. So every directed
 * segment of a snapped child is matched by its reverse in another snapped child, unless both its ends
 * lie within {@code 1 + InsertRounds.ROUNDS} times the tolerance of the children's outer border (the
 * image of the outline, see {@link #UNMATCHED_WITHIN}): what snapping changes in the group's
 * interior cannot make a gap, an overlap or an edge mismatch there, and what an exact-tiling
 * certificate after snapping must look at is the outline's image and the parent.
 *
 * <p>The groups: lattices of grids with bent, jittered borders ({@link BentBorders}, some vertices
 * closer together than the smaller tolerances), under a parent that is their outer border itself or
 * that border redrawn (every vertex moved by up to 0.5 to 16 m, vertices added between), in
 * projected metres and in lon/lat, each ring clockwise or counter-clockwise at random, snapped at
 * 0.2 to 30 m.
 */
class SharedBorderProperties {

    private static final GeometryFactory F = new GeometryFactory();
    private static final double[] TOLERANCES = {0.2, 0.5, 2, 5, 10.5, 30};
    /** Metres per unit of the lon/lat lattices ({@link BentBorders#polygon}). */
    private static final double EAST = 99_600.0;
    private static final double NORTH = 110_800.0;
    /**
     * How far from the children's outer border (in tolerances) the image of that border can lie, as
     * the code guarantees it: the ends of an unmatched segment must lie within it.
     * <ul>
     * <li>Settling moves a vertex at most the tolerance: every representative it can be given or
     *     take ({@code nearest}, {@code nearestSince}, {@code nearestOfEachKind},
     *     {@code nearestCornerBeside}) lies within the tolerance of it.</li>
     * <li>A segment of a settled ring joins the representatives of two consecutive vertices of the
     *     ring as given (dropping a repeat or a spike {@code p, v, p} leaves neighbours that were
     *     consecutive), so each of its points lies within the tolerance of the segment between those
     *     two (the points within a distance of a segment are a convex set): one tolerance.</li>
     * <li>Each round of inserts ({@link InsertRounds}) puts a representative into a piece of a ring
     *     when it lies within the tolerance of that piece; the pieces it cuts join it to the piece's
     *     ends and lie, by convexity again, as far out as the farther of them. After round {@code j}
     *     the image lies within {@code 1 + j} tolerances; after the last, {@code 1 + ROUNDS}.</li>
     * </ul>
     * The property asked for twice the tolerance (the first round's bound) until a second round's
     * insert went beyond it: {@link #anUnmatchedEndJustBeyondTwiceTheTolerance}, a redrawn parent's
     * vertex 4.19 m from the border (2.10 tolerances) at 1.79 m of the piece the child's border had
     * become in round 1. Sampled (about 360,000 valid groups drawn as the property draws them, branch
     * snapshared): 9 went beyond twice the tolerance, the largest 2.16 tolerances (0.5 m), each end
     * there a redrawn parent's vertex (the three largest traced: taken into a child's piece in round 2).
     */
    private static final double UNMATCHED_WITHIN = 1 + InsertRounds.ROUNDS;

    @Property(tries = 400)
    void snappingKeepsEverySharedBorderShared(@ForAll @LongRange(min = 0, max = Long.MAX_VALUE / 2) long seed,
            @ForAll @IntRange(min = 1, max = 5) int cols, @ForAll @IntRange(min = 1, max = 5) int rows,
            @ForAll @IntRange(min = 0, max = 5) int tolerance, @ForAll boolean lonLat) {
        Random random = new Random(seed);
        BentBorders.Lattice lattice = BentBorders.lattice(random, cols, rows, random.nextDouble() * 30,
                random.nextInt(5), random.nextDouble() * 4);
        Geometry[] children = new Geometry[cols * rows];
        for (int i = 0; i < children.length; i++) {
            children[i] = oriented(BentBorders.polygon(lattice.rings().get(i), lonLat), random.nextBoolean());
        }
        Geometry parent = oriented(BentBorders.polygon(redrawn(lattice.outline(), random), lonLat), random.nextBoolean());
        for (Geometry g : children) {
            Assume.that(g.isValid());
        }
        Assume.that(parent.isValid());
        double metres = TOLERANCES[tolerance];
        CoordinateSystem crs = lonLat ? CoordinateSystem.LON_LAT_WGS84 : CoordinateSystem.PROJECTED_METRES;

        Geometry[] snapped = GroupSnapping.snap(children, parent, metres, crs).children();

        // every directed segment of every snapped ring, shells counter-clockwise, holes clockwise
        Map<List<Double>, Integer> segments = new HashMap<>();
        List<Coordinate[]> all = new ArrayList<>();
        for (Geometry g : snapped) {
            for (int i = 0; i < g.getNumGeometries(); i++) {
                Polygon p = (Polygon) g.getGeometryN(i);
                for (int h = -1; h < p.getNumInteriorRing(); h++) {
                    Coordinate[] ring = (h < 0 ? p.getExteriorRing() : p.getInteriorRingN(h)).getCoordinates();
                    if (ring.length < 4) {
                        continue;
                    }
                    boolean reverse = Orientation.isCCW(ring) != (h < 0);
                    for (int k = 0; k + 1 < ring.length; k++) {
                        Coordinate a = ring[reverse ? k + 1 : k];
                        Coordinate b = ring[reverse ? k : k + 1];
                        segments.merge(List.of(a.x, a.y, b.x, b.y), 1, Integer::sum);
                        all.add(new Coordinate[] {a, b});
                    }
                }
            }
        }
        // the segments of the children before snapping: a matched segment not among them is a shared border snapping changed
        Map<List<Double>, Integer> before = new HashMap<>();
        for (Geometry g : children) {
            Coordinate[] ring = ((Polygon) g).getExteriorRing().getCoordinates();
            for (int k = 0; k + 1 < ring.length; k++) {
                before.merge(List.of(ring[k].x, ring[k].y, ring[k + 1].x, ring[k + 1].y), 1, Integer::sum);
                before.merge(List.of(ring[k + 1].x, ring[k + 1].y, ring[k].x, ring[k].y), 1, Integer::sum);
            }
        }
        boolean interiorChanged = false;
        // the children's outer border before snapping, in metres
        LineString outline = F.createLineString(lattice.outline().toArray(new Coordinate[0]));
        int unmatched = 0;
        boolean beyondTwice = false;
        for (Coordinate[] s : all) {
            Integer reverse = segments.get(List.of(s[1].x, s[1].y, s[0].x, s[0].y));
            if (reverse != null && reverse > 0) {
                interiorChanged |= !before.containsKey(List.of(s[0].x, s[0].y, s[1].x, s[1].y));
                continue;
            }
            unmatched++;
            for (Coordinate end : s) {
                double d = distance(outline, lonLat ? new Coordinate((end.x - 106.7) * EAST, (end.y - 26.5) * NORTH)
                        : end);
                // (lon/lat: snapping's metres per degree at the group's centre differ from these by < 0.1%)
                assertThat(d).as("an unmatched segment's end %s, %s m from the outer border", end, d)
                        .isLessThanOrEqualTo(UNMATCHED_WITHIN * metres * 1.01 + 1e-6);
                beyondTwice |= d > 2 * metres * 1.01 + 1e-6;
            }
        }
        Statistics.label("unmatched segments").collect(unmatched == 0 ? "none" : "along the outline");
        Statistics.label("an unmatched end beyond twice the tolerance (a later round's insert)").collect(beyondTwice);
        Statistics.label("a shared border changed").collect(interiorChanged);
    }

    /**
     * A second round of inserts takes the image of the outer border beyond twice the tolerance (a sample
     * the property drew, 2026-12-04; traced on branch snapshared). The child at column 3, row 1 (index 7) has its top
     * border on the outline from (300, 200) over (333.333, 199.391) and (333.633, 200.699) to
     * (400, 200) (lattice metres); its two middle vertices, 1.34 m apart, settle on one representative,
     * so the border runs (333.333, 199.391)–(400, 200). The redrawn parent zig-zags there: P1
     * (298.656, 194.489), P2 (340.128, 196.440), P3 (335.824, 198.103), P4 (357.093, 194.849).
     * <ol>
     * <li>Round 1: P3 lies 1.31 m from the child's edge and goes into it (the edge's first piece
     *     runs to (400, 200) from P3, 2.57 m from the outline); the parent's edges P1–P2 and P3–P4
     *     take P3 and P2 at their turn-backs and the zig-zag unfolds to P1, P3, P2, P4.</li>
     * <li>Round 2: P2, 4.19 m from the outline and 3.01 m from the child's edge as settled, lies 1.79 m
     *     from the piece P3–(400, 200) and goes into it; the parent's piece P1–P3 takes the child's
     *     (333.333, 199.391).</li>
     * </ol>
     * The child's border and the parent's then run (333.333, 199.391), P3, P2 alike, and the
     * segments (400, 200)–P2 and P2–P3, unmatched (the outline's image), end 4.19 m from the outline:
     * 2.10 tolerances, beyond the 2 × 1.01 the property allowed. No interior border is left unshared
     * (every unmatched segment of the group lies along the outline), and every vertex moved by a rule
     * the class comment of {@link InsertRounds} states: round 2 closes a sliver 1.79 m wide between
     * the child and its parent, as the rounds are there to do. The bound was the first round's; the
     * property now allows {@code 1 + InsertRounds.ROUNDS} tolerances, what the code guarantees (see
     * {@link #UNMATCHED_WITHIN}), and counts the samples beyond twice the tolerance.
     */
    @Example
    void anUnmatchedEndJustBeyondTwiceTheTolerance() {
        snappingKeepsEverySharedBorderShared(28L, 5, 2, 2, true);
    }

    private static double distance(LineString line, Coordinate point) {
        PointPairDistance d = new PointPairDistance();
        DistanceToPoint.computeDistance(line, point, d);
        return d.getDistance();
    }

    /** The outer border with every vertex moved by up to 0.5 to 16 m and vertices added between (a third: as it is). */
    private static List<Coordinate> redrawn(List<Coordinate> outline, Random random) {
        List<Coordinate> outer = new ArrayList<>(outline);
        outer.remove(outer.size() - 1);
        double shift = random.nextInt(3) == 0 ? 0 : 0.5 + random.nextDouble() * 16;
        List<Coordinate> out = new ArrayList<>();
        for (int k = 0; k < outer.size(); k++) {
            Coordinate a = outer.get(k);
            Coordinate b = outer.get((k + 1) % outer.size());
            out.add(shift == 0 ? a
                    : new Coordinate(a.x + shift * (random.nextDouble() - 0.5), a.y + shift * (random.nextDouble() - 0.5)));
            if (shift > 0 && random.nextBoolean()) {
                double t = random.nextDouble();
                out.add(new Coordinate(a.x + t * (b.x - a.x) + shift * (random.nextDouble() - 0.5),
                        a.y + t * (b.y - a.y) + shift * (random.nextDouble() - 0.5)));
            }
        }
        out.add(new Coordinate(out.get(0)));
        return out;
    }

    private static Polygon oriented(Polygon p, boolean reversed) {
        return reversed ? (Polygon) p.reverse() : p;
    }
}

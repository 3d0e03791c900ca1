package io.gridgov.geo.validate;

import static org.assertj.core.api.Assertions.assertThat;

import io.gridgov.geo.CoordinateSystem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Assume;
import net.jqwik.api.Disabled;
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
 * lie within twice the tolerance of the children's outer border (a vertex goes at most the tolerance,
 * and a representative goes into an edge between two such vertices that lies within the tolerance of
 * it): what snapping changes in the group's
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
                        .isLessThanOrEqualTo(2 * metres * 1.01 + 1e-6);
            }
        }
        Statistics.label("unmatched segments").collect(unmatched == 0 ? "none" : "along the outline");
        Statistics.label("a shared border changed").collect(interiorChanged);
    }

    /**
     * Open: a sample the property drew (2026-12-04, and with main 4a64b16's code too): an unmatched
     * segment's end lies 4.19 m from the children's outer border at a 2 m tolerance, beyond the 2 ×
     * tolerance the property allows. Not traced: whether an interior border is left unshared, or a
     * later round of inserts (into a piece whose ends had already moved) takes a representative
     * farther than the bound assumes.
     */
    @Disabled("open: an unmatched end 4.19 m from the outer border at 2 m; see the Javadoc")
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

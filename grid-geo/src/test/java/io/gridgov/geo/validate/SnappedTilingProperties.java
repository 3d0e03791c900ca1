package io.gridgov.geo.validate;

import static org.assertj.core.api.Assertions.assertThat;

import io.gridgov.geo.CoordinateSystem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Assume;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.statistics.Statistics;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

/**
 * {@link GroupSnapping.Result#tilesExactly()} — the exact-tiling certificate on the snapped rings'
 * representative ids, without building geometries — answers as {@link ExactTiling#certifies} on
 * the snapped geometries. The groups: lattices of grids with bent, jittered borders (some vertices
 * closer together than the smaller tolerances) under a parent that is their outer border itself,
 * or that border with every vertex moved by up to 0.5 to 16 m and vertices added between, in
 * projected metres and in lon/lat, each ring clockwise or counter-clockwise at random, snapped at
 * 0.2 to 30 m: both answers occur.
 */
class SnappedTilingProperties {

    private static final GeometryFactory F = new GeometryFactory();
    private static final double[] TOLERANCES = {0.2, 0.5, 2, 5, 10.5, 30};

    @Property(tries = 400)
    void theCertificateOnIdsAnswersAsTheOneOnTheSnappedGeometries(
            @ForAll @LongRange(min = 0, max = Long.MAX_VALUE / 2) long seed,
            @ForAll @IntRange(min = 1, max = 5) int cols, @ForAll @IntRange(min = 1, max = 5) int rows,
            @ForAll @IntRange(min = 0, max = 5) int tolerance, @ForAll boolean lonLat) {
        Random random = new Random(seed);
        Geometry[] group = group(random, cols, rows, lonLat);
        Assume.that(group != null);
        Geometry[] children = Arrays.copyOf(group, group.length - 1);
        Geometry parent = group[group.length - 1];
        CoordinateSystem crs = lonLat ? CoordinateSystem.LON_LAT_WGS84 : CoordinateSystem.PROJECTED_METRES;
        double metres = TOLERANCES[tolerance];
        boolean onIds = GroupSnapping.snap(children, parent, metres, crs).tilesExactly();
        GroupSnapping.Result built = GroupSnapping.snap(children, parent, metres, crs);
        boolean onGeometries = ExactTiling.certifies(built.children(), built.parent());
        assertThat(onIds).isEqualTo(onGeometries);
        Statistics.label("tiles exactly").collect(onIds);
    }

    /**
     * Threw ArrayIndexOutOfBoundsException after branch snapdig's merge: a pair that
     * {@code InsertRounds.keepEarlierInserts} refused (marked -1) was read by {@code dropPinches},
     * which groups the pairs taken by representative.
     */
    @Example
    void aPairRefusedAtATurnBackIsNotReadAgain() {
        theCertificateOnIdsAnswersAsTheOneOnTheSnappedGeometries(131881L, 1, 4, 3, false);
    }

    /** Children (cols × rows grids about 100 m wide) then the parent; null when a geometry is invalid. */
    private static Geometry[] group(Random random, int cols, int rows, boolean lonLat) {
        double jitter = random.nextDouble() * 30;
        int between = random.nextInt(5);
        double bend = random.nextDouble() * 4;
        BentBorders.Lattice lattice = BentBorders.lattice(random, cols, rows, jitter, between, bend);
        List<List<Coordinate>> rings = lattice.rings();
        Geometry[] out = new Geometry[cols * rows + 1];
        for (int i = 0; i < rings.size(); i++) {
            out[i] = polygon(rings.get(i), lonLat, random.nextBoolean());
        }
        List<Coordinate> outer = new ArrayList<>(lattice.outline());
        outer.remove(outer.size() - 1);
        // a third of the parents are the children's outer border itself
        double shift = random.nextInt(3) == 0 ? 0 : 0.5 + random.nextDouble() * 16;
        List<Coordinate> redrawn = new ArrayList<>();
        for (int k = 0; k < outer.size(); k++) {
            Coordinate a = outer.get(k);
            Coordinate b = outer.get((k + 1) % outer.size());
            redrawn.add(shift == 0 ? a
                    : new Coordinate(a.x + shift * (random.nextDouble() - 0.5), a.y + shift * (random.nextDouble() - 0.5)));
            if (shift > 0 && random.nextBoolean()) {
                double t = random.nextDouble();
                redrawn.add(new Coordinate(a.x + t * (b.x - a.x) + shift * (random.nextDouble() - 0.5),
                        a.y + t * (b.y - a.y) + shift * (random.nextDouble() - 0.5)));
            }
        }
        redrawn.add(new Coordinate(redrawn.get(0)));
        out[cols * rows] = polygon(redrawn, lonLat, random.nextBoolean());
        for (Geometry g : out) {
            if (!g.isValid()) {
                return null;
            }
        }
        return out;
    }

    /** A polygon of the ring, its orientation reversed when asked (either is valid; the certificates orient them). */
    private static Polygon polygon(List<Coordinate> ring, boolean lonLat, boolean reversed) {
        Coordinate[] cs = new Coordinate[ring.size()];
        for (int k = 0; k < cs.length; k++) {
            Coordinate c = ring.get(reversed ? cs.length - 1 - k : k);
            cs[k] = lonLat ? new Coordinate(106.7 + c.x / 99_600.0, 26.5 + c.y / 110_800.0) : new Coordinate(c);
        }
        return F.createPolygon(cs);
    }
}

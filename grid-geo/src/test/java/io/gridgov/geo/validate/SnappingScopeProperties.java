package io.gridgov.geo.validate;

import static org.assertj.core.api.Assertions.assertThat;

import io.gridgov.geo.CoordinateSystem;
import java.util.ArrayList;
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

/**
 * {@link SnappingScope} snaps a group exactly as {@link GroupSnapping} snaps the whole of it:
 * every child bit for bit, and the very input instance where the whole group's snapping keeps one.
 * The groups: jittered lattices of grids whose shared borders bend through several vertices (some
 * of them closer together than the tolerance), under a parent whose outline was redrawn — each
 * vertex of the children's outer border moved by up to a few metres, with extra vertices between
 * — in projected metres and in lon/lat, snapped at 0.2 to 30 m.
 */
class SnappingScopeProperties {

    private static final GeometryFactory F = new GeometryFactory();
    private static final double[] TOLERANCES = {0.2, 0.5, 2, 5, 10, 30};

    @Property(tries = 300)
    void snapsTheChildrenItSnapsAsTheWholeGroupWould(@ForAll @LongRange(min = 0, max = Long.MAX_VALUE / 2) long seed,
            @ForAll @IntRange(min = 1, max = 6) int cols, @ForAll @IntRange(min = 1, max = 6) int rows,
            @ForAll @IntRange(min = 0, max = 5) int tolerance, @ForAll boolean lonLat) {
        Random random = new Random(seed);
        Group group = group(random, cols, rows, lonLat);
        Assume.that(group != null);
        CoordinateSystem crs = lonLat ? CoordinateSystem.LON_LAT_WGS84 : CoordinateSystem.PROJECTED_METRES;
        double metres = TOLERANCES[tolerance];
        Geometry[] whole = GroupSnapping.snap(group.children(), group.parent(), metres, crs).children();
        Geometry[] scoped = SnappingScope.snap(group.children(), group.parent(), metres, crs);
        int kept = 0;
        for (int i = 0; i < whole.length; i++) {
            assertThat(scoped[i].equalsExact(whole[i])).as("child %d", i).isTrue();
            assertThat(scoped[i] == group.children()[i]).as("child %d kept", i).isEqualTo(whole[i] == group.children()[i]);
            kept += whole[i] == group.children()[i] ? 1 : 0;
        }
        Statistics.label("children kept").collect(kept == 0 ? "none" : kept == whole.length ? "all" : "some");
    }

    @Example
    void aParentFarFromEveryChildLeavesThemAsTheyAre() {
        Group group = group(new Random(7), 3, 3, false);
        Geometry far = F.createPolygon(new Coordinate[] {new Coordinate(-5000, -5000), new Coordinate(-4000, -5000),
            new Coordinate(-4000, -4000), new Coordinate(-5000, -4000), new Coordinate(-5000, -5000)});
        Geometry[] scoped = SnappingScope.snap(group.children(), far, 0.5, CoordinateSystem.PROJECTED_METRES);
        for (int i = 0; i < scoped.length; i++) {
            assertThat(scoped[i]).isSameAs(group.children()[i]);
        }
    }

    record Group(Geometry[] children, Geometry parent) {
    }

    /** A lattice of cols × rows grids 100 m wide, bent borders, and a redrawn parent; null when invalid. */
    static Group group(Random random, int cols, int rows, boolean lonLat) {
        Coordinate[][] lattice = new Coordinate[cols + 1][rows + 1];
        for (int c = 0; c <= cols; c++) {
            for (int r = 0; r <= rows; r++) {
                boolean edge = c == 0 || r == 0 || c == cols || r == rows;
                double jitter = edge ? 0 : 20;
                lattice[c][r] = new Coordinate(100 * c + jitter * (random.nextDouble() - 0.5),
                        100 * r + jitter * (random.nextDouble() - 0.5));
            }
        }
        double bend = random.nextDouble() * 3;
        int between = random.nextInt(5);
        // each border once: its vertices from the lower lattice point to the higher
        List<Coordinate[]> horizontal = new ArrayList<>();
        List<Coordinate[]> vertical = new ArrayList<>();
        for (int c = 0; c < cols; c++) {
            for (int r = 0; r <= rows; r++) {
                horizontal.add(BentBorders.border(lattice[c][r], lattice[c + 1][r], between, bend, random));
            }
        }
        for (int c = 0; c <= cols; c++) {
            for (int r = 0; r < rows; r++) {
                vertical.add(BentBorders.border(lattice[c][r], lattice[c][r + 1], between, bend, random));
            }
        }
        Geometry[] children = new Geometry[cols * rows];
        for (int c = 0; c < cols; c++) {
            for (int r = 0; r < rows; r++) {
                List<Coordinate> ring = new ArrayList<>();
                BentBorders.append(ring, horizontal.get(c * (rows + 1) + r), false);        // bottom, left to right
                BentBorders.append(ring, vertical.get((c + 1) * rows + r), false);          // right, upwards
                BentBorders.append(ring, horizontal.get(c * (rows + 1) + r + 1), true);     // top, right to left
                BentBorders.append(ring, vertical.get(c * rows + r), true);                 // left, downwards: closed
                children[c * rows + r] = BentBorders.polygon(ring, lonLat);
            }
        }
        // the parent: the outer border, every vertex moved by up to 4 m, a vertex between each two
        List<Coordinate> outer = new ArrayList<>();
        for (int c = 0; c < cols; c++) {
            BentBorders.append(outer, horizontal.get(c * (rows + 1)), false);
        }
        for (int r = 0; r < rows; r++) {
            BentBorders.append(outer, vertical.get(cols * rows + r), false);
        }
        for (int c = cols - 1; c >= 0; c--) {
            BentBorders.append(outer, horizontal.get(c * (rows + 1) + rows), true);
        }
        for (int r = rows - 1; r >= 0; r--) {
            BentBorders.append(outer, vertical.get(r), true);
        }
        outer.remove(outer.size() - 1);   // back at the start
        List<Coordinate> redrawn = new ArrayList<>();
        double shift = random.nextDouble() * 4;
        for (int k = 0; k < outer.size(); k++) {
            Coordinate a = outer.get(k);
            Coordinate b = outer.get((k + 1) % outer.size());
            redrawn.add(new Coordinate(a.x + shift * (random.nextDouble() - 0.5), a.y + shift * (random.nextDouble() - 0.5)));
            if (random.nextBoolean()) {
                double t = random.nextDouble();
                redrawn.add(new Coordinate(a.x + t * (b.x - a.x) + shift * (random.nextDouble() - 0.5),
                        a.y + t * (b.y - a.y) + shift * (random.nextDouble() - 0.5)));
            }
        }
        redrawn.add(new Coordinate(redrawn.get(0)));
        Geometry parent = BentBorders.polygon(redrawn, lonLat);
        for (Geometry g : children) {
            if (!g.isValid()) {
                return null;
            }
        }
        return parent.isValid() ? new Group(children, parent) : null;
    }
}

package io.gridgov.geo.validate;

import static org.assertj.core.api.Assertions.assertThat;

import io.gridgov.geo.CoordinateSystem;
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
 * {@link OutlineSnapping#snapOutlineOnly} (the cleaner's snapping of a group whose children tile
 * each other exactly): on the groups of {@link SnappingScopeProperties}, where it answers the
 * snapped children are valid and tile their snapped outline exactly, whether or not that is the
 * parent's ring; where {@link OutlineSnapping#snap} answers too, both give the same children. And
 * the cleaner, snapping such a group by its outline, leaves its interior borders where they are.
 */
class OutlineOnlySnappingProperties {

    private static final GeometryFactory F = new GeometryFactory();
    private static final double[] TOLERANCES = {0.2, 0.5, 2, 5, 10, 30};

    @Property(tries = 300)
    void snappedChildrenTileTheirSnappedOutline(@ForAll @LongRange(min = 0, max = Long.MAX_VALUE / 2) long seed,
            @ForAll @IntRange(min = 1, max = 6) int cols, @ForAll @IntRange(min = 1, max = 6) int rows,
            @ForAll @IntRange(min = 0, max = 5) int tolerance, @ForAll boolean lonLat) {
        SnappingScopeProperties.Group group = SnappingScopeProperties.group(new Random(seed), cols, rows, lonLat);
        Assume.that(group != null);
        CoordinateSystem crs = lonLat ? CoordinateSystem.LON_LAT_WGS84 : CoordinateSystem.PROJECTED_METRES;
        double metres = TOLERANCES[tolerance];
        Geometry[] children = group.children();
        Geometry parent = group.parent();
        OutlineSnapping.Snapped loose = OutlineSnapping.snapOutlineOnly(children, parent, metres, crs,
                GroupRings.of(children), null);
        Statistics.label("outline only").collect(loose == null ? "left to the whole group" : "answered");
        if (loose == null) {
            return;
        }
        assertThat(loose.outline().isValid()).isTrue();
        for (Geometry g : loose.children()) {
            assertThat(g.isValid()).isTrue();
        }
        assertThat(ExactTiling.certifies(loose.children(), loose.outline())).isTrue();
        Geometry[] all = new Geometry[children.length + 1];
        all[0] = parent;
        System.arraycopy(children, 0, all, 1, children.length);
        OutlineSnapping.Snapped tiling = OutlineSnapping.snap(children, parent, metres, crs, GroupRings.of(all), null);
        if (tiling != null) {
            for (int i = 0; i < children.length; i++) {
                assertThat(loose.children()[i].equalsExact(tiling.children()[i])).isTrue();
            }
        }
    }

    @Example
    void theCleanerKeepsAnInteriorBorderStraightBesideAParentVertex() {
        // two grids side by side; the parent's top runs 10 m below theirs, with a vertex 0.3 m from
        // the border between them: the whole group's snapping put that vertex into the border (bending
        // it by 0.3 m); snapped by the outline, the border stays straight and ends on the parent's top
        Geometry a = square(0, 0, 100, 100);
        Geometry b = square(100, 0, 200, 100);
        Geometry parent = F.createPolygon(new Coordinate[] {new Coordinate(0, 0), new Coordinate(200, 0),
            new Coordinate(200, 90), new Coordinate(100.3, 90), new Coordinate(0, 90), new Coordinate(0, 0)});
        CleaningOptions options = CleaningOptions.builder().snapMetres(0.5).maxGapWidthMetres(10.5).build();
        for (boolean shortWay : new boolean[] {true, false}) {
            GroupCleaning.Outcome out = new GroupCleaning(new String[] {"a", "b"}, new Geometry[] {a, b}, parent,
                    options, CoordinateSystem.PROJECTED_METRES, List.of()).run(shortWay);
            assertThat(out.refused()).isFalse();
            assertThat(out.children()[0].getArea()).isCloseTo(100 * 90, org.assertj.core.data.Offset.offset(1e-6));
            assertThat(out.children()[1].getArea()).isCloseTo(100 * 90, org.assertj.core.data.Offset.offset(1e-6));
            assertThat(out.children()[0].getCoordinates()).doesNotContain(new Coordinate(100.3, 90));
        }
    }

    private static Polygon square(double x0, double y0, double x1, double y1) {
        return F.createPolygon(new Coordinate[] {new Coordinate(x0, y0), new Coordinate(x1, y0), new Coordinate(x1, y1),
            new Coordinate(x0, y1), new Coordinate(x0, y0)});
    }
}

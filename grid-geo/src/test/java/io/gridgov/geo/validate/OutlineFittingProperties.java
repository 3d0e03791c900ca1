package io.gridgov.geo.validate;

import static org.assertj.core.api.Assertions.assertThat;

import io.gridgov.geo.CoordinateSystem;
import java.util.Random;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.statistics.Statistics;
import org.locationtech.jts.geom.Geometry;

/**
 * {@link OutlineFitting} told the children's outer border by the snapping that left them tiling it
 * ({@link OutlineSnapping.Snapped#outline()}, the cleaner's way) against finding it from their
 * edges: on the groups of {@link SnappingScopeProperties}, snapped by their outline, both answer
 * alike and give the same grids, coordinate for coordinate.
 */
class OutlineFittingProperties {

    private static final double[] TOLERANCES = {0.2, 0.5, 2, 5};
    private static final double[] GAPS = {2.5, 10.5, 30};

    @Property(tries = 300, seed = "20261203")
    void toldTheOutlineTheFittingFitsAsFromTheEdges(
            @ForAll @LongRange(min = 0, max = Long.MAX_VALUE / 2) long seed,
            @ForAll @IntRange(min = 1, max = 6) int cols, @ForAll @IntRange(min = 1, max = 6) int rows,
            @ForAll @IntRange(min = 0, max = 3) int tolerance, @ForAll @IntRange(min = 0, max = 2) int gap,
            @ForAll boolean lonLat) {
        SnappingScopeProperties.Group group = SnappingScopeProperties.group(new Random(seed), cols, rows, lonLat);
        Assume.that(group != null);
        CoordinateSystem crs = lonLat ? CoordinateSystem.LON_LAT_WGS84 : CoordinateSystem.PROJECTED_METRES;
        Geometry[] children = group.children();
        Geometry parent = group.parent();
        double metres = TOLERANCES[tolerance];
        OutlineSnapping.Snapped snapped = OutlineSnapping.snapOutlineOnly(children, parent, metres, crs,
                GroupRings.of(children), null);
        Assume.that(snapped != null);
        org.locationtech.jts.geom.Envelope e = parent.getEnvelopeInternal();
        double lat = (e.getMinY() + e.getMaxY()) / 2;
        double sx = lonLat ? HierarchicalValidation.Metric.metresPerDegreeLon(lat) : 1;
        double sy = lonLat ? HierarchicalValidation.Metric.metresPerDegreeLat(lat) : 1;
        Geometry[] fromEdges = OutlineFitting.fit(snapped.children(), parent, GAPS[gap], metres, sx, sy);
        Geometry[] told = OutlineFitting.fit(snapped.children(), parent, GAPS[gap], metres, sx, sy,
                snapped.outline());
        Statistics.label("fitting").collect(fromEdges == null ? "declined" : "answered");
        assertThat(told == null).isEqualTo(fromEdges == null);
        if (told != null) {
            for (int i = 0; i < told.length; i++) {
                assertThat(told[i].equalsExact(fromEdges[i])).as("child %d", i).isTrue();
                assertThat(told[i] == snapped.children()[i]).isEqualTo(fromEdges[i] == snapped.children()[i]);
            }
        }
    }
}

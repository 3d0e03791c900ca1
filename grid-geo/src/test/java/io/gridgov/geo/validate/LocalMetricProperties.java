package io.gridgov.geo.validate;

import static org.assertj.core.api.Assertions.assertThat;

import io.gridgov.geo.CoordinateSystem;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.locationtech.jts.geom.CoordinateFilter;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

/**
 * {@link LocalMetric#length} is {@code LocalMetric.local(g, crs).getLength()} to the last bit (the sliver
 * test's threshold sees the same number), on slivers, stars and quadrilaterals placed in lon/lat from
 * 70° S to 70° N, alone and two together as a MultiPolygon, and in projected metres.
 */
class LocalMetricProperties {

    private static final GeometryFactory F = new GeometryFactory();

    @Property(tries = 500)
    void theLengthIsTheLocalFramesLength(@ForAll @IntRange(min = 0, max = 2) int shape,
            @ForAll @IntRange(min = 3, max = 60) int vertices, @ForAll long seed,
            @ForAll @DoubleRange(min = -70, max = 70) double lat, @ForAll @DoubleRange(min = -179, max = 179) double lon) {
        Geometry metres = ErosionProperties.piece(shape, vertices, seed);
        Geometry other = ErosionProperties.piece((shape + 1) % 3, vertices, seed + 1);
        if (!(metres instanceof Polygon a) || !(other instanceof Polygon b)) {
            return;
        }
        Geometry degrees = inDegrees(a, lon, lat);
        Geometry both = F.createMultiPolygon(new Polygon[] {(Polygon) degrees, (Polygon) inDegrees(b, lon, lat)});
        for (Geometry g : new Geometry[] {degrees, both}) {
            assertThat(LocalMetric.length(g, CoordinateSystem.LON_LAT_WGS84)).as("%s", g)
                    .isEqualTo(LocalMetric.local(g, CoordinateSystem.LON_LAT_WGS84).getLength());
        }
        assertThat(LocalMetric.length(metres, CoordinateSystem.PROJECTED_METRES)).isEqualTo(metres.getLength());
    }

    /** The shape (metres, within about a kilometre) as lon/lat near (lon, lat). */
    private static Geometry inDegrees(Geometry metres, double lon, double lat) {
        Geometry copy = metres.copy();
        copy.apply((CoordinateFilter) c -> {
            c.x = lon + c.x / LocalMetric.metresPerDegreeLon(lat);
            c.y = lat + c.y / LocalMetric.metresPerDegreeLat(lat);
        });
        copy.geometryChanged();
        return copy;
    }
}

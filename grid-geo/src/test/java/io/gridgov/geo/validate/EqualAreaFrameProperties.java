package io.gridgov.geo.validate;

import static org.assertj.core.api.Assertions.assertThat;

import io.gridgov.geo.CoordinateSystem;
import io.gridgov.geo.measure.Areas;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

/**
 * {@link EqualAreaFrame#areaM2} is the ellipsoidal area of {@link Areas#areaM2} (GeographicLib): on wavy
 * rings and thin slivers from 20 m to 4 km across, 4 to 300 vertices, anywhere from 70° S to 70° N,
 * the two differ by at most 10⁻⁶ of the area plus 10⁻³ m² (GeographicLib's own rounding: on pieces of
 * a few hundred m² at 26° N it is up to about 10⁻⁴ m² off the projection's answer, which frames centred
 * elsewhere reproduce to 10⁻⁸). The frame itself is pinned closer: the same ring measured in a frame
 * centred up to 2.5 km away in each direction agrees to 10⁻⁸ of the area plus 10⁻⁵ m² plus the bound
 * the class states for straight edges in the projection against geodesics (D Σ L³ / (24 R²), doubled).
 */
class EqualAreaFrameProperties {

    private static final GeometryFactory F = new GeometryFactory();

    @Property(tries = 500)
    void theFrameGivesTheEllipsoidalArea(@ForAll @DoubleRange(min = -70, max = 70) double lat,
            @ForAll @DoubleRange(min = -179, max = 179) double lon, @ForAll @IntRange(min = 4, max = 300) int vertices,
            @ForAll @DoubleRange(min = 10, max = 2000) double radiusMetres, @ForAll boolean sliver,
            @ForAll long seed) {
        Random r = new Random(seed);
        double mLat = LocalMetric.metresPerDegreeLat(lat);
        double mLon = LocalMetric.metresPerDegreeLon(lat);
        Coordinate[] c = new Coordinate[vertices + 1];
        double phase = r.nextDouble() * 6.3;
        for (int i = 0; i < vertices; i++) {
            double t = 2 * Math.PI * i / vertices;
            double rx = radiusMetres * (1 + 0.3 * Math.sin(3 * t + phase));
            double ry = sliver ? rx * 0.01 * (1 + r.nextDouble()) : rx;
            c[i] = new Coordinate(lon + rx * Math.cos(t) / mLon, lat + ry * Math.sin(t) / mLat);
        }
        c[vertices] = c[0].copy();
        Polygon piece = F.createPolygon(c);
        if (!piece.isValid()) {
            return;
        }
        double reference = Areas.areaM2(piece, CoordinateSystem.LON_LAT_WGS84);
        double area = EqualAreaFrame.areaM2(piece, CoordinateSystem.LON_LAT_WGS84);
        assertThat(area).as("%s", piece).isCloseTo(reference, org.assertj.core.data.Offset.offset(1e-6 * reference + 1e-3));
        Envelope elsewhere = new Envelope(piece.getEnvelopeInternal());
        elsewhere.translate((r.nextDouble() - 0.5) * 5000 / mLon, (r.nextDouble() - 0.5) * 5000 / mLat);
        double shifted = EqualAreaFrame.of(elsewhere, CoordinateSystem.LON_LAT_WGS84).areaM2(piece);
        double own = EqualAreaFrame.of(piece.getEnvelopeInternal(), CoordinateSystem.LON_LAT_WGS84).areaM2(piece);
        // each frame is off the geodesic edges by at most the class's bound: D Σ L³ / (12 R²), D the
        // farthest vertex from its centre (twice, for the ellipsoid), R the earth's radius
        double reach = 2600 + 1.3 * radiusMetres;
        double cubes = 0;
        for (int i = 1; i < c.length; i++) {
            double length = Math.hypot((c[i].x - c[i - 1].x) * mLon, (c[i].y - c[i - 1].y) * mLat);
            cubes += length * length * length;
        }
        double bound = 2 * 2 * reach * cubes / (12 * 6.371e6 * 6.371e6);
        assertThat(shifted).as("%s", piece).isCloseTo(own, org.assertj.core.data.Offset.offset(1e-8 * own + 1e-5 + bound));
    }

    @Property(tries = 50)
    void projectedMetresArePlanar(@ForAll @DoubleRange(min = 1, max = 1e4) double side) {
        Polygon square = F.createPolygon(new Coordinate[] {new Coordinate(0, 0), new Coordinate(side, 0),
                new Coordinate(side, side), new Coordinate(0, side), new Coordinate(0, 0)});
        assertThat(EqualAreaFrame.areaM2(square, CoordinateSystem.PROJECTED_METRES)).isEqualTo(square.getArea());
    }
}

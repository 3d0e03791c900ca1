package io.gridgov.geo.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.gridgov.geo.CoordinateSystem;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.io.WKTReader;

class AreasTest {

    @Test
    void aOneDegreeCellAtTheEquatorHasItsEllipsoidalArea() throws Exception {
        // GeographicLib's reference: 1° × 1° at the equator on WGS84 ≈ 12 308.778 km²
        double m2 = Areas.areaM2(new WKTReader().read("POLYGON ((0 0, 1 0, 1 1, 0 1, 0 0))"), CoordinateSystem.LON_LAT_WGS84);
        assertThat(m2 / 1e6).isCloseTo(12308.78, within(0.1));
    }

    @Test
    void holesAreSubtractedAndOrientationDoesNotMatter() throws Exception {
        WKTReader wkt = new WKTReader();
        double ccw = Areas.areaM2(wkt.read("POLYGON ((106.7 26.5, 106.71 26.5, 106.71 26.51, 106.7 26.51, 106.7 26.5))"),
                CoordinateSystem.LON_LAT_WGS84);
        double cw = Areas.areaM2(wkt.read("POLYGON ((106.7 26.5, 106.7 26.51, 106.71 26.51, 106.71 26.5, 106.7 26.5))"),
                CoordinateSystem.LON_LAT_WGS84);
        double holed = Areas.areaM2(wkt.read("MULTIPOLYGON (((106.7 26.5, 106.71 26.5, 106.71 26.51, 106.7 26.51, 106.7 26.5),"
                + " (106.704 26.504, 106.705 26.504, 106.705 26.505, 106.704 26.505, 106.704 26.504)))"),
                CoordinateSystem.LON_LAT_WGS84);
        assertThat(cw).isCloseTo(ccw, within(1e-6));
        assertThat(ccw).isCloseTo(996.4 * 1107.6, within(ccw * 0.005));
        assertThat(holed).isCloseTo(ccw * 0.99, within(ccw * 0.0005));
    }

    @Test
    void projectedAreasArePlanar() throws Exception {
        assertThat(Areas.areaM2(new WKTReader().read("POLYGON ((0 0, 30 0, 30 20, 0 20, 0 0))"),
                CoordinateSystem.PROJECTED_METRES)).isEqualTo(600.0);
    }
}

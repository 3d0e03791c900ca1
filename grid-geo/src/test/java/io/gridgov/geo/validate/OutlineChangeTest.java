package io.gridgov.geo.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.gridgov.geo.CoordinateSystem;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKTReader;
import org.locationtech.jts.operation.overlayng.OverlayNG;

/** The change report's areas from the pieces between old and new outline equal those of an exact overlay. */
class OutlineChangeTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // one stretch moved outwards (gained only)
        "POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0)) | POLYGON ((0 0, 10 0, 12 5, 10 10, 0 10, 0 0))",
        // one stretch crossing the old edge twice: three lobes, lost and gained
        "POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0)) | POLYGON ((0 0, 10 0, 11 2, 9 5, 11 8, 10 10, 0 10, 0 0))",
        // two separate stretches, one in, one out, and a node inserted elsewhere
        "POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0)) | POLYGON ((0 0, 5 -1, 10 0, 10 10, 5 9, 0 10, 0 5, 0 0))",
        // running along the old edge for a while (collinear overlap), then crossing it
        "POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0)) | POLYGON ((0 0, 10 0, 10 4, 9 6, 11 8, 10 10, 0 10, 0 0))",
        // no vertex in common: the faces
        "POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0)) | POLYGON ((1 -1, 11 1, 9 11, -1 9, 1 -1))",
        // a hole that moved
        "POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0), (2 2, 2 4, 4 4, 4 2, 2 2)) | POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0), (2 2, 2 4, 5 5, 4 2, 2 2))",
        // the new outline is a multipolygon: a part added
        "POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0)) | MULTIPOLYGON (((0 0, 10 0, 10 10, 0 10, 0 0)), ((20 0, 21 0, 21 1, 20 0)))",
    })
    void areasEqualTheOverlays(String before, String after) throws Exception {
        WKTReader wkt = new WKTReader();
        Geometry a = wkt.read(before);
        Geometry b = wkt.read(after);
        CleaningResult.Change change = OutlineChange.of("g", a, b, CoordinateSystem.PROJECTED_METRES);
        assertThat(change.areaLostM2()).isCloseTo(OverlayNG.overlay(a, b, OverlayNG.DIFFERENCE).getArea(), within(1e-6));
        assertThat(change.areaGainedM2()).isCloseTo(OverlayNG.overlay(b, a, OverlayNG.DIFFERENCE).getArea(), within(1e-6));
        assertThat(change.largestDisplacementMetres()).isPositive();
    }
}

package io.gridgov.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gridgov.core.io.InvalidInputException;
import io.gridgov.core.tree.GridNode;
import io.gridgov.core.tree.Level;
import io.gridgov.core.tree.LevelScheme;
import io.gridgov.geo.io.GeoJsonReader;
import io.gridgov.geo.locate.GridLocator;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/** Coordinates that do not fit the declared coordinate system are input errors, not wrong answers. */
class CoordinateFitTest {

    static final GeometryFactory F = new GeometryFactory();

    /** A parent and a row of {@code n} children, each {@code size} wide, with vertices {@code step} apart. */
    static GeoPartition row(double x0, double y0, double size, int n, CoordinateSystem crs) {
        List<GridNode> nodes = new ArrayList<>();
        Map<String, Geometry> geometries = new LinkedHashMap<>();
        nodes.add(GridNode.builder("p").build());
        geometries.put("p", box(x0, y0, x0 + size * n, y0 + size));
        for (int i = 0; i < n; i++) {
            nodes.add(GridNode.builder("g" + i).parent("p").build());
            geometries.put("g" + i, box(x0 + size * i, y0, x0 + size * (i + 1), y0 + size));
        }
        LevelScheme scheme = LevelScheme.of("t", Level.builder("a").build(), Level.builder("b").build());
        return GeoPartition.assemble(scheme, nodes, geometries, crs);
    }

    static Geometry box(double x0, double y0, double x1, double y1) {
        return F.createPolygon(new Coordinate[] {new Coordinate(x0, y0), new Coordinate(x1, y0),
            new Coordinate(x1, y1), new Coordinate(x0, y1), new Coordinate(x0, y0)});
    }

    @Test
    void utmMetresDeclaredAsLonLatNameTheGridAndTheOption() {
        assertThatThrownBy(() -> row(500_000, 2_900_000, 300, 3, CoordinateSystem.LON_LAT_WGS84))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("grid \"p\"")
                .hasMessageContaining("latitude in [-90, 90]")
                .hasMessageContaining("--projected");
    }

    /**
     * Issue 13: huge projected coordinates overflowed areas and widths, and NaN or Infinity reached
     * a report's JSON. They are bounded at the input, so everything derived from them is finite.
     */
    @Test
    void projectedCoordinatesBeyondAHundredThousandKilometresAreAnInputError() {
        assertThatThrownBy(() -> row(1e300, 0, 1e299, 3, CoordinateSystem.PROJECTED_METRES))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("grid \"p\"")
                .hasMessageContaining("within ±100000000 m");
        assertThat(CoordinateSystem.PROJECTED_METRES.misfit(-99_999_999, 99_999_999)).isEmpty();
        assertThat(CoordinateSystem.PROJECTED_METRES.misfit(0, -1.0000001e8)).isPresent();
    }

    @Test
    void localMetresInsideTheLonLatRangeAreRecognisedByTheirSizeAndSpacing() {
        assertThatThrownBy(() -> row(10, 10, 30, 4, CoordinateSystem.LON_LAT_WGS84))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("look like projected metres")
                .hasMessageContaining("--projected");
    }

    @Test
    void lonLatDeclaredAsProjectedMetresIsRecognisedByItsExtent() {
        assertThatThrownBy(() -> row(106.70, 26.50, 0.01, 5, CoordinateSystem.PROJECTED_METRES))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("look like lon/lat degrees")
                .hasMessageContaining("without --projected");
    }

    @Test
    void theSameCitiesInTheRightSystemsAreAccepted() {
        assertThat(row(106.70, 26.50, 0.01, 5, CoordinateSystem.LON_LAT_WGS84).geometries()).hasSize(6);
        assertThat(row(10, 10, 30, 4, CoordinateSystem.PROJECTED_METRES).geometries()).hasSize(5);
        assertThat(row(500_000, 2_900_000, 300, 3, CoordinateSystem.PROJECTED_METRES).geometries()).hasSize(4);
    }

    @Test
    void aNaNCoordinateIsAnInputErrorNamingTheGrid() {
        Geometry bad = box(0, 0, 10, 10);
        bad.getCoordinates()[2].x = Double.NaN;
        bad.geometryChanged();
        GeoPartition ok = row(0, 0, 10, 2, CoordinateSystem.PROJECTED_METRES);
        Map<String, Geometry> geometries = new LinkedHashMap<>(ok.geometries());
        geometries.put("g1", bad);
        assertThatThrownBy(() -> GeoPartition.of(ok.tree(), geometries, CoordinateSystem.PROJECTED_METRES))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("grid \"g1\"")
                .hasMessageContaining("expected finite coordinates, found (NaN, 10)");
    }

    @Test
    void theLocatorRejectsPointsOutsideTheSystemInsteadOfFindingNothing() {
        GridLocator locator = GridLocator.of(row(106.70, 26.50, 0.01, 5, CoordinateSystem.LON_LAT_WGS84));
        assertThat(locator.locate(106.705, 26.505)).isPresent();
        assertThat(locator.locate(0, 0)).isEmpty();
        assertThatThrownBy(() -> locator.locate(500_000, 2_900_000)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("longitude in [-180, 180]");
        assertThatThrownBy(() -> locator.locate(Double.NaN, 26.5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("finite");
    }

    @Test
    void theReaderNamesTheFileWhenLonLatIsDeclaredProjected() {
        String json = """
                {"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {"id": "a"},
                 "geometry": {"type": "Polygon", "coordinates": [[[106.70,26.50],[106.72,26.50],[106.72,26.51],[106.70,26.50]]]}}]}""";
        assertThatThrownBy(() -> GeoJsonReader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                "city.geojson", CoordinateSystem.PROJECTED_METRES))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("city.geojson: coordinates declared as projected metres look like lon/lat degrees");
    }
}

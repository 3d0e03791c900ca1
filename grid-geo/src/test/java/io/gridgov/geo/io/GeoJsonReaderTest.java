package io.gridgov.geo.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gridgov.core.io.InvalidInputException;
import io.gridgov.core.tree.GridNode;
import io.gridgov.geo.CoordinateSystem;
import io.gridgov.geo.GeoPartition;
import java.io.ByteArrayInputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GeoJsonReaderTest {

    static Path resource(String name) {
        try {
            return Path.of(GeoJsonReaderTest.class.getResource("/geojson/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void readsNodesWithEveryPropertyAndTheirPolygons() {
        GeoFeatures features = GeoJsonReader.read(resource("small-city.geojson"), CoordinateSystem.LON_LAT_WGS84);

        assertThat(features.nodes()).extracting(GridNode::id).containsExactly("c1", "g1", "g2");
        GridNode c1 = features.nodes().get(0);
        assertThat(c1.name()).isEqualTo("翠湖社区");
        assertThat(c1.isRoot()).isTrue();
        assertThat(c1.code()).contains("520102001");
        assertThat(c1.levelKey()).contains("community");
        assertThat(c1.households()).isEqualTo(OptionalLong.of(1200));
        assertThat(c1.tags()).containsExactly("riverside");
        assertThat(c1.attributes()).containsEntry("phone", "0851-1234");
        GridNode g2 = features.nodes().get(2);
        assertThat(g2.parentId()).contains("c1");
        assertThat(g2.households()).isEqualTo(OptionalLong.of(410));
        assertThat(g2.tags()).containsExactly("riverside", "school");
        assertThat(features.geometries().get("g2").getGeometryType()).isEqualTo("MultiPolygon");
        assertThat(features.geometries().get("g1").getArea()).isCloseTo(1e-4, org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void aCoordinateMisfitOfOnlyTheGridsPlacedInTheTreeStillNamesTheFile() {
        // the file as a whole fits; leaving out the nodes whose parent is unknown, the rest does not
        Path file = resource("misfit-of-the-assembled-subset.geojson");
        GeoFeatures features = GeoJsonReader.read(file, CoordinateSystem.LON_LAT_WGS84);
        assertThat(features.file()).contains(file.toString());
        assertThatThrownBy(features::toPartition).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).location().file()).contains(file.toString()))
                .hasMessageContaining("misfit-of-the-assembled-subset.geojson").hasMessageNotContaining("<input>");
    }

    @Test
    void aFileBecomesAPartitionOnAGenericSchemeNamedAfterTheDeclaredLevels() {
        GeoPartition partition = GeoJsonReader.read(resource("small-city.geojson"), CoordinateSystem.LON_LAT_WGS84)
                .toPartition();

        assertThat(partition.tree().scheme().levels()).extracting(l -> l.key()).containsExactly("community", "grid");
        assertThat(partition.tree().children("c1")).extracting(GridNode::id).containsExactly("g1", "g2");
        assertThat(partition.assemblyFindings()).isEmpty();
    }

    @Test
    void allowedGapsAreReadAsPolygons() {
        assertThat(GeoJsonReader.readPolygons(resource("lake.geojson"), CoordinateSystem.LON_LAT_WGS84)).hasSize(1);
    }

    @Test
    void aMissingFileNamesTheFile() {
        assertThatThrownBy(() -> GeoJsonReader.read(Path.of("no-such.geojson"), CoordinateSystem.LON_LAT_WGS84))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("no-such.geojson")
                .hasMessageContaining("expected an existing file");
    }

    /** One row per error: the input, then fragments the message must contain (file, line:column, feature, field, expectation). */
    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            `{"type": "FeatureCollection", "features": [}`                                                              | t.geojson:1:         | expected well-formed JSON
            `[1, 2]`                                                                                                     | t.geojson:1:1        | expected a GeoJSON FeatureCollection object
            `{"type": "Feature", "features": []}`                                                                        | field "type"         | expected "FeatureCollection", found "Feature"
            `{"type": "FeatureCollection"}`                                                                              | field "features"     | expected a "features" array
            `{"type": "FeatureCollection", "features": {}}`                                                              | field "features"     | expected an array of features
            `{"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {}, "geometry": null}]}`       | feature #0           | expected a grid id in properties.id
            `{"type": "FeatureCollection", "features": [{"type": "Feat", "properties": {"id": "a"}}]}`                   | field "type"         | expected "Feature", found "Feat"
            `{"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {"id": true}}]}`               | field "properties.id" | expected an id (a string or a whole number), found true
            `{"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {"id": "a", "parent": [1]}}]}` | (id "a"), field "properties.parent" | expected an id
            `{"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {"id": "a", "households": "many"}}]}` | field "properties.households" | expected a whole number ≥ 0, found "many"
            `{"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {"id": "a", "population": -3}}]}` | field "properties.population" | expected a whole number ≥ 0, found -3
            `{"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {"id": "a", "kind": "castle"}}]}` | field "properties.kind" | expected comprehensive, dedicated, or one of
            `{"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {"id": "a", "tags": 5}}]}`    | field "properties.tags" | expected an array of strings or a comma-separated string
            `{"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {"id": "a", "name": {}}}]}`   | field "properties.name" | expected a string, found an object
            `{"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {"id": "a", "parent": "a"}}]}` | field "properties.parent" | cannot be its own parent
            `{"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {"id": "a"}, "geometry": {"type": "Point", "coordinates": [1, 2]}}]}` | field "geometry.type" | expected "Polygon" or "MultiPolygon", found "Point"
            `{"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {"id": "a"}, "geometry": 7}]}` | field "geometry"     | expected a Polygon or MultiPolygon object or null
            `{"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {"id": "a"}, "geometry": {"type": "Polygon"}}]}` | field "geometry.coordinates" | expected a "coordinates" array
            `{"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {"id": "a"}, "geometry": {"coordinates": [[[0,0],[1,0],[0,1],[0,0]]]}}]}` | field "geometry.type" | expected "type": "Polygon" or "MultiPolygon"
            `{"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {"id": "a"}, "geometry": {"type": "Polygon", "coordinates": [[[0,0],[1,0],[0,1]]]}}]}` | feature #0 (id "a"), field "geometry.coordinates" | expected a linear ring of at least 4 positions, found 3
            `{"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {"id": "a"}, "geometry": {"type": "Polygon", "coordinates": [[[0,0],[1,0],[0,1],[0,2]]]}}]}` | field "geometry.coordinates" | expected a closed linear ring
            `{"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {"id": "a"}, "geometry": {"type": "Polygon", "coordinates": [[[0,0],[1,"x"],[0,1],[0,0]]]}}]}` | field "geometry.coordinates" | expected a number in a position, found "x"
            `{"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {"id": "a"}, "geometry": {"type": "Polygon", "coordinates": [[[0],[1,0],[0,1],[0,0]]]}}]}` | field "geometry.coordinates" | expected a position of at least 2 numbers
            `{"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {"id": "a"}, "geometry": {"type": "Polygon", "coordinates": [[[500000,0],[1,0],[0,1],[500000,0]]]}}]}` | field "geometry.coordinates" | expected longitude in [-180, 180]
            `{"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {"id": "a"}, "geometry": {"type": "MultiPolygon", "coordinates": []}}]}` | field "geometry.coordinates" | expected a MultiPolygon: an array of polygons
            `{"type": "FeatureCollection", "features": []} extra`                                                       | t.geojson:1:         | expected
            """)
    void eachKindOfBadInputIsReportedWithItsPlaceAndWhatWasExpected(String json, String where, String expected) {
        assertThatThrownBy(() -> GeoJsonReader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                "t.geojson", CoordinateSystem.LON_LAT_WGS84))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("t.geojson:1:")
                .hasMessageContaining(where.trim())
                .hasMessageContaining(expected.trim());
    }

    @Test
    void anErrorInALaterFeatureNamesItsIndexIdLineAndColumn() {
        String json = """
                {"type": "FeatureCollection", "features": [
                  {"type": "Feature", "properties": {"id": "ok"}, "geometry": null},
                  {"type": "Feature", "properties": {"id": "bad",
                     "households": 1.5}, "geometry": null}
                ]}
                """;
        assertThatThrownBy(() -> GeoJsonReader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                "city.geojson", CoordinateSystem.LON_LAT_WGS84))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.location().line()).hasValue(4);
                    assertThat(e.location().column()).hasValue(20);
                    assertThat(e.location().record()).contains("feature #1 (id \"bad\")");
                    assertThat(e.location().field()).contains("properties.households");
                    assertThat(e.expected()).isEqualTo("expected a whole number ≥ 0, found 1.5");
                });
    }

    @Test
    void structuralProblemsOfTheFileAreCarriedIntoTheValidationReport() {
        String json = """
                {"type": "FeatureCollection", "features": [
                  {"type": "Feature", "properties": {"id": "c"}, "geometry": {"type": "Polygon", "coordinates": [[[0,0],[2,0],[2,1],[0,1],[0,0]]]}},
                  {"type": "Feature", "properties": {"id": "a", "parent": "c"}, "geometry": {"type": "Polygon", "coordinates": [[[0,0],[1,0],[1,1],[0,1],[0,0]]]}},
                  {"type": "Feature", "properties": {"id": "a", "parent": "c"}, "geometry": {"type": "Polygon", "coordinates": [[[1,0],[2,0],[2,1],[1,1],[1,0]]]}},
                  {"type": "Feature", "properties": {"id": "x", "parent": "nowhere"}, "geometry": null}
                ]}""";
        GeoPartition partition = GeoJsonReader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "dup",
                CoordinateSystem.PROJECTED_METRES).toPartition();
        var report = io.gridgov.geo.validate.PartitionValidator.validate(partition);

        assertThat(report.violations()).extracting(v -> v.ruleId())
                .containsExactly("DUPLICATE_ID", "UNKNOWN_PARENT", "GAP");
        assertThat(report.violations().get(0).gridIds()).containsExactly("a");
        assertThat(report.violations().get(0).level()).isEqualTo(2);
        assertThat(report.isValid()).isFalse();
    }

    @Test
    void projectedCoordinatesAreAcceptedWhenDeclared() {
        String json = """
                {"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {"id": "a"},
                 "geometry": {"type": "Polygon", "coordinates": [[[500000,0],[500010,0],[500010,10],[500000,0]]]}}]}""";
        GeoFeatures f = GeoJsonReader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "p",
                CoordinateSystem.PROJECTED_METRES);
        assertThat(f.geometries().get("a").getArea()).isEqualTo(50.0);
    }
}

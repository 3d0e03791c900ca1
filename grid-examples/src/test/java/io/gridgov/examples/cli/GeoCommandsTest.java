package io.gridgov.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeoCommandsTest {

    @TempDir
    Path dir;

    Path write(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    static final String CITY = """
            {"type": "FeatureCollection", "features": [
              {"type": "Feature", "properties": {"id": "c1"},
               "geometry": {"type": "Polygon", "coordinates": [[[106.70, 26.50], [106.72, 26.50], [106.72, 26.51], [106.70, 26.51], [106.70, 26.50]]]}},
              {"type": "Feature", "properties": {"id": "g1", "parent": "c1"},
               "geometry": {"type": "Polygon", "coordinates": [[[106.70, 26.50], [106.71, 26.50], [106.71, 26.51], [106.70, 26.51], [106.70, 26.50]]]}},
              {"type": "Feature", "properties": {"id": "g2", "parent": "c1"},
               "geometry": {"type": "Polygon", "coordinates": [[[106.71, 26.50], [106.72, 26.50], [106.72, 26.51], [106.71, 26.51], [106.71, 26.50]]]}}
            ]}""";

    @Test
    void aValidCityExitsZero() throws Exception {
        Run r = Run.of("validate", write("city.geojson", CITY).toString());
        assertThat(r.exit()).isEqualTo(GridGovCli.OK);
        assertThat(r.out()).contains("3 grids checked: 0 errors");
    }

    @Test
    void withAPresetSchemeTheDeclaredLevelsAndHouseholdBandsApply() throws Exception {
        Path city = write("urban.geojson", CITY.replace("{\"id\": \"c1\"}", "{\"id\": \"c1\", \"level\": \"community\"}")
                .replace("{\"id\": \"g1\", \"parent\": \"c1\"}", "{\"id\": \"g1\", \"parent\": \"c1\", \"households\": 40}"));
        Run generic = Run.of("validate", city.toString(), "--format", "json");
        Run urban = Run.of("validate", city.toString(), "--format", "json", "--scheme", "urban");
        assertThat(generic.out()).doesNotContain("SIZE_BAND");
        assertThat(urban.exit()).isEqualTo(GridGovCli.OK);
        JsonNode json = new ObjectMapper().readTree(urban.out());
        assertThat(json.get("violations")).anySatisfy(v -> {
            assertThat(v.get("rule").asText()).isEqualTo("SIZE_BAND");
            assertThat(v.get("grids").toString()).contains("g1");
            assertThat(v.get("level").asInt()).isEqualTo(4);
        });
    }

    @Test
    void anUnknownSchemeExitsTwoNamingThePresets() throws Exception {
        Run r = Run.of("validate", write("city.geojson", CITY).toString(), "--scheme", "no-such-scheme");
        assertThat(r.exit()).isEqualTo(GridGovCli.BAD_INPUT);
        assertThat(r.err()).contains("--scheme").contains("urban");
    }

    @Test
    void aCityWithAGapExitsOneAndWritesTheJsonReportToAFile() throws Exception {
        Path city = write("gap.geojson", CITY.replace("[106.71, 26.50], [106.71, 26.51]", "[106.709, 26.50], [106.709, 26.51]"));
        Path out = dir.resolve("report.json");
        Run r = Run.of("validate", city.toString(), "--format", "json", "--out", out.toString(), "--lang", "zh");
        assertThat(r.exit()).isEqualTo(GridGovCli.FINDINGS);
        JsonNode json = new ObjectMapper().readTree(out.toFile());
        assertThat(json.get("valid").asBoolean()).isFalse();
        assertThat(json.get("violations").get(0).get("rule").asText()).isEqualTo("GAP");
        assertThat(json.get("violations").get(0).get("message").asText()).contains("未被任何下级网格覆盖");
    }

    @Test
    void aGapInsideAnAllowedGapIsNotReported() throws Exception {
        Path city = write("gap.geojson", CITY.replace("[106.71, 26.50], [106.71, 26.51]", "[106.709, 26.50], [106.709, 26.51]"));
        Path lake = write("lake.geojson", """
                {"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {},
                 "geometry": {"type": "Polygon", "coordinates": [[[106.709, 26.50], [106.71, 26.50], [106.71, 26.51], [106.709, 26.51], [106.709, 26.50]]]}}]}""");
        assertThat(Run.of("validate", city.toString(), "--allowed-gaps", lake.toString()).exit()).isEqualTo(GridGovCli.OK);
    }

    @Test
    void unreadableInputExitsTwoNamingFileFeatureAndField() throws Exception {
        Path bad = write("bad.geojson", CITY.replace("\"id\": \"g2\",", "\"id\": \"g2\", \"households\": -1,"));
        Run r = Run.of("validate", bad.toString());
        assertThat(r.exit()).isEqualTo(GridGovCli.BAD_INPUT);
        assertThat(r.err()).contains("bad.geojson:6:").contains("feature #2 (id \"g2\")")
                .contains("properties.households").contains("expected a whole number ≥ 0");
    }

    @Test
    void aBadOptionExitsTwo() throws Exception {
        Path city = write("city.geojson", CITY);
        assertThat(Run.of("validate", city.toString(), "--format", "xml").exit()).isEqualTo(GridGovCli.BAD_INPUT);
        assertThat(Run.of("validate", city.toString(), "--tolerance-m", "-1").err()).contains("--tolerance-m: expected a number of at least 0, found -1").doesNotContain("toleranceMetres");
    }

    @Test
    void locateWritesTheGridAndPathOfEachPoint() throws Exception {
        Run r = locate("id,x,y\np1,106.705,26.505\np2,106.715,26.505\np3,0,0\n");
        assertThat(r.exit()).isEqualTo(GridGovCli.OK);
        assertThat(r.out().lines()).containsExactly("id,grid,path", "p1,g1,c1/g1", "p2,g2,c1/g2", "p3,,");
    }

    @Test
    void locateReportsABadPointWithItsLineAndField() throws Exception {
        Run r = locate("id,x,y\np1,106.705,26.505\np2,east,26.505\n");
        assertThat(r.exit()).isEqualTo(GridGovCli.BAD_INPUT);
        assertThat(r.err()).contains("points.csv:3:").contains("point #2 (id \"p2\")").contains("field \"x\"")
                .contains("expected a finite number, found \"east\"");
    }

    @Test
    void locateAcceptsLonLatColumnsAndCountsThePointsOutsideEveryGrid() throws Exception {
        Run r = locate("id,lon,lat\np1,106.705,26.505\np2,0,0\np3,106.8,26.6\n");
        assertThat(r.exit()).isEqualTo(GridGovCli.OK);
        assertThat(r.out().lines()).containsExactly("id,grid,path", "p1,g1,c1/g1", "p2,,", "p3,,");
        assertThat(r.err()).contains("2 of 3 points lie outside every grid");
    }

    @Test
    void locateRejectsAPointInMetresAgainstLonLatGridsNamingItsRow() throws Exception {
        Run r = locate("id,x,y\np1,106.705,26.505\np2,500000,2900000\n");
        assertThat(r.exit()).isEqualTo(GridGovCli.BAD_INPUT);
        assertThat(r.err().lines()).hasSize(1);
        assertThat(r.err()).contains("points.csv:3:").contains("point #2 (id \"p2\")")
                .contains("longitude in [-180, 180]").contains("--projected");
    }

    @Test
    void lonLatDeclaredProjectedExitsTwoWithOneLineNamingTheOption() throws Exception {
        Run r = Run.of("validate", write("city.geojson", CITY).toString(), "--projected");
        assertThat(r.exit()).isEqualTo(GridGovCli.BAD_INPUT);
        assertThat(r.err().lines()).hasSize(1);
        assertThat(r.err()).contains("city.geojson").contains("look like lon/lat degrees").contains("--projected");
    }

    @Test
    void utmMetresDeclaredLonLatExitTwoWithOneLineNamingTheFeature() throws Exception {
        Path utm = write("utm.geojson", CITY.replace("106.7", "50010").replace("26.5", "29000"));
        Run r = Run.of("validate", utm.toString());
        assertThat(r.exit()).isEqualTo(GridGovCli.BAD_INPUT);
        assertThat(r.err().lines()).hasSize(1);
        assertThat(r.err()).contains("utm.geojson:").contains("feature #0 (id \"c1\")").contains("--projected");
    }

    @Test
    void nanAndTwoPointRingsExitTwoWithOneLine() throws Exception {
        Run nan = Run.of("validate", write("nan.geojson", CITY.replace("[106.72, 26.50]", "[NaN, 26.50]")).toString());
        assertThat(nan.exit()).isEqualTo(GridGovCli.BAD_INPUT);
        assertThat(nan.err().lines()).hasSize(1);
        assertThat(nan.err()).contains("nan.geojson:3:").contains("feature #0 (id \"c1\")")
                .contains("expected finite coordinates, found (NaN, 26.5)");
        Run two = Run.of("validate", write("two.geojson", CITY.replace(
                "[[[106.70, 26.50], [106.72, 26.50], [106.72, 26.51], [106.70, 26.51], [106.70, 26.50]]]",
                "[[[106.70, 26.50], [106.72, 26.50]]]")).toString());
        assertThat(two.exit()).isEqualTo(GridGovCli.BAD_INPUT);
        assertThat(two.err().lines()).hasSize(1);
        assertThat(two.err()).contains("feature #0 (id \"c1\")").contains("at least 4 positions, found 2");
    }

    /** Runs {@code gridgov locate} on the test city with {@code csv} as {@code points.csv}. */
    private Run locate(String csv) throws Exception {
        Path city = write("city.geojson", CITY);
        Path points = write("points.csv", csv);
        return Run.of("locate", city.toString(), "--points", points.toString());
    }
}

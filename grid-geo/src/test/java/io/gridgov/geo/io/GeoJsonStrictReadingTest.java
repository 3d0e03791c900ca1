package io.gridgov.geo.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.gridgov.core.i18n.Messages;
import io.gridgov.core.io.InvalidInputException;
import io.gridgov.core.tree.GridNode;
import io.gridgov.core.tree.Validity;
import io.gridgov.geo.CoordinateSystem;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** GeoJSON under the strict reader policy and the shared node property mapping. */
class GeoJsonStrictReadingTest {

    private static GeoFeatures read(String json) {
        return GeoJsonReader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "t.geojson",
                CoordinateSystem.LON_LAT_WGS84);
    }

    private static InvalidInputException failure(String json) {
        return catchThrowableOfType(() -> read(json), InvalidInputException.class);
    }

    @Test
    void aDuplicatedPropertyIsRejectedAtItsLineAndColumn() {
        InvalidInputException e = failure("""
                {"type": "FeatureCollection", "features": [
                  {"type": "Feature", "properties": {"id": "a", "households": 3, "households": 4}, "geometry": null}
                ]}
                """);
        assertThat(e.getMessage()).startsWith("t.geojson:2:").contains("\"households\"").contains("again");
        assertThat(e.location().column().getAsInt()).isGreaterThan(60);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"type\": \"FeatureCollection\", \"type\": \"FeatureCollection\", \"features\": []}",
        "{\"type\": \"FeatureCollection\", \"features\": [{\"type\": \"Feature\", \"geometry\": null, \"geometry\": null}]}",
        "{\"type\": \"FeatureCollection\", \"features\": [{\"type\": \"Feature\", \"properties\": {\"id\": \"a\"},"
                + " \"geometry\": {\"type\": \"Polygon\", \"type\": \"Polygon\"}}]}"})
    void aDuplicatedKeyAnywhereIsRejectedWithLineAndColumn(String json) {
        InvalidInputException e = failure(json);
        assertThat(e.getMessage()).matches("t\\.geojson:1:\\d+.*").contains("again");
    }

    @Test
    void aGzipFileIsRefusedInOneLine() throws Exception {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream out = new java.util.zip.GZIPOutputStream(bytes)) {
            out.write("{\"type\": \"FeatureCollection\", \"features\": []}".getBytes(StandardCharsets.UTF_8));
        }
        InvalidInputException e = catchThrowableOfType(() -> GeoJsonReader.read(
                new ByteArrayInputStream(bytes.toByteArray()), "t.geojson.gz", CoordinateSystem.LON_LAT_WGS84),
                InvalidInputException.class);
        assertThat(e.getMessage()).startsWith("t.geojson.gz").contains("gzip");
        assertThat(e.problem().in(Messages.CHINESE)).contains("gzip").isNotEqualTo(e.problem().in(Messages.ENGLISH));
    }

    @Test
    void messagesComeInEnglishAndChineseWithoutBundleKeys() {
        List<String> bad = List.of(
                "[1]",
                "{\"type\": \"FeatureCollection\"}",
                "{\"type\": \"FeatureCollection\", \"features\": [{\"type\": \"Feature\", \"properties\": {}}]}",
                "{\"type\": \"FeatureCollection\", \"features\": [{\"type\": \"Feature\", \"properties\": {\"id\": \"a\", \"tags\": 5}}]}",
                "{\"type\": \"FeatureCollection\", \"features\": [{\"type\": \"Feature\", \"properties\": {\"id\": \"a\", \"validFrom\": \"soon\"}}]}",
                "{\"type\": \"FeatureCollection\", \"features\": [{\"type\": \"Feature\", \"properties\": {\"id\": \"a\"},"
                        + " \"geometry\": {\"type\": \"Polygon\", \"coordinates\": [[[0,0],[1,0],[0,1],[0,2]]]}}]}",
                "{\"type\": \"FeatureCollection\", \"features\": [{\"type\": \"Feature\", \"properties\": {\"id\": \"a\"},"
                        + " \"geometry\": {\"type\": \"Polygon\", \"coordinates\": [[[500,0],[1,0],[0,1],[500,0]]]}}]}");
        for (String json : bad) {
            InvalidInputException e = failure(json);
            String en = e.problem().in(Messages.ENGLISH);
            String zh = e.problem().in(Messages.CHINESE);
            assertThat(en).as(json).isNotBlank().doesNotContain("geojson.").doesNotContain("input.");
            assertThat(zh).as(json).isNotBlank().isNotEqualTo(en).doesNotContain("geojson.").doesNotContain("input.");
        }
    }

    @Test
    void validityDatesAndTheDocumentedLenienciesAreRead() {
        GridNode a = read("""
                {"type": "FeatureCollection", "features": [
                  {"type": "Feature", "id": 7, "properties": {"code": 520102, "households": "320",
                   "tags": "riverside, old", "validFrom": "2024-01-01", "validUntil": "2025-07-01"}, "geometry": null}
                ]}
                """).nodes().get(0);
        assertThat(a.id()).isEqualTo("7");
        assertThat(a.code()).contains("520102");
        assertThat(a.households()).isEqualTo(OptionalLong.of(320));
        assertThat(a.tags()).containsExactlyInAnyOrder("riverside", "old");
        assertThat(a.validity()).isEqualTo(new Validity(Optional.of(LocalDate.of(2024, 1, 1)),
                Optional.of(LocalDate.of(2025, 7, 1))));
    }

    @Test
    void validUntilBeforeValidFromNamesTheFeatureAndField() {
        InvalidInputException e = failure("""
                {"type": "FeatureCollection", "features": [
                  {"type": "Feature", "properties": {"id": "a", "validFrom": "2024-01-01", "validUntil": "2023-01-01"}}
                ]}
                """);
        assertThat(e.getMessage()).startsWith("t.geojson:2:").contains("feature #0 (id \"a\")")
                .contains("properties.validUntil");
    }
}

package io.gridgov.geo.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gridgov.geo.CoordinateSystem;
import io.gridgov.geo.GeoPartition;
import io.gridgov.geo.validate.PartitionValidator;
import io.gridgov.geo.validate.ValidationReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportWriterTest {

    static ValidationReport gapReport() {
        GeoPartition p = GeoJsonReader.read(GeoJsonReaderTest.resource("small-city-gap.geojson"),
                CoordinateSystem.LON_LAT_WGS84).toPartition();
        return PartitionValidator.validate(p);
    }

    /** Issue 13: JSON has no NaN nor Infinity; the writers refuse them instead of writing what no reader reads. */
    @Test
    void aNonFiniteCoordinateIsNeverWrittenIntoJson() throws Exception {
        org.locationtech.jts.geom.GeometryFactory f = new org.locationtech.jts.geom.GeometryFactory();
        for (double bad : new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
            java.io.StringWriter out = new java.io.StringWriter();
            try (com.fasterxml.jackson.core.JsonGenerator g = new com.fasterxml.jackson.core.JsonFactory()
                    .createGenerator(out)) {
                org.assertj.core.api.Assertions.assertThatThrownBy(() -> GeoJsonWriter.writeGeometry(g,
                        f.createPoint(new org.locationtech.jts.geom.Coordinate(1, bad))))
                        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a JSON number");
            }
            assertThat(out.toString()).doesNotContain("NaN").doesNotContain("Infinity");
        }
    }

    @Test
    void theJsonReportHasTheDocumentedFields() throws Exception {
        JsonNode json = new ObjectMapper().readTree(ReportWriter.toString(gapReport(), ReportFormat.JSON, Locale.ENGLISH));

        assertThat(json.get("valid").asBoolean()).isFalse();
        assertThat(json.get("grids").asInt()).isEqualTo(3);
        JsonNode v = json.get("violations").get(0);
        assertThat(v.get("rule").asText()).isEqualTo("GAP");
        assertThat(v.get("severity").asText()).isEqualTo("ERROR");
        assertThat(v.get("level").asInt()).isEqualTo(2);
        assertThat(v.get("parent").asText()).isEqualTo("c1");
        assertThat(v.get("grids")).extracting(JsonNode::asText).containsExactly("g1", "g2");
        assertThat(v.get("areaM2").asDouble()).isBetween(0.99 * 99.64 * 1107.6, 1.01 * 99.64 * 1107.6);
        assertThat(v.get("point").get(0).asDouble()).isBetween(106.709, 106.71);
        assertThat(v.get("geometry").get("type").asText()).isEqualTo("Polygon");
        assertThat(v.get("message").asText()).contains("c1").contains("m²");
        assertThat(json.get("counts").get("GAP").get("2").asInt()).isEqualTo(1);
    }

    @Test
    void theGeoJsonReportIsAFeatureCollectionOfViolationsInTheChosenLanguage() throws Exception {
        JsonNode json = new ObjectMapper().readTree(ReportWriter.toString(gapReport(), ReportFormat.GEOJSON,
                Locale.SIMPLIFIED_CHINESE));

        assertThat(json.get("type").asText()).isEqualTo("FeatureCollection");
        JsonNode f = json.get("features").get(0);
        assertThat(f.get("geometry").get("type").asText()).isEqualTo("Polygon");
        assertThat(f.get("properties").get("rule").asText()).isEqualTo("GAP");
        assertThat(f.get("properties").get("grids").asText()).isEqualTo("g1,g2");
        assertThat(f.get("properties").get("message").asText()).contains("未被任何下级网格覆盖");
    }

    @Test
    void theTextReportSaysWhatAndWhere() {
        String text = ReportWriter.toString(gapReport(), ReportFormat.TEXT, Locale.ENGLISH);
        assertThat(text).contains("3 grids checked: 1 errors, 0 warnings").contains("[ERROR] GAP level 2 under 'c1'")
                .contains("Not valid.");
    }

    @Test
    void writingAFileReplacesItWholeAndLeavesNoTemporaryFile(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("report.json");
        Files.writeString(out, "old");
        ReportWriter.write(gapReport(), ReportFormat.JSON, Locale.ENGLISH, out);
        assertThat(new ObjectMapper().readTree(out.toFile()).get("valid").asBoolean()).isFalse();
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(out);
        }
    }

    @Test
    void aNewReportFileIsReadableByOthersLikeAnyNewFile(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("new.geojson");
        ReportWriter.write(gapReport(), ReportFormat.GEOJSON, Locale.ENGLISH, out);
        if (Files.getFileAttributeView(out, java.nio.file.attribute.PosixFileAttributeView.class) != null) {
            assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(out)))
                    .isEqualTo("rw-r--r--");
        }
    }
}

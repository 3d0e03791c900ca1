package io.gridgov.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CleanCommandTest {

    @TempDir
    Path dir;

    Path write(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    /** g2 is listed before its parent c1 and overlaps g1 by a 0.001° strip; g1 carries a name. */
    static final String MESSY = """
            {"type": "FeatureCollection", "features": [
              {"type": "Feature", "properties": {"id": "g2", "parent": "c1"},
               "geometry": {"type": "Polygon", "coordinates": [[[106.709, 26.50], [106.72, 26.50], [106.72, 26.51], [106.709, 26.51], [106.709, 26.50]]]}},
              {"type": "Feature", "properties": {"id": "c1"},
               "geometry": {"type": "Polygon", "coordinates": [[[106.70, 26.50], [106.72, 26.50], [106.72, 26.51], [106.70, 26.51], [106.70, 26.50]]]}},
              {"type": "Feature", "properties": {"id": "g1", "parent": "c1", "name": "东街"},
               "geometry": {"type": "Polygon", "coordinates": [[[106.70, 26.50], [106.71, 26.50], [106.71, 26.51], [106.70, 26.51], [106.70, 26.50]]]}}
            ]}""";

    @Test
    void anOverlapIsGivenToOneGridAndTheOutputValidatesKeepingOrderAndProperties() throws Exception {
        Path in = write("messy.geojson", MESSY);
        Path out = dir.resolve("fixed.geojson");
        Path report = dir.resolve("changes.json");
        Run r = Run.of("clean", in.toString(), "--out", out.toString(), "--overlaps", "lowest-id",
                "--report", report.toString());
        assertThat(r.exit()).as(r.err()).isEqualTo(GridGovCli.OK);
        // g2 loses the strip; g1 only gains the two nodes where g2's old edge crossed its border
        assertThat(r.out()).contains("2 of 3 grids changed: 0 m² gained").contains("no findings");

        JsonNode fixed = new ObjectMapper().readTree(out.toFile());
        assertThat(fixed.get("features")).extracting(f -> f.get("properties").get("id").asText())
                .containsExactly("g2", "c1", "g1");
        assertThat(fixed.get("features").get(2).get("properties").get("name").asText()).isEqualTo("东街");
        Run again = Run.of("validate", out.toString(), "--tolerance-m", "0.5");
        assertThat(again.exit()).as(again.out()).isEqualTo(GridGovCli.OK);

        JsonNode changes = new ObjectMapper().readTree(report.toFile());
        assertThat(changes.get("complete").asBoolean()).isTrue();
        assertThat(changes.get("valid").asBoolean()).isTrue();
        assertThat(changes.get("options").get("overlaps").asText()).isEqualTo("lowest-id");
        // g1 has the lower id and keeps the strip; it only gains two nodes
        JsonNode change = null;
        for (JsonNode c : changes.get("changes")) {
            if (c.get("grid").asText().equals("g2")) {
                change = c;
            } else {
                assertThat(c.get("areaLostM2").asDouble() + c.get("areaGainedM2").asDouble()).isLessThan(0.01);
            }
        }
        assertThat(change.get("areaLostM2").asDouble()).isBetween(110_000.0, 111_000.0);
        assertThat(change.get("largestDisplacementM").asDouble()).isBetween(99.0, 101.0);
    }

    @Test
    void aWideGapIsLeftReportedAndExitsOne() throws Exception {
        Path in = write("gap.geojson", MESSY.replace("106.709", "106.711"));
        Path out = dir.resolve("fixed.geojson");
        Path report = dir.resolve("changes.json");
        Run r = Run.of("clean", in.toString(), "--out", out.toString(), "--report", report.toString(), "--lang", "zh");
        assertThat(r.exit()).isEqualTo(GridGovCli.FINDINGS);
        assertThat(r.out()).contains("保持原样").contains("保留 1 处空隙");
        JsonNode changes = new ObjectMapper().readTree(report.toFile());
        assertThat(changes.get("complete").asBoolean()).isFalse();
        JsonNode gap = changes.get("gapsLeft").get(0);
        assertThat(gap.get("kind").asText()).isEqualTo("WIDER_THAN_MAX");
        assertThat(gap.get("parent").asText()).isEqualTo("c1");
        assertThat(gap.get("geometry").get("type").asText()).isEqualTo("Polygon");
        // with gaps up to 150 m filled, the 100 m gap goes to a neighbour
        Run wide = Run.of("clean", in.toString(), "--out", out.toString(), "--max-gap-width-m", "150");
        assertThat(wide.exit()).as(wide.out()).isEqualTo(GridGovCli.OK);
    }

    @Test
    void badOptionValuesAndBadInputExitTwoWithOneLine() throws Exception {
        Path in = write("messy.geojson", MESSY);
        Path out = dir.resolve("fixed.geojson");
        Run strategy = Run.of("clean", in.toString(), "--out", out.toString(), "--overlaps", "biggest");
        assertThat(strategy.exit()).isEqualTo(GridGovCli.BAD_INPUT);
        assertThat(strategy.err().strip().lines()).hasSize(1);
        assertThat(strategy.err()).contains("--overlaps").contains("longest-border");
        Run negative = Run.of("clean", in.toString(), "--out", out.toString(), "--snap-m", "-1");
        assertThat(negative.exit()).isEqualTo(GridGovCli.BAD_INPUT);
        Run ring = Run.of("clean", write("ring.geojson", MESSY.replace(
                "[[[106.70, 26.50], [106.71, 26.50], [106.71, 26.51], [106.70, 26.51], [106.70, 26.50]]]",
                "[[[106.70, 26.50], [106.70, 26.50]]]")).toString(), "--out", out.toString());
        assertThat(ring.exit()).isEqualTo(GridGovCli.BAD_INPUT);
        assertThat(ring.err().strip().lines()).hasSize(1);
        assertThat(Files.exists(out)).isFalse();
    }

    @Test
    void childrenAuthorityRedrawsTheParent() throws Exception {
        Path in = write("messy.geojson", MESSY.replace(
                "[[[106.70, 26.50], [106.72, 26.50], [106.72, 26.51], [106.70, 26.51], [106.70, 26.50]]]",
                "[[[106.70, 26.50], [106.72, 26.50], [106.72, 26.5101], [106.70, 26.5101], [106.70, 26.50]]]"));
        Path out = dir.resolve("fixed.geojson");
        Path report = dir.resolve("changes.json");
        Run r = Run.of("clean", in.toString(), "--out", out.toString(), "--authority", "children",
                "--report", report.toString());
        assertThat(r.exit()).as(r.out()).isEqualTo(GridGovCli.OK);
        JsonNode changes = new ObjectMapper().readTree(report.toFile());
        assertThat(changes.get("changes")).extracting(c -> c.get("grid").asText()).contains("c1");
    }
}

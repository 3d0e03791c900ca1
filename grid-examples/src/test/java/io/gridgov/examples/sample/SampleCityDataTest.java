package io.gridgov.examples.sample;

import static org.assertj.core.api.Assertions.assertThat;

import io.gridgov.core.format.TreeDocument;
import io.gridgov.core.tree.GridNode;
import io.gridgov.geo.io.GeoFeatures;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The committed sample city is exactly what {@link SampleCityGenerator} writes. With
 * {@code -Dgridgov.sample.regenerate=true} the test first rewrites the committed files.
 */
class SampleCityDataTest {

    static final Path SOURCE_DIR = Path.of("src/main/resources/io/gridgov/examples/sample");

    @Test
    void everyCommittedFileIsWhatTheGeneratorWrites() throws IOException {
        if (Boolean.getBoolean("gridgov.sample.regenerate")) {
            SampleCityGenerator.write(SOURCE_DIR);
        }
        Map<String, byte[]> generated = SampleCityGenerator.generate();
        assertThat(generated).containsOnlyKeys(SampleCity.TREE, SampleCity.GEOJSON, SampleCity.ALLOWED_GAPS,
                SampleCity.ACTIVITIES, SampleCity.ASSESSMENT, SampleCity.REPORTS, SampleCity.CASES);
        for (Map.Entry<String, byte[]> f : generated.entrySet()) {
            byte[] committed;
            try (InputStream in = SampleCity.class.getResourceAsStream(SampleCity.DIRECTORY + f.getKey())) {
                assertThat(in).as("committed %s", f.getKey()).isNotNull();
                committed = in.readAllBytes();
            }
            byte[] expected = f.getValue();
            if (f.getKey().endsWith(".gz")) {   // compare the content, not the compressor's bytes
                committed = gunzip(committed);
                expected = gunzip(expected);
            }
            assertThat(new String(committed, StandardCharsets.UTF_8))
                    .as("%s: regenerate with -Dgridgov.sample.regenerate=true (see SampleCityGenerator)", f.getKey())
                    .isEqualTo(new String(expected, StandardCharsets.UTF_8));
        }
    }

    private static byte[] gunzip(byte[] bytes) throws IOException {
        try (InputStream in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(bytes))) {
            return in.readAllBytes();
        }
    }

    @Test
    void theTreeIsADistrictOfEightStreetsSixtyFourCommunitiesAndAboutSixHundredGridsAllStaffed() {
        TreeDocument doc = SampleCity.load();
        assertThat(doc.findings()).isEmpty();
        assertThat(doc.tree().countsByLevel()).containsExactly(Map.entry(1, 1), Map.entry(2, 8), Map.entry(3, 64),
                Map.entry(4, 641));
        LocalDate day = SampleCity.FROM;
        assertThat(doc.tree().leaves()).allSatisfy(g -> {
            assertThat(doc.staffing().holders(g.id(), "worker", day)).as(g.id()).isNotEmpty();
            assertThat(doc.staffing().holders(g.id(), "leader", day)).as(g.id()).hasSize(1);
            assertThat(doc.staffing().holders(g.id(), "instructor", day)).as(g.id()).hasSize(1);
            assertThat(doc.staffing().holders(g.id(), "volunteer", day)).as(g.id()).hasSize(2);
        });
        assertThat(doc.tree().leaves()).filteredOn(g -> g.kind().isDedicated()).extracting(g -> g.kind().toString())
                .containsExactlyInAnyOrder("dedicated:school", "dedicated:market", "dedicated:enterprise");
    }

    @Test
    void theGeoJsonDescribesTheSameNodesAsTheTree() {
        TreeDocument doc = SampleCity.load();
        GeoFeatures features = SampleCity.features();
        assertThat(features.nodes()).hasSize(doc.tree().size());
        for (GridNode n : features.nodes()) {
            GridNode t = doc.tree().require(n.id());
            assertThat(n.parentId()).as(n.id()).isEqualTo(t.parentId());
            assertThat(n.name()).as(n.id()).isEqualTo(t.name());
            assertThat(n.code()).as(n.id()).isEqualTo(t.code());
            if (doc.tree().isLeaf(n.id())) {
                assertThat(n.households()).as(n.id()).isEqualTo(t.households());
                assertThat(n.kind()).as(n.id()).isEqualTo(t.kind());
            }
        }
        assertThat(features.geometries()).hasSize(doc.tree().size());
        assertThat(features.geometries().get("d").getCentroid().getY()).isBetween(26.5, 26.6);
        assertThat(features.geometries().get("d").getCentroid().getX()).isBetween(106.65, 106.75);
        assertThat(SampleCity.allowedGaps()).hasSize(1);
    }
}

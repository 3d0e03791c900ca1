package io.gridgov.examples.sample;

import static org.assertj.core.api.Assertions.assertThat;

import io.gridgov.core.io.TreeDocument;
import io.gridgov.core.io.TreeJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class SampleCityTest {

    @Test
    void theCommittedSampleIsExactlyWhatTheGeneratorWrites() throws IOException {
        ByteArrayOutputStream generated = new ByteArrayOutputStream();
        TreeJson.write(SampleCity.generate(), generated);
        try (InputStream in = SampleCity.class.getResourceAsStream(SampleCity.RESOURCE)) {
            assertThat(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
                    .as("regenerate with SampleCity.main (see its Javadoc)")
                    .isEqualTo(generated.toString(java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    @Test
    void theSampleIsADistrictOfEightStreetsSixtyCommunitiesAndAboutSixHundredGrids() {
        TreeDocument doc = SampleCity.load();
        assertThat(doc.findings()).isEmpty();
        assertThat(doc.tree().countsByLevel()).containsExactly(java.util.Map.entry(1, 1), java.util.Map.entry(2, 8),
                java.util.Map.entry(3, 60), java.util.Map.entry(4, 606));
        assertThat(doc.tree().leaves()).allSatisfy(g -> assertThat(doc.staffing().holders(g.id(), "worker",
                java.time.LocalDate.of(2026, 11, 1))).isNotEmpty());
    }
}

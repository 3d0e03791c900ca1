package io.gridgov.testkit.geo;

import static org.assertj.core.api.Assertions.assertThat;

import io.gridgov.geo.CoordinateSystem;
import io.gridgov.geo.validate.PartitionValidator;
import io.gridgov.geo.validate.ValidationReport;
import io.gridgov.testkit.PartitionSpec;
import io.gridgov.testkit.Partitions;
import org.junit.jupiter.api.Test;

/** grid-geo's smoke test on a generated three-level city (moved here with grid-geo's test-jar generator). */
class GeneratedPartitionSmokeTest {

    @Test
    void aGeneratedThreeLevelCityIsValid() {
        for (var crs : CoordinateSystem.values()) {
            PartitionSpec spec = PartitionSpec.builder().fanOuts(4, 9, 16).verticesPerBorder(4).noise(0.012)
                    .leafSizeMetres(100).crs(crs).build();
            ValidationReport report = PartitionValidator.validate(Partitions.generate(spec).toGeoPartition());
            assertThat(report.violations()).as("%s", spec).isEmpty();
            assertThat(report.gridCount()).isEqualTo(4 + 36 + 576);
        }
    }
}

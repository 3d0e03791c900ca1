package io.gridgov.geo;

import static org.assertj.core.api.Assertions.assertThat;

import io.gridgov.geo.testing.RectangleCity;
import io.gridgov.geo.validate.PartitionValidator;
import io.gridgov.geo.validate.ValidationReport;
import org.junit.jupiter.api.Test;

class GeneratedPartitionSmokeTest {

    @Test
    void aGeneratedThreeLevelCityIsValid() {
        for (var crs : CoordinateSystem.values()) {
            RectangleCity city = new RectangleCity(new int[] {2, 3, 4}, 5, 100, 0.3, crs);
            long t = System.nanoTime();
            ValidationReport report = PartitionValidator.validate(city.generate().partition());
            System.out.println(crs + " " + (System.nanoTime() - t) / 1e6 + " ms " + report.violations());
            assertThat(report.violations()).isEmpty();
            assertThat(report.gridCount()).isEqualTo(4 + 36 + 576);
        }
    }
}

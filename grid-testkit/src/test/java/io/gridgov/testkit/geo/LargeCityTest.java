package io.gridgov.testkit.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.gridgov.geo.CoordinateSystem;
import io.gridgov.geo.validate.PartitionValidator;
import io.gridgov.geo.validate.Rule;
import io.gridgov.geo.validate.ValidationReport;
import io.gridgov.testkit.Defect;
import io.gridgov.testkit.ExpectedViolation;
import io.gridgov.testkit.Mutation;
import io.gridgov.testkit.PartitionSpec;
import io.gridgov.testkit.Partitions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** A 10 000-leaf city, the size of grid-bench's (long: runs with -Plong). */
@Tag("long")
class LargeCityTest {

    @Test
    void aTenThousandLeafCityIsValidAndOneShrunkGridIsFoundExactly() {
        PartitionSpec jittered = PartitionSpec.builder().fanOuts(16, 25, 25).verticesPerBorder(17).noise(0.012)
                .leafSizeMetres(100).crs(CoordinateSystem.LON_LAT_WGS84).build();
        assertThat(PartitionValidator.validate(Partitions.generate(jittered).toGeoPartition()).violations()).isEmpty();

        PartitionSpec plain = jittered.toBuilder().noise(0).build();
        Mutation m = Defect.SHRINK.apply(Partitions.generate(plain), 37 * 100 + 61).orElseThrow();
        ValidationReport report = PartitionValidator.validate(m.partition().toGeoPartition());
        ExpectedViolation e = m.single();
        assertThat(report.violations()).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo(Rule.GAP);
            assertThat(v.parentId()).isEqualTo(e.parentId());
            assertThat(v.gridIds()).isEqualTo(e.gridIds());
            assertThat(v.areaM2()).isCloseTo(e.areaM2().orElseThrow(), within(e.areaM2().orElseThrow() * 0.01));
        });
    }
}

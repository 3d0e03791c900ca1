package io.gridgov.geo.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.gridgov.geo.CoordinateSystem;
import io.gridgov.geo.testing.Defects;
import io.gridgov.geo.testing.RectangleCity;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** A 10 000-leaf city (long: runs with -Plong). */
@Tag("long")
class LargeCityTest {

    @Test
    void aTenThousandLeafCityIsValidAndOneShrunkGridIsFoundExactly() {
        RectangleCity jittered = new RectangleCity(new int[] {4, 5, 5}, 25, 100, 0.3, CoordinateSystem.LON_LAT_WGS84);
        assertThat(PartitionValidator.validate(jittered.generate().partition()).violations()).isEmpty();

        RectangleCity plain = new RectangleCity(new int[] {4, 5, 5}, 25, 100, 0, CoordinateSystem.LON_LAT_WGS84);
        Defects.Mutated m = Defects.apply(plain, Defects.Kind.SHRINK, 37, 61);
        ValidationReport report = PartitionValidator.validate(m.generated().partition());
        Defects.Expected e = m.expected().get(0);
        assertThat(report.violations()).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo(BoundaryRule.GAP);
            assertThat(v.parentId()).contains(e.parent());
            assertThat(v.gridIds()).isEqualTo(e.grids());
            assertThat(v.areaM2()).isCloseTo(e.areaM2(), within(e.areaM2() * 0.01));
        });
    }
}

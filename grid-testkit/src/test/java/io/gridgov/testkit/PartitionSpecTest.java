package io.gridgov.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gridgov.geo.CoordinateSystem;
import org.junit.jupiter.api.Test;

class PartitionSpecTest {

    @Test
    void badValuesAreRejectedQuotingTheValue() {
        assertThatThrownBy(() -> PartitionSpec.builder().fanOuts(1, 0)).hasMessageContaining("[1, 0]");
        assertThatThrownBy(() -> PartitionSpec.builder().noise(0.2)).hasMessageContaining("0.2");
        assertThatThrownBy(() -> PartitionSpec.builder().verticesPerBorder(-1)).hasMessageContaining("-1");
        assertThatThrownBy(() -> PartitionSpec.builder().origin(200, 0)).hasMessageContaining("200");
        assertThatThrownBy(() -> PartitionSpec.builder().fanOuts(2).holes(2).lakes(1).build())
                .hasMessageContaining("holes + lakes (3) exceed the 2 leaves");
        assertThatThrownBy(() -> PartitionSpec.builder().fanOuts(1000, 1000, 1000).build())
                .hasMessageContaining("at most 2,000,000 leaves");
        assertThatThrownBy(() -> Partitions.any().fanOut(5, 2)).hasMessageContaining("5..2");
    }

    @Test
    void theSmallestPartitionHasTwoGrids() {
        Partition two = Partitions.generate(PartitionSpec.builder().fanOuts(2).verticesPerBorder(0).build());
        assertThat(two.roots()).containsExactly("1", "2");
        assertThat(two.scheme().levels()).singleElement().satisfies(l -> assertThat(l.key()).isEqualTo("grid"));
        assertThat(two.geometries().get("1").touches(two.geometries().get("2"))).isTrue();
    }

    @Test
    void aProjectedCityLiesNearGuiyangInUtmZone48AndALonLatOneAtItsOrigin() {
        Partition projected = Partitions.generate(PartitionSpec.builder().crs(CoordinateSystem.PROJECTED_METRES)
                .build());
        assertThat(projected.geometries().get("1").getEnvelopeInternal().getMinX()).isBetween(668_950.0, 669_050.0);
        Partition beijing = Partitions.generate(PartitionSpec.builder().origin(116.4, 39.9).build());
        assertThat(beijing.geometries().get("1").getEnvelopeInternal().getMinY()).isBetween(39.899, 39.901);
    }

    @Test
    void levelsAreNamedFromTheBottomUp() {
        Partition city = Partitions.generate(PartitionSpec.builder().fanOuts(1, 2, 2, 2).verticesPerBorder(0).build());
        assertThat(city.scheme().levels()).extracting(l -> l.key())
                .containsExactly("district", "street", "community", "grid");
        assertThat(city.node("1.2.1.2").orElseThrow().levelKey()).contains("grid");
    }

    @net.jqwik.api.Example
    void fanOutAtOverridesOneLevelAndMaxLeavesCapsTheProduct() {
        java.util.Random random = new java.util.Random(7);
        net.jqwik.api.Arbitrary<PartitionSpec> specs = Partitions.any().levels(3, 3).fanOut(2, 3).fanOutAt(3, 9, 9)
                .maxLeaves(20).specs();
        for (int i = 0; i < 20; i++) {
            PartitionSpec spec = specs.generator(10).next(random).value();
            assertThat(spec.fanOuts()).hasSize(3);
            assertThat(spec.fanOuts().get(1)).isBetween(2, 3);
            assertThat(spec.leafCount()).isLessThanOrEqualTo(20);
        }
        PartitionSpec uncapped = Partitions.any().levels(3, 3).fanOutAt(3, 9, 9).maxLeaves(10_000).specs()
                .generator(10).next(random).value();
        assertThat(uncapped.fanOuts().get(2)).isEqualTo(9);
    }
}

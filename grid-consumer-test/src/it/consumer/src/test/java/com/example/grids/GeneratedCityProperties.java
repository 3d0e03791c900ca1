package com.example.grids;

import static io.gridgov.testkit.GridAssertions.assertThat;

import io.gridgov.geo.validate.PartitionValidator;
import io.gridgov.testkit.Partition;
import io.gridgov.testkit.Partitions;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class GeneratedCityProperties {

    @Provide
    Arbitrary<Partition> cities() {
        return Partitions.any().levels(2, 3).fanOut(2, 5).maxLeaves(60);
    }

    @Property(tries = 20)
    void everyGeneratedCityIsValid(@ForAll("cities") Partition city) {
        assertThat(PartitionValidator.validate(city.toGeoPartition())).isValid();
    }
}

package io.gridgov.testkit;

import static io.gridgov.testkit.GridAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.gridgov.geo.CoordinateSystem;
import io.gridgov.geo.GeoPartition;
import io.gridgov.geo.io.GeoFeatures;
import io.gridgov.geo.io.GeoJsonReader;
import io.gridgov.geo.validate.PartitionValidator;
import io.gridgov.geo.validate.ValidationOptions;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** A partition dumped as GeoJSON reads back through grid-geo's reader unchanged, vertex for vertex. */
class GeoJsonDumpProperties {

    @Provide
    Arbitrary<Partition> partitions() {
        return Partitions.any().levels(1, 3).fanOut(1, 5).verticesPerBorder(0, 4).holes(1).lakes(1)
                .dedicatedShare(0.2).crs(CoordinateSystem.LON_LAT_WGS84, CoordinateSystem.PROJECTED_METRES)
                .maxLeaves(60);
    }

    @Property(tries = 25)
    void aDumpedPartitionReadsBackWithTheSameNodesAndGeometriesAndValidates(@ForAll("partitions") Partition p) {
        GeoFeatures read = GeoJsonReader.read(new ByteArrayInputStream(p.toGeoJson().getBytes(StandardCharsets.UTF_8)),
                "dump.geojson", p.crs());
        assertThat(read.nodes()).isEqualTo(p.nodes());
        assertThat(read.geometries().keySet()).isEqualTo(p.geometries().keySet());
        read.geometries().forEach((id, g) -> assertThat(g.equalsExact(p.geometries().get(id))).as(id).isTrue());

        var lakes = GeoJsonReader.read(new ByteArrayInputStream(
                p.allowedGapsToGeoJson().getBytes(StandardCharsets.UTF_8)), "lakes.geojson", p.crs());
        assertThat(lakes.geometries()).hasSize(p.allowedGaps().size());

        GeoPartition again = read.toPartition(p.scheme()).withAllowedGaps(lakes.geometries().values());
        assertThat(PartitionValidator.validate(again, ValidationOptions.builder().parallelism(1).build()))
                .hasNoFindings();
    }
}

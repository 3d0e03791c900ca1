package io.gridgov.testkit.geo;

import static org.assertj.core.api.Assertions.assertThat;

import io.gridgov.core.tree.GridNode;
import io.gridgov.geo.CoordinateSystem;
import io.gridgov.geo.GeoPartition;
import io.gridgov.geo.io.GeoFeatures;
import io.gridgov.geo.io.GeoJsonReader;
import io.gridgov.geo.io.GeoJsonWriter;
import io.gridgov.testkit.Partition;
import io.gridgov.testkit.PartitionSpec;
import io.gridgov.testkit.Partitions;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** grid-geo's GeoJSON writer and reader on generated partitions (moved here from grid-geo's tests). */
class GeoJsonRoundTripProperties {

    @Property(tries = 20)
    void writingAndReadingAPartitionGivesBackTheSameNodesAndGeometries(@ForAll @IntRange(min = 1, max = 3) int fanout,
            @ForAll @IntRange(min = 1, max = 4) int densify, @ForAll boolean lonLat) throws Exception {
        CoordinateSystem crs = lonLat ? CoordinateSystem.LON_LAT_WGS84 : CoordinateSystem.PROJECTED_METRES;
        Partition g = Partitions.generate(PartitionSpec.builder().fanOuts(4, fanout * fanout)
                .verticesPerBorder(densify - 1).noise(0.012).leafSizeMetres(100).crs(crs).build());
        java.util.List<GridNode> nodes = g.nodes().stream().map(n -> n.toBuilder().name("网格 " + n.id())
                .households(320).tags("riverside").attribute("phone", "0851").build()).toList();
        GeoPartition partition = GeoPartition.assemble(g.scheme(), nodes, g.geometries(), crs);
        StringWriter out = new StringWriter();
        GeoJsonWriter.write(partition, out);

        GeoFeatures back = GeoJsonReader.read(new ByteArrayInputStream(out.toString().getBytes(StandardCharsets.UTF_8)),
                "round-trip", crs);

        assertThat(back.nodes()).containsExactlyInAnyOrderElementsOf(partition.tree().nodes().toList());
        assertThat(back.geometries().keySet()).isEqualTo(partition.geometries().keySet());
        back.geometries().forEach((id, geometry) ->
                assertThat(geometry.equalsExact(partition.geometries().get(id))).as(id).isTrue());
    }
}

package io.gridgov.geo.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.gridgov.core.tree.GridNode;
import io.gridgov.geo.CoordinateSystem;
import io.gridgov.geo.GeoPartition;
import io.gridgov.geo.testing.RectangleCity;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class GeoJsonRoundTripProperties {

    @Property(tries = 20)
    void writingAndReadingAPartitionGivesBackTheSameNodesAndGeometries(@ForAll @IntRange(min = 1, max = 3) int fanout,
            @ForAll @IntRange(min = 1, max = 4) int densify, @ForAll boolean lonLat) throws Exception {
        CoordinateSystem crs = lonLat ? CoordinateSystem.LON_LAT_WGS84 : CoordinateSystem.PROJECTED_METRES;
        RectangleCity.Generated g = new RectangleCity(new int[] {2, fanout}, densify, 100, 0.3, crs).generate();
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

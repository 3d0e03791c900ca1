package io.gridgov.testkit.geo;

import static org.assertj.core.api.Assertions.assertThat;

import io.gridgov.core.format.NodeProperties;
import io.gridgov.core.tree.GridKind;
import io.gridgov.core.tree.GridNode;
import io.gridgov.core.tree.Validity;
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
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
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

        GeoFeatures back = roundTrip(partition, crs);

        assertThat(back.nodes()).containsExactlyInAnyOrderElementsOf(partition.tree().nodes().toList());
        assertThat(back.geometries().keySet()).isEqualTo(partition.geometries().keySet());
        back.geometries().forEach((id, geometry) ->
                assertThat(geometry.equalsExact(partition.geometries().get(id))).as(id).isTrue());
    }

    /** Every reserved node property, validity dates included, survives GeoJSON → nodes → GeoJSON. */
    @Property(tries = 40)
    void everyNodePropertySurvivesTheRoundTrip(@ForAll @IntRange(min = 1, max = 3) int fanout,
            @ForAll @IntRange(min = 0, max = 4000) int fromDay, @ForAll @IntRange(min = 1, max = 4000) int days,
            @ForAll boolean from, @ForAll boolean until, @ForAll @IntRange(min = 0, max = 99_999) int households,
            @ForAll @IntRange(min = 0, max = 7) int kindIndex, @ForAll boolean code) throws Exception {
        CoordinateSystem crs = CoordinateSystem.LON_LAT_WGS84;
        Partition g = Partitions.generate(PartitionSpec.builder().fanOuts(4, fanout * fanout)
                .verticesPerBorder(0).noise(0.012).leafSizeMetres(100).crs(crs).build());
        LocalDate start = LocalDate.of(2015, 1, 1).plusDays(fromDay);
        Validity validity = new Validity(from ? Optional.of(start) : Optional.empty(),
                until ? Optional.of(start.plusDays(days)) : Optional.empty());
        List<GridKind> kinds = List.of(GridKind.parse("comprehensive"), GridKind.parse("dedicated"),
                GridKind.parse("school"), GridKind.parse("enterprise"), GridKind.parse("market"),
                GridKind.parse("hospital"), GridKind.parse("dedicated:park"), GridKind.parse("other"));
        List<GridNode> nodes = g.nodes().stream().map(n -> {
            GridNode.Builder b = n.toBuilder().name("网格 \"" + n.id() + "\"").households(households)
                    .population(households * 3L).tags("riverside", "老旧小区").kind(kinds.get(kindIndex))
                    .validity(validity).attribute("phone", "0851").attribute("note", "");
            if (code) {
                b.code("0052" + n.id().hashCode());
            }
            return b.build();
        }).toList();
        GeoPartition partition = GeoPartition.assemble(g.scheme(), nodes, g.geometries(), crs);

        GeoFeatures back = roundTrip(partition, crs);
        GeoFeatures again = roundTrip(GeoPartition.assemble(g.scheme(), back.nodes(), back.geometries(), crs), crs);

        assertThat(back.nodes()).containsExactlyInAnyOrderElementsOf(partition.tree().nodes().toList());
        assertThat(again.nodes()).containsExactlyElementsOf(back.nodes());
        for (GridNode node : back.nodes()) {
            assertThat(node.validity()).as(node.id()).isEqualTo(validity);
            assertThat(NodeProperties.toProperties(node).keySet()).as(node.id())
                    .contains(NodeProperties.ID, NodeProperties.NAME, NodeProperties.HOUSEHOLDS,
                            NodeProperties.POPULATION, NodeProperties.TAGS);
        }
    }

    private static GeoFeatures roundTrip(GeoPartition partition, CoordinateSystem crs) throws Exception {
        StringWriter out = new StringWriter();
        GeoJsonWriter.write(partition, out);
        return GeoJsonReader.read(new ByteArrayInputStream(out.toString().getBytes(StandardCharsets.UTF_8)),
                "round-trip", crs);
    }
}

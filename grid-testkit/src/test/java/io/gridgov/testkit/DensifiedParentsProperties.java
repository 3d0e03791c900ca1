package io.gridgov.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.gridgov.core.tree.GridNode;
import io.gridgov.geo.CoordinateSystem;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

/** {@link PartitionSpec#densifiedParents()}: the same city, its parents with a midpoint in every segment. */
class DensifiedParentsProperties {

    @Provide
    Arbitrary<PartitionSpec> specs() {
        return Partitions.any().levels(1, 3).roots(1, 3).fanOut(1, 6).verticesPerBorder(0, 5)
                .crs(CoordinateSystem.LON_LAT_WGS84, CoordinateSystem.PROJECTED_METRES).holes(2).lakes(1)
                .maxLeaves(150).specs();
    }

    @Property(tries = 30)
    void everyParentIsTheExactParentWithAMidpointInEverySegmentAndLeavesAreUnchanged(
            @ForAll("specs") PartitionSpec spec) {
        Partition exact = Partitions.generate(spec);
        Partition densified = Partitions.generate(spec.toBuilder().densifiedParents(true).build());

        assertThat(exact.spec().densifiedParents()).isFalse();
        assertThat(densified.spec().densifiedParents()).isTrue();
        assertThat(densified.toString()).contains(".densifiedParents(true)");
        assertThat(densified.nodes()).isEqualTo(exact.nodes());
        assertThat(densified.allowedGaps()).hasSameSizeAs(exact.allowedGaps());
        for (int i = 0; i < exact.allowedGaps().size(); i++) {
            assertThat(densified.allowedGaps().get(i).equalsExact(exact.allowedGaps().get(i))).isTrue();
        }
        for (GridNode n : exact.nodes()) {
            Geometry e = exact.geometries().get(n.id());
            Geometry d = densified.geometries().get(n.id());
            if (exact.isLeaf(n.id())) {
                assertThat(d.equalsExact(e)).as("leaf %s is unchanged", n.id()).isTrue();
                continue;
            }
            assertThat(d.isValid()).as("densified %s is valid", n.id()).isTrue();
            assertThat(d.getNumGeometries()).isEqualTo(e.getNumGeometries());
            assertThat(rings(d)).hasSameSizeAs(rings(e));
            for (int r = 0; r < rings(e).size(); r++) {
                Coordinate[] ec = rings(e).get(r);
                Coordinate[] dc = rings(d).get(r);
                assertThat(dc).as("ring %d of %s", r, n.id()).hasSize(2 * ec.length - 1);
                for (int i = 0; i + 1 < ec.length; i++) {
                    assertThat(dc[2 * i].equals2D(ec[i])).isTrue();
                    assertThat(dc[2 * i + 1].equals2D(new Coordinate((ec[i].x + ec[i + 1].x) / 2,
                            (ec[i].y + ec[i + 1].y) / 2))).isTrue();
                }
            }
            assertThat(Math.abs(d.getArea() - e.getArea())).isLessThanOrEqualTo(e.getArea() * 1e-9);
        }
        generatingTheSpecAgainGivesTheSameCity(densified);
    }

    @Property(tries = 30)
    void theOracleFindsNoGapOverlapOrOutsidePieceAndNoLeafGroupSharesItsParentsVertices(
            @ForAll("specs") PartitionSpec spec) {
        Partition p = Partitions.generate(spec.toBuilder().densifiedParents(true).build());

        if (p.crs() == CoordinateSystem.PROJECTED_METRES) {
            // (in lon/lat a midpoint on the straight lon/lat segment leaves a sliver of a few cm² against
            // the geodesic, which the oracle's ellipsoidal areas count; grid-geo's validator discards it:
            // DensifiedParentsValidationProperties)
            assertThat(BruteForceOracle.measure(p)).as("oracle findings in %s", p).isEmpty();
        }
        for (GridNode n : p.nodes()) {
            List<String> kids = p.children(n.id());
            if (kids.isEmpty() || !kids.stream().allMatch(p::isLeaf)) {
                continue; // grids whose children have children share the midpoints of common segments
            }
            Set<Coordinate> childVertices = new HashSet<>();
            kids.forEach(k -> childVertices.addAll(List.of(p.geometries().get(k).getCoordinates())));
            assertThat(p.geometries().get(n.id()).getCoordinates())
                    .as("%s has vertices that none of its children has, in %s", n.id(), p)
                    .anySatisfy(c -> assertThat(childVertices).doesNotContain(c));
        }
    }

    @Property(tries = 30)
    void neighbouringParentsShareTheirMidpoints(@ForAll("specs") PartitionSpec spec) {
        Partition p = Partitions.generate(spec.toBuilder().densifiedParents(true).build());
        // a segment of a parent's ring is in exactly one sibling's ring, or on its own (densified)
        // parent's ring, or (for roots) on the city's outer border
        for (GridNode n : p.nodes()) {
            if (p.isLeaf(n.id())) {
                continue;
            }
            Map<String, Integer> count = new HashMap<>();
            for (String s : p.siblingsAndSelf(n.id())) {
                GeneratorProperties.segments(p.geometries().get(s)).forEach(k -> count.merge(k, 1, Integer::sum));
            }
            Set<String> outer = new HashSet<>();
            n.parentId().ifPresent(parent -> outer.addAll(GeneratorProperties.segments(p.geometries().get(parent))));
            for (String seg : GeneratorProperties.segments(p.geometries().get(n.id()))) {
                int c = count.get(seg);
                assertThat(c == 2 || c == 1 && (outer.contains(seg) || n.parentId().isEmpty()))
                        .as("segment %s of %s is in %d sibling rings, in %s", seg, n.id(), c, p).isTrue();
            }
        }
    }

    private static void generatingTheSpecAgainGivesTheSameCity(Partition p) {
        assertThat(Partitions.generate(p.spec())).isEqualTo(p);
    }

    private static List<Coordinate[]> rings(Geometry g) {
        List<Coordinate[]> out = new java.util.ArrayList<>();
        for (int i = 0; i < g.getNumGeometries(); i++) {
            Polygon poly = (Polygon) g.getGeometryN(i);
            out.add(poly.getExteriorRing().getCoordinates());
            for (int h = 0; h < poly.getNumInteriorRing(); h++) {
                out.add(poly.getInteriorRingN(h).getCoordinates());
            }
        }
        return out;
    }
}

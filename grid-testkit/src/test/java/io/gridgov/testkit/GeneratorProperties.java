package io.gridgov.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.gridgov.core.tree.GridNode;
import io.gridgov.geo.CoordinateSystem;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/** The generator's promises, checked against the brute-force oracle and by counting shared segments. */
class GeneratorProperties {

    @Provide
    Arbitrary<Partition> partitions() {
        return Partitions.any().levels(1, 3).roots(1, 3).fanOut(1, 6).verticesPerBorder(0, 5)
                .crs(CoordinateSystem.LON_LAT_WGS84, CoordinateSystem.PROJECTED_METRES).holes(2).lakes(1)
                .dedicatedShare(0.1).maxLeaves(150);
    }

    @Property(tries = 40)
    void theOracleFindsNoGapOverlapOrOutsidePieceInAGeneratedPartition(@ForAll("partitions") Partition p) {
        assertThat(BruteForceOracle.measure(p)).as("oracle findings in %s", p).isEmpty();
    }

    @Property(tries = 40)
    void everyParentIsTheUnionOfItsChildrenAndLakes(@ForAll("partitions") Partition p) {
        for (GridNode n : p.nodes()) {
            List<String> kids = p.children(n.id());
            if (kids.isEmpty()) {
                continue;
            }
            Geometry union = null;
            for (String k : kids) {
                Geometry g = p.geometries().get(k);
                union = union == null ? g : union.union(g);
            }
            Geometry parent = p.geometries().get(n.id());
            Geometry diffPieces = parent.symDifference(union);
            for (Geometry lake : p.allowedGaps()) {
                diffPieces = diffPieces.difference(lake);
            }
            double diff = diffPieces.getArea();
            assertThat(diff).as("area of parent %s xor union of its children, lakes aside, in %s", n.id(), p)
                    .isLessThanOrEqualTo(parent.getArea() * 1e-9);
        }
    }

    @Property(tries = 40)
    void everyBorderSegmentIsSharedVertexForVertexWithExactlyOneNeighbour(@ForAll("partitions") Partition p) {
        // a segment of a grid's ring is either in exactly one sibling's ring, or on the parent's
        // ring, or on a lake's ring, or (for roots) on the city's outer border
        for (GridNode n : p.nodes()) {
            List<String> siblings = p.siblingsAndSelf(n.id());
            Map<String, Integer> count = new HashMap<>();
            for (String s : siblings) {
                segments(p.geometries().get(s)).forEach(k -> count.merge(k, 1, Integer::sum));
            }
            java.util.Set<String> outer = new java.util.HashSet<>();
            n.parentId().ifPresent(parent -> outer.addAll(segments(p.geometries().get(parent))));
            p.allowedGaps().forEach(g -> outer.addAll(segments(g)));
            for (String seg : segments(p.geometries().get(n.id()))) {
                int c = count.get(seg);
                assertThat(c == 2 || c == 1 && (outer.contains(seg) || n.parentId().isEmpty()))
                        .as("segment %s of %s is in %d sibling rings and %s the parent's ring, in %s", seg, n.id(), c,
                                outer.contains(seg) ? "on" : "not on", p)
                        .isTrue();
            }
        }
    }

    @Property(tries = 30)
    void generationIsAFunctionOfTheSpec(@ForAll("partitions") Partition p) {
        assertThat(Partitions.generate(p.spec())).isEqualTo(p);
    }

    @Property(tries = 30)
    void levelsCountsAndHouseholdsArePlausible(@ForAll("partitions") Partition p) {
        PartitionSpec spec = p.spec();
        long expected = 0;
        long perLevel = 1;
        for (int f : spec.fanOuts()) {
            perLevel *= f;
            expected += perLevel;
        }
        assertThat(p.size()).isEqualTo(expected + spec.holes());
        assertThat(p.geometries()).hasSize(p.size());
        assertThat(p.allowedGaps()).hasSize(spec.lakes());
        for (GridNode n : p.nodes()) {
            assertThat(p.levelOf(n.id())).isBetween(1, spec.levels());
            if (p.isLeaf(n.id()) && !n.kind().isDedicated()) {
                assertThat(n.households().getAsLong()).as("households of comprehensive grid %s", n.id())
                        .isBetween(300L, 500L);
                assertThat(n.population().getAsLong()).isBetween(n.households().getAsLong() * 2,
                        n.households().getAsLong() * 4);
            } else if (!p.isLeaf(n.id())) {
                assertThat(n.households().getAsLong()).isEqualTo(p.children(n.id()).stream()
                        .mapToLong(k -> p.node(k).orElseThrow().households().getAsLong()).sum());
            }
            assertThat(p.geometries().get(n.id()).isValid()).as("geometry of %s is valid", n.id()).isTrue();
        }
    }

    @Property(tries = 20)
    void lonLatPartitionsLieNearTheOrigin(@ForAll("partitions") Partition p) {
        if (p.crs() == CoordinateSystem.LON_LAT_WGS84) {
            for (Geometry g : p.geometries().values()) {
                assertThat(g.getEnvelopeInternal().getMinX()).isBetween(106.69, 106.9);
                assertThat(g.getEnvelopeInternal().getMinY()).isBetween(26.49, 26.7);
            }
        }
    }

    static List<String> segments(Geometry g) {
        List<String> out = new java.util.ArrayList<>();
        for (int i = 0; i < g.getNumGeometries(); i++) {
            Polygon poly = (Polygon) g.getGeometryN(i);
            ring(poly.getExteriorRing(), out);
            for (int h = 0; h < poly.getNumInteriorRing(); h++) {
                ring(poly.getInteriorRingN(h), out);
            }
        }
        return out;
    }

    private static void ring(LineString ring, List<String> out) {
        Coordinate[] cs = ring.getCoordinates();
        for (int i = 0; i + 1 < cs.length; i++) {
            String a = cs[i].x + " " + cs[i].y;
            String b = cs[i + 1].x + " " + cs[i + 1].y;
            out.add(a.compareTo(b) < 0 ? a + "," + b : b + "," + a);
        }
    }

    @net.jqwik.api.Example
    @net.jqwik.api.Tag("long")
    void aHundredThousandLeafCityIsGeneratedWithTheRightCountsAndValidGeometries() {
        Partition city = Partitions.generate(PartitionSpec.builder().fanOuts(1, 40, 50, 50).verticesPerBorder(2)
                .holes(3).lakes(3).seed(5).build());
        assertThat(city.leaves()).hasSize(100_003);
        assertThat(city.size()).isEqualTo(1 + 40 + 2_000 + 100_000 + 3);
        assertThat(city.geometries().values()).allSatisfy(g -> assertThat(g.isValid()).isTrue());
    }
}

package io.gridgov.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.gridgov.geo.CoordinateSystem;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import org.locationtech.jts.algorithm.distance.DiscreteHausdorffDistance;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

class PerturbationProperties {

    @Provide
    Arbitrary<Partition> cities() {
        return Partitions.any().levels(2, 3).fanOut(2, 5).verticesPerBorder(0, 6)
                .crs(CoordinateSystem.PROJECTED_METRES).holes(1).maxLeaves(80);
    }

    @Property(tries = 30)
    void bothModesAreDeterministicKeepIdsAndOrderAndGiveValidGeometries(@ForAll("cities") Partition city,
            @ForAll @DoubleRange(min = 0.1, max = 10) double metres) {
        for (Perturbation kind : Perturbation.values()) {
            Partition once = kind.apply(city, metres, 7);
            assertThat(kind.apply(city, metres, 7)).isEqualTo(once);
            assertThat(once.nodes()).isEqualTo(city.nodes());
            assertThat(List.copyOf(once.geometries().keySet())).isEqualTo(List.copyOf(city.geometries().keySet()));
            once.geometries().forEach((id, g) -> assertThat(g.isValid()).as(kind + " " + id).isTrue());
        }
    }

    @Property(tries = 30)
    void everyGridDigitisedOnItsOwnMovesEachVertexByAtMostTheDistance(@ForAll("cities") Partition city,
            @ForAll @DoubleRange(min = 0.1, max = 5) double metres) {
        Partition moved = Perturbation.DIGITISED_INDEPENDENTLY.apply(city, metres, 11);
        boolean anyMoved = false;
        for (String id : city.geometries().keySet()) {
            Coordinate[] before = city.geometries().get(id).getCoordinates();
            Coordinate[] after = moved.geometries().get(id).getCoordinates();
            assertThat(after).hasSameSizeAs(before);
            for (int i = 0; i < before.length; i++) {
                assertThat(before[i].distance(after[i])).isLessThanOrEqualTo(metres + 1e-9);
                anyMoved |= before[i].distance(after[i]) > 0;
            }
        }
        assertThat(anyMoved).isTrue();
    }

    @Property(tries = 30)
    void parentsRedrawnStayWithinTheDistanceOfTheirOldOutlineAndLeavesAreUntouched(
            @ForAll("cities") Partition city, @ForAll @DoubleRange(min = 0.5, max = 10) double metres) {
        Partition redrawn = Perturbation.PARENTS_REDRAWN.apply(city, metres, 3);
        for (String id : city.geometries().keySet()) {
            Geometry before = city.geometries().get(id);
            Geometry after = redrawn.geometries().get(id);
            if (city.isLeaf(id)) {
                assertThat(after.equalsExact(before)).isTrue();
            } else {
                assertThat(DiscreteHausdorffDistance.distance(before.getBoundary(), after.getBoundary()))
                        .isLessThanOrEqualTo(metres + 1e-6);
                assertThat(after.getNumPoints()).isGreaterThan(before.getNumPoints());
            }
        }
    }
}

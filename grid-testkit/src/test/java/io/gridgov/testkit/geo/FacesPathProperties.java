package io.gridgov.testkit.geo;

import static org.assertj.core.api.Assertions.assertThat;

import io.gridgov.core.Severity;
import io.gridgov.geo.CoordinateSystem;
import io.gridgov.geo.GeoPartition;
import io.gridgov.geo.validate.BoundaryRule;
import io.gridgov.geo.validate.PartitionValidator;
import io.gridgov.geo.validate.ValidationOptions;
import io.gridgov.geo.validate.Violation;
import io.gridgov.testkit.Partition;
import io.gridgov.testkit.PartitionArbitrary;
import io.gridgov.testkit.Partitions;
import io.gridgov.testkit.Perturbation;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The faces path of the group checks (one noding of a group's children and parent, its faces
 * labelled) finds what the overlays find (child ∩ child, parent − union, union − parent), on the
 * testkit's messy cities. The two node the same rings in different batches, so a crossing of two
 * nearly parallel lines may land elsewhere along them by a rounding error; the pieces are then the same
 * up to slivers far narrower than the validator's noise (a spike 2e-7 m wide), which may move a piece
 * into or out of its border's group. What must be equal is therefore, per border (rule, parent, grids):
 * that it is reported, its worst severity, and its total area, to 1e-6 of it plus 1e-3 m².
 */
class FacesPathProperties {

    /** The switch of {@code SiblingGroupValidation} that turns the faces path off. */
    private static final String OVERLAYS_ONLY = "gridgov.geo.overlaysOnly";

    static PartitionArbitrary cities() {
        return Partitions.any().levels(2, 3).fanOut(2, 7).verticesPerBorder(1, 6)
                .crs(CoordinateSystem.LON_LAT_WGS84, CoordinateSystem.PROJECTED_METRES).holes(1).lakes(1)
                .maxLeaves(150);
    }

    @Provide
    Arbitrary<Partition> messy() {
        return Combinators.combine(cities(), Arbitraries.of(Perturbation.values()),
                Arbitraries.doubles().between(0.05, 12), Arbitraries.longs().between(0, 1000))
                .as((city, kind, metres, seed) -> kind.apply(city, metres, seed));
    }

    @Property(tries = 60)
    void facesFindWhatOverlaysFind(@ForAll("messy") Partition city,
            @ForAll("tolerances") double tolerance) {
        GeoPartition p = city.toGeoPartition();
        ValidationOptions options = ValidationOptions.builder().toleranceMetres(tolerance).parallelism(1).build();
        List<Violation> overlays;
        try {
            System.setProperty(OVERLAYS_ONLY, "true");
            overlays = PartitionValidator.validate(p, options).violations();
        } finally {
            System.clearProperty(OVERLAYS_ONLY);
        }
        List<Violation> faces = PartitionValidator.validate(p, options).violations();
        Map<String, Border> expected = borders(overlays);
        Map<String, Border> actual = borders(faces);
        assertThat(actual.keySet()).as("borders reported").isEqualTo(expected.keySet());
        for (Map.Entry<String, Border> e : expected.entrySet()) {
            Border want = e.getValue();
            Border got = actual.get(e.getKey());
            assertThat(got.worst()).as("worst severity of %s", e.getKey()).isEqualTo(want.worst());
            assertThat(Math.abs(got.areaM2() - want.areaM2())).as("area of %s: %s vs %s", e.getKey(), got, want)
                    .isLessThanOrEqualTo(1e-6 * want.areaM2() + 1e-3);
        }
    }

    @Provide
    Arbitrary<Double> tolerances() {
        return Arbitraries.of(0.0, ValidationOptions.DEFAULT_TOLERANCE_METRES, 2.0);
    }

    /** What one border's findings add up to. */
    private record Border(Severity worst, double areaM2) {
    }

    private static Map<String, Border> borders(List<Violation> found) {
        Map<String, Border> borders = new TreeMap<>();
        for (Violation v : found) {
            BoundaryRule rule = v.rule();
            String key = rule + " " + v.parentId().orElse("") + " " + new TreeSet<>(v.gridIds());
            borders.merge(key, new Border(v.severity(), v.areaM2()),
                    (a, b) -> new Border(a.worst().compareTo(b.worst()) <= 0 ? a.worst() : b.worst(),
                            a.areaM2() + b.areaM2()));
        }
        return borders;
    }
}

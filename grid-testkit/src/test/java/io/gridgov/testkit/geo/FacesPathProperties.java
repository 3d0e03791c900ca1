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
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.LongRange;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * The faces path of the group checks (one noding of a group's children and parent, its faces
 * labelled) finds what the overlays find (child ∩ child, parent − union, union − parent), on the
 * testkit's messy cities. The two node the same rings in different batches, so a crossing of two
 * nearly parallel lines may land elsewhere along them by a rounding error; the pieces are then the same
 * up to slivers far narrower than the validator's noise (a spike 2e-7 m wide), which may move a piece
 * into or out of its border's group, and a piece may carry a node the other path did not make. What must
 * be equal is therefore, per border (rule, parent, grids): that it is reported, its worst severity, the
 * planar area of its pieces (to 1e-9 of it plus the validator's noise strip, 1e-12 of the coordinates'
 * magnitude wide, along them) and its area in m² to 1e-4 of it plus 0.01 m² (on the ellipsoid, a
 * vertex inserted on a segment of a lon/lat piece bends its geodesic: 0.002 m² on a 1.6 km border).
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
    Arbitrary<Partition> clean() {
        return cities();
    }

    @Property(tries = 100)
    void facesFindWhatOverlaysFind(@ForAll("clean") Partition clean, @ForAll Perturbation kind,
            @ForAll @DoubleRange(min = 0.05, max = 12) double metres, @ForAll @LongRange(max = 1000) long seed,
            @ForAll("tolerances") double tolerance) {
        GeoPartition p = kind.apply(clean, metres, seed).toGeoPartition();
        ValidationOptions options = ValidationOptions.builder().toleranceMetres(tolerance).parallelism(1).build();
        List<Violation> overlays;
        try {
            System.setProperty(OVERLAYS_ONLY, "true");
            overlays = PartitionValidator.validate(p, options).violations();
        } finally {
            System.clearProperty(OVERLAYS_ONLY);
        }
        List<Violation> faces = PartitionValidator.validate(p, options).violations();
        double magnitude = magnitude(p);
        Map<String, Border> expected = borders(overlays);
        Map<String, Border> actual = borders(faces);
        assertThat(actual.keySet()).as("borders reported").isEqualTo(expected.keySet());
        for (Map.Entry<String, Border> e : expected.entrySet()) {
            Border want = e.getValue();
            Border got = actual.get(e.getKey());
            assertThat(got.worst()).as("worst severity of %s", e.getKey()).isEqualTo(want.worst());
            // the same point sets: planar areas equal up to the validator's noise strip along the pieces
            double noise = 1e-12 * magnitude * Math.max(got.length(), want.length());
            assertThat(Math.abs(got.area() - want.area())).as("planar area of %s: %s vs %s", e.getKey(), got, want)
                    .isLessThanOrEqualTo(1e-9 * want.area() + noise);
            // measured on the ellipsoid, a vertex inserted on a segment moves its geodesic a little
            assertThat(Math.abs(got.areaM2() - want.areaM2())).as("area of %s: %s vs %s", e.getKey(), got, want)
                    .isLessThanOrEqualTo(1e-4 * want.areaM2() + 1e-2);
        }
    }

    /** {@return the largest absolute coordinate of the partition} (the scale of its rounding errors) */
    private static double magnitude(GeoPartition p) {
        double m = 0;
        for (Geometry g : p.geometries().values()) {
            Envelope e = g.getEnvelopeInternal();
            m = Math.max(m, Math.max(Math.max(Math.abs(e.getMinX()), Math.abs(e.getMaxX())),
                    Math.max(Math.abs(e.getMinY()), Math.abs(e.getMaxY()))));
        }
        return m;
    }

    @Provide
    Arbitrary<Double> tolerances() {
        return Arbitraries.of(0.0, ValidationOptions.DEFAULT_TOLERANCE_METRES, 2.0);
    }

    /** What one border's findings add up to: worst severity, area (m²), planar area and length of the pieces. */
    private record Border(Severity worst, double areaM2, double area, double length) {
    }

    private static Map<String, Border> borders(List<Violation> found) {
        Map<String, Border> borders = new TreeMap<>();
        for (Violation v : found) {
            BoundaryRule rule = v.rule();
            String key = rule + " " + v.parentId().orElse("") + " " + new TreeSet<>(v.gridIds());
            Optional<Geometry> piece = v.geometry();
            borders.merge(key, new Border(v.severity(), v.areaM2(), piece.map(Geometry::getArea).orElse(0.0),
                    piece.map(Geometry::getLength).orElse(0.0)),
                    (a, b) -> new Border(a.worst().compareTo(b.worst()) <= 0 ? a.worst() : b.worst(),
                            a.areaM2() + b.areaM2(), a.area() + b.area(), a.length() + b.length()));
        }
        return borders;
    }
}

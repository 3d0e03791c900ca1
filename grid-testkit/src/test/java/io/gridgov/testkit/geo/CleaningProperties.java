package io.gridgov.testkit.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.gridgov.core.tree.GridNode;
import io.gridgov.core.tree.GridTree;
import io.gridgov.geo.CoordinateSystem;
import io.gridgov.geo.GeoPartition;
import io.gridgov.geo.measure.Areas;
import io.gridgov.geo.validate.CleaningOptions;
import io.gridgov.geo.validate.CleaningResult;
import io.gridgov.geo.validate.PartitionCleaner;
import io.gridgov.geo.validate.PartitionValidator;
import io.gridgov.geo.validate.ValidationReport;
import io.gridgov.testkit.Partition;
import io.gridgov.testkit.PartitionArbitrary;
import io.gridgov.testkit.PartitionSpec;
import io.gridgov.testkit.Partitions;
import io.gridgov.testkit.Perturbation;
import io.gridgov.testkit.Style;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.LongRange;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.operation.overlayng.OverlayNG;

/** Cleaning: whatever the perturbation, the output validates, conserves area and keeps the tree. */
class CleaningProperties {

    /** The same cities as the snapping properties: cleaning is checked on what snapping is checked on. */
    static PartitionArbitrary cities() {
        return SnappingProperties.cities();
    }

    @Provide
    Arbitrary<Partition> clean() {
        return cities();
    }

    /** Snapping and gap filling that cover noise of up to {@code metres} in either perturbation. */
    static CleaningOptions covering(double metres, CleaningOptions.Authority authority) {
        return CleaningOptions.builder().snapMetres(2.5 * metres).maxGapWidthMetres(2.5 * metres)
                .authority(authority).build();
    }

    @Property(tries = 40)
    void anyPerturbationIsCleanedIntoAPartitionThatValidates(@ForAll("clean") Partition city,
            @ForAll Perturbation kind, @ForAll @DoubleRange(min = 0.1, max = 4) double metres,
            @ForAll @LongRange(max = 1000) long seed, @ForAll CleaningOptions.Authority authority) {
        GeoPartition noisy = kind.apply(city, metres, seed).toGeoPartition();
        CleaningOptions options = covering(metres, authority);
        CleaningResult result = PartitionCleaner.clean(noisy, options);
        GeoPartition cleaned = result.partition();

        assertThat(result.refusals()).isEmpty();
        assertThat(result.isComplete()).as("gaps left: %s", result.gapsLeft()).isTrue();
        ValidationReport report = PartitionValidator.validate(cleaned, options.validationOptions());
        assertThat(report.violations()).as("findings after cleaning").isEmpty();
        // ids, order and properties kept: the very same tree
        assertThat(cleaned.tree()).isSameAs(noisy.tree());
        assertThat(cleaned.geometries().keySet()).isEqualTo(noisy.geometries().keySet());
        cleaned.geometries().values().forEach(g -> assertThat(g.isValid()).isTrue());
        assertAreaConserved(result);
    }

    /**
     * The children's areas add up to their parent's within 0.01%, once the gaps the cleaner left in
     * the parent (lakes: allowed gaps) are added.
     */
    static void assertAreaConserved(CleaningResult result) {
        GeoPartition p = result.partition();
        GridTree tree = p.tree();
        Map<String, Double> left = new HashMap<>();
        for (CleaningResult.LeftGap gap : result.gapsLeft()) {
            gap.parentId().ifPresent(id -> left.merge(id, gap.areaM2(), Double::sum));
        }
        tree.nodes().forEach(n -> {
            if (tree.isLeaf(n.id())) {
                return;
            }
            double parent = Areas.areaM2(p.geometries().get(n.id()), p.crs());
            double children = left.getOrDefault(n.id(), 0.0);
            for (GridNode c : tree.children(n.id())) {
                children += Areas.areaM2(p.geometries().get(c.id()), p.crs());
            }
            assertThat(children).as("children of %s", n.id()).isCloseTo(parent, within(1e-4 * parent));
        });
    }

    /**
     * The change report's areas (from the pieces between old and new outline) agree with a
     * snap-rounded overlay of old and new within its rounding, and cleaning the groups of a level in
     * parallel gives the same grids as one thread (up to floating-point rounding).
     *
     * <p>Seed {@code 7081853365754148593} failed here (found 2026-12-03, on {@code aad0a83} too): see
     * {@link #aFaceOfRoundingWidthAtACornerIsCountedInTheChangeReport}.
     */
    @Property(tries = 20)
    void theChangeReportAgreesWithAnOverlayAndParallelismChangesNothing(@ForAll("clean") Partition city,
            @ForAll Perturbation kind, @ForAll @DoubleRange(min = 0.1, max = 4) double metres,
            @ForAll @LongRange(max = 1000) long seed) {
        assertTheChangeReportAgreesWithAnOverlay(city, kind, metres, seed);
    }

    /**
     * Seed {@code 7081853365754148593} of the property above, shrunk: grid 1.3.3's loss was reported as
     * 47.11 m² where the overlay gives 47.45 m² (its gain 45.82 m², not 46.15 m²). No vertex of its
     * outline survived snapping, so the change report measured it by the faces of the differing
     * segments, snap-rounded to about 0.1 mm; the new outline passes 0.1 µm beside the old one's
     * corner, rounding put both in one pixel, and the 0.66 m² face between them had its interior
     * point in a sliver one rounding wide, inside both outlines: the face was counted as neither lost
     * nor gained, and the sum check (10<sup>-5</sup> of the grid's area) let it through. Faces are
     * now placed by the segments bounding them ({@code OutlineChange}).
     */
    @Example
    void aFaceOfRoundingWidthAtACornerIsCountedInTheChangeReport() {
        assertTheChangeReportAgreesWithAnOverlay(Partitions.generate(PartitionSpec.builder()
                .style(Style.STREET_BLOCKS).fanOuts(1, 6, 3).verticesPerBorder(6).noise(0.003)
                .crs(CoordinateSystem.LON_LAT_WGS84).origin(106.7, 26.5).leafSizeMetres(300.0).dedicatedShare(0.0)
                .holes(0).lakes(0).seed(-3183L).build()), Perturbation.DIGITISED_INDEPENDENTLY, 0.14, 12);
    }

    /**
     * Found by 10,000 fresh seeds of the property above (branch geoclean2): 1.1.1 came out of one
     * thread and of three in different shapes, and of two runs on one thread too, now and then (6 of
     * 450 cleanings). JTS's {@code Polygonizer} keeps its edges in identity-hashed sets, so the faces
     * came in another order each run and ties (the longest border, the union's summing order) went
     * another way; they are now put in a canonical order first ({@code CanonicalFaces}, whose test
     * pins the order itself). Here the sample, as one more try of the property.
     */
    @Example
    void aCityWhoseFacesTieIsCleanedTheSameWayEachTime() {
        assertTheChangeReportAgreesWithAnOverlay(Partitions.generate(PartitionSpec.builder().style(Style.ORGANIC)
                .fanOuts(1, 4, 3).verticesPerBorder(5).noise(0.007).crs(CoordinateSystem.PROJECTED_METRES)
                .origin(106.7, 26.5).leafSizeMetres(300.0).dedicatedShare(0.0).holes(1).lakes(1).seed(-275L).build()),
                Perturbation.DIGITISED_INDEPENDENTLY, 4.0, 376);
    }

    private static void assertTheChangeReportAgreesWithAnOverlay(Partition city, Perturbation kind, double metres,
            long seed) {
        GeoPartition noisy = kind.apply(city, metres, seed).toGeoPartition();
        CleaningOptions.Builder options = CleaningOptions.builder().snapMetres(2.5 * metres)
                .maxGapWidthMetres(2.5 * metres);
        CleaningResult one = PartitionCleaner.clean(noisy, options.parallelism(1).build());
        CleaningResult three = PartitionCleaner.clean(noisy, options.parallelism(3).build());
        one.partition().geometries().forEach((id, g) -> assertThat(g.norm()
                .equalsExact(three.partition().geometries().get(id).norm(), 1e-9)).as(id).isTrue());
        PrecisionModel rounding = new PrecisionModel(noisy.crs().isGeographic() ? 1e9 : 1e4);
        for (CleaningResult.Change c : one.changes()) {
            Geometry before = noisy.geometries().get(c.id());
            Geometry after = one.partition().geometries().get(c.id());
            double toM2 = Areas.areaM2(before, noisy.crs()) / before.getArea();
            double lost = OverlayNG.overlay(before, after, OverlayNG.DIFFERENCE, rounding).getArea() * toM2;
            double gained = OverlayNG.overlay(after, before, OverlayNG.DIFFERENCE, rounding).getArea() * toM2;
            double allowance = 0.1 + 1e-6 * Areas.areaM2(before, noisy.crs());
            assertThat(c.areaLostM2()).as("lost by %s", c.id()).isCloseTo(lost, within(allowance));
            assertThat(c.areaGainedM2()).as("gained by %s", c.id()).isCloseTo(gained, within(allowance));
        }
    }

    @Property(tries = 30)
    void aCleanPartitionComesBackUnchanged(@ForAll("clean") Partition city) {
        assertComesBackUnchanged(city);
    }

    /**
     * Seed 3604846695925585723 shrunk to this city: the lake in 1.2.4 kept the group of 1.2 from
     * being certified as clean (the allowed gap was not part of the tiling), so the group was snapped
     * again and 1.2.5's corner moved onto 1.2.3's vertex 0.287 m away, 43 m² from 1.2.5 to 1.2.6.
     */
    @Example
    void aCleanCityAroundALakeComesBackUnchanged() {
        assertComesBackUnchanged(Partitions.generate(PartitionSpec.builder().style(Style.STREET_BLOCKS)
                .fanOuts(1, 2, 6).verticesPerBorder(0).noise(0.0).crs(CoordinateSystem.LON_LAT_WGS84)
                .leafSizeMetres(300.0).dedicatedShare(0.0).holes(1).lakes(1).seed(34L).build()));
    }

    /**
     * Found by 1,000 tries of a first version of the fix above: the lake is cut out of leaves, so it
     * must not take part in the group of the root (whose children 1.1–1.3 have no hole); it did, the
     * root's group was no longer certified and was snapped again (1.1, 1.2 changed by 0.4 mm, 0.01 m²).
     */
    @Example
    void aLakeCutOutOfTheGridsBelowDoesNotTakePartInTheRootsGroup() {
        assertComesBackUnchanged(Partitions.generate(PartitionSpec.builder().style(Style.ORGANIC)
                .fanOuts(1, 3, 6).verticesPerBorder(0).noise(0.0).crs(CoordinateSystem.LON_LAT_WGS84)
                .leafSizeMetres(300.0).dedicatedShare(0.0).holes(0).lakes(1).seed(34L).build()));
    }

    private static void assertComesBackUnchanged(Partition city) {
        GeoPartition p = city.toGeoPartition();
        CleaningResult result = PartitionCleaner.clean(p);
        assertThat(result.changes()).isEmpty();
        assertThat(result.refusals()).isEmpty();
        for (String id : p.geometries().keySet()) {
            Geometry before = p.geometries().get(id);
            assertThat(result.partition().geometries().get(id)).isSameAs(before);
        }
        assertThat(List.copyOf(result.gapsLeft())).allMatch(g -> g.kind() == CleaningResult.LeftGap.Kind.ALLOWED);
    }
}

package io.gridgov.testkit.geo;

import static io.gridgov.testkit.GridAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.gridgov.core.Severity;
import io.gridgov.geo.CoordinateSystem;
import io.gridgov.geo.validate.PartitionValidator;
import io.gridgov.geo.validate.ValidationOptions;
import io.gridgov.geo.validate.ValidationReport;
import io.gridgov.testkit.Defect;
import io.gridgov.testkit.Defects;
import io.gridgov.testkit.ExpectedViolation;
import io.gridgov.testkit.Mutation;
import io.gridgov.testkit.Partition;
import io.gridgov.testkit.PartitionArbitrary;
import io.gridgov.testkit.PartitionSpec;
import io.gridgov.testkit.Partitions;
import io.gridgov.testkit.Perturbation;
import io.gridgov.testkit.Style;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.LongRange;

/**
 * Tolerance means snapping: differences within it are not violations; real defects beyond it still are.
 *
 * <p>Both "report nothing" properties explore fresh seeds in every build. Each city they or a
 * scratch sampler outside the build (the properties' ranges, fresh seeds) found keeping a finding
 * is a sample in {@link SnappingSamplesTest} with its traced cause, and none is disabled. The
 * redrawn property ran with a fixed seed until 2026-12-05 (it failed about one fresh city in
 * 8,000 then). With the code of that day's last snapping branches, the sampler found no city of
 * either kind keeping a finding in 150,000 of each (seeds 101 to 105), nor did 15,000 of the
 * redrawn property's own cities on fresh seeds. History and figures: docs/BENCHMARKS.md, the
 * sections on the snapping branches.
 */
class SnappingProperties {

    static PartitionArbitrary cities() {
        return Partitions.any().levels(2, 3).fanOut(2, 6).verticesPerBorder(0, 6)
                .crs(CoordinateSystem.LON_LAT_WGS84, CoordinateSystem.PROJECTED_METRES).holes(1).lakes(1)
                .maxLeaves(150);
    }

    @Provide
    Arbitrary<Partition> clean() {
        return cities();
    }

    static ValidationOptions tolerance(double metres) {
        return ValidationOptions.builder().toleranceMetres(metres).parallelism(1).build();
    }

    /**
     * Up to 5 m. Two root causes, both fixed: a parent resampled every half metre had the run of its
     * vertices approaching a corner snapped onto the run's first vertex, dragging the corner almost a
     * tolerance away (branch geospeed: corners are representatives first); and a vertex within the
     * tolerance of both sides of a spike narrower than the tolerance went into one side only, leaving
     * a zig-zag and a sliver (branch cleanfast: it now goes into both and the spike is cut off at it;
     * see {@link #parentVertexBesideANarrowChildTip()}); later causes are the samples of {@link
     * SnappingSamplesTest}. Runs with fresh seeds (see the class comment).
     */
    @Property(tries = 40)
    void parentsRedrawnWithinTheToleranceReportNothing(@ForAll("clean") Partition city,
            @ForAll @DoubleRange(min = 0.2, max = 5) double metres, @ForAll @LongRange(max = 1000) long seed) {
        Partition redrawn = Perturbation.PARENTS_REDRAWN.apply(city, metres, seed);
        ValidationReport report = PartitionValidator.validate(redrawn.toGeoPartition(), tolerance(metres * 1.05));
        assertThat(report).hasNoFindings();
        assertThat(report.snappedVertexCount()).isPositive();
    }

    /**
     * The sample that kept {@link #parentsRedrawnWithinTheToleranceReportNothing} disabled (about 1
     * city in 300): child 1.5.2 ends in a wedge whose two sides are both within the tolerance of the
     * redrawn parent's vertex beside its tip. The vertex went into the nearer side only (the border
     * with sibling 1.5.6, 1.07 m against 1.14 m), so the child's outer border still ran straight to
     * the tip while the parent turned at the vertex: a 7.2 m² OUTSIDE_PARENT sliver survived.
     */
    @Example
    void parentVertexBesideANarrowChildTip() {
        assertReportsNothing(PartitionSpec.builder().style(Style.ORGANIC).fanOuts(1, 5, 6)
                .verticesPerBorder(5).noise(0.028).crs(CoordinateSystem.PROJECTED_METRES).holes(1).lakes(1)
                .seed(253265517547946416L).build(), Perturbation.PARENTS_REDRAWN, 4.87, 818, 1.05);
    }

    /**
     * Neighbours digitised on their own, within the tolerance, report nothing. Failed for the same
     * two reasons as above; the second one: {@link #siblingVertexBesideANarrowTip()}. Runs with fresh
     * seeds (see the class comment).
     */
    @Property(tries = 40)
    void gridsDigitisedOnTheirOwnWithinTheToleranceReportNothing(@ForAll("clean") Partition city,
            @ForAll @DoubleRange(min = 0.05, max = 2) double metres, @ForAll @LongRange(max = 1000) long seed) {
        Partition digitised = Perturbation.DIGITISED_INDEPENDENTLY.apply(city, metres, seed);
        // neighbours moved apart by up to twice the distance; snapping to the first representative
        // within the tolerance needs a little more than that (2.1× left rare pieces on a 10k city)
        ValidationReport report = PartitionValidator.validate(digitised.toGeoPartition(), tolerance(metres * 2.5));
        assertThat(report).hasNoFindings();
    }

    /**
     * The sample that kept {@link #gridsDigitisedOnTheirOwnWithinTheToleranceReportNothing}
     * disabled: where four grids meet, 1.2.2's corner snapped to a representative 0.99 m away, so
     * its ring turned back there in a spike narrower than the tolerance; the junction's other
     * representative lay within the tolerance of both sides of it but went into the nearer only,
     * and a 55.8 m² OVERLAP of 1.2.2 and 1.2.5 survived along their 124 m border.
     */
    @Example
    void siblingVertexBesideANarrowTip() {
        assertReportsNothing(PartitionSpec.builder().style(Style.ORGANIC).fanOuts(1, 4, 5)
                .verticesPerBorder(1).noise(0.00995).crs(CoordinateSystem.PROJECTED_METRES)
                .seed(-7296107099147364380L).build(), Perturbation.DIGITISED_INDEPENDENTLY, 0.483, 166, 2.5);
    }

    /**
     * Found by 3,000 tries after the fix above: where three grids meet at each end of a border
     * shorter than the tolerance (5.2 m against 4.975 m), 1.1.1's corner was given the far end's
     * representative (4.5 m away) because the near end's did not exist yet, and a 438 m² OVERLAP
     * of 1.1.1 and 1.1.5 survived along their 175 m border. Every vertex now gets the nearest
     * representative once all exist (a corner's: the nearest corner's, see
     * {@link #aCornerStaysOnTheParentsCorner()}).
     */
    @Example
    void cornerBesideABorderShorterThanTheTolerance() {
        assertReportsNothing(PartitionSpec.builder().style(Style.ORGANIC).fanOuts(1, 3, 6)
                .verticesPerBorder(2).noise(0.028).crs(CoordinateSystem.PROJECTED_METRES).lakes(1).seed(-88L).build(),
                Perturbation.DIGITISED_INDEPENDENTLY, 1.99, 968, 2.5);
    }

    /**
     * Found by 3,000 tries after the fix above: child 1.4.2 turns back at its tip towards its own
     * next vertex, which lies within the tolerance of the border the parent shares with it; the
     * vertex could not go into that border (the child "had it elsewhere"), and the parent took it
     * alone: a 17.3 m² OUTSIDE_PARENT sliver survived. A ring now takes a vertex that is its next
     * one beyond the segment's end (the spike is cut off at it), and a vertex goes into every
     * segment within the tolerance, not only into one of two that share an end.
     */
    @Example
    void childTipTurningBackWithinTheTolerance() {
        assertReportsNothing(PartitionSpec.builder().style(Style.ORGANIC).fanOuts(1, 5, 3)
                .verticesPerBorder(3).noise(0.019).crs(CoordinateSystem.LON_LAT_WGS84).lakes(1).seed(-1220654L).build(),
                Perturbation.PARENTS_REDRAWN, 1.51, 497, 1.05);
    }

    /**
     * Found while fixing the sample above: given simply the nearest representative, 1.1.4's corner
     * moved onto its own next vertex (1.05 m) instead of the parent's corner (1.33 m), and a 47.6 m²
     * GAP to the parent's outline survived. A vertex given a corner's representative keeps a corner's.
     */
    @Example
    void aCornerStaysOnTheParentsCorner() {
        assertReportsNothing(PartitionSpec.builder().style(Style.STREET_BLOCKS).fanOuts(1, 5, 4)
                .verticesPerBorder(2).noise(0.037).crs(CoordinateSystem.PROJECTED_METRES).holes(1).lakes(1).seed(-2L)
                .build(), Perturbation.PARENTS_REDRAWN, 1.9, 22, 1.05);
    }

    /** A recorded sample: the city perturbed by {@code metres} reports nothing at {@code factor × metres}. */
    private static void assertReportsNothing(PartitionSpec spec, Perturbation kind, double metres, long seed,
            double factor) {
        Partition noisy = kind.apply(Partitions.generate(spec), metres, seed);
        assertThat(PartitionValidator.validate(noisy.toGeoPartition(), tolerance(metres * factor))).hasNoFindings();
    }

    @Provide
    Arbitrary<Mutation> defects() {
        return Defects.mutations(Partitions.any().levels(2, 3).fanOut(3, 7).verticesPerBorder(1, 6)
                .crs(CoordinateSystem.LON_LAT_WGS84, CoordinateSystem.PROJECTED_METRES).maxLeaves(150),
                Defect.SHRINK, Defect.GROW_INTO_NEIGHBOUR, Defect.GROW_OUTSIDE_PARENT, Defect.DELETE);
    }

    @Property(tries = 40)
    void realDefectsWiderThanTheToleranceAreStillReportedOnDigitisedData(@ForAll("defects") Mutation m,
            @ForAll @LongRange(max = 1000) long seed) {
        double noise = 0.05;
        Partition noisy = Perturbation.DIGITISED_INDEPENDENTLY.apply(m.partition(), noise, seed);
        ValidationReport report = PartitionValidator.validate(noisy.toGeoPartition(), tolerance(0.5));
        // each side of a border moved by up to the noise, then snapped within the tolerance; a neighbour
        // within the tolerance of the defect may be named with it (as in DefectProperties)
        double moved = 2 * noise + 0.5;
        for (ExpectedViolation e : m.expected()) {
            if (e.severity() != Severity.ERROR) {
                continue;
            }
            assertThat(report.errors()).as("%s in %s", e, report.violations()).anySatisfy(v -> {
                assertThat(v.rule()).isEqualTo(e.rule());
                assertThat(v.parentId()).isEqualTo(e.parentId());
                assertThat(v.gridIds()).containsAll(e.gridIds());
                e.areaM2().ifPresent(area -> assertThat(v.areaM2()).isCloseTo(area,
                        within(DefectProperties.areaAllowance(e, m.partition().crs(), moved))));
            });
        }
    }
}

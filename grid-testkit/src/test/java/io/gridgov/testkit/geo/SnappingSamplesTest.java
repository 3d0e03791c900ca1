package io.gridgov.testkit.geo;

import static io.gridgov.testkit.GridAssertions.assertThat;

import io.gridgov.geo.CoordinateSystem;
import io.gridgov.geo.validate.PartitionValidator;
import io.gridgov.testkit.Partition;
import io.gridgov.testkit.PartitionSpec;
import io.gridgov.testkit.Partitions;
import io.gridgov.testkit.Perturbation;
import io.gridgov.testkit.Style;
import net.jqwik.api.Disabled;
import net.jqwik.api.Example;

/**
 * The cities with which the "report nothing" properties of {@link SnappingProperties} failed under
 * fresh seeds (branches cleanfast and snapcorner, 2026-12-02), each perturbed within the tolerance:
 * once snapped, each must report nothing. A city whose holes were not recorded is built without
 * holes (it failed with 0 and 1). All twelve failed on main b0a5d0e; the causes (branch snapseed):
 *
 * <ul>
 * <li><b>A border shorter than the tolerance ending on the parent's outline</b> (seven: both
 *     ORGANIC 1/6/5, 1/6 redrawn, 1/3/5, 1/6/3, 1/5/4, 1/6, 1/6/5 digitised). Two children share a
 *     border from a junction J to a point T on the parent's outline, |JT| just under the
 *     tolerance. Corners are made representatives first, sharpest first: J first, then T, a
 *     corner of both children, found J's representative within the tolerance and took it. The
 *     parent's vertex P beside T (0.7–1.8 m from it, a plain vertex of the parent, made later)
 *     lay farther than the tolerance from J, kept its own representative, and "a vertex given a
 *     corner's keeps a corner's" kept T on J. The children then ran straight from J to the
 *     parent's next vertices and the triangle J, P, ... they cut off the parent survived as a GAP
 *     (e.g. ORGANIC 1/6/3: J = 1.6's corner, T = 1.3's vertex 56, 2.83 m from J, 0.73 m from P =
 *     the parent's vertex 96, P 3.41 m from J at 2.9 m; 171 m²). Fixed: a corner given a corner's
 *     representative takes a plain one that it would otherwise leave behind (see
 *     {@code GroupSnapping.leavesBehind}).</li>
 * <li><b>An insert decided on an edge that the ring no longer follows</b> (three: STREET_BLOCKS
 *     1/5/4, ORGANIC 1/2/5 and 1/6/2 redrawn). A representative R is inserted into every edge
 *     within the tolerance of it, each edge tested whole. A child's long edge E takes the parent's
 *     vertex Q and then runs along the parent's edge from Q to the child's corner C; R (the
 *     parent's or the child's vertex beyond C) lay within the tolerance of E (3.07 m at 3.08 m)
 *     but not of the parent's edge Q–C (3.08 m): the child took R into both sides of C and cut
 *     the corner off, the parent kept it (23–55 m² GAP). Fixed: an inserted representative
 *     farther than the tolerance from the piece of the edge it goes into (between its neighbours
 *     along the edge) stays out.</li>
 * <li>Still open, {@link Disabled}: {@link #organic153Digitised()} and
 *     {@link #streetBlocks163Redrawn()}, see there.</li>
 * </ul>
 */
class SnappingSamplesTest {

    private static final CoordinateSystem LON_LAT = CoordinateSystem.LON_LAT_WGS84;
    private static final CoordinateSystem METRES = CoordinateSystem.PROJECTED_METRES;

    @Example
    void organic163Digitised() {
        digitised(spec(Style.ORGANIC, 6, 0.014, LON_LAT, 0, 1, 264L, 1, 6, 3), 1.16, 283);
    }

    @Example
    void streetBlocks154Redrawn() {
        redrawn(spec(Style.STREET_BLOCKS, 6, 0.002, METRES, 0, 0, -1308990L, 1, 5, 4), 2.93, 90);
    }

    @Example
    void organic165Redrawn() {
        redrawn(spec(Style.ORGANIC, 0, 0.007, METRES, 0, 1, -23232655900169L, 1, 6, 5), 1.4, 21);
    }

    @Example
    void organic16Redrawn() {
        redrawn(spec(Style.ORGANIC, 0, 0.03, METRES, 0, 0, 6565949857087171677L, 1, 6), 3.34, 97);
    }

    @Example
    void organic135Redrawn() {
        redrawn(spec(Style.ORGANIC, 5, 0.024, LON_LAT, 1, 1, -3516583312L, 1, 3, 5), 1.55, 312);
    }

    /**
     * Still fails (196 m² OVERLAP of 1.1.1 and 1.1.3): the junction J of 1.1.1, 1.1.3 and the
     * parent splits over two corner representatives 1.9 and 1.8 m from 1.1.1's copy of it (the
     * parent's and 1.1.3's went to 1.1.3's copy, 1.1.1's to the parent's next corner); the parent's
     * next plain vertex then goes into 1.1.1's edge as decided on the edge 1.1.1 had before the
     * inserts, not into 1.1.3's, and the two rings fold over each other. Needs the inserts decided
     * on the edges the rings end up with (a second pass, or one noding).
     */
    @Disabled("snapping still leaves a 196 m² overlap: see the Javadoc")
    @Example
    void organic153Digitised() {
        digitised(spec(Style.ORGANIC, 1, 0.035, METRES, 1, 1, -22009L, 1, 5, 3), 1.2943539972642393, 504);
    }

    @Example
    void organic154Digitised() {
        digitised(spec(Style.ORGANIC, 2, 0.022, METRES, 1, 0, 253111826L, 1, 5, 4), 1.8221543241341727, 605);
    }

    @Example
    void organic16Digitised() {
        digitised(spec(Style.ORGANIC, 3, 0.013, LON_LAT, 1, 1, -1418938030L, 1, 6), 0.9886402925594976, 993);
    }

    @Example
    void organic165Digitised() {
        digitised(spec(Style.ORGANIC, 4, 0.0, LON_LAT, 1, 1, -1561330612609746141L, 1, 6, 5), 1.9468965148568604,
                324);
    }

    /**
     * Still fails (33 m² OUTSIDE_PARENT of 1.3.1): the parent's vertex V before its corner C (C =
     * 1.3.1's corner, 4.27 m from V at 4.20 m) lies within the tolerance of the parent's edge after
     * C, so the parent is cut off at V ("the ring turns back": a spike), but not of 1.3.1's edge
     * after C, which runs on to a vertex beyond the parent's; 1.3.1 keeps the corner. The
     * opposite case of the second cause in the class comment: the child's edge would have to be
     * tested on its piece up to the parent's vertex inserted into it, which needs V as a candidate
     * of an edge it is farther than the tolerance from.
     */
    @Disabled("snapping still leaves a 33 m² sliver outside the parent: see the Javadoc")
    @Example
    void streetBlocks163Redrawn() {
        redrawn(spec(Style.STREET_BLOCKS, 6, 0.003, METRES, 0, 0, 6690408150704816340L, 1, 6, 3), 4.002072033862542,
                65);
    }

    @Example
    void organic125Redrawn() {
        redrawn(spec(Style.ORGANIC, 6, 0.012, LON_LAT, 1, 1, 165L, 1, 2, 5), 4.72053419716127, 30);
    }

    @Example
    void organic162Redrawn() {
        redrawn(spec(Style.ORGANIC, 1, 0.022, METRES, 1, 0, 20L, 1, 6, 2), 1.2777146731853497, 8);
    }

    static PartitionSpec spec(Style style, int verticesPerBorder, double noise, CoordinateSystem crs, int holes,
            int lakes, long seed, int... fanOuts) {
        return PartitionSpec.builder().style(style).fanOuts(fanOuts).verticesPerBorder(verticesPerBorder).noise(noise)
                .crs(crs).holes(holes).lakes(lakes).seed(seed).build();
    }

    /** Parents redrawn by up to {@code metres}, validated at 1.05 × that (as the property does). */
    static void redrawn(PartitionSpec spec, double metres, long seed) {
        assertReportsNothing(spec, Perturbation.PARENTS_REDRAWN, metres, seed, 1.05);
    }

    /** Grids digitised on their own by up to {@code metres}, validated at 2.5 × that (as the property does). */
    static void digitised(PartitionSpec spec, double metres, long seed) {
        assertReportsNothing(spec, Perturbation.DIGITISED_INDEPENDENTLY, metres, seed, 2.5);
    }

    private static void assertReportsNothing(PartitionSpec spec, Perturbation kind, double metres, long seed,
            double factor) {
        Partition noisy = kind.apply(Partitions.generate(spec), metres, seed);
        assertThat(PartitionValidator.validate(noisy.toGeoPartition(), SnappingProperties.tolerance(metres * factor)))
                .hasNoFindings();
    }
}

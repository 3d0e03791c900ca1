package io.gridgov.geo.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateArrays;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.impl.PackedCoordinateSequenceFactory;
import org.locationtech.jts.operation.valid.IsSimpleOp;
import org.locationtech.jts.operation.valid.IsValidOp;

/**
 * {@link SimpleShell} on primitive arrays (monotone chains, the grid for long rings the chains would
 * take too long on) answers exactly as before ({@link SimpleShellBefore}, Coordinate objects and a
 * grid for every ring) on random short rings that self-touch, self-cross, repeat points, overlap
 * collinearly, fold back in spikes or are tiny, and on long ones certifies whatever it certified
 * before (and more: the chains certify rings that crowd the grid's cells), never an invalid one; on
 * rings short enough never to crowd a cell it answers exactly as JTS: valid for {@code IsValidOp},
 * and simple for {@code IsSimpleOp} (repeated points removed) with at least three distinct vertices.
 */
class SimpleShellProperties {

    private static final GeometryFactory OBJECTS = new GeometryFactory();
    private static final GeometryFactory PACKED = new GeometryFactory(PackedCoordinateSequenceFactory.DOUBLE_FACTORY);

    @Property(tries = 4000)
    void aLatticeRingIsCertifiedAsBeforeAndExactlyWhenJtsFindsItValid(
            @ForAll @IntRange(min = 3, max = 70) int vertices, @ForAll @IntRange(min = 1, max = 12) int lattice,
            @ForAll @IntRange(min = 0, max = 3) int scale, @ForAll long seed) {
        // Few lattice points: repeated, collinear, touching, crossing and folding vertices abound.
        Random r = new Random(seed);
        double unit = new double[] {1, 1e-9, 0.37, 1e5}[scale];
        double ox = scale == 1 ? 106.7 : 0;
        Coordinate[] ring = new Coordinate[vertices + 1];
        for (int i = 0; i < vertices; i++) {
            ring[i] = new Coordinate(ox + unit * r.nextInt(lattice + 1), unit * r.nextInt(lattice + 1));
        }
        ring[vertices] = ring[0].copy();
        assertSameAsBeforeAndJts(ring, r.nextBoolean());
    }

    @Property(tries = 1500)
    void aNoisyStarWithSpikesRepeatsAndDentsIsCertifiedAsBeforeAndAsJts(
            @ForAll @IntRange(min = 3, max = 400) int vertices, @ForAll @IntRange(min = 0, max = 6) int defect,
            @ForAll long seed) {
        Random r = new Random(seed);
        List<Coordinate> ring = star(r, vertices);
        int k = r.nextInt(ring.size());
        Coordinate at = ring.get(k);
        switch (defect) {
            case 1 -> ring.add(k, at.copy()); // repeated point
            case 2 -> { // spike: out and back along the same line
                ring.add(k + 1, new Coordinate(at.x * 1.01, at.y * 1.01));
                ring.add(k + 2, at.copy());
            }
            case 3 -> ring.add(k + 1, ring.get(r.nextInt(ring.size())).copy()); // touch or cross elsewhere
            case 4 -> ring.add(k + 1, new Coordinate(-at.x, -at.y)); // dent across the centre
            case 5 -> { // collinear overlap: a vertex half-way back on the previous segment
                Coordinate before = ring.get((k + ring.size() - 1) % ring.size());
                ring.add(k + 1, new Coordinate((at.x + before.x) / 2, (at.y + before.y) / 2));
            }
            case 6 -> Collections.swap(ring, k, r.nextInt(ring.size())); // bow-tie
            default -> { } // as drawn: valid
        }
        ring.add(ring.get(0).copy());
        assertSameAsBeforeAndJts(ring.toArray(new Coordinate[0]), r.nextBoolean());
    }

    @Property(tries = 3000)
    void aBlockWithJitteredSidesIsCertifiedAsBeforeAndAsJtsAlsoFromAGroupsRings(
            @ForAll @IntRange(min = 1, max = 16) int perSide, @ForAll @IntRange(min = 0, max = 7) int defect,
            @ForAll long seed) {
        // A grid's ring: four sides of a block, each a few vertices jittered across it (so a side
        // is one monotone chain, or several where the jitter turns back), as the small-ring path
        // cuts it; with a defect near a corner, where adjacent chains are walked from their shared
        // vertex, or anywhere.
        Random r = new Random(seed);
        double jitter = new double[] {0, 1e-3, 0.05, 0.3}[r.nextInt(4)];
        double ox = 106.7;
        double[][] corners = {{0, 0}, {1, 0.1}, {1.1, 1}, {-0.1, 0.9}};
        List<Coordinate> ring = new ArrayList<>();
        for (int side = 0; side < 4; side++) {
            double[] a = corners[side];
            double[] b = corners[(side + 1) % 4];
            for (int k = 0; k < perSide; k++) {
                double t = (double) k / perSide;
                double across = k == 0 ? 0 : jitter * (r.nextDouble() - 0.5) / perSide;
                ring.add(new Coordinate(ox + a[0] + t * (b[0] - a[0]) - across * (b[1] - a[1]),
                        a[1] + t * (b[1] - a[1]) + across * (b[0] - a[0])));
            }
        }
        int n = ring.size();
        int k = r.nextBoolean() ? perSide * r.nextInt(4) : r.nextInt(n);   // a corner, or anywhere
        Coordinate at = ring.get(k);
        Coordinate before = ring.get((k + n - 1) % n);
        Coordinate after = ring.get((k + 1) % n);
        switch (defect) {
            case 1 -> ring.add(k, at.copy()); // repeated point
            case 2 -> { // spike back along the segment before
                ring.add(k + 1, new Coordinate((at.x + before.x) / 2, (at.y + before.y) / 2));
            }
            case 3 -> ring.add(k + 1, ring.get(r.nextInt(n)).copy()); // touch or cross elsewhere
            case 4 -> ring.add(k + 1, new Coordinate(2 * at.x - after.x, 2 * at.y - after.y)); // a fold past the corner
            case 5 -> { // the corner pushed across the block's other side
                ring.set(k, new Coordinate(ox + 0.5, 0.5));
                ring.add(k + 1, new Coordinate(ox + 1.5 - (at.x - ox), 1 - at.y));
            }
            case 6 -> Collections.swap(ring, k, (k + 1) % n); // a bow-tie at the corner
            default -> { } // as drawn (valid unless the jitter crosses a side)
        }
        ring.add(ring.get(0).copy());
        Coordinate[] c = ring.toArray(new Coordinate[0]);
        assertSameAsBeforeAndJts(c, r.nextBoolean());
        // and read from a group's rings, behind another geometry's (the ring starts past 0)
        Polygon p = OBJECTS.createPolygon(c);
        Polygon other = OBJECTS.createPolygon(new Coordinate[] {
            new Coordinate(0, 0), new Coordinate(1, 0), new Coordinate(0, 1), new Coordinate(0, 0)});
        assertThat(SimpleShell.certifies(p, GroupRings.of(other, p))).as("from rings: %s", p)
                .isEqualTo(SimpleShell.certifies(p));
    }

    @Property(tries = 200)
    void aLongRingCrowdingOneSideIsCertifiedAtLeastAsBeforeAndOnlyWhenValid(@ForAll @IntRange(min = 60, max = 3000) int drawn,
            @ForAll boolean crowded, @ForAll @IntRange(min = 0, max = 2) int defect, @ForAll long seed) {
        // A square whose bottom side carries most vertices (past about 17,000 of them its cells
        // crowd past MAX_PER_CELL), possibly with a spike of the bottom side through the top one
        // or its top side pushed through the bottom one.
        Random r = new Random(seed);
        int vertices = crowded ? 10 * drawn : drawn;
        List<Coordinate> ring = new ArrayList<>();
        for (int k = 0; k < vertices; k++) {
            ring.add(new Coordinate(100.0 * k / vertices, defect == 1 && k == vertices / 2 ? 150 : r.nextDouble() * 1e-3));
        }
        ring.add(new Coordinate(100, 0));
        ring.add(new Coordinate(100, 100));
        ring.add(new Coordinate(defect == 2 ? 50 : 0, defect == 2 ? -1 : 100));
        ring.add(ring.get(0).copy());
        Coordinate[] c = ring.toArray(new Coordinate[0]);
        Polygon p = (r.nextBoolean() ? PACKED : OBJECTS).createPolygon(c);
        boolean now = SimpleShell.certifies(p);
        if (SimpleShellBefore.certifies(p)) {
            assertThat(now).as("%s", p).isTrue();
        }
        if (now) {
            assertThat(IsValidOp.isValid(p)).isTrue();
        }
    }

    @Property(tries = 200)
    void holesAndNonFiniteCoordinatesAreLeftToIsValidOp(@ForAll @IntRange(min = 3, max = 30) int vertices,
            @ForAll long seed) {
        Random r = new Random(seed);
        List<Coordinate> shell = star(r, vertices);
        shell.add(shell.get(0).copy());
        Polygon whole = OBJECTS.createPolygon(shell.toArray(new Coordinate[0]));
        Polygon holed = OBJECTS.createPolygon(OBJECTS.createLinearRing(shell.toArray(new Coordinate[0])),
                new LinearRing[] {OBJECTS.createLinearRing(new Coordinate[] {
                    new Coordinate(0, 0), new Coordinate(1e-3, 0), new Coordinate(0, 1e-3), new Coordinate(0, 0)})});
        shell.set(1 + r.nextInt(vertices - 1), new Coordinate(r.nextBoolean() ? Double.NaN : Double.POSITIVE_INFINITY, 1));
        Polygon infinite = OBJECTS.createPolygon(shell.toArray(new Coordinate[0]));
        assertThat(SimpleShell.certifies(whole)).isEqualTo(IsValidOp.isValid(whole));
        assertThat(SimpleShell.certifies(holed)).isFalse();
        assertThat(SimpleShell.certifies(infinite)).isFalse();
        assertThat(SimpleShell.certifies(OBJECTS.createPolygon())).isFalse();
        assertThat(SimpleShell.certifies(whole.getExteriorRing())).isFalse();
    }

    /** A star-shaped ring (not closed) of {@code vertices} vertices around the origin, radius 50–100. */
    private static List<Coordinate> star(Random r, int vertices) {
        double[] angles = r.doubles(vertices, 0, 2 * Math.PI).sorted().toArray();
        List<Coordinate> ring = new ArrayList<>();
        for (double a : angles) {
            double radius = 50 + 50 * r.nextDouble();
            ring.add(new Coordinate(radius * Math.cos(a), radius * Math.sin(a)));
        }
        return ring;
    }

    private static void assertSameAsBeforeAndJts(Coordinate[] ring, boolean packed) {
        Polygon p = (packed ? PACKED : OBJECTS).createPolygon(ring);
        boolean now = SimpleShell.certifies(p);
        if (ring.length - 1 <= SimpleShell.MAX_PER_CELL) {
            assertThat(now).as("as before: %s", p).isEqualTo(SimpleShellBefore.certifies(p));
        } else if (SimpleShellBefore.certifies(p)) {
            // a longer ring is tried by the chains first: certified where the grid gave up, never less
            assertThat(now).as("as before: %s", p).isTrue();
        }
        Coordinate[] unrepeated = CoordinateArrays.removeRepeatedPoints(ring);
        if (ring.length - 1 <= SimpleShell.MAX_PER_CELL) {
            assertThat(now).as("IsValidOp: %s", p).isEqualTo(IsValidOp.isValid(p));
            assertThat(now).as("IsSimpleOp: %s", p)
                    .isEqualTo(unrepeated.length >= 4 && new IsSimpleOp(OBJECTS.createLinearRing(unrepeated)).isSimple());
        } else if (now) {
            assertThat(IsValidOp.isValid(p)).as("%s", p).isTrue();
        }
    }
}

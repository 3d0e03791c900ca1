package io.gridgov.geo.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Random;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

/**
 * {@link TwoRingNoding}, through the {@link FaceArrangement} of two simple polygons that it nodes, gives
 * the pieces the robust overlays give: the faces inside both add up to the intersection's area, those
 * inside one only to the differences' areas (to 1e-9 of the polygons' area). The polygons are a
 * wavy ring around a centre and the same ring redrawn by up to a few percent of its radius, sampled
 * independently (as a parent's outline and its children's union), so that they cross often; some share
 * vertices or whole segments. When the floating-point noding is not clean the arrangement is empty and
 * the caller uses the overlays: then nothing is compared.
 */
class TwoRingNodingProperties {

    private static final GeometryFactory F = new GeometryFactory();

    @Property(tries = 300)
    void facesOfTwoRingsAreTheOverlaysPieces(@ForAll @IntRange(min = 8, max = 400) int vertices,
            @ForAll @IntRange(min = 8, max = 400) int otherVertices, @ForAll @IntRange(min = 0, max = 2) int shared,
            @ForAll long seed) {
        Random r = new Random(seed);
        double[] phases = {r.nextDouble() * 6.3, r.nextDouble() * 6.3, r.nextDouble() * 6.3};
        double amplitude = 0.002 + 0.05 * r.nextDouble();
        Polygon a = ring(vertices, phases, 0, r, 0);
        Polygon b = shared == 1 ? ring(vertices, phases, amplitude, r, 0.5)    // same vertices, half of them moved
                : ring(otherVertices, phases, amplitude, r, shared == 2 ? 0.0 : 1);
        if (!a.isValid() || !b.isValid()) {
            return;
        }
        Optional<FaceArrangement> faces = FaceArrangement.of(new Geometry[] {a, b});
        if (faces.isEmpty()) {
            return;
        }
        double both = 0;
        double onlyA = 0;
        double onlyB = 0;
        FaceArrangement f = faces.get();
        for (int k = 1; k < f.faceCount(); k++) {
            int[] in = f.sources(k);
            if (in.length == 2) {
                both += f.area(k);
            } else if (in.length == 1 && in[0] == 0) {
                onlyA += f.area(k);
            } else if (in.length == 1) {
                onlyB += f.area(k);
            }
        }
        double tolerance = 1e-9 * a.getArea();
        assertThat(both).isCloseTo(OverlayNGRobust.overlay(a, b, OverlayNG.INTERSECTION).getArea(),
                org.assertj.core.data.Offset.offset(tolerance));
        assertThat(onlyA).isCloseTo(OverlayNGRobust.overlay(a, b, OverlayNG.DIFFERENCE).getArea(),
                org.assertj.core.data.Offset.offset(tolerance));
        assertThat(onlyB).isCloseTo(OverlayNGRobust.overlay(b, a, OverlayNG.DIFFERENCE).getArea(),
                org.assertj.core.data.Offset.offset(tolerance));
    }

    /**
     * The noding is the one before its pairs came from chains of segments ({@link TwoRingNodingBefore},
     * main {@code 8ea31d2}): the same noded rings, coordinate for coordinate, or empty for both; on the
     * rings above, in metres and scaled to lon/lat degrees near (106.7, 26.5) as the cities' are (where
     * nodes computed from different pairs differ in the last bits).
     */
    @Property(tries = 400)
    void theNodingIsTheOneBeforeChains(@ForAll @IntRange(min = 8, max = 600) int vertices,
            @ForAll @IntRange(min = 8, max = 600) int otherVertices, @ForAll @IntRange(min = 0, max = 2) int shared,
            @ForAll boolean degrees, @ForAll long seed) {
        Random r = new Random(seed);
        double[] phases = {r.nextDouble() * 6.3, r.nextDouble() * 6.3, r.nextDouble() * 6.3};
        double amplitude = 0.0005 + 0.02 * r.nextDouble();
        Polygon a = ring(vertices, phases, 0, r, 0);
        Polygon b = shared == 1 ? ring(vertices, phases, amplitude, r, 0.5)
                : ring(otherVertices, phases, amplitude, r, shared == 2 ? 0.0 : 1);
        Coordinate[] ca = a.getExteriorRing().getCoordinates();
        Coordinate[] cb = b.getExteriorRing().getCoordinates();
        if (degrees) {
            ca = inDegrees(ca);
            cb = inDegrees(cb);
        }
        Optional<Coordinate[][]> now = TwoRingNoding.node(ca, cb);
        Optional<Coordinate[][]> before = TwoRingNodingBefore.node(ca, cb);
        assertThat(now.isPresent()).isEqualTo(before.isPresent());
        if (now.isPresent()) {
            for (int k = 0; k < 2; k++) {
                Coordinate[] x = now.get()[k];
                Coordinate[] y = before.get()[k];
                assertThat(x.length).isEqualTo(y.length);
                for (int i = 0; i < x.length; i++) {
                    assertThat(x[i].x).isEqualTo(y[i].x);
                    assertThat(x[i].y).isEqualTo(y[i].y);
                }
            }
        }
    }

    /**
     * Two distinct nodes at one distance from a segment's start (as (3, 4) and (4, 3) from (0, 0)) would come
     * out in the order they were found: the noding then takes the grid of segments' order. Equal nodes at one
     * distance are one node, whatever their order.
     */
    @Example
    void distinctNodesAtOneDistanceAreSeen() {
        Coordinate from = new Coordinate(0, 0);
        assertThat(TwoRingNoding.distinctAtOneDistance(from,
                java.util.List.of(new Coordinate(1, 0), new Coordinate(3, 4), new Coordinate(4, 3)))).isTrue();
        assertThat(TwoRingNoding.distinctAtOneDistance(from,
                java.util.List.of(new Coordinate(1, 0), new Coordinate(3, 4), new Coordinate(3, 4)))).isFalse();
        assertThat(TwoRingNoding.distinctAtOneDistance(from,
                java.util.List.of(new Coordinate(1, 0), new Coordinate(3, 4), new Coordinate(5, 0.1)))).isFalse();
    }

    /** The ring's coordinates as degrees near (106.7, 26.5): about 10 m per 1000 units. */
    private static Coordinate[] inDegrees(Coordinate[] ring) {
        Coordinate[] out = new Coordinate[ring.length];
        for (int i = 0; i < ring.length; i++) {
            out[i] = new Coordinate(106.7 + (ring[i].x - 5000) * 1e-7, 26.5 + (ring[i].y - 3000) * 1e-7);
        }
        out[ring.length - 1] = out[0];
        return out;
    }

    /**
     * A wavy ring of radius about 1000 around (5000, 3000), displaced radially by up to
     * {@code amplitude} of it where {@code moved} (the share of vertices moved; 0: none).
     */
    private static Polygon ring(int n, double[] phases, double amplitude, Random r, double moved) {
        Coordinate[] c = new Coordinate[n + 1];
        for (int i = 0; i < n; i++) {
            double t = 2 * Math.PI * i / n;
            double radius = 1000 * (1 + 0.2 * Math.sin(3 * t + phases[0]) + 0.1 * Math.sin(7 * t + phases[1]));
            if (r.nextDouble() < moved) {
                radius *= 1 + amplitude * Math.sin(11 * t + phases[2]);
            }
            c[i] = new Coordinate(5000 + radius * Math.cos(t), 3000 + radius * Math.sin(t));
        }
        c[n] = c[0].copy();
        return F.createPolygon(c);
    }
}

package io.gridgov.geo.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.locationtech.jts.coverage.CoverageValidator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.locationtech.jts.operation.valid.IsValidOp;

/**
 * The two fast certificates of the validation never vouch for something the full checks would
 * reject: {@link SimpleShell} (a polygon is valid) against {@code IsValidOp}, and
 * {@link ExactTiling} (children tile their parent) against CoverageValidator plus overlays. Both
 * also vouch for the ordinary case, or they would save nothing.
 */
class FastCertificateProperties {

    private static final GeometryFactory F = new GeometryFactory();

    // ------------------------------------------------------------------ SimpleShell

    @Property(tries = 3000)
    void aCertifiedShellIsValidForIsValidOp(@ForAll @IntRange(min = 3, max = 9) int vertices,
            @ForAll long seed) {
        // A small lattice: many collinear, repeated, touching and crossing vertices.
        Random r = new Random(seed);
        Coordinate[] ring = new Coordinate[vertices + 1];
        for (int i = 0; i < vertices; i++) {
            ring[i] = new Coordinate(r.nextInt(5), r.nextInt(5));
        }
        ring[vertices] = ring[0].copy();
        Polygon p = F.createPolygon(ring);
        if (SimpleShell.certifies(p)) {
            assertThat(IsValidOp.isValid(p)).as("%s", p).isTrue();
        }
    }

    @Property(tries = 300)
    void aStarShapedPolygonIsCertifiedExactlyWhenItIsValid(@ForAll @IntRange(min = 3, max = 200) int vertices,
            @ForAll long seed) {
        Random r = new Random(seed);
        double[] angles = r.doubles(vertices, 0, 2 * Math.PI).sorted().toArray();
        Coordinate[] ring = new Coordinate[vertices + 1];
        for (int i = 0; i < vertices; i++) {
            double radius = 50 + 50 * r.nextDouble();
            ring[i] = new Coordinate(106.7 + 1e-3 * radius * Math.cos(angles[i]),
                    26.5 + 1e-3 * radius * Math.sin(angles[i]));
        }
        ring[vertices] = ring[0].copy();
        Polygon p = F.createPolygon(ring);
        assertThat(SimpleShell.certifies(p)).as("%s", p).isEqualTo(IsValidOp.isValid(p));
    }

    @Example
    void invalidShellsAndShapesWithHolesAreLeftToIsValidOp() throws ParseException {
        WKTReader wkt = new WKTReader();
        for (String s : List.of(
                "POLYGON ((0 0, 2 2, 2 0, 0 2, 0 0))",                   // bow-tie
                "POLYGON ((0 0, 4 0, 4 4, 2 0, 0 4, 0 0))",              // self-touch at a vertex
                "POLYGON ((0 0, 4 0, 4 4, 4 2, 4 6, 0 4, 0 0))",         // spike folding back
                "POLYGON ((0 0, 4 0, 2 0, 0 0))",                        // collapsed
                "POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0), (2 2, 4 2, 4 4, 2 2))")) {
            assertThat(SimpleShell.certifies(wkt.read(s))).as(s).isFalse();
        }
        assertThat(SimpleShell.certifies(wkt.read("POLYGON ((0 0, 4 0, 4 0, 4 2, 4 4, 0 4, 0 0))")))
                .as("repeated and collinear vertices are fine").isTrue();
    }

    // ------------------------------------------------------------------ ExactTiling

    @Property(tries = 500)
    void aCertifiedTilingHasNoOverlapGapOutsideOrMismatch(@ForAll @IntRange(min = 1, max = 4) int columns,
            @ForAll @IntRange(min = 1, max = 4) int rows, @ForAll @IntRange(min = 0, max = 5) int mutation,
            @ForAll long seed) {
        Random r = new Random(seed);
        int[] xs = cuts(columns, r);
        int[] ys = cuts(rows, r);
        List<Geometry> children = boxes(xs, ys);
        Geometry parent = outline(xs, ys);
        assertThat(ExactTiling.certifies(children.toArray(new Geometry[0]), parent))
                .as("an exact tiling is certified").isTrue();

        int k = r.nextInt(children.size());
        Coordinate[] c = children.get(k).getCoordinates();
        switch (mutation) {
            case 1 -> { // move a vertex by one lattice step
                int v = r.nextInt(c.length - 1);
                c[v] = new Coordinate(c[v].x + r.nextInt(3) - 1, c[v].y + r.nextInt(3) - 1);
                c[c.length - 1] = c[0].copy();
                children.set(k, F.createPolygon(c));
            }
            case 2 -> children.remove(k); // a gap
            case 3 -> children.add(children.get(k).copy()); // a duplicate
            case 4 -> { // a vertex in the middle of an edge: a T-junction when the edge is shared
                Coordinate[] d = new Coordinate[c.length + 1];
                d[0] = c[0];
                d[1] = new Coordinate((c[0].x + c[1].x) / 2, (c[0].y + c[1].y) / 2);
                System.arraycopy(c, 1, d, 2, c.length - 1);
                children.set(k, F.createPolygon(d));
            }
            case 5 -> { // the parent loses a corner
                Coordinate[] p = parent.getCoordinates();
                p[1] = new Coordinate(p[1].x + 0.5, p[1].y + 0.5);
                parent = F.createPolygon(p);
            }
            default -> { }
        }
        Geometry[] g = children.toArray(new Geometry[0]);
        if (!Arrays.stream(g).allMatch(IsValidOp::isValid) || !IsValidOp.isValid(parent) || g.length == 0) {
            return;
        }
        if (ExactTiling.certifies(g, parent)) {
            assertThat(CoverageValidator.validate(g)).as("no invalid edge").containsOnlyNulls();
            double sum = Arrays.stream(g).mapToDouble(Geometry::getArea).sum();
            Geometry union = UnaryUnionOp.union(Arrays.asList(g));
            assertThat(sum).as("no overlap").isEqualTo(union.getArea());
            assertThat(OverlayNGRobust.overlay(parent, union, OverlayNG.SYMDIFFERENCE).getArea())
                    .as("no gap, nothing outside").isZero();
        }
    }

    @Property(tries = 500)
    void theCertificateOnTheGroupsRingsAnswersAsOnTheGeometries(@ForAll @IntRange(min = 1, max = 4) int columns,
            @ForAll @IntRange(min = 1, max = 4) int rows, @ForAll @IntRange(min = 0, max = 3) int mutation,
            @ForAll long seed) {
        Random r = new Random(seed);
        int[] xs = cuts(columns, r);
        int[] ys = cuts(rows, r);
        List<Geometry> children = new ArrayList<>();
        for (Geometry box : boxes(xs, ys)) {
            // either orientation, any start vertex, sometimes a repeated vertex
            children.add(F.createPolygon(shuffled(box.getCoordinates(), r)));
        }
        Geometry parent = F.createPolygon(shuffled(outline(xs, ys).getCoordinates(), r));
        int k = r.nextInt(children.size());
        switch (mutation) {
            case 1 -> children.remove(k);
            case 2 -> children.add(children.get(k).copy());
            case 3 -> {
                Coordinate[] c = children.get(k).getCoordinates();
                c[1] = new Coordinate(c[1].x + r.nextInt(3) - 1, c[1].y + r.nextInt(3) - 1);
                children.set(k, F.createPolygon(c));
            }
            default -> { }
        }
        Geometry[] g = children.toArray(new Geometry[0]);
        if (!Arrays.stream(g).allMatch(IsValidOp::isValid) || g.length == 0) {
            return;
        }
        Geometry[] read = new Geometry[g.length + 1];
        read[0] = parent;
        System.arraycopy(g, 0, read, 1, g.length);
        boolean onGeometries = ExactTiling.certifies(g, parent);
        assertThat(ExactTiling.certifies(g, parent, GroupRings.of(read))).isEqualTo(onGeometries);
        if (mutation == 0) {
            assertThat(onGeometries).isTrue();
        }
    }

    @Property(tries = 1000)
    void theOrientationOfAValidRingIsJts(@ForAll @IntRange(min = 3, max = 60) int vertices, @ForAll long seed) {
        Random r = new Random(seed);
        double[] angles = r.doubles(vertices, 0, 2 * Math.PI).sorted().toArray();
        Coordinate[] ring = new Coordinate[vertices + 1];
        for (int i = 0; i < vertices; i++) {
            // a lattice of few values: equal x and y abound (ties for the lowest-leftmost vertex)
            double radius = 5 + r.nextInt(4);
            ring[i] = new Coordinate(Math.round(radius * Math.cos(angles[i])), Math.round(radius * Math.sin(angles[i])));
        }
        ring[vertices] = ring[0].copy();
        Coordinate[] c = shuffled(ring, r);
        Polygon p = F.createPolygon(c);
        if (!IsValidOp.isValid(p)) {
            return;
        }
        double[] x = new double[c.length + 2];
        double[] y = new double[c.length + 2];
        for (int i = 0; i < c.length; i++) {
            x[i + 2] = c[i].x;
            y[i + 2] = c[i].y;
        }
        assertThat(ExactTiling.counterClockwise(x, y, 2, c.length))
                .isEqualTo(org.locationtech.jts.algorithm.Orientation.isCCW(p.getExteriorRing().getCoordinateSequence()));
    }

    /** {@return the closed ring started at a random vertex, maybe reversed, maybe with one vertex repeated} */
    private static Coordinate[] shuffled(Coordinate[] ring, Random r) {
        int n = ring.length - 1;
        List<Coordinate> out = new ArrayList<>();
        int start = r.nextInt(n);
        boolean reverse = r.nextBoolean();
        for (int i = 0; i < n; i++) {
            int k = reverse ? (start - i + n) % n : (start + i) % n;
            out.add(ring[k].copy());
            if (r.nextInt(8) == 0) {
                out.add(ring[k].copy());
            }
        }
        out.add(out.get(0).copy());
        return out.toArray(new Coordinate[0]);
    }

    /** {@return the boxes between consecutive cuts, column by column} */
    private static List<Geometry> boxes(int[] xs, int[] ys) {
        List<Geometry> out = new ArrayList<>();
        for (int i = 0; i + 1 < xs.length; i++) {
            for (int j = 0; j + 1 < ys.length; j++) {
                out.add(box(xs[i], ys[j], xs[i + 1], ys[j + 1]));
            }
        }
        return out;
    }

    private static int[] cuts(int n, Random r) {
        int[] cuts = new int[n + 1];
        for (int i = 1; i <= n; i++) {
            cuts[i] = cuts[i - 1] + 1 + r.nextInt(3);
        }
        return cuts;
    }

    private static Polygon box(double x0, double y0, double x1, double y1) {
        return F.createPolygon(new Coordinate[] {new Coordinate(x0, y0), new Coordinate(x1, y0),
            new Coordinate(x1, y1), new Coordinate(x0, y1), new Coordinate(x0, y0)});
    }

    /** The parent rectangle with a vertex at every cut, counter-clockwise. */
    private static Polygon outline(int[] xs, int[] ys) {
        List<Coordinate> ring = new ArrayList<>();
        int w = xs[xs.length - 1];
        int h = ys[ys.length - 1];
        for (int x : xs) {
            ring.add(new Coordinate(x, 0));
        }
        for (int i = 1; i < ys.length; i++) {
            ring.add(new Coordinate(w, ys[i]));
        }
        for (int i = xs.length - 2; i >= 0; i--) {
            ring.add(new Coordinate(xs[i], h));
        }
        for (int i = ys.length - 2; i >= 0; i--) {
            ring.add(new Coordinate(0, ys[i]));
        }
        return F.createPolygon(ring.toArray(new Coordinate[0]));
    }
}

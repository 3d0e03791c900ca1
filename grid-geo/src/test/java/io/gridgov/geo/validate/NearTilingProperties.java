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
import net.jqwik.api.statistics.Statistics;
import org.locationtech.jts.coverage.CoverageValidator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.locationtech.jts.operation.valid.IsValidOp;

/**
 * {@link NearTiling} never vouches for a group in which the full checks would find something: on
 * jittered lon/lat lattices whose parent has extra vertices a rounding error off its segments
 * ("densified"), mutated (a vertex moved by 10⁻¹⁴ to 10⁻⁵ degrees, a child deleted or duplicated,
 * a T-junction, a parent corner or a parent's extra vertex moved), a certified group must pass
 * what the validator's full path decides on: CoverageValidator flags no edge, the areas add up, and
 * every piece of {@code parent − union} and {@code union − parent} is below the validator's noise
 * threshold. And the unmutated densified group is certified, or the certificate would save nothing.
 */
class NearTilingProperties {

    private static final GeometryFactory F = new GeometryFactory();
    private static final double STEP = 1e-3;

    @Property(tries = 400)
    void aCertifiedNearTilingHasNothingTheFullChecksWouldReport(
            @ForAll @IntRange(min = 1, max = 4) int columns, @ForAll @IntRange(min = 1, max = 4) int rows,
            @ForAll @IntRange(min = 0, max = 6) int mutation, @ForAll long seed) {
        Random r = new Random(seed);
        Coordinate[][] lattice = lattice(columns, rows, r);
        List<Geometry> children = new ArrayList<>();
        for (int i = 0; i < columns; i++) {
            for (int j = 0; j < rows; j++) {
                children.add(F.createPolygon(new Coordinate[] {lattice[i][j], lattice[i + 1][j],
                    lattice[i + 1][j + 1], lattice[i][j + 1], lattice[i][j]}));
            }
        }
        List<Coordinate> outline = outline(lattice, columns, rows);
        List<Coordinate> densified = new ArrayList<>();
        List<Integer> inserted = new ArrayList<>();
        for (int k = 0; k < outline.size(); k++) {
            Coordinate a = outline.get(k);
            Coordinate b = outline.get((k + 1) % outline.size());
            densified.add(a);
            inserted.add(densified.size());
            densified.add(k % 2 == 0 ? new Coordinate((a.x + b.x) / 2, (a.y + b.y) / 2) : at(a, b, r.nextDouble()));
        }
        Geometry parent = polygon(densified);
        Geometry[] clean = children.toArray(new Geometry[0]);
        assertThat(NearTiling.certifies(clean, parent, noiseWidth(clean, parent)))
                .as("a densified parent over an exact tiling is certified").isTrue();

        double delta = Math.pow(10, -5 - r.nextInt(10)) * (1 + r.nextDouble());
        int k = r.nextInt(children.size());
        Coordinate[] c = children.get(k).getCoordinates();
        switch (mutation) {
            case 1 -> { // move a vertex of one child
                int v = r.nextInt(c.length - 1);
                c[v] = new Coordinate(c[v].x + delta * (r.nextInt(3) - 1), c[v].y + delta * (r.nextInt(3) - 1));
                c[c.length - 1] = c[0].copy();
                children.set(k, F.createPolygon(c));
            }
            case 2 -> children.remove(k);
            case 3 -> children.add(children.get(k).copy());
            case 4 -> { // a vertex a rounding error off a child's edge: a T-junction when the edge is shared
                int e = r.nextInt(c.length - 1);
                List<Coordinate> d = new ArrayList<>(Arrays.asList(c).subList(0, c.length - 1));
                d.add(e + 1, at(c[e], c[e + 1], r.nextDouble()));
                children.set(k, polygon(d));
            }
            case 5 -> { // a parent corner moved
                int v = r.nextInt(outline.size());
                Coordinate p = densified.get(2 * v);
                densified.set(2 * v, new Coordinate(p.x + delta * (r.nextInt(3) - 1), p.y + delta * (r.nextInt(3) - 1)));
                parent = polygon(densified);
            }
            case 6 -> { // an extra vertex of the parent moved
                int v = inserted.get(r.nextInt(inserted.size()));
                Coordinate p = densified.get(v);
                densified.set(v, new Coordinate(p.x + delta * (r.nextInt(3) - 1), p.y + delta * (r.nextInt(3) - 1)));
                parent = polygon(densified);
            }
            default -> { }
        }
        Geometry[] g = children.toArray(new Geometry[0]);
        if (g.length == 0 || !Arrays.stream(g).allMatch(IsValidOp::isValid) || !IsValidOp.isValid(parent)) {
            return;
        }
        double noiseWidth = noiseWidth(g, parent);
        boolean certified = NearTiling.certifies(g, parent, noiseWidth);
        Statistics.label("mutation, certified").collect(mutation, certified);
        if (!certified) {
            return;
        }
        if (g.length > 1) {
            assertThat(CoverageValidator.validate(g)).as("no invalid edge").containsOnlyNulls();
        }
        double sum = Arrays.stream(g).mapToDouble(Geometry::getArea).sum();
        Geometry union = UnaryUnionOp.union(Arrays.asList(g));
        assertThat(sum - union.getArea()).as("no overlap").isLessThanOrEqualTo(1e-9 * sum);
        for (int op : new int[] {0, 1}) {
            Geometry diff = op == 0 ? OverlayNGRobust.overlay(parent, union, OverlayNG.DIFFERENCE)
                    : OverlayNGRobust.overlay(union, parent, OverlayNG.DIFFERENCE);
            for (int i = 0; i < diff.getNumGeometries(); i++) {
                Geometry piece = diff.getGeometryN(i);
                assertThat(piece.getArea()).as("a noise-level piece (%s)", op == 0 ? "gap" : "outside")
                        .isLessThanOrEqualTo(noiseWidth * piece.getLength());
            }
        }
    }

    @Example
    void holesSeveralPartsAndAParentFarFromTheChildrenAreLeftToTheFullChecks() {
        Polygon square = box(0, 0, 1, 1);
        Polygon withHole = F.createPolygon(square.getExteriorRing(),
                new org.locationtech.jts.geom.LinearRing[] {box(0.4, 0.4, 0.6, 0.6).getExteriorRing()});
        assertThat(NearTiling.certifies(new Geometry[] {square}, withHole, 1e-12)).isFalse();
        assertThat(NearTiling.certifies(new Geometry[] {square},
                F.createMultiPolygon(new Polygon[] {square, box(2, 0, 3, 1)}), 1e-12)).isFalse();
        assertThat(NearTiling.certifies(new Geometry[] {square}, box(0, 0, 1, 1.001), 1e-12)).isFalse();
        assertThat(NearTiling.certifies(new Geometry[] {square}, square, 1e-12)).isTrue();
    }

    /** The validator's noise width for a group: 1e-3 of eps, eps 1e-9 of the coordinates' magnitude. */
    private static double noiseWidth(Geometry[] children, Geometry parent) {
        Envelope e = new Envelope(parent.getEnvelopeInternal());
        for (Geometry g : children) {
            e.expandToInclude(g.getEnvelopeInternal());
        }
        double eps = 1e-9 * Math.max(Math.max(Math.abs(e.getMaxX()), Math.abs(e.getMinX())),
                Math.max(Math.max(Math.abs(e.getMaxY()), Math.abs(e.getMinY())), Math.max(e.getWidth(), e.getHeight())));
        return HierarchicalValidation.NOISE_WIDTH * eps;
    }

    private static Coordinate[][] lattice(int columns, int rows, Random r) {
        Coordinate[][] v = new Coordinate[columns + 1][rows + 1];
        for (int i = 0; i <= columns; i++) {
            for (int j = 0; j <= rows; j++) {
                v[i][j] = new Coordinate(106.7 + STEP * (i + 0.4 * (r.nextDouble() - 0.5)),
                        26.5 + STEP * (j + 0.4 * (r.nextDouble() - 0.5)));
            }
        }
        return v;
    }

    /** The lattice's boundary vertices, counter-clockwise. */
    private static List<Coordinate> outline(Coordinate[][] v, int columns, int rows) {
        List<Coordinate> ring = new ArrayList<>();
        for (int i = 0; i < columns; i++) {
            ring.add(v[i][0]);
        }
        for (int j = 0; j < rows; j++) {
            ring.add(v[columns][j]);
        }
        for (int i = columns; i > 0; i--) {
            ring.add(v[i][rows]);
        }
        for (int j = rows; j > 0; j--) {
            ring.add(v[0][j]);
        }
        return ring;
    }

    private static Coordinate at(Coordinate a, Coordinate b, double t) {
        return new Coordinate(a.x + t * (b.x - a.x), a.y + t * (b.y - a.y));
    }

    private static Polygon polygon(List<Coordinate> open) {
        List<Coordinate> closed = new ArrayList<>(open);
        closed.add(open.get(0).copy());
        return F.createPolygon(closed.toArray(new Coordinate[0]));
    }

    private static Polygon box(double x0, double y0, double x1, double y1) {
        return F.createPolygon(new Coordinate[] {new Coordinate(x0, y0), new Coordinate(x1, y0),
            new Coordinate(x1, y1), new Coordinate(x0, y1), new Coordinate(x0, y0)});
    }
}

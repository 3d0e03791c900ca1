package io.gridgov.geo.testing;

import io.gridgov.core.tree.GridNode;
import io.gridgov.geo.validate.BoundaryRule;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

/**
 * Injects one known defect into a plain {@link RectangleCity} (no jitter, densify ≥ 3) at a leaf,
 * and says which violations must be reported. The testkit issue generalises these mutators.
 */
public final class Defects {

    private Defects() {
    }

    /** The kinds of defect. */
    public enum Kind { SHRINK, GROW, DELETE, DUPLICATE, BOW_TIE, VERTEX_ACROSS_PARENT_BORDER, WRONG_PARENT, SPLIT }

    /** An expected violation. */
    public record Expected(BoundaryRule rule, String parent, List<String> grids, double areaM2) {
    }

    /** A mutated city and what must be reported (exactly). */
    public record Mutated(RectangleCity.Generated generated, List<Expected> expected) {
    }

    /**
     * Applies a defect at the leaf (col, row) of the leaf lattice.
     *
     * @param city the generator (jitter 0, densify ≥ 3, at least 2 levels)
     * @param kind the defect
     * @param col the leaf column
     * @param row the leaf row
     * @return the mutated city and the expectation
     */
    public static Mutated apply(RectangleCity city, Kind kind, int col, int row) {
        RectangleCity.Generated g = city.generate();
        int levels = city.fanout().length;
        int side = city.leafSide();
        int parentSpan = city.fanout()[levels - 1];
        String leaf = RectangleCity.id(levels, col, row);
        String parent = RectangleCity.id(levels - 1, col / parentSpan, row / parentSpan);
        double cell = city.cellMetres() * city.cellMetres();
        double h = 1.0 / city.densify();
        List<GridNode> nodes = new ArrayList<>(g.nodes());
        Map<String, Geometry> geometries = new LinkedHashMap<>(g.geometries());
        Geometry l = geometries.get(leaf);
        List<Expected> expected = new ArrayList<>();
        boolean rightIsSibling = col + 1 < side && (col + 1) / parentSpan == col / parentSpan;
        switch (kind) {
            case SHRINK -> {
                Geometry box = box(city, col + 1 - 0.25, row + h, col + 1, row + 1 - h);
                geometries.put(leaf, OverlayNGRobust.overlay(l, box, OverlayNG.DIFFERENCE));
                List<String> grids = new ArrayList<>(List.of(leaf));
                if (rightIsSibling) {
                    grids.add(RectangleCity.id(levels, col + 1, row));
                }
                expected.add(new Expected(BoundaryRule.GAP, parent, sorted(grids), 0.25 * (1 - 2 * h) * cell));
            }
            case GROW -> {
                Geometry box = box(city, col + 1, row + h, col + 1.25, row + 1 - h);
                geometries.put(leaf, OverlayNGRobust.overlay(l, box, OverlayNG.UNION));
                double area = 0.25 * (1 - 2 * h) * cell;
                if (rightIsSibling) {
                    expected.add(new Expected(BoundaryRule.OVERLAP, parent,
                            sorted(List.of(leaf, RectangleCity.id(levels, col + 1, row))), area));
                } else {
                    expected.add(new Expected(BoundaryRule.OUTSIDE_PARENT, parent, List.of(leaf), area));
                }
            }
            case DELETE -> {
                String deleted = leaf;
                nodes.removeIf(n -> n.id().equals(deleted));
                geometries.remove(leaf);
                expected.add(new Expected(BoundaryRule.GAP, parent, siblingNeighbours(city, col, row), cell));
            }
            case DUPLICATE -> {
                String copy = leaf + "-copy";
                nodes.add(GridNode.builder(copy).parent(parent).build());
                geometries.put(copy, l.copy());
                expected.add(new Expected(BoundaryRule.OVERLAP, parent, sorted(List.of(leaf, copy)), cell));
            }
            case BOW_TIE -> {
                Coordinate[] cs = {city.point(col, row), city.point(col + 1, row + 1), city.point(col + 1, row),
                    city.point(col, row + 1), city.point(col, row)};
                geometries.put(leaf, city.factory().createPolygon(cs));
                expected.add(new Expected(BoundaryRule.INVALID_GEOMETRY, parent, List.of(leaf), cell / 2));
            }
            case VERTEX_ACROSS_PARENT_BORDER -> {
                // the leaf's right edge must be its parent's border: use the last column of its parent
                int c = (col / parentSpan) * parentSpan + parentSpan - 1;
                leaf = RectangleCity.id(levels, c, row);
                l = geometries.get(leaf);
                Coordinate target = city.point(c + 1, row + h);
                Coordinate moved = city.point(c + 1.2, row + h);
                geometries.put(leaf, city.factory().createPolygon(replace(l.getCoordinates(), target, moved)));
                expected.add(new Expected(BoundaryRule.OUTSIDE_PARENT, parent, List.of(leaf), 0.5 * (2 * h) * 0.2 * cell));
            }
            case SPLIT -> {
                // the leaf also owns an island inside its right (or left) sibling: two pieces
                int other = rightIsSibling ? col + 1 : col - 1;
                String neighbour = RectangleCity.id(levels, other, row);
                Geometry island = box(city, other + 0.25, row + 0.25, other + 0.75, row + 0.75);
                geometries.put(neighbour, OverlayNGRobust.overlay(geometries.get(neighbour), island, OverlayNG.DIFFERENCE));
                geometries.put(leaf, city.factory().createMultiPolygon(new org.locationtech.jts.geom.Polygon[] {
                    (org.locationtech.jts.geom.Polygon) l, (org.locationtech.jts.geom.Polygon) island}));
                expected.add(new Expected(BoundaryRule.NOT_CONTIGUOUS, parent, List.of(leaf), 0.25 * cell));
            }
            case WRONG_PARENT -> {
                // move the leaf to the next parent (in id order of the parent lattice, wrapping)
                int parentSide = side / parentSpan;
                int pc = col / parentSpan;
                int pr = row / parentSpan;
                int next = (pc * parentSide + pr + 1) % (parentSide * parentSide);
                String other = RectangleCity.id(levels - 1, next / parentSide, next % parentSide);
                String moved = leaf;
                nodes.replaceAll(n -> n.id().equals(moved) ? n.toBuilder().parent(other).build() : n);
                expected.add(new Expected(BoundaryRule.GAP, parent, siblingNeighbours(city, col, row), cell));
                expected.add(new Expected(BoundaryRule.OUTSIDE_PARENT, other, List.of(leaf), cell));
            }
        }
        return new Mutated(new RectangleCity.Generated(g.scheme(), nodes, geometries, g.crs()), expected);
    }

    private static Coordinate[] replace(Coordinate[] cs, Coordinate target, Coordinate moved) {
        Coordinate[] out = new Coordinate[cs.length];
        for (int i = 0; i < cs.length; i++) {
            out[i] = cs[i].equals2D(target) ? moved.copy() : cs[i].copy();
        }
        return out;
    }

    private static List<String> siblingNeighbours(RectangleCity city, int col, int row) {
        int levels = city.fanout().length;
        int side = city.leafSide();
        int span = city.fanout()[levels - 1];
        List<String> ids = new ArrayList<>();
        int[][] steps = {{1, 0}, {-1, 0}, {0, 1}, {0, -1}};
        for (int[] s : steps) {
            int c = col + s[0];
            int r = row + s[1];
            if (c >= 0 && r >= 0 && c < side && r < side && c / span == col / span && r / span == row / span) {
                ids.add(RectangleCity.id(levels, c, r));
            }
        }
        return sorted(ids);
    }

    private static List<String> sorted(List<String> ids) {
        return ids.stream().sorted().toList();
    }

    private static Geometry box(RectangleCity city, double u0, double v0, double u1, double v1) {
        return city.factory().createPolygon(new Coordinate[] {city.point(u0, v0), city.point(u1, v0),
            city.point(u1, v1), city.point(u0, v1), city.point(u0, v0)});
    }
}

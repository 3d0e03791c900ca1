package io.gridgov.testkit;

import io.gridgov.core.Severity;
import io.gridgov.core.tree.DedicatedType;
import io.gridgov.core.tree.GridNode;
import io.gridgov.geo.CoordinateSystem;
import io.gridgov.geo.measure.Areas;
import io.gridgov.geo.validate.BoundaryRule;
import io.gridgov.geo.validate.ValidationOptions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Dimension;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/**
 * The defect mutators. Each finds the eligible grids of a partition (in node order), takes the
 * {@code choice}-th modulo their number, and builds the mutated partition together with the
 * violations it must cause. Pieces are built explicitly (a triangle, a quadrilateral, a whole grid),
 * and their areas measured with grid-geo's {@link Areas}; no overlay of the mutated partition is
 * used to derive the expectation.
 */
final class Mutators {

    /** The sliver nudge: 0.4 × the default tolerance, in metres. */
    public static final double SLIVER_METRES = 0.4 * ValidationOptions.DEFAULT_TOLERANCE_METRES;

    private Mutators() {
    }

    /**
     * Applies a defect.
     *
     * @param defect the defect
     * @param p the partition
     * @param choice which eligible grid
     * @return the mutation or empty
     */
    public static Optional<Mutation> apply(Defect defect, Partition p, int choice) {
        Mutators.Context c = new Context(p);
        List<String> eligible = c.candidates(defect);
        if (eligible.isEmpty()) {
            return Optional.empty();
        }
        // try the chosen grid first, then the next ones: some grids fail a geometric precondition
        for (int k = 0; k < eligible.size(); k++) {
            String id = eligible.get((choice + k) % eligible.size());
            Optional<Mutation> m = switch (defect) {
                case SHRINK -> c.triangle(defect, id, false);
                case GROW_INTO_NEIGHBOUR -> c.triangle(defect, id, true);
                case GROW_OUTSIDE_PARENT -> c.triangle(defect, id, true);
                case DELETE -> c.delete(id);
                case DUPLICATE -> c.duplicate(id);
                case BOW_TIE -> c.bowTie(id);
                case VERTEX_ACROSS_PARENT_BORDER -> c.vertexAcross(id);
                case WRONG_PARENT -> c.wrongParent(id);
                case SLIVER -> c.sliver(id);
                case SPLIT -> c.split(id);
            };
            if (m.isPresent()) {
                return m;
            }
        }
        return Optional.empty();
    }

    private static final class Context {
        final Partition p;
        final CoordinateSystem crs;

        Context(Partition p) {
            this.p = p;
            this.crs = p.crs();
        }

        List<String> candidates(Defect d) {
            int minLevel = switch (d) {
                case SHRINK, GROW_OUTSIDE_PARENT, DELETE, VERTEX_ACROSS_PARENT_BORDER, WRONG_PARENT -> 2;
                default -> 1;
            };
            List<String> out = new ArrayList<>();
            for (GridNode n : p.leaves()) {
                Geometry g = p.geometries().get(n.id());
                if (p.levelOf(n.id()) < minLevel || !(g instanceof Polygon poly) || poly.getNumInteriorRing() > 0
                        || n.kind().dedicatedType().filter(t -> t == DedicatedType.ENTERPRISE).isPresent()) {
                    continue;
                }
                if (p.siblingsAndSelf(n.id()).size() < 2 && d != Defect.DUPLICATE && d != Defect.BOW_TIE
                        && d != Defect.GROW_OUTSIDE_PARENT && d != Defect.VERTEX_ACROSS_PARENT_BORDER) {
                    continue;
                }
                out.add(n.id());
            }
            return out;
        }

        Polygon poly(String id) {
            return (Polygon) p.geometries().get(id);
        }

        Optional<String> parent(String id) {
            return p.node(id).orElseThrow().parentId();
        }

        double area(Geometry g) {
            return Areas.areaM2(g, crs);
        }

        GeometryFactory factory(String id) {
            return p.geometries().get(id).getFactory();
        }

        /** Segment keys "x1,y1|x2,y2" (ordered) of a polygon's shell. */
        static Set<String> segments(Polygon poly) {
            Coordinate[] cs = poly.getExteriorRing().getCoordinates();
            Set<String> out = new HashSet<>();
            for (int i = 0; i + 1 < cs.length; i++) {
                out.add(key(cs[i], cs[i + 1]));
            }
            return out;
        }

        static String key(Coordinate a, Coordinate b) {
            String s = a.x + "," + a.y;
            String t = b.x + "," + b.y;
            return s.compareTo(t) < 0 ? s + "|" + t : t + "|" + s;
        }

        /** The sibling that shares the segment a–b, if any. */
        Optional<String> siblingAcross(String id, Coordinate a, Coordinate b) {
            String k = key(a, b);
            for (String s : p.siblingsAndSelf(id)) {
                if (!s.equals(id) && p.geometries().get(s) instanceof Polygon sp && segments(sp).contains(k)) {
                    return Optional.of(s);
                }
            }
            return Optional.empty();
        }

        boolean onParentBorder(String id, Coordinate a, Coordinate b) {
            Optional<String> parent = parent(id);
            return parent.isPresent() && p.geometries().get(parent.get()) instanceof Polygon pp
                    && segments(pp).contains(key(a, b));
        }

        /** Unit normal (in metres) of a→b pointing to the interior of a polygon whose shell is (counter)clockwise. */
        double[] inwardNormal(Coordinate a, Coordinate b, boolean ccw) {
            double[] d = Units.metres(crs, a, b);
            double len = Math.hypot(d[0], d[1]);
            double nx = -d[1] / len;
            double ny = d[0] / len;
            return ccw ? new double[] {nx, ny} : new double[] {-nx, -ny};
        }

        Coordinate mid(Coordinate a, Coordinate b) {
            return new Coordinate((a.x + b.x) / 2, (a.y + b.y) / 2);
        }

        Polygon withVertex(Polygon poly, int afterIndex, Coordinate v, boolean replace) {
            Coordinate[] cs = poly.getExteriorRing().getCoordinates();
            List<Coordinate> out = new ArrayList<>(cs.length + 1);
            for (int i = 0; i < cs.length - 1; i++) {
                if (replace && i == afterIndex) {
                    out.add(v);
                    continue;
                }
                out.add(cs[i]);
                if (!replace && i == afterIndex) {
                    out.add(v);
                }
            }
            if (replace && afterIndex == 0) {
                out.add(v.copy());
            } else {
                out.add(out.get(0).copy());
            }
            GeometryFactory f = poly.getFactory();
            LinearRing[] holes = new LinearRing[poly.getNumInteriorRing()];
            for (int i = 0; i < holes.length; i++) {
                holes[i] = poly.getInteriorRingN(i);
            }
            return f.createPolygon(f.createLinearRing(out.toArray(new Coordinate[0])), holes);
        }

        Optional<Mutation> mutation(Defect d, String description, List<GridNode> nodes, Map<String, Geometry> geoms,
                ExpectedViolation... expected) {
            return Optional.of(new Mutation(d, description, p.with(nodes, geoms), List.of(expected)));
        }

        Map<String, Geometry> geometries() {
            return new LinkedHashMap<>(p.geometries());
        }

        List<GridNode> nodes() {
            return new ArrayList<>(p.nodes());
        }

        ExpectedViolation expect(BoundaryRule rule, Severity severity, Optional<String> parent, List<String> grids,
                Geometry piece) {
            return new ExpectedViolation(rule, severity, parent, grids, OptionalDouble.of(area(piece)),
                    Optional.of(piece));
        }

        // ---- SHRINK / GROW: a triangle on a border ---------------------------------------------

        Optional<Mutation> triangle(Defect d, String id, boolean outward) {
            Polygon c = poly(id);
            Coordinate[] cs = c.getExteriorRing().getCoordinates();
            boolean ccw = Orientation.isCCW(cs);
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i + 1 < cs.length; i++) {
                order.add(i);
            }
            order.sort(Comparator.comparingDouble((Integer i) -> -Units.distance(crs, cs[i], cs[i + 1])));
            for (int i : order) {
                Coordinate a = cs[i];
                Coordinate b = cs[i + 1];
                double len = Units.distance(crs, a, b);
                if (len < 10) {
                    break;
                }
                Optional<String> across = siblingAcross(id, a, b);
                boolean parentBorder = across.isEmpty() && onParentBorder(id, a, b);
                if (d == Defect.GROW_INTO_NEIGHBOUR && across.isEmpty()
                        || d == Defect.GROW_OUTSIDE_PARENT && !parentBorder) {
                    continue;
                }
                double[] n = inwardNormal(a, b, ccw);
                double h = (outward ? -0.3 : 0.3) * len;
                for (int t = 0; t < 4; t++, h /= 2) {
                    Coordinate apex = Units.offset(crs, mid(a, b), n[0] * h, n[1] * h);
                    Polygon tri = c.getFactory().createPolygon(new Coordinate[] {a.copy(), b.copy(), apex,
                        a.copy()});
                    Polygon mutated = withVertex(c, i, apex, false);
                    if (!mutated.isValid() || !tri.isValid()) {
                        continue;
                    }
                    Map<String, Geometry> geoms = geometries();
                    geoms.put(id, mutated);
                    Optional<String> parent = parent(id);
                    if (!outward) {
                        if (!c.covers(tri)) {
                            continue;
                        }
                        List<String> grids = new ArrayList<>(List.of(id));
                        across.ifPresent(grids::add);
                        return mutation(d, "shrank " + id + " by a triangle on its border "
                                + across.map(s -> "with " + s).orElse("with its parent's outside"), nodes(), geoms,
                                expect(BoundaryRule.GAP, Severity.ERROR, parent, grids, tri));
                    }
                    if (d == Defect.GROW_INTO_NEIGHBOUR) {
                        if (!p.geometries().get(across.get()).covers(tri)) {
                            continue;
                        }
                        return mutation(d, "grew " + id + " by a triangle into " + across.get(), nodes(), geoms,
                                expect(BoundaryRule.OVERLAP, Severity.ERROR, parent, List.of(id, across.get()), tri));
                    }
                    Geometry pg = p.geometries().get(parent.orElseThrow());
                    if (tri.relate(pg).get(0, 0) != Dimension.FALSE) {
                        continue;
                    }
                    return mutation(d, "grew " + id + " by a triangle across the border of " + parent.get(), nodes(),
                            geoms, expect(BoundaryRule.OUTSIDE_PARENT, Severity.ERROR, parent, List.of(id), tri));
                }
            }
            return Optional.empty();
        }

        // ---- DELETE / DUPLICATE / WRONG_PARENT ------------------------------------------------

        /**
         * The siblings sharing a border with the grid: a common line longer than twice the default
         * tolerance (a shorter one is snapped to a point by the validator's cluster tolerance).
         */
        List<String> bordering(String id) {
            Geometry c = p.geometries().get(id);
            List<String> out = new ArrayList<>();
            for (String s : p.siblingsAndSelf(id)) {
                Geometry g = p.geometries().get(s);
                if (!s.equals(id) && g != null && c.getEnvelopeInternal().intersects(g.getEnvelopeInternal())
                        && c.relate(g).get(1, 1) == Dimension.L && sharedLengthMetres(c, g)
                                > 2 * ValidationOptions.DEFAULT_TOLERANCE_METRES) {
                    out.add(s);
                }
            }
            return out;
        }

        private double sharedLengthMetres(Geometry a, Geometry b) {
            Geometry shared = a.getBoundary().intersection(b.getBoundary());
            double length = 0;
            for (Coordinate[] line : lines(shared)) {
                for (int k = 1; k < line.length; k++) {
                    length += Units.distance(crs, line[k - 1], line[k]);
                }
            }
            return length;
        }

        private static List<Coordinate[]> lines(Geometry g) {
            List<Coordinate[]> out = new ArrayList<>();
            for (int i = 0; i < g.getNumGeometries(); i++) {
                if (g.getGeometryN(i) instanceof org.locationtech.jts.geom.LineString l) {
                    out.add(l.getCoordinates());
                }
            }
            return out;
        }

        /**
         * Whether a piece has a vertex closer than twice the default tolerance to an edge it is not an
         * end of: the validator's cluster tolerance snaps such a vertex onto the edge, so the piece it
         * reports differs from this one.
         */
        private boolean thinnerThanTolerance(Polygon piece) {
            Coordinate[] r = piece.getExteriorRing().getCoordinates();
            int n = r.length - 1;
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    if (j == i || (j + 1) % n == i) {
                        continue;
                    }
                    double[] ab = Units.metres(crs, r[j], r[j + 1]);
                    double[] ap = Units.metres(crs, r[j], r[i]);
                    double len2 = ab[0] * ab[0] + ab[1] * ab[1];
                    double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, (ap[0] * ab[0] + ap[1] * ab[1]) / len2));
                    if (Math.hypot(ap[0] - t * ab[0], ap[1] - t * ab[1])
                            < 2 * ValidationOptions.DEFAULT_TOLERANCE_METRES) {
                        return true;
                    }
                }
            }
            return false;
        }

        Optional<Mutation> delete(String id) {
            List<String> grids = bordering(id);
            if (grids.isEmpty()) {
                return Optional.empty();
            }
            List<GridNode> nodes = nodes();
            nodes.removeIf(n -> n.id().equals(id));
            Map<String, Geometry> geoms = geometries();
            Geometry piece = geoms.remove(id);
            return mutation(Defect.DELETE, "deleted " + id, nodes, geoms,
                    expect(BoundaryRule.GAP, Severity.ERROR, parent(id), grids, piece));
        }

        Optional<Mutation> duplicate(String id) {
            String copy = id + "-dup";
            if (p.node(copy).isPresent()) {
                return Optional.empty();
            }
            GridNode n = p.node(id).orElseThrow();
            GridNode.Builder b = GridNode.builder(copy).name(n.name() + " (copy)").kind(n.kind())
                    .households(n.households()).population(n.population()).tags(n.tags());
            n.levelKey().ifPresent(b::level);
            n.parentId().ifPresent(b::parent);
            List<GridNode> nodes = nodes();
            nodes.add(nodes.indexOf(n) + 1, b.build());
            Map<String, Geometry> geoms = geometries();
            Geometry piece = geoms.get(id);
            geoms.put(copy, piece.copy());
            return mutation(Defect.DUPLICATE, "duplicated " + id + " as " + copy, nodes, geoms,
                    expect(BoundaryRule.OVERLAP, Severity.ERROR, parent(id), List.of(id, copy), piece));
        }

        Optional<Mutation> wrongParent(String id) {
            String parent = parent(id).orElseThrow();
            List<String> grids = bordering(id);
            if (grids.isEmpty()) {
                return Optional.empty();
            }
            Geometry c = p.geometries().get(id);
            String other = null;
            double best = Double.MAX_VALUE;
            for (String q : p.siblingsAndSelf(parent)) {
                Geometry qg = p.geometries().get(q);
                if (!q.equals(parent) && qg != null) {
                    double dist = qg.distance(c);
                    if (dist < best) {
                        best = dist;
                        other = q;
                    }
                }
            }
            if (other == null) {
                return Optional.empty();
            }
            String newParent = other;
            List<GridNode> nodes = nodes();
            nodes.replaceAll(n -> n.id().equals(id) ? n.toBuilder().parent(newParent).build() : n);
            return mutation(Defect.WRONG_PARENT, "moved " + id + " from " + parent + " to " + newParent, nodes,
                    geometries(),
                    expect(BoundaryRule.GAP, Severity.ERROR, Optional.of(parent), grids, c),
                    expect(BoundaryRule.OUTSIDE_PARENT, Severity.ERROR, Optional.of(newParent), List.of(id), c));
        }

        // ---- BOW_TIE ----------------------------------------------------------------------------

        Optional<Mutation> bowTie(String id) {
            Polygon c = poly(id);
            Coordinate[] cs = c.getExteriorRing().getCoordinates();
            for (int i = 1; i + 2 < cs.length - 1; i++) {
                Coordinate[] swapped = cs.clone();
                swapped[i] = cs[i + 1];
                swapped[i + 1] = cs[i];
                Polygon bad = c.getFactory().createPolygon(swapped);
                if (bad.isValid()) {
                    continue;
                }
                Map<String, Geometry> geoms = geometries();
                geoms.put(id, bad);
                return Optional.of(new Mutation(Defect.BOW_TIE, "swapped vertices " + i + " and " + (i + 1) + " of "
                        + id, p.with(nodes(), geoms), List.of(new ExpectedViolation(BoundaryRule.INVALID_GEOMETRY,
                                Severity.ERROR, parent(id), List.of(id), OptionalDouble.empty(),
                                Optional.of(bad)))));
            }
            return Optional.empty();
        }

        // ---- VERTEX_ACROSS_PARENT_BORDER / SLIVER: move one vertex ----------------------------

        /**
         * Moves the vertex v where the grid's border with a sibling S meets the parent's border
         * across that border, so that the edge from v to the sibling border crosses the parent's
         * border at x (between v and S's next vertex w on the parent's border): the grid then reaches
         * outside its parent (bp, v', x, v) and into S (v, x, sn).
         */
        Optional<Mutation> vertexAcross(String id) {
            Polygon c = poly(id);
            Coordinate[] cs = c.getExteriorRing().getCoordinates();
            String parent = parent(id).orElseThrow();
            Geometry pg = p.geometries().get(parent);
            for (int i = 1; i < cs.length - 1; i++) {
                Coordinate v = cs[i];
                for (int side = 0; side < 2; side++) {
                    Coordinate bp = side == 0 ? cs[i - 1] : cs[i + 1];
                    Coordinate sn = side == 0 ? cs[i + 1] : cs[i - 1];
                    Optional<String> sibling = siblingAcross(id, v, sn);
                    if (!onParentBorder(id, bp, v) || sibling.isEmpty()) {
                        continue;
                    }
                    String s = sibling.get();
                    Polygon sp = (Polygon) p.geometries().get(s);
                    Coordinate w = nextOnParentBorder(sp, v, sn, id);
                    if (w == null || Units.distance(crs, v, w) < 10 || Units.distance(crs, v, sn) < 10
                            || Units.distance(crs, bp, v) < 10) {
                        continue;
                    }
                    Coordinate x = new Coordinate(v.x + 0.4 * (w.x - v.x), v.y + 0.4 * (w.y - v.y));
                    Coordinate moved = new Coordinate(x.x + 0.5 * (x.x - sn.x), x.y + 0.5 * (x.y - sn.y));
                    GeometryFactory f = c.getFactory();
                    Polygon outside = f.createPolygon(new Coordinate[] {bp.copy(), moved, x.copy(), v.copy(), bp.copy()});
                    Polygon overlap = f.createPolygon(new Coordinate[] {v.copy(), x.copy(), sn.copy(), v.copy()});
                    Polygon mutated = withVertex(c, i, moved, true);
                    if (!mutated.isValid() || !outside.isValid() || !overlap.isValid() || area(outside) < 1
                            || area(overlap) < 1 || thinnerThanTolerance(outside) || thinnerThanTolerance(overlap)
                            || !almostWithin(outside, pg, false)
                            || !almostWithin(overlap, sp, true) || !almostWithin(c, mutated, true)) {
                        continue;
                    }
                    Map<String, Geometry> geoms = geometries();
                    geoms.put(id, mutated);
                    return mutation(Defect.VERTEX_ACROSS_PARENT_BORDER, "moved the vertex of " + id
                            + " where its border with " + s + " meets the border of " + parent + " across it",
                            nodes(), geoms,
                            expect(BoundaryRule.OUTSIDE_PARENT, Severity.ERROR, Optional.of(parent), List.of(id), outside),
                            expect(BoundaryRule.OVERLAP, Severity.ERROR, Optional.of(parent), List.of(id, s), overlap));
                }
            }
            return Optional.empty();
        }

        /**
         * Whether {@code piece} lies in {@code g} (or, with {@code inside} false, outside it) up to a
         * millionth of its area: x is computed on a border, so it may lie a rounding error off it.
         */
        static boolean almostWithin(Geometry piece, Geometry g, boolean inside) {
            Geometry rest = org.locationtech.jts.operation.overlayng.OverlayNGRobust.overlay(piece, g,
                    inside ? org.locationtech.jts.operation.overlayng.OverlayNG.DIFFERENCE
                            : org.locationtech.jts.operation.overlayng.OverlayNG.INTERSECTION);
            return rest.getArea() <= piece.getArea() * 1e-6;
        }

        /** The neighbour of v on the sibling's shell, other than sn, if the segment to it lies on the parent's border. */
        Coordinate nextOnParentBorder(Polygon sibling, Coordinate v, Coordinate sn, String id) {
            Coordinate[] ss = sibling.getExteriorRing().getCoordinates();
            for (int j = 0; j < ss.length - 1; j++) {
                if (!ss[j].equals2D(v)) {
                    continue;
                }
                Coordinate before = j == 0 ? ss[ss.length - 2] : ss[j - 1];
                Coordinate after = ss[j + 1];
                Coordinate w = before.equals2D(sn) ? after : after.equals2D(sn) ? before : null;
                return w != null && onParentBorder(id, v, w) ? w : null;
            }
            return null;
        }

        Optional<Mutation> sliver(String id) {
            Polygon c = poly(id);
            Coordinate[] cs = c.getExteriorRing().getCoordinates();
            boolean ccw = Orientation.isCCW(cs);
            for (int i = 1; i < cs.length - 1; i++) {
                Coordinate prev = cs[i - 1];
                Coordinate v = cs[i];
                Coordinate next = cs[i + 1];
                Optional<String> s1 = siblingAcross(id, prev, v);
                Optional<String> s2 = siblingAcross(id, v, next);
                if (s1.isEmpty() || !s1.equals(s2) || Units.distance(crs, prev, next) < 4) {
                    continue;
                }
                String s = s1.get();
                double[] n = inwardNormal(prev, next, ccw);
                Coordinate moved = Units.offset(crs, v, -n[0] * SLIVER_METRES, -n[1] * SLIVER_METRES);
                Polygon region = c.getFactory().createPolygon(new Coordinate[] {prev.copy(), v.copy(), next.copy(),
                    moved, prev.copy()});
                Polygon mutated = withVertex(c, i, moved, true);
                if (!region.isValid() || !mutated.isValid() || !p.geometries().get(s).covers(region)) {
                    continue;
                }
                Map<String, Geometry> geoms = geometries();
                geoms.put(id, mutated);
                return mutation(Defect.SLIVER, "nudged vertex " + i + " of " + id + " " + SLIVER_METRES
                        + " m into " + s + " (within the tolerance: nothing to report)", nodes(), geoms);
            }
            return Optional.empty();
        }

        // ---- SPLIT ------------------------------------------------------------------------------

        Optional<Mutation> split(String id) {
            Polygon c = poly(id);
            for (String s : p.siblingsAndSelf(id)) {
                if (s.equals(id) || !p.isLeaf(s) || !(p.geometries().get(s) instanceof Polygon d)
                        || d.getNumInteriorRing() > 0 || d.intersects(c)
                        || p.node(s).orElseThrow().kind().dedicatedType().filter(t -> t == DedicatedType.ENTERPRISE)
                                .isPresent()) {
                    continue;
                }
                Map<String, Geometry> geoms = geometries();
                geoms.remove(s);
                geoms.put(id, c.getFactory().createMultiPolygon(new Polygon[] {c, d}));
                List<GridNode> nodes = nodes();
                nodes.removeIf(n -> n.id().equals(s));
                Polygon smaller = area(c) < area(d) ? c : d;
                return mutation(Defect.SPLIT, "gave " + s + "'s land to " + id + " as a second piece", nodes, geoms,
                        expect(BoundaryRule.NOT_CONTIGUOUS, Severity.ERROR, parent(id), List.of(id), smaller));
            }
            return Optional.empty();
        }
    }
}

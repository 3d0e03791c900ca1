package io.gridgov.geo.validate;

import static io.gridgov.geo.GeoMessages.MESSAGES;

import io.gridgov.core.Finding;
import io.gridgov.core.Severity;
import io.gridgov.core.i18n.LocalizedText;
import io.gridgov.core.tree.GridNode;
import io.gridgov.core.tree.GridTree;
import io.gridgov.core.tree.Level;
import io.gridgov.geo.CoordinateSystem;
import io.gridgov.geo.GeoPartition;
import io.gridgov.geo.GeoPoint;
import io.gridgov.geo.measure.Areas;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import org.locationtech.jts.coverage.CoverageUnion;
import org.locationtech.jts.coverage.CoverageValidator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateFilter;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.IntersectionMatrix;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.geom.util.PolygonExtracter;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.geom.util.LinearComponentExtracter;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.distance.IndexedFacetDistance;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.relateng.RelateNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

/**
 * One run of the hierarchical validation: a validity pass over every geometry, then one task per
 * sibling group (the roots, and the children of each node), run on a fork-join pool, then a sort
 * into report order. See {@link io.gridgov.geo.validate.PartitionValidator} for the rules.
 */
final class HierarchicalValidation {

    /**
     * The width, as a fraction of {@code eps}, of the strip whose area is the noise threshold of an
     * overlay piece (see {@code noiseArea}); {@link NearTiling} relies on the same value.
     */
    static final double NOISE_WIDTH = 1e-3;


    private final GeoPartition partition;
    private final ValidationOptions options;
    private final PartitionValidator.Progress progress;
    private final GridTree tree;
    private final CoordinateSystem crs;
    private final List<Geometry> allowedGaps;
    private final STRtree allowedIndex;
    private Map<String, Checked> checked;

    /**
     * A geometry after the validity check: the original, the geometry to use for overlays (the
     * original when valid, else repaired by GeometryFixer, null when nothing polygonal is left),
     * and IsValidOp's error (null when valid).
     */
    record Checked(Geometry original, Geometry usable, TopologyValidationError error) {
        boolean valid() {
            return error == null;
        }
    }

    /**
     * One sibling group as plain data.
     *
     * @param parentId the parent, empty for the roots
     * @param parent the parent's checked geometry, null when there is no parent geometry
     * @param level the children's level number
     * @param levelSpec the children's level, when the scheme has it (for single-piece)
     * @param ids the children's ids, in sibling order
     * @param members the children's checked geometries (null entries: no geometry), parallel to ids
     */
    record GroupInput(Optional<String> parentId, Checked parent, int level, Optional<Level> levelSpec,
            List<String> ids, List<Checked> members) {
    }

    /** A sibling group: the parent (null for the roots) and its children in sibling order. */
    private record Group(GridNode parent, List<GridNode> children) {
    }

    /**
     * Prepares a run.
     *
     * @param partition the partition
     * @param options the options
     * @param progress the progress listener
     */
    HierarchicalValidation(GeoPartition partition, ValidationOptions options,
            PartitionValidator.Progress progress) {
        this.partition = partition;
        this.options = options;
        this.progress = progress;
        this.tree = partition.tree();
        this.crs = partition.crs();
        List<Geometry> gaps = new ArrayList<>(partition.allowedGaps());
        gaps.addAll(options.allowedGaps());
        this.allowedGaps = gaps;
        this.allowedIndex = new STRtree();
        for (Geometry g : gaps) {
            allowedIndex.insert(g.getEnvelopeInternal(), g);
        }
        allowedIndex.build();
    }

    /** {@return the report} */
    ValidationReport run() {
        List<Violation> structural = new ArrayList<>();
        for (Finding f : StructuralFindings.of(partition)) {
            int level = f.subjects().stream().filter(tree::contains).findFirst().map(tree::levelNumber).orElse(0);
            structural.add(new Violation.Structural(f, level));
        }

        List<String> ids = new ArrayList<>(partition.geometries().keySet());
        ids.sort(null);
        List<Checked> checks = inParallel(ids.size(), i -> check(partition.geometries().get(ids.get(i))));
        Map<String, Checked> map = new HashMap<>(ids.size() * 2);
        for (int i = 0; i < ids.size(); i++) {
            map.put(ids.get(i), checks.get(i));
        }
        this.checked = map;

        List<Group> groups = new ArrayList<>();
        if (!tree.roots().isEmpty()) {
            groups.add(new Group(null, tree.roots()));
        }
        tree.nodes().forEach(n -> {
            if (!tree.isLeaf(n.id())) {
                groups.add(new Group(n, tree.children(n.id())));
            }
        });
        AtomicInteger done = new AtomicInteger();
        List<GroupValidation> perGroup = inParallel(groups.size(), i -> {
            GroupValidation group = new GroupValidation(input(groups.get(i)), options, crs, allowedGaps, allowedIndex);
            group.found = BorderGrouping.group(group.run(), crs);
            progress.groupsDone(done.incrementAndGet(), groups.size());
            return group;
        });
        List<Violation> spatial = new ArrayList<>();
        Map<String, Integer> snapped = new java.util.TreeMap<>();
        for (GroupValidation group : perGroup) {
            spatial.addAll(group.found);
            if (group.snappedVertices() > 0) {
                snapped.merge(group.in.parentId().orElse(""), group.snappedVertices(), Integer::sum);
            }
        }
        spatial.sort(REPORT_ORDER);
        List<Violation> all = new ArrayList<>(structural);
        all.addAll(spatial);
        return new ValidationReport(all, tree.size(), crs, snapped);
    }

    private GroupInput input(Group group) {
        List<String> ids = new ArrayList<>(group.children().size());
        List<Checked> members = new ArrayList<>(group.children().size());
        for (GridNode child : group.children()) {
            ids.add(child.id());
            members.add(checked.get(child.id()));
        }
        String first = ids.get(0);
        return new GroupInput(group.parent() == null ? Optional.empty() : Optional.of(group.parent().id()),
                group.parent() == null ? null : checked.get(group.parent().id()), tree.levelNumber(first),
                tree.level(first), ids, members);
    }

    private <T> List<T> inParallel(int n, IntFunction<T> task) {
        if (options.parallelism() == 1 || n < 2) {
            List<T> out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                out.add(task.apply(i));
            }
            return out;
        }
        ForkJoinPool pool = new ForkJoinPool(options.parallelism());
        try {
            return pool.submit(() -> IntStream.range(0, n).parallel().mapToObj(task).toList()).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("validation interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdown();
        }
    }

    static Checked check(Geometry g) {
        if (SimpleShell.certifies(g)) {
            return new Checked(g, g, null);
        }
        IsValidOp op = new IsValidOp(g);
        if (op.isValid()) {
            return new Checked(g, g, null);
        }
        Geometry fixed = polygonal(GeometryFixer.fix(g), g.getFactory());
        return new Checked(g, fixed.isEmpty() ? null : fixed, op.getValidationError());
    }

    static Geometry polygonal(Geometry g, GeometryFactory factory) {
        if (g instanceof Polygon || g instanceof MultiPolygon) {
            return g;
        }
        @SuppressWarnings("unchecked")
        List<Polygon> polygons = PolygonExtracter.getPolygons(g);
        if (polygons.size() == 1) {
            return polygons.get(0);
        }
        return factory.createMultiPolygon(polygons.toArray(new Polygon[0]));
    }

    static final Comparator<Violation> REPORT_ORDER = Comparator
            .comparingInt(Violation::level)
            .thenComparing((Violation v) -> v.parentId().orElse(""))
            .thenComparing(Violation::rule)
            .thenComparing(v -> String.join("\u0000", v.gridIds()))
            .thenComparingDouble(v -> v.point().map(GeoPoint::x).orElse(0.0))
            .thenComparingDouble(v -> v.point().map(GeoPoint::y).orElse(0.0))
            .thenComparingDouble(Violation::areaM2);

    // ------------------------------------------------------------------ one sibling group

    /** The checks of one sibling group; independent of the tree, so rule classes can run it too. */
    static final class GroupValidation {
        private final GroupInput in;
        /** The violations found by {@link #run()}. */
        private List<Violation> found = List.of();
        private final ValidationOptions options;
        private final CoordinateSystem crs;
        private final List<Geometry> allowedGaps;
        private final STRtree allowedIndex;
        private final Optional<String> parentId;
        private final List<Violation> out = new ArrayList<>();
        private final List<Envelope> invalidEnvelopes = new ArrayList<>();
        /** Every area piece found in this group (errors and warnings), to explain invalid edges. */
        private final List<Geometry> pieces = new ArrayList<>();
        private int level;
        private double eps;
        /** Vertices moved or inserted by snapping to the tolerance. */
        private int snappedVertices;
        private STRtree memberIndex;
        /** The members' segments, indexed when first needed (see {@link Proximity}). */
        private IndexedFacetDistance[] memberFacets;
        /** The pieces' segments, indexed when first needed. */
        private final Map<Geometry, IndexedFacetDistance> pieceFacets = new java.util.IdentityHashMap<>();

        GroupValidation(GroupInput in, ValidationOptions options, CoordinateSystem crs, List<Geometry> allowedGaps,
                STRtree allowedIndex) {
            this.in = in;
            this.options = options;
            this.crs = crs;
            this.allowedGaps = allowedGaps;
            this.allowedIndex = allowedIndex;
            this.parentId = in.parentId();
        }

        /** {@return the number of vertices snapping moved or inserted (after {@link #run()})} */
        int snappedVertices() {
            return snappedVertices;
        }

        List<Violation> run() {
            level = in.level();
            List<String> members = new ArrayList<>();
            List<Geometry> geoms = new ArrayList<>();
            boolean anyGeometry = in.members().stream().anyMatch(c -> c != null);
            if (!anyGeometry) {
                return out;
            }
            boolean allValid = true;
            for (int k = 0; k < in.ids().size(); k++) {
                String child = in.ids().get(k);
                Checked c = in.members().get(k);
                if (c == null) {
                    out.add(new Violation.MissingGeometry(Severity.ERROR, level, parentId, List.of(child),
                            MESSAGES.text("violation.MISSING_GEOMETRY", child)));
                    continue;
                }
                if (!c.valid()) {
                    allValid = false;
                    reportInvalid(child, c);
                } else {
                    checkContiguous(child, c.original());
                }
                if (c.usable() != null) {
                    members.add(child);
                    geoms.add(c.usable());
                }
            }
            if (geoms.isEmpty()) {
                return out;
            }
            Geometry[] g = geoms.toArray(new Geometry[0]);
            Checked parentChecked = in.parent();
            // A group whose valid children tile their valid parent exactly, vertex for vertex, has
            // no overlap, gap, part outside or edge mismatch: certify it by one pass over the
            // segments and skip the coverage check, the union and the overlays (see ExactTiling).
            if (allValid && parentChecked != null && parentChecked.valid()
                    && ExactTiling.certifies(g, parentChecked.usable())) {
                return out;
            }
            Envelope extent = new Envelope();
            for (Geometry x : g) {
                extent.expandToInclude(x.getEnvelopeInternal());
            }
            if (parentChecked != null && parentChecked.usable() != null) {
                extent.expandToInclude(parentChecked.usable().getEnvelopeInternal());
            }
            eps = 1e-9 * Math.max(Math.max(Math.abs(extent.getMaxX()), Math.abs(extent.getMinX())),
                    Math.max(Math.max(Math.abs(extent.getMaxY()), Math.abs(extent.getMinY())),
                            Math.max(extent.getWidth(), extent.getHeight())));
            // A group whose children tile the parent up to pieces the overlays below would discard
            // as noise (a parent densified independently of its children): see NearTiling.
            if (allValid && parentChecked != null && parentChecked.valid()
                    && NearTiling.certifies(g, parentChecked.usable(), NOISE_WIDTH * eps)) {
                return out;
            }

            // Cluster tolerance: what lies within the tolerance is one (see GroupSnapping); what
            // remains is measured on the snapped geometries. A group whose differences were all
            // within the tolerance is an exact tiling once snapped.
            if (options.toleranceMetres() > 0) {
                Geometry parentGeometry = parentChecked != null && parentChecked.valid() ? parentChecked.usable() : null;
                GroupSnapping.Result snappedGroup = GroupSnapping.snap(g, parentGeometry, options.toleranceMetres(), crs);
                snappedVertices = snappedGroup.snappedVertices();
                if (snappedGroup.changed(g, parentGeometry)) {
                    g = snappedGroup.children();
                    if (parentGeometry != null) {
                        parentChecked = new Checked(parentChecked.original(), snappedGroup.parent(), null);
                    }
                    if (allValid && parentChecked != null && parentChecked.valid()
                            && ExactTiling.certifies(g, parentChecked.usable())) {
                        return out;
                    }
                }
            }

            Geometry[] invalidEdges = g.length == 1 ? new Geometry[1] : CoverageValidator.validate(g);
            boolean clean = Arrays.stream(invalidEdges).allMatch(e -> e == null);


            Geometry union = null;
            if (g.length > 1 || parentChecked != null) {
                union = clean ? coverageUnion(g, parentChecked) : robustUnion(g);
            }

            // Overlaps: suspects are the members with invalid edges; if the areas do not add up,
            // every member is a suspect (duplicates are caught by CoverageValidator too).
            boolean[] suspect = new boolean[g.length];
            boolean anySuspect = false;
            for (int i = 0; i < g.length; i++) {
                suspect[i] = invalidEdges[i] != null;
                anySuspect |= suspect[i];
            }
            if (union != null && !anySuspect && g.length > 1) {
                double sum = 0;
                for (Geometry x : g) {
                    sum += x.getArea();
                }
                if (sum - union.getArea() > 1e-9 * sum) {
                    Arrays.fill(suspect, true);
                    anySuspect = true;
                }
            }
            if (anySuspect) {
                findOverlaps(members, g, suspect, index(g));
            }

            if (parentChecked != null && union != null) {
                if (parentChecked.valid()) {
                    compareWithParent(parentChecked.usable(), union, members, g);
                }
            }

            if (!clean) {
                findEdgeMismatches(members, invalidEdges);
            }
            return out;
        }

        private void reportInvalid(String child, Checked c) {
            TopologyValidationError e = c.error();
            Coordinate at = e.getCoordinate() != null ? e.getCoordinate() : c.original().getCoordinate();
            double area = c.usable() == null ? 0 : Areas.areaM2(c.usable(), crs);
            invalidEnvelopes.add(c.original().getEnvelopeInternal());
            out.add(new Violation.InvalidGeometry(Severity.ERROR, level, parentId, List.of(child), area,
                    Optional.of(new GeoPoint(at.x, at.y)), Optional.of(c.original()), e.getMessage(),
                    MESSAGES.text("violation.INVALID_GEOMETRY", child, e.getMessage(), coordinate(at.x, crs),
                            coordinate(at.y, crs))));
        }

        private void checkContiguous(String child, Geometry g) {
            if (g.getNumGeometries() < 2) {
                return;
            }
            Optional<Level> lvl = in.levelSpec();
            if (lvl.isEmpty() || !lvl.get().singlePiece()) {
                return;
            }
            List<Geometry> parts = new ArrayList<>();
            for (int i = 0; i < g.getNumGeometries(); i++) {
                parts.add(g.getGeometryN(i));
            }
            double[] areas = parts.stream().mapToDouble(p -> Areas.areaM2(p, crs)).toArray();
            int largest = 0;
            for (int i = 1; i < areas.length; i++) {
                if (areas[i] > areas[largest]) {
                    largest = i;
                }
            }
            List<Polygon> detached = new ArrayList<>();
            double detachedArea = 0;
            for (int i = 0; i < parts.size(); i++) {
                if (i != largest) {
                    detached.add((Polygon) parts.get(i));
                    detachedArea += areas[i];
                }
            }
            Geometry piece = detached.size() == 1 ? detached.get(0)
                    : g.getFactory().createMultiPolygon(detached.toArray(new Polygon[0]));
            Coordinate p = detached.get(0).getInteriorPoint().getCoordinate();
            out.add(new Violation.NotContiguous(Severity.ERROR, level, parentId, List.of(child), detachedArea,
                    Optional.of(new GeoPoint(p.x, p.y)), Optional.of(piece), parts.size(),
                    MESSAGES.text("violation.NOT_CONTIGUOUS", child, parts.size(), detachedArea,
                            lvl.get().nameEn())));
        }

        private Geometry coverageUnion(Geometry[] g, Checked parentChecked) {
            Geometry union;
            try {
                union = CoverageUnion.union(g);
            } catch (RuntimeException e) {
                return robustUnion(g);
            }
            // Fast path: a union equal to a valid parent is valid.
            if (parentChecked != null && parentChecked.valid() && sameShape(union, parentChecked.usable())) {
                return parentChecked.usable();
            }
            // locationtech/jts#1134: CoverageUnion may return an invalid polygon (hole touching shell).
            return union.isValid() ? union : robustUnion(g);
        }

        private Geometry robustUnion(Geometry[] g) {
            return UnaryUnionOp.union(Arrays.asList(g));
        }

        private void findOverlaps(List<String> members, Geometry[] g, boolean[] suspect, STRtree index) {
            java.util.Set<Long> seen = new java.util.HashSet<>();
            for (int i = 0; i < g.length; i++) {
                if (!suspect[i]) {
                    continue;
                }
                PreparedGeometry prepared = PreparedGeometryFactory.prepare(g[i]);
                @SuppressWarnings("unchecked")
                List<Integer> near = index.query(g[i].getEnvelopeInternal());
                near.sort(null);
                for (int j : near) {
                    if (j == i) {
                        continue;
                    }
                    long key = Math.min(i, j) * (long) g.length + Math.max(i, j);
                    if (!seen.add(key) || !prepared.intersects(g[j])) {
                        continue;
                    }
                    int a = Math.min(i, j);
                    int b = Math.max(i, j);
                    Geometry inter = polygonal(OverlayNGRobust.overlay(g[a], g[b], OverlayNG.INTERSECTION),
                            g[a].getFactory());
                    if (inter.isEmpty() || inter.getArea() <= noiseArea(inter)) {
                        continue;
                    }
                    if (touchesInvalid(inter)) {
                        continue;
                    }
                    pieces.add(inter);
                    double area = Areas.areaM2(inter, crs);
                    Severity severity = severity(inter, area);
                    String ida = members.get(a);
                    String idb = members.get(b);
                    String first = ida.compareTo(idb) <= 0 ? ida : idb;
                    String second = first.equals(ida) ? idb : ida;
                    out.add(new Violation.Overlap(severity, level, parentId, List.of(ida, idb), area,
                            Optional.of(pointIn(inter)), Optional.of(inter),
                            message(severity, "violation.OVERLAP", first, second, area)));
                }
            }
        }

        private void compareWithParent(Geometry parentGeometry, Geometry union, List<String> members,
                Geometry[] g) {
            if (union == parentGeometry || sameShape(union, parentGeometry)) {
                return;
            }
            STRtree index = index(g);
            Geometry gap = polygonal(OverlayNGRobust.overlay(parentGeometry, union, OverlayNG.DIFFERENCE),
                    parentGeometry.getFactory());
            Geometry nearAllowed = null;
            if (!gap.isEmpty() && !allowedGaps.isEmpty()) {
                @SuppressWarnings("unchecked")
                List<Geometry> allowed = allowedIndex.query(gap.getEnvelopeInternal());
                if (!allowed.isEmpty()) {
                    Geometry allowedUnion = allowed.size() == 1 ? allowed.get(0) : UnaryUnionOp.union(allowed);
                    nearAllowed = allowedUnion;
                    gap = polygonal(OverlayNGRobust.overlay(gap, allowedUnion, OverlayNG.DIFFERENCE),
                            gap.getFactory());
                }
            }
            for (int k = 0; k < gap.getNumGeometries(); k++) {
                Geometry piece = gap.getGeometryN(k);
                if (piece.isEmpty() || piece.getArea() <= noiseArea(piece) || touchesInvalid(piece)) {
                    continue;
                }
                // an allowed gap's outline, like any border, is one with what lies within the
                // tolerance of it: a piece narrower than the tolerance along it is not a gap
                if (nearAllowed != null && options.toleranceMetres() > 0
                        && Proximity.within(piece, nearAllowed, Metric.units(options.toleranceMetres(),
                                piece.getEnvelopeInternal(), crs))
                        && !wider(piece, options.toleranceMetres())) {
                    continue;
                }
                pieces.add(piece);
                List<String> bordering = new ArrayList<>();
                @SuppressWarnings("unchecked")
                List<Integer> near = index.query(expanded(piece.getEnvelopeInternal()));
                for (int i : near) {
                    if (Proximity.facetsWithin(facets(g, i), g[i], piece, eps) && sharesBorder(g, i, piece)) {
                        bordering.add(members.get(i));
                    }
                }
                bordering.sort(null);
                double area = Areas.areaM2(piece, crs);
                Severity severity = severity(piece, area);
                LocalizedText text = bordering.isEmpty()
                        ? message(severity, "violation.GAP.none", area, parentId.orElseThrow())
                        : message(severity, "violation.GAP", area, parentId.orElseThrow(), quoted(bordering));
                out.add(new Violation.Gap(severity, level, parentId, bordering, area, Optional.of(pointIn(piece)),
                        Optional.of(piece), text));
            }
            Geometry outside = polygonal(OverlayNGRobust.overlay(union, parentGeometry, OverlayNG.DIFFERENCE),
                    parentGeometry.getFactory());
            for (int k = 0; k < outside.getNumGeometries(); k++) {
                Geometry piece = outside.getGeometryN(k);
                if (piece.isEmpty() || piece.getArea() <= noiseArea(piece) || touchesInvalid(piece)) {
                    continue;
                }
                pieces.add(piece);
                List<String> owners = owners(piece, members, g, index);
                double area = Areas.areaM2(piece, crs);
                Severity severity = severity(piece, area);
                out.add(new Violation.OutsideParent(severity, level, parentId, owners, area,
                        Optional.of(pointIn(piece)), Optional.of(piece),
                        message(severity, "violation.OUTSIDE_PARENT", area, quoted(owners), parentId.orElseThrow())));
            }
        }

        /**
         * The members that own part of a piece of their union (outside the parent): those whose
         * intersection with the piece has an area above floating-point noise. A sibling that only
         * borders the piece shares no area with it, but the piece comes from an overlay, so its border
         * with that sibling may be noded a rounding error away from the sibling's own border: a
         * predicate on the boundaries ({@code touches}) is then wrong, and may even throw
         * {@code TopologyException}. The area of a robust overlay is neither. When every share is
         * below the noise threshold (a piece itself narrower than the noise), the largest share owns it.
         */
        private List<String> owners(Geometry piece, List<String> members, Geometry[] g, STRtree index) {
            double noise = noiseArea(piece);
            @SuppressWarnings("unchecked")
            List<Integer> near = index.query(expanded(piece.getEnvelopeInternal()));
            near.sort(null);
            List<String> owners = new ArrayList<>();
            int largest = -1;
            double largestArea = 0;
            for (int i : near) {
                if (!g[i].getEnvelopeInternal().intersects(piece.getEnvelopeInternal())) {
                    continue;
                }
                double shared = OverlayNGRobust.overlay(g[i], piece, OverlayNG.INTERSECTION).getArea();
                if (shared > noise) {
                    owners.add(members.get(i));
                }
                if (shared > largestArea) {
                    largest = i;
                    largestArea = shared;
                }
            }
            if (owners.isEmpty() && largest >= 0) {
                owners.add(members.get(largest));
            }
            owners.sort(null);
            return owners;
        }

        /**
         * The area below which a piece computed by overlay is floating-point noise of the noding,
         * not a piece of the input: a strip along the whole boundary of the piece a thousandth of
         * {@code eps} wide (eps is 1e-9 of the coordinates' magnitude, so the strip is about 1e-12 of
         * it, thousands of ulps yet far below any real sliver).
         */
        private double noiseArea(Geometry piece) {
            return NOISE_WIDTH * eps * piece.getLength();
        }

        /** The members' envelopes, indexed; built only for groups that need it. */
        private STRtree index(Geometry[] g) {
            if (memberIndex == null) {
                memberIndex = new STRtree();
                for (int i = 0; i < g.length; i++) {
                    memberIndex.insert(g[i].getEnvelopeInternal(), i);
                }
                memberIndex.build();
            }
            return memberIndex;
        }

        private void findEdgeMismatches(List<String> members, Geometry[] invalidEdges) {
            // Collect the invalid lines not explained by an area piece or an invalid geometry.
            List<LineString> lines = new ArrayList<>();
            List<Integer> owner = new ArrayList<>();
            STRtree pieceIndex = new STRtree();
            for (Geometry p : pieces) {
                pieceIndex.insert(expanded(p.getEnvelopeInternal()), p);
            }
            for (int i = 0; i < invalidEdges.length; i++) {
                if (invalidEdges[i] == null) {
                    continue;
                }
                @SuppressWarnings("unchecked")
                List<LineString> parts = LinearComponentExtracter.getLines(invalidEdges[i]);
                for (LineString line : parts) {
                    if (touchesInvalid(line) || explained(line, pieceIndex)) {
                        continue;
                    }
                    lines.add(line);
                    owner.add(i);
                }
            }
            if (lines.isEmpty()) {
                return;
            }
            // Cluster lines that touch: one violation per cluster (a T-junction flags three grids).
            int[] root = IntStream.range(0, lines.size()).toArray();
            STRtree lineIndex = new STRtree();
            for (int i = 0; i < lines.size(); i++) {
                lineIndex.insert(expanded(lines.get(i).getEnvelopeInternal()), i);
            }
            for (int i = 0; i < lines.size(); i++) {
                @SuppressWarnings("unchecked")
                List<Integer> near = lineIndex.query(lines.get(i).getEnvelopeInternal());
                IndexedFacetDistance facets = null;
                for (int j : near) {
                    if (j > i && find(root, i) != find(root, j)) {
                        if (facets == null) {
                            facets = new IndexedFacetDistance(lines.get(i));
                        }
                        if (Proximity.facetsWithin(facets, lines.get(i), lines.get(j), eps)) {
                            union(root, i, j);
                        }
                    }
                }
            }
            Map<Integer, List<Integer>> clusters = new java.util.TreeMap<>();
            for (int i = 0; i < lines.size(); i++) {
                clusters.computeIfAbsent(find(root, i), k -> new ArrayList<>()).add(i);
            }
            GeometryFactory factory = lines.get(0).getFactory();
            for (List<Integer> cluster : clusters.values()) {
                java.util.TreeSet<String> grids = new java.util.TreeSet<>();
                List<LineString> ls = new ArrayList<>();
                for (int i : cluster) {
                    grids.add(members.get(owner.get(i)));
                    ls.add(lines.get(i));
                }
                Geometry geometry = ls.size() == 1 ? ls.get(0)
                        : factory.createMultiLineString(ls.toArray(new LineString[0]));
                Coordinate c = ls.get(0).getInteriorPoint().getCoordinate();
                List<String> ids = List.copyOf(grids);
                out.add(new Violation.EdgeMismatch(Severity.ERROR, level, parentId, ids,
                        Optional.of(new GeoPoint(c.x, c.y)), Optional.of(geometry),
                        MESSAGES.text("violation.EDGE_MISMATCH", quoted(ids), coordinate(c.x, crs), coordinate(c.y, crs))));
            }
        }

        /** Whether a child and a piece share a border of positive length (not just a corner). */
        private boolean sharesBorder(Geometry[] g, int i, Geometry piece) {
            Geometry child = g[i];
            IntersectionMatrix im = RelateNG.relate(child, piece);
            if (im.get(Location.BOUNDARY, Location.BOUNDARY) >= 1) {
                return true;
            }
            // Not exactly on the same lines (noding moved a vertex by a rounding error): the piece
            // shares a border when two consecutive vertices of its boundary lie within eps of the
            // child's boundary (a corner touch has at most one).
            IndexedFacetDistance distance = facets(g, i); // a polygon's segments are its boundary's
            for (LineString ring : rings(piece)) {
                boolean previous = false;
                for (Coordinate c : ring.getCoordinates()) {
                    boolean near = distance.distance(piece.getFactory().createPoint(c)) <= eps;
                    if (near && previous) {
                        return true;
                    }
                    previous = near;
                }
            }
            return false;
        }

        private List<LineString> rings(Geometry piece) {
            @SuppressWarnings("unchecked")
            List<LineString> rings = LinearComponentExtracter.getLines(piece);
            return rings;
        }

        private boolean explained(LineString line, STRtree pieceIndex) {
            @SuppressWarnings("unchecked")
            List<Geometry> near = pieceIndex.query(line.getEnvelopeInternal());
            for (Geometry p : near) {
                IndexedFacetDistance facets = pieceFacets.computeIfAbsent(p, IndexedFacetDistance::new);
                if (Proximity.facetsWithin(facets, p, line, eps)) {
                    return true;
                }
            }
            return false;
        }

        /** {@return member {@code i}'s segments, indexed once per group} */
        private IndexedFacetDistance facets(Geometry[] g, int i) {
            if (memberFacets == null || memberFacets.length != g.length) {
                memberFacets = new IndexedFacetDistance[g.length];
            }
            if (memberFacets[i] == null) {
                memberFacets[i] = new IndexedFacetDistance(g[i]);
            }
            return memberFacets[i];
        }

        private boolean touchesInvalid(Geometry piece) {
            if (invalidEnvelopes.isEmpty()) {
                return false;
            }
            Envelope e = piece.getEnvelopeInternal();
            return invalidEnvelopes.stream().anyMatch(x -> x.intersects(e));
        }

        private Envelope expanded(Envelope e) {
            Envelope copy = new Envelope(e);
            copy.expandBy(eps);
            return copy;
        }

        private Severity severity(Geometry piece, double areaM2) {
            if (areaM2 < options.minAreaM2()) {
                return Severity.WARNING;
            }
            double tolerance = options.toleranceMetres();
            if (tolerance <= 0) {
                return Severity.ERROR;
            }
            return wider(piece, tolerance) ? Severity.ERROR : Severity.WARNING;
        }

        /**
         * Whether a piece is at least {@code width} metres wide somewhere (holds a disc of that
         * diameter: its maximum inscribed circle, which is exactly when the inward buffer by half the
         * width leaves something). The inward buffer is much cheaper than the inscribed circle on
         * long thin pieces.
         */
        private boolean wider(Geometry piece, double width) {
            // Width = 2 × radius of the maximum inscribed circle, in a local metric frame.
            double upperBound = 2 * Math.sqrt(Areas.areaM2(piece, crs) / Math.PI);
            if (upperBound < width) {
                return false;
            }
            Geometry metric = Metric.local(piece, crs);
            for (int i = 0; i < metric.getNumGeometries(); i++) {
                Geometry part = metric.getGeometryN(i);
                if (!part.isEmpty() && !part.buffer(-width / 2, 2).isEmpty()) {
                    return true;
                }
            }
            return false;
        }

        private LocalizedText message(Severity severity, String key, Object... args) {
            LocalizedText text = MESSAGES.text(key, args);
            if (severity == Severity.ERROR) {
                return text;
            }
            LocalizedText en = MESSAGES.text("violation.sliver", text.en(), options.toleranceMetres(),
                    options.minAreaM2());
            LocalizedText zh = MESSAGES.text("violation.sliver", text.zh(), options.toleranceMetres(),
                    options.minAreaM2());
            return new LocalizedText(en.en(), zh.zh());
        }
    }

    private static String coordinate(double value, CoordinateSystem crs) {
        return String.format(java.util.Locale.ROOT, crs.isGeographic() ? "%.7f" : "%.3f", value);
    }

    static String quoted(List<String> ids) {
        StringBuilder b = new StringBuilder();
        for (String id : ids) {
            if (b.length() > 0) {
                b.append(", ");
            }
            b.append('\'').append(id).append('\'');
        }
        return b.toString();
    }

    private static void union(int[] root, int a, int b) {
        int ra = find(root, a);
        int rb = find(root, b);
        if (ra != rb) {
            root[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }

    private static int find(int[] root, int a) {
        while (root[a] != a) {
            root[a] = root[root[a]];
            a = root[a];
        }
        return a;
    }

    static GeoPoint pointIn(Geometry piece) {
        Coordinate c = piece.getInteriorPoint().getCoordinate();
        if (c == null) {
            c = piece.getCoordinate();
        }
        return new GeoPoint(c.x, c.y);
    }

    /** Whether two polygonal geometries have the same rings, whatever their start vertex and orientation. */
    static boolean sameShape(Geometry a, Geometry b) {
        if (a.getNumPoints() != b.getNumPoints() || !a.getEnvelopeInternal().equals(b.getEnvelopeInternal())) {
            return false;
        }
        Geometry na = unwrap(a).norm();
        Geometry nb = unwrap(b).norm();
        return na.equalsExact(nb);
    }

    private static Geometry unwrap(Geometry g) {
        return g instanceof MultiPolygon && g.getNumGeometries() == 1 ? g.getGeometryN(0) : g;
    }

    /** Projects geometries into a local metric frame for widths. */
    static final class Metric {
        private Metric() {
        }

        /**
         * A distance in metres as coordinate units at an extent: for lon/lat the degrees of
         * longitude (the larger number), so that the distance is covered in every direction.
         */
        static double units(double metres, Envelope at, CoordinateSystem crs) {
            if (!crs.isGeographic()) {
                return metres;
            }
            return metres / metresPerDegreeLon((at.getMinY() + at.getMaxY()) / 2);
        }

        /** {@return metres per degree of latitude (along the meridian) on WGS84 at a latitude} */
        static double metresPerDegreeLat(double lat) {
            double phi = Math.toRadians(lat);
            return 111132.954 - 559.822 * Math.cos(2 * phi) + 1.175 * Math.cos(4 * phi);
        }

        /** {@return metres per degree of longitude (along the parallel) on WGS84 at a latitude} */
        static double metresPerDegreeLon(double lat) {
            double phi = Math.toRadians(lat);
            return 111412.84 * Math.cos(phi) - 93.5 * Math.cos(3 * phi);
        }

        static Geometry local(Geometry g, CoordinateSystem crs) {
            if (!crs.isGeographic()) {
                return g;
            }
            Envelope e = g.getEnvelopeInternal();
            double lat0 = (e.getMinY() + e.getMaxY()) / 2;
            double lon0 = (e.getMinX() + e.getMaxX()) / 2;
            double mLat = metresPerDegreeLat(lat0);
            double mLon = metresPerDegreeLon(lat0);
            Geometry copy = g.copy();
            copy.apply((CoordinateFilter) c -> {
                c.x = (c.x - lon0) * mLon;
                c.y = (c.y - lat0) * mLat;
            });
            copy.geometryChanged();
            return copy;
        }
    }
}

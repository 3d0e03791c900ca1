package io.gridgov.geo.validate;


import io.gridgov.core.Finding;
import io.gridgov.core.tree.GridTree;
import io.gridgov.core.tree.Level;
import io.gridgov.geo.CoordinateSystem;
import io.gridgov.geo.GeoPartition;
import io.gridgov.geo.GeoPoint;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.PolygonExtracter;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

/**
 * One run of the hierarchical validation (orchestration only): a validity pass over the parents'
 * geometries, then one task per sibling group (the roots, and the children of each node; each as
 * one {@link GroupInput}, its rings read once ({@link GroupRings}) and its other children's validity
 * checked from them), run on a fork-join pool, then a sort into report order. See
 * {@link io.gridgov.geo.validate.PartitionValidator} for the rules. The jobs live in their own
 * classes: the checks of one group {@link SiblingGroupValidation}, snapping {@link GroupSnapping},
 * the certificates {@link ExactTiling} / {@link NearTiling} / {@link SimpleShell}, severity by
 * inscribed circle {@link PieceSeverity}, messages {@link ViolationText}, border groups
 * {@link BorderGrouping}, distances {@link Proximity}, the metric frame {@link LocalMetric},
 * union-find {@link UnionFind}.
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
     * @param rings the rings of the parent's usable geometry and the children's, read once for the
     *     group's checks ({@link GroupRings})
     */
    record GroupInput(Optional<String> parentId, Checked parent, int level, Optional<Level> levelSpec,
            List<String> ids, List<Checked> members, GroupRings rings) {

        /**
         * The internal form of a public {@link SiblingGroup}: every geometry checked (an empty one
         * counts as missing).
         *
         * @param group the group
         * @return its input
         */
        static GroupInput of(SiblingGroup group) {
            List<String> ids = new ArrayList<>();
            List<Geometry> geometries = new ArrayList<>();
            for (SiblingGroup.Member m : group.children()) {
                ids.add(m.id());
                geometries.add(m.geometry().filter(g -> !g.isEmpty()).orElse(null));
            }
            Checked parent = group.parent().filter(g -> !g.isEmpty()).map(HierarchicalValidation::check).orElse(null);
            return checked(group.parentId(), parent, group.level(), group.levelDefinition(), ids, geometries,
                    new ArrayList<>(java.util.Collections.nCopies(ids.size(), (Checked) null)));
        }

        /**
         * A group whose children are checked here, their rings read once for the check and the
         * group's later checks.
         *
         * @param geometries the children's geometries (null: none), parallel to ids
         * @param known the children already checked (null entries: check here; written)
         */
        static GroupInput checked(Optional<String> parentId, Checked parent, int level, Optional<Level> levelSpec,
                List<String> ids, List<Geometry> geometries, List<Checked> known) {
            return checked(parentId, parent, level, levelSpec, ids, geometries, known, false);
        }

        /**
         * As {@link #checked(Optional, Checked, int, Optional, List, List, List)}, the rings read
         * into arrays borrowed from this thread's {@link KeptArrays} when {@code borrowing}: the
         * caller then gives them back ({@link GroupRings#giveBack()}) on this thread once the group
         * is done.
         */
        static GroupInput checked(Optional<String> parentId, Checked parent, int level, Optional<Level> levelSpec,
                List<String> ids, List<Geometry> geometries, List<Checked> known, boolean borrowing) {
            Geometry[] read = new Geometry[ids.size() + 1];
            read[0] = parent == null ? null : parent.usable();
            for (int k = 0; k < ids.size(); k++) {
                read[k + 1] = geometries.get(k);
            }
            GroupRings rings = borrowing ? GroupRings.borrowing(read) : GroupRings.of(read);
            for (int k = 0; k < ids.size(); k++) {
                Geometry g = geometries.get(k);
                if (known.get(k) == null && g != null) {
                    known.set(k, check(g, rings));
                }
            }
            return new GroupInput(parentId, parent, level, levelSpec, ids, known, rings);
        }
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

        // Each grid is checked once (a parent is a parent in one group and a child in another):
        // every grid but the parents in its own group's task, while the group's coordinates are read
        // once for that check and the group's later ones (see GroupRings). On one thread the parents
        // too: the groups then run in pre-order of their parents, so each parent is a child of an
        // earlier group, checked there from that group's rings before its own group needs it. On a
        // pool the parents are checked first, each from its own coordinates (the same Checked:
        // SimpleShell answers the same from a group's rings, and IsValidOp decides the rest). The
        // grids are reached by their positions in the tree (see SiblingGroupIndex), each grid's
        // geometry looked up once.
        SiblingGroupIndex groups = SiblingGroupIndex.of(tree);
        Map<String, Geometry> geometries = partition.geometries();
        int nodeCount = groups.nodes.length;
        Geometry[] geometryAt = new Geometry[nodeCount];
        int[] parents = new int[nodeCount];
        int parentCount = 0;
        for (int k = 0; k < nodeCount; k++) {
            geometryAt[k] = geometries.get(groups.nodes[k].id());
            if (groups.hasChildren(k) && geometryAt[k] != null) {
                parents[parentCount++] = k;
            }
        }
        boolean parentsInGroups = options.parallelism() == 1;
        Checked[] checkedAt = new Checked[nodeCount];
        if (!parentsInGroups) {
            List<Checked> checks = inParallel(parentCount, i -> check(geometryAt[parents[i]]));
            for (int i = 0; i < parentCount; i++) {
                checkedAt[parents[i]] = checks.get(i);
            }
        }

        AtomicInteger done = new AtomicInteger();
        int groupCount = groups.groupCount();
        List<GroupOutcome> perGroup = inParallel(groupCount, i -> {
            GroupInput in = input(groups, i, geometryAt, checkedAt);
            if (parentsInGroups) {
                for (int m = groups.start(i); m < groups.end(i); m++) {
                    if (groups.hasChildren(groups.member(m))) {
                        checkedAt[groups.member(m)] = in.members().get(m - groups.start(i));
                    }
                }
            }
            SiblingGroupValidation group = new SiblingGroupValidation(in, options, crs, allowedGaps, allowedIndex);
            GroupOutcome outcome;
            try {
                outcome = new GroupOutcome(BorderGrouping.group(group.run(), crs), in.parentId(),
                        group.snappedVertices());
            } finally {
                // the group is done: nothing it made reads its rings any more (the outcome holds
                // its findings, geometries of their own)
                in.rings().giveBack();
            }
            progress.groupsDone(done.incrementAndGet(), groupCount);
            return outcome;
        });
        List<Violation> spatial = new ArrayList<>();
        Map<String, Integer> snapped = new java.util.TreeMap<>();
        for (GroupOutcome group : perGroup) {
            spatial.addAll(group.found());
            if (group.snappedVertices() > 0) {
                snapped.merge(group.parentId().orElse(""), group.snappedVertices(), Integer::sum);
            }
        }
        spatial.sort(REPORT_ORDER);
        List<Violation> all = new ArrayList<>(structural);
        all.addAll(spatial);
        return new ValidationReport(all, tree.size(), crs, snapped);
    }

    /**
     * What the report keeps of one sibling group's checks. The group's own state (its rings read
     * into arrays, indexes, snapped rings: ten times the report's size on a street of a hundred
     * grids) is left behind as soon as the group is done, rather than held until every group is.
     *
     * @param found the group's findings, grouped by border
     * @param parentId the group's parent, if any
     * @param snappedVertices the vertices snapping moved or inserted in the group
     */
    private record GroupOutcome(List<Violation> found, Optional<String> parentId, int snappedVertices) {
    }

    /**
     * {@return sibling group {@code g} (see {@link SiblingGroupIndex})}: its parent checked before, its
     * children checked here unless they were
     *
     * @param geometryAt per node (by position), its geometry, null when it has none
     * @param checkedAt per node, its checked geometry when it was checked before, else null
     */
    private GroupInput input(SiblingGroupIndex groups, int g, Geometry[] geometryAt, Checked[] checkedAt) {
        int size = groups.end(g) - groups.start(g);
        List<String> ids = new ArrayList<>(size);
        List<Geometry> geometries = new ArrayList<>(size);
        List<Checked> members = new ArrayList<>(size);
        for (int i = groups.start(g); i < groups.end(g); i++) {
            int child = groups.member(i);
            ids.add(groups.nodes[child].id());
            geometries.add(geometryAt[child]);
            members.add(checkedAt[child]);
        }
        int parent = groups.parent(g);
        assert parent < 0 || geometryAt[parent] == null || checkedAt[parent] != null : "parent not checked yet";
        int level = groups.levels[groups.member(groups.start(g))];
        Optional<Level> levelSpec = level <= tree.scheme().depth() ? Optional.of(tree.scheme().level(level))
                : Optional.empty();
        return GroupInput.checked(parent < 0 ? Optional.empty() : Optional.of(groups.nodes[parent].id()),
                parent < 0 ? null : checkedAt[parent], level, levelSpec, ids, geometries, members, true);
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
        return checkInFull(g);
    }

    /** {@return {@code g} checked (as {@link #check(Geometry)}), its shell read from the group's rings} */
    static Checked check(Geometry g, GroupRings rings) {
        if (SimpleShell.certifies(g, rings)) {
            return new Checked(g, g, null);
        }
        return checkInFull(g);
    }

    private static Checked checkInFull(Geometry g) {
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

    /**
     * The checks of one sibling group, under the name callers used before it moved to
     * {@link SiblingGroupValidation}.
     */
    static final class GroupValidation extends SiblingGroupValidation {
        GroupValidation(GroupInput in, ValidationOptions options, CoordinateSystem crs, List<Geometry> allowedGaps,
                STRtree allowedIndex) {
            super(in, options, crs, allowedGaps, allowedIndex);
        }
    }


    /** {@return ids as {@code 'a', 'b'}} (see {@link ViolationText#quoted}) */
    static String quoted(List<String> ids) {
        return ViolationText.quoted(ids);
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

    /** The local metric frame, under the name callers used before it moved to {@link LocalMetric}. */
    static final class Metric {
        private Metric() {
        }

        static double units(double metres, Envelope at, CoordinateSystem crs) {
            return LocalMetric.units(metres, at, crs);
        }

        static double metresPerDegreeLat(double lat) {
            return LocalMetric.metresPerDegreeLat(lat);
        }

        static double metresPerDegreeLon(double lat) {
            return LocalMetric.metresPerDegreeLon(lat);
        }

        static Geometry local(Geometry g, CoordinateSystem crs) {
            return LocalMetric.local(g, crs);
        }
    }
}

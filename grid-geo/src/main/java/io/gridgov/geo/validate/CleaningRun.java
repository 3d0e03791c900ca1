package io.gridgov.geo.validate;

import static io.gridgov.geo.GeoMessages.MESSAGES;

import io.gridgov.core.i18n.LocalizedText;
import io.gridgov.core.tree.GridNode;
import io.gridgov.core.tree.GridTree;
import io.gridgov.geo.CoordinateSystem;
import io.gridgov.geo.GeoPartition;
import io.gridgov.geo.measure.Areas;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Function;
import org.locationtech.jts.coverage.CoverageUnion;
import org.locationtech.jts.coverage.CoverageValidator;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.union.UnaryUnionOp;

/**
 * One run of {@link PartitionCleaner}: the sibling groups top down, the groups of one level in
 * parallel (or the leaves, then the parents bottom up), then the change report. Not thread-safe;
 * one instance per run.
 */
final class CleaningRun {

    private final GeoPartition partition;
    private final CleaningOptions options;
    private final GridTree tree;
    private final CoordinateSystem crs;
    private final List<Geometry> allowedGaps = new ArrayList<>();
    private final STRtree allowedIndex = new STRtree();
    /** The current geometry of every grid that has a usable one. */
    private final Map<String, Geometry> current = new HashMap<>();
    private final List<CleaningResult.Refusal> refusals = new ArrayList<>();
    private final List<CleaningResult.LeftGap> gaps = new ArrayList<>();

    CleaningRun(GeoPartition partition, CleaningOptions options) {
        this.partition = partition;
        this.options = options;
        this.tree = partition.tree();
        this.crs = partition.crs();
        allowedGaps.addAll(partition.allowedGaps());
        allowedGaps.addAll(options.allowedGaps());
        for (Geometry g : allowedGaps) {
            allowedIndex.insert(g.getEnvelopeInternal(), g);
        }
        allowedIndex.build();
    }

    CleaningResult run() {
        if (options.authority() == CleaningOptions.Authority.PARENT) {
            // every grid is a child of one group (the roots' group for the roots), which checks it
            // just before cleaning it (see usable) and hands it on to the groups below
            if (!tree.roots().isEmpty()) {
                apply(cleanGroup(Optional.empty(), tree.roots()));
            }
            cleanLevelByLevel();
        } else {
            // the parents are redrawn from the current geometries, their own among them
            for (Map.Entry<String, Geometry> e : partition.geometries().entrySet()) {
                Geometry usable = usable(e.getKey());
                if (usable != null) {
                    current.put(e.getKey(), usable);
                }
            }
            List<GridNode> leaves = new ArrayList<>();
            tree.nodes().forEach(n -> {
                if (tree.isLeaf(n.id())) {
                    leaves.add(n);
                }
            });
            if (!leaves.isEmpty()) {
                apply(cleanGroup(Optional.empty(), leaves));
            }
            redrawParents();
        }
        // only the geometries cleaning replaced are checked again (the input's were when it was made)
        Map<String, Geometry> replaced = new HashMap<>();
        current.forEach((id, g) -> {
            if (g != partition.geometries().get(id)) {
                replaced.put(id, g);
            }
        });
        GeoPartition cleaned = partition.withGeometries(replaced);
        return new CleaningResult(cleaned, changes(), refusals, gaps);
    }

    // ------------------------------------------------------------------ groups

    /**
     * What cleaning one group decided: the children's geometries after it (their usable input
     * where nothing changed), their changes measured against the input, its refusals and gaps left.
     */
    private record Cleaned(Map<String, Geometry> geometries, Map<String, Measured> changes,
            List<CleaningResult.Refusal> refusals, List<CleaningResult.LeftGap> gaps) {
    }

    /**
     * A grid's change, measured by the group that cleaned it, right after cleaning it (its old and
     * new outline still in the processor's caches: measured at the end, in tree order, the change
     * report spent much of its time fetching them again), for the new geometry {@code after}.
     */
    private record Measured(Geometry after, CleaningResult.Change change) {
    }

    private static final Cleaned NOTHING = new Cleaned(Map.of(), Map.of(), List.of(), List.of());

    /** Changes measured by the groups, by grid id (each grid is cleaned in one group at most). */
    private final Map<String, Measured> measured = new HashMap<>();

    private void apply(Cleaned cleaned) {
        current.putAll(cleaned.geometries());
        measured.putAll(cleaned.changes());
        refusals.addAll(cleaned.refusals());
        gaps.addAll(cleaned.gaps());
    }

    /**
     * Authority PARENT below the roots: the groups under the parents of one level at a time (each
     * against its parent as the level above left it), in parallel; their refusals and gaps are
     * reported in tree order, as one thread would.
     */
    private void cleanLevelByLevel() {
        Map<Integer, List<String>> parentsByLevel = new java.util.TreeMap<>();
        List<String> order = new ArrayList<>();
        tree.nodes().forEach(n -> {
            if (!tree.isLeaf(n.id())) {
                parentsByLevel.computeIfAbsent(tree.levelNumber(n.id()), k -> new ArrayList<>()).add(n.id());
                order.add(n.id());
            }
        });
        Map<String, Cleaned> done = new HashMap<>();
        ForkJoinPool pool = options.parallelism() > 1 ? new ForkJoinPool(options.parallelism()) : null;
        try {
            for (List<String> parents : parentsByLevel.values()) {
                Function<String, Cleaned> clean = id -> cleanGroup(Optional.of(id), tree.children(id));
                List<Cleaned> level = pool == null || parents.size() < 2 ? parents.stream().map(clean).toList()
                        : pool.submit(() -> parents.parallelStream().map(clean).toList()).join();
                for (int i = 0; i < parents.size(); i++) {
                    current.putAll(level.get(i).geometries());
                    measured.putAll(level.get(i).changes());
                    done.put(parents.get(i), level.get(i));
                }
            }
        } finally {
            if (pool != null) {
                pool.shutdown();
            }
        }
        for (String id : order) {
            refusals.addAll(done.get(id).refusals());
            gaps.addAll(done.get(id).gaps());
        }
    }

    /**
     * {@return a grid's input geometry as cleaning uses it: repaired when invalid, null when nothing
     * valid is left of it (it takes no part and is written as it was)} Checked by the group that
     * cleans the grid, right before: the checks, the snapping and the fitting then find its
     * coordinates in the processor's caches (checked all at once beforehand, each group fetched
     * them from memory again).
     */
    private Geometry usable(String id) {
        Geometry input = partition.geometries().get(id);
        return input == null ? null : HierarchicalValidation.check(input).usable();
    }

    /** {@return {@code input} as cleaning uses it (see {@link #usable(String)}), its shell read from the group's rings} */
    private static Geometry usable(Geometry input, GroupRings rings) {
        return input == null ? null : HierarchicalValidation.check(input, rings).usable();
    }

    /** Cleans one group; reads the current geometries and changes nothing (see {@link #apply}). */
    private Cleaned cleanGroup(Optional<String> parentId, List<GridNode> children) {
        boolean checkHere = options.authority() == CleaningOptions.Authority.PARENT;
        Geometry parent = parentId.map(current::get).orElse(null);
        // the group's rings read once, the children's inputs and then the parent (the children's
        // numbering as the outline snapping's own reading of them had it), for the inputs' check,
        // the certificate and the snapping: each read the group's coordinates again before
        GroupRings rings = null;
        Geometry[] inputs = null;
        if (checkHere) {
            inputs = new Geometry[children.size() + 1];
            for (int k = 0; k < children.size(); k++) {
                inputs[k] = partition.geometries().get(children.get(k).id());
            }
            inputs[children.size()] = parent;
            rings = GroupRings.of(inputs);
        }
        List<String> ids = new ArrayList<>();
        List<Geometry> geoms = new ArrayList<>();
        Map<String, Geometry> asTheyAre = new HashMap<>();
        for (int k = 0; k < children.size(); k++) {
            String id = children.get(k).id();
            Geometry g = checkHere ? usable(inputs[k], rings) : current.get(id);
            if (g != null) {
                ids.add(id);
                geoms.add(g);
                asTheyAre.put(id, g);
            }
        }
        if (geoms.isEmpty()) {
            return NOTHING;
        }
        Cleaned unchanged = new Cleaned(asTheyAre, Map.of(), List.of(), List.of());
        Geometry[] g = geoms.toArray(new Geometry[0]);
        if (alreadyClean(g, parent, rings)) {
            return unchanged;
        }
        Envelope extent = new Envelope();
        for (Geometry x : g) {
            extent.expandToInclude(x.getEnvelopeInternal());
        }
        if (parent != null) {
            extent.expandToInclude(parent.getEnvelopeInternal());
        }
        @SuppressWarnings("unchecked")
        List<Geometry> allowed = allowedIndex.query(extent);
        String[] idArray = ids.toArray(new String[0]);
        GroupCleaning.Outcome outcome = new GroupCleaning(idArray, g, parent, options, crs, allowed, rings).run();
        int level = tree.levelNumber(idArray[0]);
        List<CleaningResult.Refusal> refused = new ArrayList<>();
        for (int i : outcome.vanished()) {
            refused.add(refusal(idArray[i], parentId, CleaningResult.Refusal.Reason.VANISH, 0, level));
        }
        outcome.split().forEach((i, pieces) -> refused.add(refusal(idArray[i], parentId,
                CleaningResult.Refusal.Reason.SPLIT, pieces, level)));
        if (outcome.refused()) {
            return new Cleaned(asTheyAre, Map.of(), refused, List.of());
        }
        Map<String, Geometry> cleaned = new HashMap<>();
        Map<String, Measured> changes = new HashMap<>();
        for (int i = 0; i < idArray.length; i++) {
            Geometry after = outcome.children()[i];
            cleaned.put(idArray[i], after);
            Geometry before = partition.geometries().get(idArray[i]);
            if (before != null && after != before) {
                changes.put(idArray[i], new Measured(after, OutlineChange.of(idArray[i], before, after, crs)));
            }
        }
        List<CleaningResult.LeftGap> left = new ArrayList<>();
        for (GroupCleaning.Gap gap : outcome.gaps()) {
            List<String> bordering = new ArrayList<>();
            for (int i : gap.bordering()) {
                bordering.add(idArray[i]);
            }
            bordering.sort(null);
            CleaningResult.LeftGap.Kind kind = gap.allowed() ? CleaningResult.LeftGap.Kind.ALLOWED
                    : CleaningResult.LeftGap.Kind.WIDER_THAN_MAX;
            double area = Areas.areaM2(gap.piece(), crs);
            String in = parentId.map(p -> MESSAGES.text("clean.gap.in", p)).map(LocalizedText::en).orElse("");
            String inZh = parentId.map(p -> MESSAGES.text("clean.gap.in", p)).map(LocalizedText::zh).orElse("");
            String list = bordering.isEmpty() ? null : HierarchicalValidation.quoted(bordering);
            LocalizedText none = MESSAGES.text("clean.gap.none");
            LocalizedText en = MESSAGES.text("clean.gap." + kind.name(), area, in, options.maxGapWidthMetres(),
                    list == null ? none.en() : list);
            LocalizedText zh = MESSAGES.text("clean.gap." + kind.name(), area, inZh, options.maxGapWidthMetres(),
                    list == null ? none.zh() : list);
            left.add(new CleaningResult.LeftGap(parentId, level, kind, area, bordering,
                    HierarchicalValidation.pointIn(gap.piece()), gap.piece(), new LocalizedText(en.en(), zh.zh())));
        }
        return new Cleaned(cleaned, changes, List.of(), left);
    }

    /**
     * Whether validation's certificates already accept the group (then it is not touched), as it is
     * or with the allowed gaps inside the parent taking part as if they were children (a lake cut out
     * of the children): without them a group around a lake was never certified and was snapped
     * again, which moved a corner onto a vertex 0.29 m away in a valid city (found by
     * CleaningProperties). The group is tried alone first, since a gap that is cut out of the grids
     * below (not of these children) must not take part.
     */
    private boolean alreadyClean(Geometry[] children, Geometry parent, GroupRings rings) {
        boolean alone = certified(children, parent, rings);
        if (alone || parent == null) {
            return alone;
        }
        @SuppressWarnings("unchecked")
        List<Geometry> near = allowedIndex.query(parent.getEnvelopeInternal());
        List<Geometry> inside = near.stream().filter(a -> parent.contains(a.getInteriorPoint())).toList();
        if (inside.isEmpty()) {
            return false;
        }
        Geometry[] g = Arrays.copyOf(children, children.length + inside.size());
        for (int i = 0; i < inside.size(); i++) {
            g[children.length + i] = inside.get(i);
        }
        return certified(g, parent, null);
    }

    /** @param rings the group's rings, or null (then the certificates read the geometries) */
    private boolean certified(Geometry[] g, Geometry parent, GroupRings rings) {
        if (parent != null) {
            Envelope union = new Envelope();
            for (Geometry x : g) {
                union.expandToInclude(x.getEnvelopeInternal());
            }
            double noise = noiseWidth(parent.getEnvelopeInternal(), union);
            if (apart(parent.getEnvelopeInternal(), union, noise)) {
                return false;
            }
            return (rings != null ? ExactTiling.certifies(g, parent, rings) : ExactTiling.certifies(g, parent))
                    || NearTiling.certifies(g, parent, noise);
        }
        if (g.length == 1) {
            return true;
        }
        Envelope extent = new Envelope();
        for (Geometry x : g) {
            extent.expandToInclude(x.getEnvelopeInternal());
        }
        double gapWidth = HierarchicalValidation.Metric.units(options.maxGapWidthMetres(), extent, crs);
        try {
            return Arrays.stream(CoverageValidator.validate(g, gapWidth)).allMatch(e -> e == null);
        } catch (RuntimeException e) {
            return false;
        }
    }

    /**
     * {@return the width of the noise strip {@link NearTiling} is given for a group: the
     * validator's ({@code NOISE_WIDTH} times 10<sup>-9</sup> of the group's magnitude)}
     *
     * @param parent the parent's envelope
     * @param children the envelope of the children together
     */
    static double noiseWidth(Envelope parent, Envelope children) {
        Envelope extent = new Envelope(parent);
        extent.expandToInclude(children);
        double eps = 1e-9 * Math.max(Math.max(Math.abs(extent.getMaxX()), Math.abs(extent.getMinX())),
                Math.max(Math.max(Math.abs(extent.getMaxY()), Math.abs(extent.getMinY())),
                        Math.max(extent.getWidth(), extent.getHeight())));
        return HierarchicalValidation.NOISE_WIDTH * eps;
    }

    /**
     * {@return whether the parent's envelope and the children's differ by more than {@code noise}
     * on some side: then neither certificate can accept the group} Children that tile the parent
     * exactly ({@link ExactTiling}) cover the same points, so the two envelopes are equal; children
     * that tile it up to noise ({@link NearTiling}) bound a ring whose vertices are all the
     * parent's, the parent's other vertices lying within {@code noise / (2 n)} of its segments, so
     * the parent's envelope exceeds theirs by less than {@code noise}. A parent from another survey
     * (metres off its children) fails here from the envelopes alone, which every geometry keeps,
     * without reading the children's coordinates (the certificates hashed every segment of the
     * group first). Empty geometries are left to the certificates.
     */
    static boolean apart(Envelope parent, Envelope children, double noise) {
        if (parent.isNull() || children.isNull()) {
            return false;
        }
        return Math.abs(parent.getMinX() - children.getMinX()) > noise
                || Math.abs(parent.getMaxX() - children.getMaxX()) > noise
                || Math.abs(parent.getMinY() - children.getMinY()) > noise
                || Math.abs(parent.getMaxY() - children.getMaxY()) > noise;
    }

    private static CleaningResult.Refusal refusal(String id, Optional<String> parentId,
            CleaningResult.Refusal.Reason reason, int pieces, int level) {
        LocalizedText text = MESSAGES.text("clean.refused." + reason.name(), id, pieces);
        return new CleaningResult.Refusal(id, parentId, level, reason, pieces, text);
    }

    /** Authority CHILDREN: every parent becomes the union of its children, deepest first. */
    private void redrawParents() {
        List<GridNode> nodes = new ArrayList<>();
        tree.nodes().forEach(nodes::add);
        for (int k = nodes.size() - 1; k >= 0; k--) {
            String id = nodes.get(k).id();
            if (tree.isLeaf(id)) {
                continue;
            }
            List<Geometry> parts = new ArrayList<>();
            for (GridNode child : tree.children(id)) {
                Geometry g = current.get(child.id());
                if (g != null) {
                    parts.add(g);
                }
            }
            if (parts.isEmpty()) {
                continue;
            }
            Geometry union = union(parts);
            Geometry before = current.get(id);
            current.put(id, before != null && HierarchicalValidation.sameShape(union, before) ? before : union);
        }
    }

    private static Geometry union(List<Geometry> parts) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        try {
            Geometry u = CoverageUnion.union(parts.toArray(new Geometry[0]));
            if (u.isValid()) {
                return u;
            }
        } catch (RuntimeException e) {
            // not a clean coverage (a refused group): the robust union below
        }
        return UnaryUnionOp.union(parts);
    }

    // ------------------------------------------------------------------ report

    private List<CleaningResult.Change> changes() {
        List<CleaningResult.Change> out = new ArrayList<>();
        tree.nodes().forEach(n -> {
            Geometry before = partition.geometries().get(n.id());
            Geometry after = current.get(n.id());
            if (before != null && after != null && before != after) {
                Measured m = measured.get(n.id());
                out.add(m != null && m.after() == after ? m.change() : OutlineChange.of(n.id(), before, after, crs));
            }
        });
        return out;
    }
}

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
import org.locationtech.jts.coverage.CoverageUnion;
import org.locationtech.jts.coverage.CoverageValidator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateFilter;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.distance.IndexedFacetDistance;
import org.locationtech.jts.operation.union.UnaryUnionOp;

/**
 * One run of {@link PartitionCleaner}: the sibling groups top down (or the leaves, then the parents
 * bottom up), then the change report. Not thread-safe; one instance per run.
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
        Map<String, Geometry> unusable = new HashMap<>();
        for (Map.Entry<String, Geometry> e : partition.geometries().entrySet()) {
            Geometry usable = HierarchicalValidation.check(e.getValue()).usable();
            if (usable == null) {
                unusable.put(e.getKey(), e.getValue());
            } else {
                current.put(e.getKey(), usable);
            }
        }
        if (options.authority() == CleaningOptions.Authority.PARENT) {
            if (!tree.roots().isEmpty()) {
                cleanGroup(Optional.empty(), tree.roots());
            }
            tree.nodes().forEach(n -> {
                if (!tree.isLeaf(n.id())) {
                    cleanGroup(Optional.of(n.id()), tree.children(n.id()));
                }
            });
        } else {
            List<GridNode> leaves = new ArrayList<>();
            tree.nodes().forEach(n -> {
                if (tree.isLeaf(n.id())) {
                    leaves.add(n);
                }
            });
            if (!leaves.isEmpty()) {
                cleanGroup(Optional.empty(), leaves);
            }
            redrawParents();
        }
        Map<String, Geometry> out = new HashMap<>(current);
        out.putAll(unusable);
        GeoPartition cleaned = new GeoPartition(tree, out, crs, partition.allowedGaps(), partition.assemblyFindings());
        return new CleaningResult(cleaned, changes(), refusals, gaps);
    }

    // ------------------------------------------------------------------ groups

    private void cleanGroup(Optional<String> parentId, List<GridNode> children) {
        List<String> ids = new ArrayList<>();
        List<Geometry> geoms = new ArrayList<>();
        for (GridNode child : children) {
            Geometry g = current.get(child.id());
            if (g != null) {
                ids.add(child.id());
                geoms.add(g);
            }
        }
        if (geoms.isEmpty()) {
            return;
        }
        Geometry[] g = geoms.toArray(new Geometry[0]);
        Geometry parent = parentId.map(current::get).orElse(null);
        if (alreadyClean(g, parent)) {
            return;
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
        GroupCleaning.Outcome outcome = new GroupCleaning(idArray, g, parent, options, crs, allowed).run();
        int level = tree.levelNumber(idArray[0]);
        for (int i : outcome.vanished()) {
            refuse(idArray[i], parentId, CleaningResult.Refusal.Reason.VANISH, 0, level);
        }
        outcome.split().forEach((i, pieces) -> refuse(idArray[i], parentId, CleaningResult.Refusal.Reason.SPLIT,
                pieces, level));
        if (outcome.refused()) {
            return;
        }
        for (int i = 0; i < idArray.length; i++) {
            current.put(idArray[i], outcome.children()[i]);
        }
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
            gaps.add(new CleaningResult.LeftGap(parentId, level, kind, area, bordering,
                    HierarchicalValidation.pointIn(gap.piece()), gap.piece(), new LocalizedText(en.en(), zh.zh())));
        }
    }

    /** Whether validation's certificates already accept the group (then it is not touched). */
    private boolean alreadyClean(Geometry[] g, Geometry parent) {
        if (parent != null) {
            if (ExactTiling.certifies(g, parent)) {
                return true;
            }
            Envelope extent = new Envelope(parent.getEnvelopeInternal());
            for (Geometry x : g) {
                extent.expandToInclude(x.getEnvelopeInternal());
            }
            double eps = 1e-9 * Math.max(Math.max(Math.abs(extent.getMaxX()), Math.abs(extent.getMinX())),
                    Math.max(Math.max(Math.abs(extent.getMaxY()), Math.abs(extent.getMinY())),
                            Math.max(extent.getWidth(), extent.getHeight())));
            return NearTiling.certifies(g, parent, HierarchicalValidation.NOISE_WIDTH * eps);
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

    private void refuse(String id, Optional<String> parentId, CleaningResult.Refusal.Reason reason, int pieces,
            int level) {
        LocalizedText text = MESSAGES.text("clean.refused." + reason.name(), id, pieces);
        refusals.add(new CleaningResult.Refusal(id, parentId, level, reason, pieces, text));
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
        PrecisionModel precision = new PrecisionModel(crs.isGeographic() ? 1e9 : 1e4);
        tree.nodes().forEach(n -> {
            Geometry before = partition.geometries().get(n.id());
            Geometry after = current.get(n.id());
            if (before == null || after == null || before == after) {
                return;
            }
            double moved = displacement(before, after);
            if (moved < 1e-6) {
                // nothing moved by a micrometre (nodes inserted where a neighbour's border now ends)
                out.add(new CleaningResult.Change(n.id(), 0, 0, 0));
                return;
            }
            // snap-rounded to about 0.1 mm: one robust pass (the two outlines nearly coincide,
            // which sends floating-point overlay through its whole chain of retries)
            Geometry common = OverlayNG.overlay(before, after, OverlayNG.INTERSECTION, precision);
            // planar areas scaled to the ellipsoid by the grid's own factor (constant to about 1e-6
            // across a grid): one geodesic area instead of three
            double planar = before.getArea();
            double toM2 = planar > 0 ? Areas.areaM2(before, crs) / planar : 0;
            double shared = HierarchicalValidation.polygonal(common, before.getFactory()).getArea();
            double gained = Math.max(0, (after.getArea() - shared) * toM2);
            double lost = Math.max(0, (planar - shared) * toM2);
            out.add(new CleaningResult.Change(n.id(), gained, lost, moved));
        });
        return out;
    }

    /** The discrete Hausdorff distance of the two outlines, in metres, in one local frame. */
    private double displacement(Geometry before, Geometry after) {
        Envelope e = before.getEnvelopeInternal();
        double lat = (e.getMinY() + e.getMaxY()) / 2;
        double sx = crs.isGeographic() ? HierarchicalValidation.Metric.metresPerDegreeLon(lat) : 1;
        double sy = crs.isGeographic() ? HierarchicalValidation.Metric.metresPerDegreeLat(lat) : 1;
        Coordinate origin = new Coordinate(e.getMinX(), e.getMinY());
        CoordinateFilter toMetres = c -> {
            c.x = (c.x - origin.x) * sx;
            c.y = (c.y - origin.y) * sy;
        };
        Geometry a = before.getBoundary().copy();
        Geometry b = after.getBoundary().copy();
        a.apply(toMetres);
        b.apply(toMetres);
        a.geometryChanged();
        b.geometryChanged();
        return Math.max(farthestVertex(a, b), farthestVertex(b, a));
    }

    /** {@return the largest distance from a vertex of {@code from} to the lines of {@code to}} */
    private static double farthestVertex(Geometry from, Geometry to) {
        IndexedFacetDistance distance = new IndexedFacetDistance(to);
        double max = 0;
        for (Coordinate c : from.getCoordinates()) {
            max = Math.max(max, distance.distance(from.getFactory().createPoint(c)));
        }
        return max;
    }
}

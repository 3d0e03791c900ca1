package io.gridgov.testkit;

import io.gridgov.geo.measure.Areas;
import io.gridgov.geo.validate.BoundaryRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.locationtech.jts.geom.Dimension;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

/**
 * An independent, deliberately naive oracle: pairwise overlays of every two siblings, the union of
 * each sibling group compared with its parent by overlay, and pieces measured one by one. Quadratic
 * — only for small partitions. It shares no code with grid-geo's validator or the testkit's
 * generator and mutators (only JTS overlay and the area formula). Public for the property suites
 * of grid-geo in {@code io.gridgov.testkit.geo}.
 */
public final class BruteForceOracle {

    /** Pieces smaller than this (m²) are numerical noise, not findings. */
    public static final double NOISE_M2 = 0.01;

    /**
     * What the oracle measured.
     *
     * @param rule the rule
     * @param parent the parent of the grids, empty for roots
     * @param grids the grids concerned, sorted
     * @param areaM2 the piece's area in m² (NaN for INVALID_GEOMETRY)
     */
    public record Finding(BoundaryRule rule, Optional<String> parent, List<String> grids, double areaM2) {
        public Finding {
            grids = grids.stream().sorted().toList();
        }

        boolean matches(ExpectedViolation e) {
            // The oracle names every sibling along a piece; the mutator leaves out those sharing less than
            // twice the cluster tolerance with it, so the expected grids are a subset of the measured ones.
            return e.rule() == rule && e.parentId().equals(parent) && grids.containsAll(e.gridIds())
                    && (e.areaM2().isEmpty() || Math.abs(e.areaM2().getAsDouble() - areaM2)
                            <= 0.01 * e.areaM2().getAsDouble());
        }

        @Override
        public String toString() {
            return rule + " parent " + parent.orElse("-") + " " + grids + String.format(Locale.ROOT, " %.3f m²", areaM2);
        }
    }

    private BruteForceOracle() {
    }

    /** {@return every finding of the partition, piece by piece} */
    public static List<Finding> measure(Partition p) {
        List<Finding> out = new ArrayList<>();
        List<Optional<String>> groups = new ArrayList<>();
        groups.add(Optional.empty());
        p.nodes().forEach(n -> {
            if (!p.isLeaf(n.id())) {
                groups.add(Optional.of(n.id()));
            }
        });
        for (Optional<String> parent : groups) {
            List<String> kids = parent.map(p::children).orElseGet(p::roots).stream()
                    .filter(k -> p.geometries().containsKey(k)).toList();
            boolean invalid = false;
            for (String k : kids) {
                if (!p.geometries().get(k).isValid()) {
                    out.add(new Finding(BoundaryRule.INVALID_GEOMETRY, parent, List.of(k), Double.NaN));
                    invalid = true;
                }
            }
            if (invalid) {
                continue;
            }
            for (int i = 0; i < kids.size(); i++) {
                Geometry a = p.geometries().get(kids.get(i));
                if (a.getNumGeometries() > 1) {
                    double total = area(p, a);
                    double largest = 0;
                    for (int j = 0; j < a.getNumGeometries(); j++) {
                        largest = Math.max(largest, area(p, a.getGeometryN(j)));
                    }
                    out.add(new Finding(BoundaryRule.NOT_CONTIGUOUS, parent, List.of(kids.get(i)), total - largest));
                }
                for (int j = i + 1; j < kids.size(); j++) {
                    Geometry b = p.geometries().get(kids.get(j));
                    Geometry inter = OverlayNGRobust.overlay(a, b, OverlayNG.INTERSECTION);
                    double area = area(p, inter);
                    if (area > NOISE_M2) {
                        out.add(new Finding(BoundaryRule.OVERLAP, parent, List.of(kids.get(i), kids.get(j)), area));
                    }
                }
            }
            if (parent.isEmpty() || !p.geometries().containsKey(parent.get())) {
                continue;
            }
            Geometry pg = p.geometries().get(parent.get());
            Geometry union = null;
            for (String k : kids) {
                Geometry g = p.geometries().get(k);
                union = union == null ? g : OverlayNGRobust.overlay(union, g, OverlayNG.UNION);
                Geometry outside = OverlayNGRobust.overlay(g, pg, OverlayNG.DIFFERENCE);
                for (int i = 0; i < outside.getNumGeometries(); i++) {
                    double area = area(p, outside.getGeometryN(i));
                    if (area > NOISE_M2) {
                        out.add(new Finding(BoundaryRule.OUTSIDE_PARENT, parent, List.of(k), area));
                    }
                }
            }
            Geometry gap = union == null ? pg : OverlayNGRobust.overlay(pg, union, OverlayNG.DIFFERENCE);
            for (Geometry lake : p.allowedGaps()) {
                gap = OverlayNGRobust.overlay(gap, lake, OverlayNG.DIFFERENCE);
            }
            for (int i = 0; i < gap.getNumGeometries(); i++) {
                Geometry piece = gap.getGeometryN(i);
                double area = area(p, piece);
                if (area <= NOISE_M2) {
                    continue;
                }
                List<String> bordering = new ArrayList<>();
                for (String k : kids) {
                    if (piece.relate(p.geometries().get(k)).get(1, 1) == Dimension.L) {
                        bordering.add(k);
                    }
                }
                out.add(new Finding(BoundaryRule.GAP, parent, bordering, area));
            }
        }
        return out;
    }

    private static double area(Partition p, Geometry g) {
        return g.isEmpty() ? 0 : Areas.areaM2(g, p.crs());
    }
}

package io.gridgov.bench.geo;

import io.gridgov.core.tree.GridNode;
import io.gridgov.core.tree.GridTree;
import io.gridgov.geo.GeoPartition;
import io.gridgov.geo.measure.Areas;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

/**
 * The baseline of {@link ValidationBenchmark#bruteForcePairwiseOverlay()}: the "brute-force
 * pairwise-overlay check" of issue 3, sharing no code with the validator. For every sibling group
 * (the roots, and the children of each grid), the OverlayNG intersection of every pair (no index, no
 * envelope test of its own, no coverage), the union by folding OverlayNG unions, and the two
 * differences of that union with the parent. It checks no validity. Stateless; thread-safe.
 *
 * <p>It is the benchmark's own definition (docs/BENCHMARKS.md gives its figures), not a test
 * oracle: grid-testkit's tests have their own, which also measures contiguity and validity.
 */
public final class BruteForceOverlay {

    private BruteForceOverlay() {
    }

    /**
     * What the baseline measures, in m²: pieces above the noise threshold only.
     *
     * @param overlapAreaByPair the overlap of two siblings, keyed {@code "a|b"} (a &lt; b)
     * @param gapAreaByParent the part of each parent that its children's union does not cover
     * @param outsideAreaByParent the part of each parent's children's union outside the parent
     */
    public record Measures(Map<String, Double> overlapAreaByPair, Map<String, Double> gapAreaByParent,
            Map<String, Double> outsideAreaByParent) {
    }

    /**
     * Measures a partition whose geometries are all valid.
     *
     * @param partition the partition
     * @param minAreaM2 pieces below this area are ignored (noise of floating-point overlay)
     * @return the measures
     */
    public static Measures measure(GeoPartition partition, double minAreaM2) {
        GridTree tree = partition.tree();
        Map<String, Double> overlaps = new TreeMap<>();
        Map<String, Double> gaps = new TreeMap<>();
        Map<String, Double> outside = new TreeMap<>();
        List<List<GridNode>> groups = new ArrayList<>();
        List<String> parents = new ArrayList<>();
        groups.add(tree.roots());
        parents.add(null);
        tree.nodes().filter(n -> !tree.isLeaf(n.id())).forEach(n -> {
            groups.add(tree.children(n.id()));
            parents.add(n.id());
        });
        for (int k = 0; k < groups.size(); k++) {
            List<GridNode> children = groups.get(k).stream()
                    .filter(c -> partition.geometries().containsKey(c.id())).toList();
            Geometry union = null;
            for (int i = 0; i < children.size(); i++) {
                Geometry a = partition.geometries().get(children.get(i).id());
                union = union == null ? a : OverlayNGRobust.overlay(union, a, OverlayNG.UNION);
                for (int j = i + 1; j < children.size(); j++) {
                    Geometry b = partition.geometries().get(children.get(j).id());
                    double area = Areas.areaM2(OverlayNGRobust.overlay(a, b, OverlayNG.INTERSECTION), partition.crs());
                    if (area > minAreaM2) {
                        String x = children.get(i).id();
                        String y = children.get(j).id();
                        overlaps.put(x.compareTo(y) < 0 ? x + "|" + y : y + "|" + x, area);
                    }
                }
            }
            String parent = parents.get(k);
            if (parent == null || union == null || !partition.geometries().containsKey(parent)) {
                continue;
            }
            Geometry p = partition.geometries().get(parent);
            double gap = Areas.areaM2(OverlayNGRobust.overlay(p, union, OverlayNG.DIFFERENCE), partition.crs());
            double out = Areas.areaM2(OverlayNGRobust.overlay(union, p, OverlayNG.DIFFERENCE), partition.crs());
            if (gap > minAreaM2) {
                gaps.put(parent, gap);
            }
            if (out > minAreaM2) {
                outside.put(parent, out);
            }
        }
        return new Measures(overlaps, gaps, outside);
    }
}

package io.gridgov.geo.locate;

import io.gridgov.core.tree.GridNode;
import io.gridgov.core.tree.GridTree;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * The index behind {@link GridLocator}.
 *
 * <p>A uniform bucket grid over the extent of all grids (about one bucket per grid, capped), each
 * bucket listing the grids whose envelope meets it — deepest level first, then by id — in one
 * compressed array; a {@link BandedArea} per grid (segments banded by y, contiguous); and the
 * precomputed {@link Location} of every grid. A query reads one bucket,
 * tests envelopes, and runs point-in-polygon on the deepest candidates only, stopping at the first
 * level that contains the point. (An HPRtree query alone costs more than this whole lookup.)
 *
 * <p>Why not a JTS index (nor grid-geo's {@code CellIndex}, package-private in geo.validate, which
 * geo.locate cannot see). Measured with {@code io.gridgov.bench.geo.LocatorJtsProbe} on the 10k city,
 * one million random points, CPU time of one thread (2026-12-03, load 10–22 on 2 cores, two runs):
 * this lookup, point-in-polygon included, 1.05–1.95 M points per CPU-second; JTS {@code HPRtree}
 * finding the candidate envelopes alone 0.96–1.18 M, {@code STRtree} alone 0.76–0.94 M, and HPRtree
 * with an {@code IndexedPointInAreaLocator} per grid (the first implementation) 0.10–0.17 M: no JTS
 * index finds the candidates as fast as this finds the answer (but in a cold first round: 1.05 M).
 * The bucket order (deepest level first, then id) is also what lets a query stop at the first level
 * that holds the point, which an envelope index returning candidates in no order cannot do without
 * sorting them.
 *
 * <p>Immutable after construction; safe for concurrent queries once published through a final field.
 */
final class LocatorIndex {

    private static final int MAX_BUCKETS = 1 << 22;

    private final BandedArea[] locators;
    private final double[] minX;
    private final double[] maxX;
    private final double[] minY;
    private final double[] maxY;
    private final int[] depth;
    private final String[] ids;
    private final Location[] locations;
    private final double x0;
    private final double y0;
    private final double cellW;
    private final double cellH;
    private final int nx;
    private final int ny;
    private final int[] bucketStart;
    private final int[] bucketItems;

    /**
     * Builds the index.
     *
     * @param gridTree the tree (for paths and depths)
     * @param geometries the geometry per node id
     */
    LocatorIndex(GridTree gridTree, Map<String, Geometry> geometries) {
        List<GridNode> nodes = gridTree.nodes().filter(n -> geometries.containsKey(n.id())).toList();
        int n = nodes.size();
        locators = new BandedArea[n];
        minX = new double[n];
        maxX = new double[n];
        minY = new double[n];
        maxY = new double[n];
        depth = new int[n];
        ids = new String[n];
        locations = new Location[n];
        Envelope extent = new Envelope();
        for (int i = 0; i < n; i++) {
            GridNode node = nodes.get(i);
            Geometry g = geometries.get(node.id());
            Envelope e = g.getEnvelopeInternal();
            extent.expandToInclude(e);
            minX[i] = e.getMinX();
            maxX[i] = e.getMaxX();
            minY[i] = e.getMinY();
            maxY[i] = e.getMaxY();
            locators[i] = new BandedArea(g);
            depth[i] = gridTree.levelNumber(node.id());
            ids[i] = node.id();
            List<String> path = new ArrayList<>();
            gridTree.path(node.id()).forEach(p -> path.add(p.id()));
            locations[i] = new Location(node.id(), path);
        }
        if (n == 0) {
            extent = new Envelope(0, 1, 0, 1);
        }
        x0 = extent.getMinX();
        y0 = extent.getMinY();
        double w = Math.max(extent.getWidth(), Double.MIN_NORMAL);
        double h = Math.max(extent.getHeight(), Double.MIN_NORMAL);
        long buckets = Math.max(1, Math.min(MAX_BUCKETS, 2L * n));
        int cols = (int) Math.max(1, Math.min(buckets, Math.round(Math.sqrt(buckets * w / h))));
        int rows = (int) Math.max(1, Math.min(buckets, buckets / cols));
        nx = cols;
        ny = rows;
        cellW = w / nx;
        cellH = h / ny;

        // Order the items deepest first, then by id, and fill the buckets in that order.
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> depth[a] != depth[b] ? Integer.compare(depth[b], depth[a]) : ids[a].compareTo(ids[b]));
        int[] counts = new int[nx * ny + 1];
        for (int i : order) {
            forEachBucket(i, c -> counts[c + 1]++);
        }
        for (int c = 0; c < nx * ny; c++) {
            counts[c + 1] += counts[c];
        }
        bucketStart = counts.clone();
        int[] fill = counts.clone();
        bucketItems = new int[counts[nx * ny]];
        for (int i : order) {
            forEachBucket(i, c -> bucketItems[fill[c]++] = i);
        }
    }

    private void forEachBucket(int i, java.util.function.IntConsumer action) {
        int c0 = col(minX[i]);
        int c1 = col(maxX[i]);
        int r0 = row(minY[i]);
        int r1 = row(maxY[i]);
        for (int r = r0; r <= r1; r++) {
            for (int c = c0; c <= c1; c++) {
                action.accept(r * nx + c);
            }
        }
    }

    private int col(double x) {
        int c = (int) ((x - x0) / cellW);
        return c < 0 ? 0 : c >= nx ? nx - 1 : c;
    }

    private int row(double y) {
        int r = (int) ((y - y0) / cellH);
        return r < 0 ? 0 : r >= ny ? ny - 1 : r;
    }

    /** {@return the number of grids indexed} */
    int size() {
        return ids.length;
    }

    /**
     * Locates a point.
     *
     * @param x the x coordinate
     * @param y the y coordinate
     * @return the location, or {@code null} when no grid contains the point
     */
    Location locate(double x, double y) {
        if (!(x >= x0 && y >= y0 && x <= x0 + cellW * nx && y <= y0 + cellH * ny)) {
            return null; // outside the extent, or NaN
        }
        int bucket = row(y) * nx + col(x);
        Coordinate p = null;
        int best = -1;
        boolean bestInterior = false;
        for (int k = bucketStart[bucket], end = bucketStart[bucket + 1]; k < end; k++) {
            int i = bucketItems[k];
            if (best >= 0 && (depth[i] < depth[best] || bestInterior)) {
                break; // shallower candidates cannot win; an interior hit wins over later (larger) ids
            }
            if (x < minX[i] || x > maxX[i] || y < minY[i] || y > maxY[i]) {
                continue;
            }
            if (p == null) {
                p = new Coordinate(x, y);
            }
            int loc = locators[i].locate(p);
            if (loc == org.locationtech.jts.geom.Location.EXTERIOR) {
                continue;
            }
            boolean interior = loc == org.locationtech.jts.geom.Location.INTERIOR;
            if (best < 0 || interior && !bestInterior) {
                best = i;
                bestInterior = interior;
            }
        }
        return best < 0 ? null : locations[best];
    }
}

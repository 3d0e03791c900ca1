package io.gridgov.geo.internal;

import io.gridgov.core.tree.GridNode;
import io.gridgov.core.tree.GridTree;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.index.ItemVisitor;
import org.locationtech.jts.index.hprtree.HPRtree;

/**
 * The index behind {@link io.gridgov.geo.locate.GridLocator}: an HPRtree over every grid's envelope
 * (all levels), an {@link IndexedPointInAreaLocator} per grid (built eagerly) and the precomputed
 * {@link io.gridgov.geo.locate.Location} of every grid. Immutable after construction; safe for
 * concurrent queries once published through a final field.
 */
public final class LocatorIndex {

    private final HPRtree tree = new HPRtree();
    private final IndexedPointInAreaLocator[] locators;
    private final int[] depth;
    private final String[] ids;
    private final io.gridgov.geo.locate.Location[] locations;

    /**
     * Builds the index.
     *
     * @param gridTree the tree (for paths and depths)
     * @param geometries the geometry per node id
     */
    public LocatorIndex(GridTree gridTree, Map<String, Geometry> geometries) {
        List<GridNode> nodes = gridTree.nodes().filter(n -> geometries.containsKey(n.id())).toList();
        int n = nodes.size();
        locators = new IndexedPointInAreaLocator[n];
        depth = new int[n];
        ids = new String[n];
        locations = new io.gridgov.geo.locate.Location[n];
        for (int i = 0; i < n; i++) {
            GridNode node = nodes.get(i);
            Geometry g = geometries.get(node.id());
            locators[i] = new IndexedPointInAreaLocator(g);
            Coordinate probe = g.getEnvelopeInternal().centre();
            locators[i].locate(probe); // builds the index eagerly
            depth[i] = gridTree.levelNumber(node.id());
            ids[i] = node.id();
            List<String> path = new ArrayList<>();
            gridTree.path(node.id()).forEach(p -> path.add(p.id()));
            locations[i] = new io.gridgov.geo.locate.Location(node.id(), path);
            tree.insert(g.getEnvelopeInternal(), i);
        }
        tree.build();
    }

    /** {@return the number of grids indexed} */
    public int size() {
        return ids.length;
    }

    /**
     * Locates a point.
     *
     * @param x the x coordinate
     * @param y the y coordinate
     * @return the location, or {@code null} when no grid contains the point
     */
    public io.gridgov.geo.locate.Location locate(double x, double y) {
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            return null;
        }
        Candidates c = new Candidates();
        tree.query(new Envelope(x, x, y, y), c);
        if (c.size == 0) {
            return null;
        }
        Coordinate p = new Coordinate(x, y);
        int best = -1;
        boolean bestInterior = false;
        // deepest first: sort the few candidates by depth, descending
        int[] idx = c.items;
        for (int a = 1; a < c.size; a++) {
            int v = idx[a];
            int b = a - 1;
            while (b >= 0 && depth[idx[b]] < depth[v]) {
                idx[b + 1] = idx[b];
                b--;
            }
            idx[b + 1] = v;
        }
        for (int k = 0; k < c.size; k++) {
            int i = idx[k];
            if (best >= 0 && depth[i] < depth[best]) {
                break;
            }
            int loc = locators[i].locate(p);
            if (loc == Location.EXTERIOR) {
                continue;
            }
            boolean interior = loc == Location.INTERIOR;
            if (best < 0 || interior && !bestInterior
                    || interior == bestInterior && ids[i].compareTo(ids[best]) < 0) {
                best = i;
                bestInterior = interior;
            }
        }
        return best < 0 ? null : locations[best];
    }

    /** Collects candidate indexes without boxing beyond the tree's own items. */
    private static final class Candidates implements ItemVisitor {
        int[] items = new int[8];
        int size;

        @Override
        public void visitItem(Object item) {
            if (size == items.length) {
                items = java.util.Arrays.copyOf(items, size * 2);
            }
            items[size++] = (Integer) item;
        }
    }
}

package io.gridgov.geo.internal;

import io.gridgov.core.tree.GridTree;
import io.gridgov.geo.locate.Location;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;

/** The index behind {@link io.gridgov.geo.locate.GridLocator}. */
public final class LocatorIndex {
    public LocatorIndex(GridTree tree, Map<String, Geometry> geometries) {
    }

    public Location locate(double x, double y) {
        throw new UnsupportedOperationException("in progress");
    }

    public int size() {
        return 0;
    }
}

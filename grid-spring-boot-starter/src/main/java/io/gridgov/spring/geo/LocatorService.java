package io.gridgov.spring.geo;

import static java.util.Objects.requireNonNull;

import io.gridgov.geo.GeoPoint;
import io.gridgov.geo.locate.Location;
import io.gridgov.spring.GridGovMetrics;
import io.gridgov.spring.GridGovModel;
import java.util.List;
import java.util.Optional;

/**
 * Locates points to the deepest grid of the current snapshot (落格定位), counting them in the
 * {@code gridgov.points.located} metric. Each call reads {@link GridGovModel#current()} once, so a call
 * that overlaps a reload answers wholly from the old boundaries or wholly from the new. Thread-safe.
 */
public final class LocatorService {

    private final GridGovModel model;
    private final GridGovMetrics metrics;

    /**
     * Creates the service.
     *
     * @param model the grid model (with boundaries configured)
     * @param metrics where the located points are counted
     */
    public LocatorService(GridGovModel model, GridGovMetrics metrics) {
        this.model = requireNonNull(model, "model");
        this.metrics = requireNonNull(metrics, "metrics");
    }

    /** {@return the current snapshot's boundaries} */
    public GridBoundaries boundaries() {
        return model.current().part(GridBoundaries.class)
                .orElseThrow(() -> new IllegalStateException("no gridgov.boundaries.file is configured"));
    }

    /**
     * The deepest grid containing a point, with its path to the root.
     *
     * @param x longitude in degrees (or easting in metres when the boundaries are projected)
     * @param y latitude in degrees (or northing)
     * @return the location, or empty outside every grid
     * @throws IllegalArgumentException for a point outside the coordinate system (a latitude beyond 90°, NaN)
     */
    public Optional<Location> locate(double x, double y) {
        Optional<Location> at = boundaries().locator().locate(x, y);
        metrics.located(1);
        return at;
    }

    /**
     * Locates many points on one snapshot.
     *
     * @param points the points
     * @return a location per point, in order
     */
    public List<Optional<Location>> locateAll(List<GeoPoint> points) {
        List<Optional<Location>> at = boundaries().locator().locateAll(points);
        metrics.located(points.size());
        return at;
    }
}

package io.gridgov.cases;

import java.util.Optional;

/**
 * Locates a point to the deepest grid that contains it (落格). grid-cases depends on grid-core only, so
 * the caller supplies the locator: with grid-geo, {@code (lon, lat) -> gridLocator.locate(lon, lat).map(GridNode::id)}
 * or the like (the {@code gridgov cases} command and the examples do this). Implementations must be
 * thread-safe if a replay is shared across threads; a replay calls it once per reported case that carries a point.
 */
@FunctionalInterface
public interface PointLocator {

    /** A locator that finds nothing: reports must carry a grid id. */
    PointLocator NONE = (lon, lat) -> Optional.empty();

    /**
     * The deepest grid containing a point.
     *
     * @param lon longitude in degrees (WGS 84)
     * @param lat latitude in degrees (WGS 84)
     * @return the grid id, or empty when no grid contains the point
     */
    Optional<String> locate(double lon, double lat);
}

package io.gridgov.geo.locate;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * Where a point lies: the deepest grid containing it and the path from its root down to that grid.
 *
 * @param gridId the deepest grid containing the point
 * @param path the ids from the root down to {@code gridId} (inclusive)
 */
public record Location(String gridId, List<String> path) {

    /** Validates and copies the components. */
    public Location {
        requireNonNull(gridId, "gridId");
        path = List.copyOf(path);
        if (path.isEmpty() || !path.get(path.size() - 1).equals(gridId)) {
            throw new IllegalArgumentException("path " + path + " must end with the grid '" + gridId + "'");
        }
    }

    /** {@return the path joined by {@code /}, root first} */
    public String pathString() {
        return String.join("/", path);
    }
}

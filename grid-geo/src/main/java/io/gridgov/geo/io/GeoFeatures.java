package io.gridgov.geo.io;

import static java.util.Objects.requireNonNull;

import io.gridgov.core.io.InvalidInputException;
import io.gridgov.core.tree.GridNode;
import io.gridgov.core.tree.LevelScheme;
import io.gridgov.core.tree.LevelSchemes;
import io.gridgov.geo.CoordinateSystem;
import io.gridgov.geo.GeoPartition;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.locationtech.jts.geom.Geometry;

/**
 * What a GeoJSON file holds: the nodes in file order and the geometry of each node that has one.
 * Nodes are not yet a tree; {@link #toPartition(LevelScheme)} assembles them (keeping grid-core's
 * structural findings).
 *
 * @param nodes the nodes, in file order (ids may repeat: the tree keeps the first, a finding names it)
 * @param geometries the geometry per id (the first feature's when ids repeat), in file order
 * @param crs the coordinate system the file was read in
 * @param file the name of the file the features were read from (for messages), if known
 */
public record GeoFeatures(List<GridNode> nodes, Map<String, Geometry> geometries, CoordinateSystem crs,
        Optional<String> file) {

    /** Validates and copies the components. */
    public GeoFeatures {
        nodes = List.copyOf(nodes);
        geometries = Collections.unmodifiableMap(new LinkedHashMap<>(geometries));
        requireNonNull(crs, "crs");
        requireNonNull(file, "file");
    }

    /**
     * Features not read from a file.
     *
     * @param nodes the nodes, in order
     * @param geometries the geometry per id
     * @param crs the coordinate system
     */
    public GeoFeatures(List<GridNode> nodes, Map<String, Geometry> geometries, CoordinateSystem crs) {
        this(nodes, geometries, crs, Optional.empty());
    }

    /**
     * Assembles the partition on a level scheme.
     *
     * @param scheme the level scheme
     * @return the partition, with the assembly findings
     * @throws InvalidInputException naming the file when the coordinates of the grids placed in the
     *         tree do not fit the coordinate system (the file as a whole was checked when read, but a
     *         node whose parent is unknown is left out of the tree, and the rest may not fit)
     */
    public GeoPartition toPartition(LevelScheme scheme) {
        try {
            return GeoPartition.assemble(scheme, nodes, geometries, crs);
        } catch (InvalidInputException e) {
            if (file.isEmpty() || e.location().file().isPresent()) {
                throw e;
            }
            throw new InvalidInputException(e.location().withFile(file.get()), e.problem(), e);
        }
    }

    /**
     * Assembles the partition on a generic scheme as deep as the tree: levels {@code level-1},
     * {@code level-2}, … (or the keys the features declare in {@code level}, top first), each
     * requiring a single piece.
     *
     * @return the partition
     */
    public GeoPartition toPartition() {
        return toPartition(LevelSchemes.generic(nodes));
    }
}

package io.gridgov.geo;

import static java.util.Objects.requireNonNull;

import io.gridgov.core.Finding;
import io.gridgov.core.i18n.LocalizedText;
import io.gridgov.core.io.InputLocation;
import io.gridgov.core.io.InvalidInputException;
import io.gridgov.core.tree.GridNode;
import io.gridgov.core.tree.GridTree;
import io.gridgov.core.tree.LevelScheme;
import io.gridgov.core.tree.TreeAssembly;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygonal;

/**
 * A grid tree with its boundaries (网格边界): the input of
 * {@link io.gridgov.geo.validate.PartitionValidator} and {@link io.gridgov.geo.locate.GridLocator}.
 *
 * <pre>{@code
 * GeoPartition city = GeoPartition.assemble(scheme, nodes, geometriesById, CoordinateSystem.LON_LAT_WGS84);
 * ValidationReport report = PartitionValidator.validate(city);
 * }</pre>
 *
 * <p>Immutable and thread-safe as long as nobody modifies the geometries after handing them over
 * (the library never does).
 *
 * @param tree the grid tree: the nodes that could be placed
 * @param geometries a polygon or multipolygon per node id; a node may have none; only ids of the tree
 * @param crs the coordinate system of every geometry, the allowed gaps included
 * @param allowedGaps polygons inside which a gap is not reported (water, unassigned land)
 * @param assemblyFindings structural findings from assembling the tree ({@code DUPLICATE_ID},
 *        {@code UNKNOWN_PARENT}, {@code CYCLE}); reported in the validation report
 */
public record GeoPartition(GridTree tree, Map<String, Geometry> geometries, CoordinateSystem crs,
        List<Geometry> allowedGaps, List<Finding> assemblyFindings) {

    /**
     * Validates and copies the components: every geometry polygonal and keyed by a node of the
     * tree, and its coordinates fitting {@code crs} ({@link CoordinateSystem#misfit(double, double)}
     * per coordinate, {@link CoordinateSystem#misfit(java.util.Collection)} over all geometries).
     * The geometries of another partition with the same tree and coordinate system (its
     * {@link #geometries()}, unmodifiable) were checked when it was made, and are taken as they are.
     *
     * @throws InvalidInputException naming the grid (or allowed gap) whose coordinates do not fit
     *         the coordinate system, or the likely cause and the option to change when the
     *         geometries as a whole look written in another system
     */
    public GeoPartition {
        requireNonNull(tree, "tree");
        requireNonNull(geometries, "geometries");
        requireNonNull(crs, "crs");
        allowedGaps = List.copyOf(allowedGaps);
        assemblyFindings = List.copyOf(assemblyFindings);
        boolean checked = geometries instanceof Checked c && c.tree == tree && c.crs == crs;
        Map<String, Geometry> copy = null;
        if (!checked) {
            copy = new HashMap<>(geometries.size() * 2);
            for (Map.Entry<String, Geometry> e : geometries.entrySet()) {
                String id = requireNonNull(e.getKey(), "geometry id");
                Geometry g = e.getValue();
                requireGrid(tree, crs, id, g);
                if (!g.isEmpty()) {
                    copy.put(id, g);
                }
            }
        }
        for (int i = 0; i < allowedGaps.size(); i++) {
            requirePolygonal(allowedGaps.get(i), "allowed gap");
            requireGapFits(allowedGaps.get(i), crs, i);
        }
        if (!checked) {
            requireFitAsAWhole(copy.values(), crs);
            geometries = new Checked(copy, tree, crs);
        }
    }

    /**
     * The geometries of a partition once checked against its tree and coordinate system, and
     * unmodifiable since: a partition made again from them with the same tree and system (a copy with
     * other allowed gaps, or with some geometries replaced) does not check them again. Only this
     * record makes one.
     */
    private static final class Checked extends AbstractMap<String, Geometry> {
        private final Map<String, Geometry> map;
        private final GridTree tree;
        private final CoordinateSystem crs;

        Checked(Map<String, Geometry> map, GridTree tree, CoordinateSystem crs) {
            this.map = Collections.unmodifiableMap(map);
            this.tree = tree;
            this.crs = crs;
        }

        @Override
        public Geometry get(Object key) {
            return map.get(key);
        }

        @Override
        public boolean containsKey(Object key) {
            return map.containsKey(key);
        }

        @Override
        public int size() {
            return map.size();
        }

        @Override
        public Set<String> keySet() {
            return map.keySet();
        }

        @Override
        public Collection<Geometry> values() {
            return map.values();
        }

        @Override
        public Set<Map.Entry<String, Geometry>> entrySet() {
            return map.entrySet();
        }
    }

    /** Checks one grid's geometry: present, of a node of the tree, polygonal, its coordinates fitting. */
    private static void requireGrid(GridTree tree, CoordinateSystem crs, String id, Geometry g) {
        if (g == null) {
            // the message built only when thrown: concatenating it per grid was a quarter of this check's time
            throw new NullPointerException("geometry of '" + id + "'");
        }
        if (!tree.contains(id)) {
            throw new IllegalArgumentException("geometry given for '" + id + "', which is not a node of the tree");
        }
        if (!(g instanceof Polygonal)) {
            requirePolygonal(g, "geometry of '" + id + "'");
        }
        requireFits(g, crs, id);
    }

    private static void requireFitAsAWhole(Collection<Geometry> geometries, CoordinateSystem crs) {
        Optional<LocalizedText> misfit = crs.misfit(geometries);
        if (misfit.isPresent()) {
            throw new InvalidInputException(InputLocation.UNKNOWN.withRecord("the partition's geometries"),
                    misfit.get());
        }
    }

    /** Checks a grid's coordinates; {@code id} names it in the error. */
    private static void requireFits(Geometry g, CoordinateSystem crs, String id) {
        Optional<LocalizedText> bad = CoordinateFit.badCoordinate(g, crs);
        if (bad.isPresent()) {
            throw new InvalidInputException(InputLocation.UNKNOWN.withRecord("grid \"" + id + "\"")
                    .withField("coordinates"), bad.get());
        }
    }

    private static void requireGapFits(Geometry g, CoordinateSystem crs, int index) {
        Optional<LocalizedText> bad = CoordinateFit.badCoordinate(g, crs);
        if (bad.isPresent()) {
            throw new InvalidInputException(InputLocation.UNKNOWN.withRecord("allowed gap #" + index)
                    .withField("coordinates"), bad.get());
        }
    }

    private static void requirePolygonal(Geometry g, String what) {
        if (!(g instanceof Polygonal)) {
            throw new IllegalArgumentException(what + " must be a Polygon or MultiPolygon but was a "
                    + g.getGeometryType());
        }
    }

    /**
     * A partition of a consistent tree.
     *
     * @param tree the tree
     * @param geometries a geometry per node id (nodes may lack one)
     * @param crs the coordinate system
     * @return the partition, without allowed gaps
     */
    public static GeoPartition of(GridTree tree, Map<String, Geometry> geometries, CoordinateSystem crs) {
        return new GeoPartition(tree, geometries, crs, List.of(), List.of());
    }

    /**
     * Assembles a partition from nodes that may be inconsistent (duplicate ids, unknown parents,
     * cycles): the tree keeps what can be placed ({@link GridTree#assemble}) and the findings travel
     * with the partition into the validation report. Geometries of nodes left out are dropped — the
     * finding names those nodes.
     *
     * @param scheme the level scheme
     * @param nodes the nodes in any order
     * @param geometries a geometry per node id; ids that are not nodes are rejected
     * @param crs the coordinate system
     * @return the partition
     * @throws IllegalArgumentException naming the id when a geometry belongs to no node
     */
    public static GeoPartition assemble(LevelScheme scheme, Collection<GridNode> nodes,
            Map<String, Geometry> geometries, CoordinateSystem crs) {
        requireNonNull(geometries, "geometries");
        TreeAssembly assembly = GridTree.assemble(scheme, nodes);
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (GridNode node : nodes) {
            ids.add(node.id());
        }
        Map<String, Geometry> placed = new HashMap<>(geometries.size() * 2);
        for (Map.Entry<String, Geometry> e : geometries.entrySet()) {
            if (!ids.contains(e.getKey())) {
                throw new IllegalArgumentException("geometry given for '" + e.getKey() + "', which is not a node");
            }
            if (assembly.tree().contains(e.getKey())) {
                placed.put(e.getKey(), e.getValue());
            }
        }
        return new GeoPartition(assembly.tree(), placed, crs, List.of(), assembly.findings());
    }

    /** {@return the geometry of a node, if it has one} */
    public Optional<Geometry> geometry(String id) {
        return Optional.ofNullable(geometries.get(requireNonNull(id, "id")));
    }

    /**
     * A copy with some grids' geometries replaced (a cleaner's output): the same tree, coordinate
     * system, allowed gaps and assembly findings. Each replacement is checked as the constructor
     * checks a geometry (polygonal, of a node of the tree, its coordinates fitting the system; an
     * empty one removes the grid's geometry); this partition's own geometries were checked when it
     * was made and are not checked again, a replacement that is this partition's own instance
     * neither. The geometries as a whole are checked again
     * ({@link CoordinateSystem#misfit(Collection)}).
     *
     * @param replacements new geometries by grid id
     * @return the copy
     * @throws InvalidInputException as the constructor
     * @throws IllegalArgumentException as the constructor
     */
    public GeoPartition withGeometries(Map<String, ? extends Geometry> replacements) {
        requireNonNull(replacements, "replacements");
        Map<String, Geometry> merged = new HashMap<>(geometries.size() * 2);
        merged.putAll(geometries);
        for (Map.Entry<String, ? extends Geometry> e : replacements.entrySet()) {
            String id = requireNonNull(e.getKey(), "geometry id");
            Geometry g = e.getValue();
            if (g != null && g == geometries.get(id)) {
                continue;
            }
            requireGrid(tree, crs, id, g);
            if (g.isEmpty()) {
                merged.remove(id);
            } else {
                merged.put(id, g);
            }
        }
        requireFitAsAWhole(merged.values(), crs);
        return new GeoPartition(tree, new Checked(merged, tree, crs), crs, allowedGaps, assemblyFindings);
    }

    /** {@return a copy with these allowed gaps added} */
    public GeoPartition withAllowedGaps(Collection<? extends Geometry> gaps) {
        List<Geometry> all = new ArrayList<>(allowedGaps);
        all.addAll(gaps);
        return new GeoPartition(tree, geometries, crs, all, assemblyFindings);
    }
}

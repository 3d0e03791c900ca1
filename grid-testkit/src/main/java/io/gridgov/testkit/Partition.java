package io.gridgov.testkit;

import static java.util.Objects.requireNonNull;

import io.gridgov.core.tree.GridNode;
import io.gridgov.core.tree.LevelScheme;
import io.gridgov.geo.CoordinateSystem;
import io.gridgov.geo.GeoPartition;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.locationtech.jts.geom.Geometry;

/**
 * A generated (or mutated) partition: a level scheme, nodes in pre-order, a geometry per node,
 * the coordinate system and the allowed gaps (lakes). {@link #toGeoPartition()} turns it into
 * grid-geo's input.
 *
 * <p>Immutable and thread-safe (nobody may modify the geometries; the testkit never does). Two
 * partitions are equal when their specs, nodes, coordinate systems and geometries (vertex for
 * vertex, {@link Geometry#equalsExact(Geometry)}) are equal.
 */
public final class Partition {

    private final PartitionSpec spec;
    private final LevelScheme scheme;
    private final List<GridNode> nodes;
    private final Map<String, Geometry> geometries;
    private final CoordinateSystem crs;
    private final List<Geometry> allowedGaps;
    private final Map<String, GridNode> byId;
    private final Map<String, List<String>> children;
    private final Map<String, Integer> levels;

    /**
     * A partition.
     *
     * @param spec the spec it was generated from (mutations keep it)
     * @param scheme the level scheme
     * @param nodes the nodes; ids unique
     * @param geometries a polygonal geometry per node id (iteration order kept)
     * @param crs the coordinate system
     * @param allowedGaps the allowed gaps (lakes)
     * @throws IllegalArgumentException when an id repeats or a geometry belongs to no node
     */
    public Partition(PartitionSpec spec, LevelScheme scheme, List<GridNode> nodes, Map<String, Geometry> geometries,
            CoordinateSystem crs, List<Geometry> allowedGaps) {
        this.spec = requireNonNull(spec, "spec");
        this.scheme = requireNonNull(scheme, "scheme");
        this.nodes = List.copyOf(nodes);
        this.geometries = Collections.unmodifiableMap(new LinkedHashMap<>(requireNonNull(geometries, "geometries")));
        this.crs = requireNonNull(crs, "crs");
        this.allowedGaps = List.copyOf(allowedGaps);
        Map<String, GridNode> ids = new HashMap<>(this.nodes.size() * 2);
        Map<String, List<String>> kids = new HashMap<>();
        for (GridNode n : this.nodes) {
            if (ids.put(n.id(), n) != null) {
                throw new IllegalArgumentException("node id '" + n.id() + "' repeats");
            }
        }
        for (GridNode n : this.nodes) {
            n.parentId().ifPresent(p -> kids.computeIfAbsent(p, k -> new ArrayList<>()).add(n.id()));
        }
        for (String id : this.geometries.keySet()) {
            if (!ids.containsKey(id)) {
                throw new IllegalArgumentException("geometry of '" + id + "', which is not a node");
            }
        }
        this.byId = ids;
        kids.replaceAll((k, v) -> List.copyOf(v));
        this.children = kids;
        Map<String, Integer> lv = new HashMap<>(ids.size() * 2);
        for (GridNode n : this.nodes) {
            lv.put(n.id(), depth(n, ids));
        }
        this.levels = lv;
    }

    private static int depth(GridNode n, Map<String, GridNode> ids) {
        int d = 1;
        GridNode cur = n;
        while (cur.parentId().isPresent() && ids.containsKey(cur.parentId().get()) && d <= ids.size()) {
            cur = ids.get(cur.parentId().get());
            d++;
        }
        return d;
    }

    /** {@return the spec this partition was generated from} */
    public PartitionSpec spec() {
        return spec;
    }

    /** {@return the level scheme} */
    public LevelScheme scheme() {
        return scheme;
    }

    /** {@return the nodes (pre-order for generated partitions)} */
    public List<GridNode> nodes() {
        return nodes;
    }

    /** {@return the geometry per node id} */
    public Map<String, Geometry> geometries() {
        return geometries;
    }

    /** {@return the coordinate system} */
    public CoordinateSystem crs() {
        return crs;
    }

    /** {@return the allowed gaps (lakes), in the partition's coordinates} */
    public List<Geometry> allowedGaps() {
        return allowedGaps;
    }

    /** {@return the number of nodes} */
    public int size() {
        return nodes.size();
    }

    /** {@return the node with this id, if any} */
    public Optional<GridNode> node(String id) {
        return Optional.ofNullable(byId.get(requireNonNull(id, "id")));
    }

    /** {@return the geometry of a node, if any} */
    public Optional<Geometry> geometry(String id) {
        return Optional.ofNullable(geometries.get(requireNonNull(id, "id")));
    }

    /** {@return the ids of a node's children (empty for a leaf)} */
    public List<String> children(String id) {
        return children.getOrDefault(requireNonNull(id, "id"), List.of());
    }

    /** {@return the ids of the nodes without parent} */
    public List<String> roots() {
        return nodes.stream().filter(n -> n.parentId().isEmpty()).map(GridNode::id).toList();
    }

    /** {@return the ids of the siblings of a node, itself included (the roots for a root)} */
    public List<String> siblingsAndSelf(String id) {
        GridNode n = node(id).orElseThrow(() -> new IllegalArgumentException("no node '" + id + "'"));
        return n.parentId().map(this::children).orElseGet(this::roots);
    }

    /** {@return whether the node has no children} */
    public boolean isLeaf(String id) {
        return children(id).isEmpty();
    }

    /** {@return the leaves, in node order} */
    public List<GridNode> leaves() {
        return nodes.stream().filter(n -> isLeaf(n.id())).toList();
    }

    /** {@return the level number of a node (1 = roots)} */
    public int levelOf(String id) {
        Integer l = levels.get(requireNonNull(id, "id"));
        if (l == null) {
            throw new IllegalArgumentException("no node '" + id + "'");
        }
        return l;
    }

    /** {@return the nodes of one level, in node order} */
    public List<GridNode> atLevel(int level) {
        return nodes.stream().filter(n -> levels.get(n.id()) == level).toList();
    }

    /** {@return grid-geo's input: nodes, geometries, coordinate system and allowed gaps} */
    public GeoPartition toGeoPartition() {
        return GeoPartition.assemble(scheme, nodes, geometries, crs).withAllowedGaps(allowedGaps);
    }

    /**
     * The grids as a GeoJSON FeatureCollection in grid-geo's input format (properties {@code id},
     * {@code parent}, {@code name}, {@code level}, {@code kind}, {@code households},
     * {@code population}, {@code tags}), for looking at a failing sample in QGIS or feeding it to
     * {@code gridgov validate}. Lakes are not features of it: see {@link #allowedGapsToGeoJson()}.
     *
     * @return the GeoJSON text
     */
    public String toGeoJson() {
        return GeoJsonDump.grids(this);
    }

    /** {@return the allowed gaps (lakes) as a GeoJSON FeatureCollection, for {@code gridgov validate --allowed-gaps}} */
    public String allowedGapsToGeoJson() {
        return GeoJsonDump.allowedGaps(this);
    }

    /**
     * A copy with nodes and geometries in a shuffled order — for checking that a result does not
     * depend on the order of the input features.
     *
     * @param seed the shuffle's seed
     * @return the shuffled copy (equal in content)
     */
    public Partition shuffled(long seed) {
        List<GridNode> order = new ArrayList<>(nodes);
        Collections.shuffle(order, new java.util.Random(seed));
        Map<String, Geometry> geoms = new LinkedHashMap<>();
        for (GridNode n : order) {
            Geometry g = geometries.get(n.id());
            if (g != null) {
                geoms.put(n.id(), g);
            }
        }
        geometries.forEach(geoms::putIfAbsent);
        return new Partition(spec, scheme, order, geoms, crs, allowedGaps);
    }

    /**
     * A copy with some nodes and geometries replaced, added or removed (what mutators do).
     *
     * @param nodes the new nodes
     * @param geometries the new geometries
     * @return the copy, with the same spec, scheme, coordinate system and allowed gaps
     */
    public Partition with(List<GridNode> nodes, Map<String, Geometry> geometries) {
        return new Partition(spec, scheme, nodes, geometries, crs, allowedGaps);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Partition p) || !spec.equals(p.spec) || crs != p.crs || !nodes.equals(p.nodes)
                || !geometries.keySet().equals(p.geometries.keySet()) || allowedGaps.size() != p.allowedGaps.size()) {
            return false;
        }
        for (Map.Entry<String, Geometry> e : geometries.entrySet()) {
            if (!e.getValue().equalsExact(p.geometries.get(e.getKey()))) {
                return false;
            }
        }
        for (int i = 0; i < allowedGaps.size(); i++) {
            if (!allowedGaps.get(i).equalsExact(p.allowedGaps.get(i))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        return spec.hashCode() * 31 + nodes.hashCode();
    }

    /**
     * {@return the Java expression that generates this partition again, with a short description as a
     * comment} For example {@code Partitions.generate(PartitionSpec.builder().style(Style.STREET_BLOCKS)
     * .fanOuts(1, 3)... .seed(0L).build()) /* grids 1+3, 24 vertices *&#47;}: what jqwik prints for a
     * shrunk sample, to paste into a test or a debugger. A mutated partition names the spec it was
     * generated from (the mutation is described by its {@link Mutation}).
     */
    @Override
    public String toString() {
        StringBuilder perLevel = new StringBuilder();
        int max = levels.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        for (int l = 1; l <= max; l++) {
            if (l > 1) {
                perLevel.append('+');
            }
            int level = l;
            perLevel.append(levels.values().stream().filter(v -> v == level).count());
        }
        long vertices = geometries.values().stream().mapToLong(Geometry::getNumPoints).sum();
        return "Partitions.generate(" + spec.toJava() + ") /* grids " + perLevel + ", " + vertices + " vertices */";
    }
}

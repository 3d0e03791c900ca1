package io.gridgov.geo.validate;

import static java.util.Objects.requireNonNull;

import io.gridgov.core.tree.GridNode;
import io.gridgov.core.tree.GridTree;
import io.gridgov.core.tree.Level;
import io.gridgov.geo.CoordinateSystem;
import io.gridgov.geo.GeoPartition;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.locationtech.jts.geom.Geometry;

/**
 * One sibling group (同级网格): the children of one parent — or the roots — with their geometries:
 * the unit the boundary rules work on. {@link PartitionValidator} checks every group of a tree;
 * the rule classes ({@link GapRule}, {@link OverlapRule}, …) check one group for one rule.
 *
 * <pre>{@code
 * SiblingGroup community = SiblingGroup.of(partition, "c1");
 * List<Violation> gaps = GapRule.check(community, ValidationOptions.DEFAULTS);
 * }</pre>
 *
 * <p>Immutable and thread-safe (geometries must not be modified after construction).
 *
 * @param parentId the parent's id, empty for roots
 * @param parent the parent's geometry, when it has one
 * @param children the children in sibling order
 * @param level the children's level number (1 = top)
 * @param levelDefinition the children's level, when the scheme defines it (its {@code singlePiece} matters)
 * @param crs the coordinate system of every geometry
 */
public record SiblingGroup(Optional<String> parentId, Optional<Geometry> parent, List<Member> children, int level,
        Optional<Level> levelDefinition, CoordinateSystem crs) {

    /**
     * One child of the group.
     *
     * @param id the grid id
     * @param geometry its geometry, if it has one
     */
    public record Member(String id, Optional<Geometry> geometry) {
        /** Validates the components. */
        public Member {
            requireNonNull(id, "id");
            requireNonNull(geometry, "geometry");
        }
    }

    /** Validates and copies the components: at least one child, unique ids, level ≥ 1. */
    public SiblingGroup {
        requireNonNull(parentId, "parentId");
        requireNonNull(parent, "parent");
        children = List.copyOf(children);
        requireNonNull(levelDefinition, "levelDefinition");
        requireNonNull(crs, "crs");
        if (children.isEmpty()) {
            throw new IllegalArgumentException("a sibling group needs at least one child");
        }
        if (level < 1) {
            throw new IllegalArgumentException("level must be ≥ 1 but was " + level);
        }
        if (parent.isPresent() && parentId.isEmpty()) {
            throw new IllegalArgumentException("a parent geometry needs a parent id");
        }
        Set<String> seen = new HashSet<>();
        for (Member m : children) {
            if (!seen.add(m.id())) {
                throw new IllegalArgumentException("child id '" + m.id() + "' occurs twice in the group");
            }
        }
    }

    /**
     * The children of a node of a partition.
     *
     * @param partition the partition
     * @param parentId a node with children
     * @return the group
     * @throws IllegalArgumentException when the node has no children
     */
    public static SiblingGroup of(GeoPartition partition, String parentId) {
        requireNonNull(partition, "partition");
        GridTree tree = partition.tree();
        List<GridNode> children = tree.children(requireNonNull(parentId, "parentId"));
        if (children.isEmpty()) {
            throw new IllegalArgumentException("node '" + parentId + "' has no children");
        }
        return of(partition, Optional.of(parentId), children);
    }

    /**
     * The roots of a partition, as one group without parent.
     *
     * @param partition the partition
     * @return the group
     * @throws IllegalArgumentException when the tree is empty
     */
    public static SiblingGroup roots(GeoPartition partition) {
        requireNonNull(partition, "partition");
        if (partition.tree().roots().isEmpty()) {
            throw new IllegalArgumentException("the tree has no roots");
        }
        return of(partition, Optional.empty(), partition.tree().roots());
    }

    private static SiblingGroup of(GeoPartition partition, Optional<String> parentId, List<GridNode> children) {
        List<Member> members = new ArrayList<>();
        for (GridNode child : children) {
            members.add(new Member(child.id(), partition.geometry(child.id())));
        }
        String first = children.get(0).id();
        return new SiblingGroup(parentId, parentId.flatMap(partition::geometry), members,
                partition.tree().levelNumber(first), partition.tree().level(first), partition.crs());
    }
}

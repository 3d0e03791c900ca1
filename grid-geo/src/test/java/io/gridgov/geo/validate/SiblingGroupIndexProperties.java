package io.gridgov.geo.validate;

import static org.assertj.core.api.Assertions.assertThat;

import io.gridgov.core.tree.GridNode;
import io.gridgov.core.tree.GridTree;
import io.gridgov.core.tree.Level;
import io.gridgov.core.tree.LevelScheme;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * {@link SiblingGroupIndex} gives the groups the validation walked by id before: the roots, then
 * {@link GridTree#children} of each node that has children, in pre-order, with their parent, and
 * {@link GridTree#levelNumber} of the members; on random forests of several roots, some declaring a
 * deeper level than the first (so that a root follows a subtree one level above it), and trees
 * deeper than their scheme.
 */
class SiblingGroupIndexProperties {

    private static final LevelScheme SCHEME = LevelScheme.of("three", Level.builder("a").build(),
            Level.builder("b").build(), Level.builder("c").build());

    @Property(tries = 500)
    void sameGroupsAsTheWalkById(@ForAll @IntRange(min = 0, max = 80) int size, @ForAll long seed) {
        GridTree tree = GridTree.of(SCHEME, forest(size, new Random(seed)));
        List<GridNode> parents = new ArrayList<>();
        List<List<GridNode>> groups = new ArrayList<>();
        if (!tree.roots().isEmpty()) {
            parents.add(null);
            groups.add(tree.roots());
        }
        tree.nodes().forEach(n -> {
            if (!tree.isLeaf(n.id())) {
                parents.add(n);
                groups.add(tree.children(n.id()));
            }
        });

        SiblingGroupIndex index = SiblingGroupIndex.of(tree);
        assertThat(index.nodes).containsExactlyElementsOf(tree.nodes().toList());
        assertThat(index.groupCount()).isEqualTo(groups.size());
        for (int g = 0; g < groups.size(); g++) {
            int parent = index.parent(g);
            assertThat(parent < 0 ? null : index.nodes[parent]).isEqualTo(parents.get(g));
            List<GridNode> members = new ArrayList<>();
            for (int i = index.start(g); i < index.end(g); i++) {
                int k = index.member(i);
                members.add(index.nodes[k]);
                assertThat(index.levels[k]).isEqualTo(tree.levelNumber(index.nodes[k].id()));
            }
            assertThat(members).containsExactlyElementsOf(groups.get(g));
        }
        for (int k = 0; k < index.nodes.length; k++) {
            assertThat(index.hasChildren(k)).isEqualTo(!tree.isLeaf(index.nodes[k].id()));
        }
    }

    /** A random forest: each node a root (declaring a level, or not) or the child of an earlier node. */
    private static List<GridNode> forest(int size, Random random) {
        List<GridNode> nodes = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            GridNode.Builder b = GridNode.builder(String.format("n%03d", random.nextInt(1000)) + "-" + i);
            if (i > 0 && random.nextInt(5) != 0) {
                b.parent(nodes.get(random.nextInt(i)).id());
            } else if (random.nextBoolean()) {
                b.level(List.of("a", "b", "c").get(random.nextInt(3)));
            }
            nodes.add(b.build());
        }
        return nodes;
    }
}

package io.gridgov.core.tree;

import static org.assertj.core.api.Assertions.assertThat;

import io.gridgov.core.testing.TreeArbitraries;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class GridTreeProperties {

    @Provide
    Arbitrary<GridTree> trees() {
        return TreeArbitraries.trees();
    }

    @Property(tries = 300)
    void theParentOfEachChildIsTheNodeItself(@ForAll("trees") GridTree tree) {
        tree.nodes().forEach(x -> tree.children(x.id())
                .forEach(c -> assertThat(tree.parent(c.id())).contains(x)));
    }

    @Property(tries = 200)
    void ancestorsAndDescendantsAgree(@ForAll("trees") GridTree tree) {
        for (GridNode x : tree.nodes().toList()) {
            Set<String> below = tree.descendants(x.id()).map(GridNode::id).collect(Collectors.toSet());
            for (GridNode y : tree.nodes().toList()) {
                boolean yBelowX = below.contains(y.id());
                assertThat(tree.ancestors(y.id()).contains(x)).isEqualTo(yBelowX);
                assertThat(tree.isAncestor(x.id(), y.id())).isEqualTo(yBelowX);
            }
            assertThat(below).hasSize(tree.subtreeSize(x.id()) - 1);
            assertThat(tree.path(x.id())).endsWith(x).hasSize(tree.ancestors(x.id()).size() + 1);
            for (int level = 1; level <= tree.maxLevelNumber(); level++) {
                int l = level;
                assertThat(tree.descendantsAtLevel(x.id(), level)).containsExactlyElementsOf(
                        tree.descendants(x.id()).filter(d -> tree.levelNumber(d.id()) == l).toList());
            }
        }
    }

    @Property(tries = 200)
    void constructionDoesNotDependOnNodeOrder(@ForAll("trees") GridTree tree, @ForAll long seed) {
        List<GridNode> shuffled = new ArrayList<>(tree.nodes().toList());
        Collections.shuffle(shuffled, new Random(seed));
        GridTree again = GridTree.of(tree.scheme(), shuffled);
        assertThat(again).isEqualTo(tree);
        assertThat(again.nodes().toList()).containsExactlyElementsOf(tree.nodes().toList());
    }

    @Property(tries = 300)
    void levelNumbersAreEachNodesLevelNumberInPreOrder(@ForAll("trees") GridTree tree) {
        int[] numbers = tree.levelNumbers();
        assertThat(numbers).containsExactly(tree.nodes().mapToInt(n -> tree.levelNumber(n.id())).toArray());
        if (numbers.length > 0) {
            numbers[0] = -1;   // a copy: the tree is not changed
            assertThat(tree.levelNumbers()[0]).isEqualTo(tree.levelNumber(tree.nodes().findFirst().get().id()));
        }
    }

    @Property(tries = 200)
    void leavesAreExactlyTheNodesWithoutChildren(@ForAll("trees") GridTree tree) {
        assertThat(tree.leaves()).containsExactlyElementsOf(
                tree.nodes().filter(n -> tree.children(n.id()).isEmpty()).toList());
        tree.nodes().forEach(n -> n.code().ifPresent(c -> assertThat(tree.byCode(c)).contains(n)));
    }
}

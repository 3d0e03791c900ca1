package io.gridgov.core.tree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gridgov.core.Finding;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class GridTreeTest {

    static final LevelScheme SCHEME = LevelScheme.of("urban", Level.builder("district").build(),
            Level.builder("street").build(), Level.builder("community").build(), Level.builder("grid").build());

    static List<GridNode> city() {
        return List.of(
                GridNode.builder("g2").parent("c1").code("0102").build(),
                GridNode.builder("d").build(),
                GridNode.builder("s1").parent("d").code("01").build(),
                GridNode.builder("c1").parent("s1").code("010").build(),
                GridNode.builder("g1").parent("c1").code("0101").build());
    }

    @Test
    void navigatesParentsChildrenAndLevels() {
        GridTree tree = GridTree.of(SCHEME, city());
        assertThat(tree.size()).isEqualTo(5);
        assertThat(tree.roots()).extracting(GridNode::id).containsExactly("d");
        assertThat(tree.children("c1")).extracting(GridNode::id).containsExactly("g1", "g2");
        assertThat(tree.parent("g1")).map(GridNode::id).contains("c1");
        assertThat(tree.ancestors("g2")).extracting(GridNode::id).containsExactly("c1", "s1", "d");
        assertThat(tree.path("g2")).extracting(GridNode::id).containsExactly("d", "s1", "c1", "g2");
        assertThat(tree.descendantsAtLevel("d", 4)).extracting(GridNode::id).containsExactly("g1", "g2");
        assertThat(tree.leaves()).extracting(GridNode::id).containsExactly("g1", "g2");
        assertThat(tree.isLeaf("g1")).isTrue();
        assertThat(tree.isLeaf("c1")).isFalse();
        assertThat(tree.level("g1")).map(Level::key).contains("grid");
        assertThat(tree.byCode("0102")).map(GridNode::id).contains("g2");
        assertThat(tree.subtreeSize("s1")).isEqualTo(4);
        assertThat(tree.levelNumbers()).containsExactly(1, 2, 3, 4, 4);   // d, s1, c1, g1, g2
    }

    @Test
    void reportsUnknownParentsAndCyclesInsteadOfDroppingSilently() {
        List<GridNode> nodes = List.of(
                GridNode.builder("d").build(),
                GridNode.builder("x").parent("missing").build(),
                GridNode.builder("x1").parent("x").build(),
                GridNode.builder("a").parent("b").build(),
                GridNode.builder("b").parent("a").build(),
                GridNode.builder("d").name("again").build());
        TreeAssembly assembly = GridTree.assemble(SCHEME, nodes);
        assertThat(assembly.tree().size()).isEqualTo(1);
        assertThat(assembly.findings()).extracting(Finding::ruleId)
                .containsExactly("DUPLICATE_ID", "UNKNOWN_PARENT", "CYCLE");
        assertThat(assembly.findings().get(1).subjects()).containsExactly("x", "x1");
        assertThat(assembly.findings().get(2).subjects()).containsExactlyInAnyOrder("a", "b");
        assertThat(assembly.findings().get(1).message(Locale.SIMPLIFIED_CHINESE)).contains("不存在");
        assertThatThrownBy(() -> GridTree.of(SCHEME, nodes)).isInstanceOf(InvalidTreeException.class)
                .hasMessageContaining("missing");
    }
}

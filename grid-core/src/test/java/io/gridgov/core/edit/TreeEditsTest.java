package io.gridgov.core.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gridgov.core.tree.GridNode;
import io.gridgov.core.tree.GridTree;
import io.gridgov.core.tree.LevelSchemes;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TreeEditsTest {

    static final GridTree CITY = GridTree.of(LevelSchemes.urban(), List.of(
            GridNode.builder("d").code("520102").build(),
            GridNode.builder("s").parent("d").code("520102001").build(),
            GridNode.builder("c1").parent("s").code("520102001001").build(),
            GridNode.builder("c2").parent("s").code("520102001002").build(),
            GridNode.builder("g1").parent("c1").code("520102001001001").households(320).population(1000).build(),
            GridNode.builder("g2").parent("c1").code("520102001001002").households(410).population(1300).build(),
            GridNode.builder("g3").parent("c2").code("520102001002001").households(380).population(1200).build()));

    @Test
    void aSplitDistributesHouseholdsAsGivenAndConservesThem() {
        Edited e = TreeEdits.apply(CITY, new TreeEdit.Split("g2", List.of(
                GridNode.builder("g2a").code("520102001001003").households(200).population(600).build(),
                GridNode.builder("g2b").code("520102001001004").households(210).population(700).build())));
        assertThat(e.tree().children("c1")).extracting(GridNode::id).containsExactly("g1", "g2a", "g2b");
        assertThat(e.tree().require("g2a").households()).hasValue(200);
        assertThat(e.change().added()).containsExactly("g2a", "g2b");
        assertThat(e.change().removed()).containsExactly("g2");
        assertThat(e.change().description().zh()).isEqualTo("将节点“g2”拆分为 g2a, g2b");
        assertThat(CITY.contains("g2")).isTrue();
    }

    @Test
    void aSplitThatLosesHouseholdsIsRejected() {
        assertThatThrownBy(() -> TreeEdits.apply(CITY, new TreeEdit.Split("g2", List.of(
                GridNode.builder("g2a").households(200).population(600).build(),
                GridNode.builder("g2b").households(200).population(700).build()))))
                .isInstanceOf(InvalidEditException.class)
                .hasMessage("split of 'g2' does not conserve households: the parts sum to 400 but the node has 410")
                .satisfies(e -> assertThat(((InvalidEditException) e).message(java.util.Locale.SIMPLIFIED_CHINESE))
                        .isEqualTo("拆分“g2”未保持户数总数：各部分合计 400，而该节点为 410"));
        assertThatThrownBy(() -> TreeEdits.apply(CITY, new TreeEdit.Split("c1", List.of(
                GridNode.builder("x").build(), GridNode.builder("y").build()))))
                .hasMessageContaining("split only leaves");
    }

    @Test
    void aMergeSumsHouseholdsAndAdoptsTheChildren() {
        Edited e = TreeEdits.apply(CITY, new TreeEdit.Merge(List.of("c1", "c2"),
                GridNode.builder("c1").name("翠湖社区").code("520102001001").build()));
        assertThat(e.tree().children("c1")).extracting(GridNode::id).containsExactly("g1", "g2", "g3");
        assertThat(e.change().removed()).containsExactly("c2");
        assertThat(e.change().changed()).contains("c1", "g3");
        Edited grids = TreeEdits.apply(CITY, new TreeEdit.Merge(List.of("g1", "g2"),
                GridNode.builder("g12").build()));
        assertThat(grids.tree().require("g12").households()).hasValue(730);
        assertThat(grids.tree().require("g12").population()).hasValue(2300);
        assertThatThrownBy(() -> TreeEdits.apply(CITY, new TreeEdit.Merge(List.of("g1", "g3"),
                GridNode.builder("x").build()))).hasMessageContaining("not siblings");
        assertThatThrownBy(() -> TreeEdits.apply(CITY, new TreeEdit.Merge(List.of("g1", "g2"),
                GridNode.builder("x").households(700).build()))).hasMessageContaining("sum to 730");
    }

    @Test
    void aMoveKeepsTheLevelAndRefusesCycles() {
        Edited e = TreeEdits.apply(CITY, new TreeEdit.Move("g2", "c2"));
        assertThat(e.tree().parent("g2")).map(GridNode::id).contains("c2");
        assertThat(e.change().description().en()).isEqualTo("Moved node 'g2' from 'c1' to 'c2'");
        assertThatThrownBy(() -> TreeEdits.apply(CITY, new TreeEdit.Move("c1", "g1")))
                .hasMessageContaining("inside its own subtree");
        assertThatThrownBy(() -> TreeEdits.apply(CITY, new TreeEdit.Move("g2", "s")))
                .hasMessageContaining("expected a parent at level 3");
        assertThatThrownBy(() -> TreeEdits.apply(CITY, new TreeEdit.Move("d", "s"))).hasMessageContaining("root");
    }

    @Test
    void addRetireRenameAndRecode() {
        GridTree added = TreeEdits.apply(CITY, new TreeEdit.Add(GridNode.builder("g4").parent("c2").build())).tree();
        assertThat(added.children("c2")).extracting(GridNode::id).containsExactly("g3", "g4");
        assertThatThrownBy(() -> TreeEdits.apply(CITY, new TreeEdit.Add(GridNode.builder("g1").build())))
                .hasMessageContaining("already in the tree");
        assertThatThrownBy(() -> TreeEdits.apply(CITY, TreeEdit.Retire.leaf("c1"))).hasMessageContaining("2 children");
        Edited retired = TreeEdits.apply(CITY, new TreeEdit.Retire("c1", true));
        assertThat(retired.change().removed()).containsExactly("c1", "g1", "g2");
        assertThat(TreeEdits.apply(CITY, new TreeEdit.Rename("g1", "翠湖一网格")).tree().require("g1").name())
                .isEqualTo("翠湖一网格");
        Edited recoded = TreeEdits.apply(CITY, new TreeEdit.Recode(Map.of("g1", "520102001001009")));
        assertThat(recoded.tree().byCode("520102001001009")).map(GridNode::id).contains("g1");
        assertThatThrownBy(() -> TreeEdits.apply(CITY, TreeEdit.Recode.of("zz", "1"))).hasMessageContaining("'zz'");
    }

    @Test
    void theHistoryAnswersWhichTreeWasInForceOnADay() {
        TreeHistory history = TreeHistory.start(CITY, LocalDate.of(2026, 1, 1))
                .apply(new TreeEdit.Move("g2", "c2"), LocalDate.of(2026, 10, 1))
                .apply(new TreeEdit.Rename("g3", "新三网格"), LocalDate.of(2026, 10, 1));
        assertThat(history.asOf(LocalDate.of(2025, 12, 31))).isEmpty();
        assertThat(history.asOf(LocalDate.of(2026, 9, 30)).orElseThrow()).isEqualTo(CITY);
        GridTree october = history.asOf(LocalDate.of(2026, 10, 15)).orElseThrow();
        assertThat(october.parent("g2")).map(GridNode::id).contains("c2");
        assertThat(october.require("g3").name()).isEqualTo("新三网格");
        assertThat(history.versionAsOf(LocalDate.of(2026, 10, 1)).orElseThrow().number()).isEqualTo(3);
        assertThat(history.changes()).hasSize(2);
        assertThat(history.versions().get(0).tree()).isSameAs(CITY);
        assertThatThrownBy(() -> history.apply(new TreeEdit.Rename("g1", "x"), LocalDate.of(2026, 9, 1)))
                .hasMessageContaining("before version 3");
    }

    /** Issue 13 §1: the edits' own argument checks were English-only IllegalArgumentExceptions. */
    @Test
    void malformedEditsAreInvalidEditsInBothLanguages() {
        InvalidEditException split = org.assertj.core.api.Assertions.catchThrowableOfType(
                () -> new TreeEdit.Split("g1", List.of(GridNode.builder("g1-a").build())), InvalidEditException.class);
        assertThat(split.getMessage()).isEqualTo("a split of 'g1' needs at least two parts, found 1");
        assertThat(split.message(java.util.Locale.SIMPLIFIED_CHINESE)).isEqualTo("拆分'g1'至少应有两个部分，实际为 1 个");
        assertThatThrownBy(() -> new TreeEdit.Merge(List.of("g1"), GridNode.builder("m").build()))
                .isInstanceOf(InvalidEditException.class).hasMessageContaining("at least two nodes");
        assertThatThrownBy(() -> new TreeEdit.Recode(Map.of())).isInstanceOf(InvalidEditException.class);
        GridTree tree = GridTree.of(LevelSchemes.urban(), List.of(GridNode.builder("d").build(),
                GridNode.builder("s").parent("d").build()));
        TreeHistory history = TreeHistory.start(tree, LocalDate.of(2026, 1, 1))
                .apply(new TreeEdit.Rename("s", "街道"), LocalDate.of(2026, 6, 1));
        InvalidEditException before = org.assertj.core.api.Assertions.catchThrowableOfType(
                () -> history.apply(new TreeEdit.Rename("s", "x"), LocalDate.of(2026, 5, 1)), InvalidEditException.class);
        assertThat(before.message(java.util.Locale.SIMPLIFIED_CHINESE)).contains("不能早于第 2 版");
    }
}

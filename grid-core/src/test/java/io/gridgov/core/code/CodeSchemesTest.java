package io.gridgov.core.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gridgov.core.tree.GridNode;
import io.gridgov.core.tree.GridTree;
import io.gridgov.core.tree.LevelSchemes;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CodeSchemesTest {

    @Test
    void theFifteenDigitCodeGrowsBySixThreeThreeThree() {
        CodeScheme codes = CodeSchemes.county15();
        assertThat(List.of(1, 2, 3, 4)).map(l -> codes.length(l).getAsInt()).containsExactly(6, 9, 12, 15);
        assertThat(codes.childCode("520102001", 2, 7)).isEqualTo("520102001007");
        assertThat(codes.wellFormed("520102001007", 3)).isTrue();
        assertThat(codes.wellFormed("52010200100A", 3)).isFalse();
        assertThat(codes.wellFormed("5201020010", 3)).isFalse();
        assertThat(codes.length(5)).isEmpty();
        assertThatThrownBy(() -> codes.childCode("520102001001", 3, 1000)).hasMessageContaining("does not fit");
    }

    @Test
    void theStatisticalCodeIsTwelveDigitsPaddedWithZeros() {
        SegmentedCodeScheme codes = CodeSchemes.statistical12();
        assertThat(codes.topCode("52")).isEqualTo("520000000000");
        assertThat(codes.childCode("520000000000", 1, 1)).isEqualTo("520100000000");
        assertThat(codes.childCode("520102000000", 3, 12)).isEqualTo("520102012000");
        assertThat(codes.wellFormed("520102012000", 4)).isTrue();
        assertThat(codes.wellFormed("520102012001", 4)).as("digits below the level must be zero").isFalse();
        assertThat(codes.childPrefix("520102012000", 4)).isEqualTo("520102012");
        SegmentedCodeScheme fromCounty = codes.topSpanning(3);
        assertThat(fromCounty.segments()).containsExactly(6, 3, 3);
        assertThat(fromCounty.childCode("520102000000", 1, 3)).isEqualTo("520102003000");
    }

    @Test
    void cjt349IsTwentyDigitsWithTheObjectCodeInFront() {
        SegmentedCodeScheme codes = CodeSchemes.cjt349();
        assertThat(codes.fullLength()).isEqualTo(20);
        String community = "01010052010200100100";
        assertThat(codes.wellFormed(community, 3)).isTrue();
        assertThat(codes.childCode(community, 3, 2)).isEqualTo("01010052010200100102");
        assertThat(CodeGenerator.of(codes).startAt(601).numberChildren(street(), "s", List.of("c2", "c1")))
                .containsExactly(Map.entry("c2", "010100520102001" + "60100"),
                        Map.entry("c1", "010100520102001" + "60200"));
    }

    private static GridTree street() {
        return GridTree.of(LevelSchemes.urban(), List.of(
                GridNode.builder("d").code("01010052010200000000").build(),
                GridNode.builder("s").parent("d").code("01010052010200100000").build(),
                GridNode.builder("c1").parent("s").name("东").build(),
                GridNode.builder("c2").parent("s").name("西").build()));
    }

    @Test
    void theGeneratorNumbersChildrenInTheGivenOrderAndWholeSubtrees() {
        GridTree tree = GridTree.of(LevelSchemes.urban(), List.of(
                GridNode.builder("d").code("520102").build(),
                GridNode.builder("s").parent("d").code("520102001").build(),
                GridNode.builder("cb").parent("s").name("B").build(),
                GridNode.builder("ca").parent("s").name("A").build(),
                GridNode.builder("g").parent("cb").build()));
        CodeGenerator gen = CodeGenerator.of(CodeSchemes.county15());
        assertThat(gen.numberChildren(tree, "s", Comparator.comparing(GridNode::name)))
                .containsExactly(Map.entry("ca", "520102001001"), Map.entry("cb", "520102001002"));
        assertThat(gen.numberSubtree(tree, "d", Comparator.comparing(GridNode::name)))
                .containsExactly(Map.entry("s", "520102001"), Map.entry("ca", "520102001001"),
                        Map.entry("cb", "520102001002"), Map.entry("g", "520102001002001"));
        assertThatThrownBy(() -> gen.numberChildren(tree, "s", List.of("ca")))
                .hasMessageContaining("not exactly the children of 's'");
        assertThatThrownBy(() -> gen.numberChildren(tree, "cb", List.of("g")))
                .hasMessageContaining("'cb' has no code");
    }

    @Test
    void levelSchemesImplyACodeSchemeWhenEveryLevelHasALength() {
        assertThat(CodeSchemes.fromLevels(LevelSchemes.urban()).orElseThrow().length(4)).hasValue(15);
        assertThat(CodeSchemes.fromLevels(LevelSchemes.partyBuilding())).isEmpty();
        assertThat(CodeSchemes.byId("county-15")).contains(CodeSchemes.county15());
    }
}

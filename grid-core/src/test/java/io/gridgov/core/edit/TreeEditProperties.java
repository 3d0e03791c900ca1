package io.gridgov.core.edit;

import static org.assertj.core.api.Assertions.assertThat;

import io.gridgov.core.testing.TreeArbitraries;
import io.gridgov.core.tree.GridNode;
import io.gridgov.core.tree.GridTree;
import java.time.LocalDate;
import java.util.List;
import java.util.function.ToLongFunction;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class TreeEditProperties {

    record TreeAndEdit(GridTree tree, TreeEdit edit) {
    }

    @Provide
    Arbitrary<TreeAndEdit> edited() {
        return TreeArbitraries.trees().flatMap(t -> TreeArbitraries.edits(t).map(e -> new TreeAndEdit(t, e)));
    }

    @Provide
    Arbitrary<TreeAndEdit> splits() {
        return TreeArbitraries.trees().flatMap(t -> Combinators.combine(
                net.jqwik.api.Arbitraries.integers().between(0, 10_000),
                net.jqwik.api.Arbitraries.integers().between(0, 10_000)).as((a, cut) -> {
                    List<GridNode> leaves = t.leaves();
                    return new TreeAndEdit(t, TreeArbitraries.split(leaves.get(a % leaves.size()), cut));
                }));
    }

    static long total(GridTree tree, ToLongFunction<GridNode> figure) {
        return tree.nodes().mapToLong(figure).sum();
    }

    static long households(GridNode n) {
        return n.households().orElse(0);
    }

    static long population(GridNode n) {
        return n.population().orElse(0);
    }

    @Property(tries = 300)
    void everyEditConservesHouseholdsExceptForTheNodesAddedOrRemoved(@ForAll("edited") TreeAndEdit te) {
        Edited after = TreeEdits.apply(te.tree(), te.edit());
        for (ToLongFunction<GridNode> figure : List.<ToLongFunction<GridNode>>of(TreeEditProperties::households,
                TreeEditProperties::population)) {
            long removed = after.change().removed().stream().mapToLong(id -> figure.applyAsLong(te.tree().require(id)))
                    .sum();
            long added = after.change().added().stream().filter(id -> !(te.edit() instanceof TreeEdit.Split)
                    && !(te.edit() instanceof TreeEdit.Merge)).mapToLong(id -> figure.applyAsLong(after.tree().require(id)))
                    .sum();
            long expected = total(te.tree(), figure) + added
                    - (te.edit() instanceof TreeEdit.Split || te.edit() instanceof TreeEdit.Merge ? 0 : removed);
            assertThat(total(after.tree(), figure)).as(te.edit().toString()).isEqualTo(expected);
        }
    }

    @Property(tries = 300)
    void anEditNeverChangesThePreviousVersion(@ForAll("edited") TreeAndEdit te) {
        List<GridNode> before = te.tree().nodes().toList();
        GridTree copy = GridTree.of(te.tree().scheme(), before);
        TreeHistory history = TreeHistory.start(te.tree(), LocalDate.of(2026, 1, 1));
        TreeHistory next = history.apply(te.edit(), LocalDate.of(2026, 6, 1));
        assertThat(te.tree().nodes().toList()).containsExactlyElementsOf(before);
        assertThat(te.tree()).isEqualTo(copy);
        assertThat(history.versions()).hasSize(1);
        assertThat(next.asOf(LocalDate.of(2026, 5, 31)).orElseThrow()).isEqualTo(copy.asOf(LocalDate.of(2026, 5, 31)));
        assertThat(next.versions().get(0).tree()).isSameAs(te.tree());
    }

    @Property(tries = 300)
    void splitThenMergeRestoresTheOriginalNode(@ForAll("splits") TreeAndEdit te) {
        TreeEdit.Split split = (TreeEdit.Split) te.edit();
        GridNode original = te.tree().require(split.id());
        GridTree parts = TreeEdits.apply(te.tree(), split).tree();
        for (GridNode part : split.parts()) {
            assertThat(parts.require(part.id()).parentId()).isEqualTo(original.parentId());
        }
        GridTree merged = TreeEdits.apply(parts, new TreeEdit.Merge(
                split.parts().stream().map(GridNode::id).toList(), original)).tree();
        assertThat(merged.require(original.id())).isEqualTo(original);
        assertThat(merged).isEqualTo(te.tree());
    }
}

package io.gridgov.core.format;

import static org.assertj.core.api.Assertions.assertThat;

import io.gridgov.core.staff.Staffing;
import io.gridgov.core.testing.TreeArbitraries;
import io.gridgov.core.tree.GridNode;
import io.gridgov.core.tree.GridTree;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A quarter-million-node tree survives the file format unchanged (run with {@code -Plong}). */
@Tag("long")
class LargeTreeTest {

    @Test
    void aLargeTreeRoundTripsThroughAFile(@TempDir Path dir) {
        List<GridNode> nodes = new ArrayList<>();
        nodes.add(GridNode.builder("r").code("01").build());
        int[] fan = {10, 10, 50, 50};
        List<GridNode> level = List.of(nodes.get(0));
        for (int f : fan) {
            List<GridNode> next = new ArrayList<>();
            for (GridNode parent : level) {
                for (int i = 1; i <= f && nodes.size() < 260_000; i++) {
                    String code = parent.code().orElseThrow() + String.format("%02d", i);
                    GridNode child = GridNode.builder("n" + code).parent(parent.id()).code(code)
                            .households(i * 7L).name("第" + i + "网格").build();
                    nodes.add(child);
                    next.add(child);
                }
            }
            level = next;
        }
        GridTree tree = GridTree.of(TreeArbitraries.scheme(5), nodes);
        Path file = dir.resolve("large.json");
        TreeJson.write(TreeDocument.of(tree, Staffing.empty()), file);
        TreeDocument again = TreeJson.read(file);
        assertThat(again.findings()).isEmpty();
        assertThat(again.tree().size()).isEqualTo(nodes.size());
        assertThat(again.tree()).isEqualTo(tree);
    }
}

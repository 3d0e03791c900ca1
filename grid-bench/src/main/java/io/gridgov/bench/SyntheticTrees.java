package io.gridgov.bench;

import io.gridgov.core.format.TreeDocument;
import io.gridgov.core.format.TreeJson;
import io.gridgov.core.staff.Staffing;
import io.gridgov.core.tree.Band;
import io.gridgov.core.tree.GridNode;
import io.gridgov.core.tree.GridTree;
import io.gridgov.core.tree.Level;
import io.gridgov.core.tree.LevelScheme;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A national-scale synthetic tree: 5 levels (province → prefecture → county → township → village,
 * codes 2+2+2+3+3 digits), 31 × 10 × 10 × 12 × 18 = 710,241 nodes, the size of China's village level.
 * Deterministic.
 */
public final class SyntheticTrees {

    /** Children per node at each level, top first (the first entry is the number of roots). */
    public static final int[] FAN_OUT = {31, 10, 10, 12, 18};

    private SyntheticTrees() {
    }

    /** {@return the five-level scheme} */
    public static LevelScheme scheme() {
        return new LevelScheme("national-5", "全国五级", "national five levels", List.of(
                Level.builder("province").names("省", "province").codeLength(2).build(),
                Level.builder("prefecture").names("市", "prefecture").codeLength(2).build(),
                Level.builder("county").names("县", "county").codeLength(2).build(),
                Level.builder("township").names("乡镇", "township").codeLength(3).build(),
                Level.builder("village").names("村", "village").codeLength(3).households(Band.of(200, 300)).build()));
    }

    /** {@return the nodes, parents before children} */
    public static List<GridNode> nodes() {
        SplittableRandom random = new SplittableRandom(700_000);
        List<GridNode> nodes = new ArrayList<>(720_000);
        add(nodes, random, null, "", 0);
        return nodes;
    }

    private static void add(List<GridNode> nodes, SplittableRandom random, String parent, String parentCode,
            int level) {
        if (level == FAN_OUT.length) {
            return;
        }
        int digits = level < 3 ? 2 : 3;
        for (int i = 1; i <= FAN_OUT[level]; i++) {
            String code = parentCode + String.format("%0" + digits + "d", i);
            GridNode.Builder b = GridNode.builder("n" + code).name("节点" + code).code(code);
            if (parent != null) {
                b.parent(parent);
            }
            if (level == FAN_OUT.length - 1) {
                long households = 200 + random.nextInt(101);
                b.households(households).population(households * 3);
            }
            GridNode node = b.build();
            nodes.add(node);
            add(nodes, random, node.id(), code, level + 1);
        }
    }

    /** {@return the tree} */
    public static GridTree tree() {
        return GridTree.of(scheme(), nodes());
    }

    /**
     * Writes the synthetic tree as a tree JSON file.
     *
     * @param args the target file
     */
    public static void main(String[] args) {
        GridTree tree = tree();
        TreeJson.write(TreeDocument.of(tree, Staffing.empty()), Path.of(args[0]));
        System.out.println("wrote " + tree.size() + " nodes to " + args[0]);
    }
}

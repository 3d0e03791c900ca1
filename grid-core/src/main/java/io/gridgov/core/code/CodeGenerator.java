package io.gridgov.core.code;

import static java.util.Objects.requireNonNull;

import io.gridgov.core.tree.GridNode;
import io.gridgov.core.tree.GridTree;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Numbers the children of a node in a given order (编码): the first child gets sequence
 * {@link #startAt(int) start} (1 by default), the next start + 1, and so on. The order comes from the
 * caller — a {@link Comparator} or an explicit list; grid-geo supplies west → east, north → south.
 * The result is a map from node id to new code, to apply with the {@code Recode} edit.
 *
 * <pre>{@code
 * Map<String, String> codes = CodeGenerator.of(CodeSchemes.county15())
 *         .numberSubtree(tree, "c-01", Comparator.comparing(GridNode::name));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class CodeGenerator {

    private final CodeScheme scheme;
    private final int start;

    private CodeGenerator(CodeScheme scheme, int start) {
        this.scheme = requireNonNull(scheme, "scheme");
        if (start < 0) {
            throw new IllegalArgumentException("first sequence number must be ≥ 0 but was " + start);
        }
        this.start = start;
    }

    /** {@return a generator for the scheme, numbering from 1} */
    public static CodeGenerator of(CodeScheme scheme) {
        return new CodeGenerator(scheme, 1);
    }

    /** {@return a generator numbering from {@code first} (CJ/T 349 numbers merged communities from 601)} */
    public CodeGenerator startAt(int first) {
        return new CodeGenerator(scheme, first);
    }

    /**
     * Codes for the children of a node, numbered in the given order.
     *
     * @param tree the tree
     * @param parentId the node whose children are numbered; it must have a code
     * @param order the order of the children
     * @return child id → code, in numbering order
     */
    public Map<String, String> numberChildren(GridTree tree, String parentId, Comparator<GridNode> order) {
        requireNonNull(order, "order");
        List<GridNode> children = new ArrayList<>(tree.children(parentId));
        children.sort(order);
        return numberChildren(tree, parentId, children.stream().map(GridNode::id).toList());
    }

    /**
     * Codes for the children of a node, numbered in an explicit order.
     *
     * @param tree the tree
     * @param parentId the node whose children are numbered; it must have a code
     * @param orderedChildIds every child of the node exactly once, in numbering order
     * @return child id → code, in numbering order
     * @throws IllegalArgumentException when the list is not exactly the node's children
     */
    public Map<String, String> numberChildren(GridTree tree, String parentId, List<String> orderedChildIds) {
        requireNonNull(tree, "tree");
        requireNonNull(orderedChildIds, "orderedChildIds");
        String parentCode = codeToNumberFrom(tree, parentId, "children");
        return number(tree, parentId, parentCode, orderedChildIds);
    }

    private Map<String, String> number(GridTree tree, String parentId, String parentCode, List<String> ordered) {
        Set<String> expected = new HashSet<>();
        tree.children(parentId).forEach(c -> expected.add(c.id()));
        Set<String> given = new HashSet<>(ordered);
        if (!given.equals(expected) || given.size() != ordered.size()) {
            throw new IllegalArgumentException("the order " + ordered + " is not exactly the children of '" + parentId
                    + "': " + expected.stream().sorted().toList());
        }
        int level = tree.levelNumber(parentId);
        Map<String, String> codes = new LinkedHashMap<>();
        int sequence = start;
        for (String id : ordered) {
            codes.put(id, scheme.childCode(parentCode, level, sequence++));
        }
        return codes;
    }

    /**
     * Codes for every descendant of a node, each set of siblings numbered in the given order below
     * its parent's new code; the node keeps its own code.
     *
     * @param tree the tree
     * @param rootId the node whose descendants are numbered; it must have a code
     * @param order the order of siblings
     * @return descendant id → code, parents before children
     */
    public Map<String, String> numberSubtree(GridTree tree, String rootId, Comparator<GridNode> order) {
        requireNonNull(tree, "tree");
        requireNonNull(order, "order");
        String rootCode = codeToNumberFrom(tree, rootId, "descendants");
        Map<String, String> codes = new LinkedHashMap<>();
        List<String[]> queue = new ArrayList<>();
        queue.add(new String[] {rootId, rootCode});
        for (int q = 0; q < queue.size(); q++) {
            String id = queue.get(q)[0];
            List<GridNode> children = new ArrayList<>(tree.children(id));
            children.sort(order);
            Map<String, String> level = number(tree, id, queue.get(q)[1], children.stream().map(GridNode::id).toList());
            codes.putAll(level);
            level.forEach((child, code) -> queue.add(new String[] {child, code}));
        }
        return codes;
    }

    /** {@return the code of the node whose children or descendants are numbered} */
    private static String codeToNumberFrom(GridTree tree, String id, String what) {
        return tree.require(id).code().orElseThrow(() -> new IllegalArgumentException(
                "node '" + id + "' has no code to number its " + what + " from"));
    }
}

package io.gridgov.core.tree;

import static java.util.Objects.requireNonNull;

import io.gridgov.core.Severity;
import io.gridgov.core.i18n.Messages;
import io.gridgov.core.rule.Finding;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * An immutable N-level grid tree (网格树): nodes indexed by id and by code, with the navigation
 * vocabulary of hierarchical cells — {@link #parent}, {@link #children}, {@link #ancestors},
 * {@link #descendants}, {@link #path}, {@link #descendantsAtLevel}, {@link #leaves},
 * {@link #isLeaf}. A tree may have several roots (a national file holds 31 provinces).
 *
 * <p>Construction does not depend on the order of the input nodes: children are ordered by code
 * (nodes without a code last), then by id. Levels are numbered from 1 at the top of the
 * {@link LevelScheme}; a root is at the level it declares ({@link GridNode#levelKey()}) or at
 * level 1, and each child one level below its parent.
 *
 * <pre>{@code
 * GridTree tree = GridTree.of(LevelSchemes.urban(), List.of(
 *         GridNode.builder("d").name("云岩区").build(),
 *         GridNode.builder("s1").parent("d").name("中华路街道").build()));
 * tree.children("d");  // [s1]
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe. Lookups by id and code are hash lookups; descendants
 * are a contiguous range of the pre-order, so {@link #descendants} and {@link #subtreeSize} cost
 * nothing beyond the result.
 */
public final class GridTree {

    private static final Messages MESSAGES = Messages.of("io.gridgov.core.i18n.messages", GridTree.class);

    private final LevelScheme scheme;
    /** Nodes in pre-order; siblings ordered by code then id. */
    private final GridNode[] nodes;
    private final int[] parent;
    private final int[] subtreeEnd;
    private final int[] levelNumber;
    private final int[] childIndex;
    private final int[] childStart;
    private final int[] roots;
    private final Map<String, Integer> byId;
    private final Map<String, Integer> byCode;

    private GridTree(LevelScheme scheme, GridNode[] nodes, int[] parent, int[] subtreeEnd, int[] levelNumber,
            int[] childIndex, int[] childStart, int[] roots, Map<String, Integer> byId, Map<String, Integer> byCode) {
        this.scheme = scheme;
        this.nodes = nodes;
        this.parent = parent;
        this.subtreeEnd = subtreeEnd;
        this.levelNumber = levelNumber;
        this.childIndex = childIndex;
        this.childStart = childStart;
        this.roots = roots;
        this.byId = byId;
        this.byCode = byCode;
    }

    /**
     * Builds a tree from nodes in any order.
     *
     * @param scheme the level scheme
     * @param nodes the nodes; every parent id must name a node, ids must be unique, no cycles
     * @return the tree
     * @throws InvalidTreeException naming the offending nodes when the nodes do not form a tree
     */
    public static GridTree of(LevelScheme scheme, Collection<GridNode> nodes) {
        TreeAssembly assembly = assemble(scheme, nodes);
        if (assembly.hasErrors()) {
            throw new InvalidTreeException(assembly.findings());
        }
        return assembly.tree();
    }

    /**
     * Builds the largest consistent tree from nodes in any order, reporting instead of throwing:
     * a repeated id keeps its first node ({@code DUPLICATE_ID}); a node whose parent is missing is
     * left out with its descendants ({@code UNKNOWN_PARENT}); nodes on a parent cycle are left out
     * ({@code CYCLE}).
     *
     * @param scheme the level scheme
     * @param nodes the nodes
     * @return the tree and the findings
     */
    public static TreeAssembly assemble(LevelScheme scheme, Collection<GridNode> nodes) {
        requireNonNull(scheme, "scheme");
        requireNonNull(nodes, "nodes");
        List<Finding> findings = new ArrayList<>();
        Map<String, GridNode> unique = new LinkedHashMap<>(nodes.size() * 2);
        Map<String, Integer> occurrences = new LinkedHashMap<>();
        for (GridNode node : nodes) {
            requireNonNull(node, "node");
            if (unique.putIfAbsent(node.id(), node) != null) {
                occurrences.merge(node.id(), 1, Integer::sum);
            }
        }
        occurrences.forEach((id, extra) -> findings.add(new Finding("DUPLICATE_ID", Severity.ERROR, List.of(id),
                MESSAGES.text("rule.DUPLICATE_ID", id, extra + 1))));

        Map<String, List<GridNode>> childrenOf = new HashMap<>();
        List<GridNode> rootNodes = new ArrayList<>();
        for (GridNode node : unique.values()) {
            if (node.parentId().isEmpty()) {
                rootNodes.add(node);
            } else {
                childrenOf.computeIfAbsent(node.parentId().get(), k -> new ArrayList<>()).add(node);
            }
        }
        Comparator<GridNode> siblingOrder = SIBLING_ORDER;
        rootNodes.sort(siblingOrder);
        childrenOf.values().forEach(list -> list.sort(siblingOrder));

        int n = unique.size();
        GridNode[] order = new GridNode[n];
        int[] parent = new int[n];
        int[] subtreeEnd = new int[n];
        int[] levelNumber = new int[n];
        int[] rootIdx = new int[rootNodes.size()];
        Map<String, Integer> byId = new HashMap<>(n * 2);
        int count = 0;
        // Iterative pre-order: deep trees must not overflow the stack.
        List<Iterator> stack = new ArrayList<>();
        for (int r = 0; r < rootNodes.size(); r++) {
            GridNode root = rootNodes.get(r);
            int rootLevel = root.levelKey().flatMap(k -> {
                java.util.OptionalInt num = scheme.numberOf(k);
                return num.isPresent() ? Optional.of(num.getAsInt()) : Optional.empty();
            }).orElse(1);
            int index = count++;
            order[index] = root;
            parent[index] = -1;
            levelNumber[index] = rootLevel;
            byId.put(root.id(), index);
            rootIdx[r] = index;
            stack.add(new Iterator(index, childrenOf.getOrDefault(root.id(), List.of())));
            while (!stack.isEmpty()) {
                Iterator top = stack.get(stack.size() - 1);
                if (top.next < top.children.size()) {
                    GridNode child = top.children.get(top.next++);
                    int ci = count++;
                    order[ci] = child;
                    parent[ci] = top.index;
                    levelNumber[ci] = levelNumber[top.index] + 1;
                    byId.put(child.id(), ci);
                    stack.add(new Iterator(ci, childrenOf.getOrDefault(child.id(), List.of())));
                } else {
                    subtreeEnd[top.index] = count;
                    stack.remove(stack.size() - 1);
                }
            }
        }
        if (count < n) {
            reportUnplaced(unique, byId, childrenOf, findings);
        }
        GridNode[] placed = Arrays.copyOf(order, count);
        int[] childStart = new int[count + 1];
        for (int i = 0; i < count; i++) {
            if (parent[i] >= 0) {
                childStart[parent[i] + 1]++;
            }
        }
        for (int i = 0; i < count; i++) {
            childStart[i + 1] += childStart[i];
        }
        int[] fill = Arrays.copyOf(childStart, count);
        int[] childIndex = new int[Math.max(0, count - rootIdx.length)];
        for (int i = 0; i < count; i++) {
            if (parent[i] >= 0) {
                childIndex[fill[parent[i]]++] = i;
            }
        }
        Map<String, Integer> byCode = new HashMap<>(count * 2);
        for (int i = 0; i < count; i++) {
            int index = i;
            placed[i].code().ifPresent(c -> byCode.putIfAbsent(c, index));
        }
        GridTree tree = new GridTree(scheme, placed, Arrays.copyOf(parent, count), Arrays.copyOf(subtreeEnd, count),
                Arrays.copyOf(levelNumber, count), childIndex, childStart, rootIdx, byId, byCode);
        return new TreeAssembly(tree, findings);
    }

    private static final Comparator<GridNode> SIBLING_ORDER = Comparator
            .comparing((GridNode g) -> g.code().isEmpty())
            .thenComparing(g -> g.code().orElse(""))
            .thenComparing(GridNode::id);

    private static final class Iterator {
        final int index;
        final List<GridNode> children;
        int next;

        Iterator(int index, List<GridNode> children) {
            this.index = index;
            this.children = children;
        }
    }

    private static void reportUnplaced(Map<String, GridNode> unique, Map<String, Integer> placed,
            Map<String, List<GridNode>> childrenOf, List<Finding> findings) {
        List<String> unplaced = unique.keySet().stream().filter(id -> !placed.containsKey(id)).sorted().toList();
        java.util.Set<String> explained = new java.util.HashSet<>();
        for (String id : unplaced) {
            GridNode node = unique.get(id);
            String parentId = node.parentId().orElseThrow();
            if (!unique.containsKey(parentId)) {
                List<String> subtree = new ArrayList<>();
                collect(id, childrenOf, subtree);
                explained.addAll(subtree);
                List<String> named = new ArrayList<>(subtree);
                findings.add(new Finding("UNKNOWN_PARENT", Severity.ERROR, named,
                        MESSAGES.text("rule.UNKNOWN_PARENT", id, parentId, subtree.size() - 1)));
            }
        }
        // What remains hangs from a cycle: walk parents from each node until a node repeats.
        for (String id : unplaced) {
            if (explained.contains(id)) {
                continue;
            }
            List<String> walk = new ArrayList<>();
            java.util.Set<String> seen = new java.util.HashSet<>();
            String current = id;
            while (seen.add(current)) {
                walk.add(current);
                current = unique.get(current).parentId().orElseThrow();
            }
            List<String> cycle = new ArrayList<>(walk.subList(walk.indexOf(current), walk.size()));
            Collections.sort(cycle);
            if (!explained.contains(cycle.get(0))) {
                List<String> members = new ArrayList<>();
                for (String member : cycle) {
                    collect(member, childrenOf, members);
                }
                List<String> distinct = members.stream().distinct().toList();
                explained.addAll(distinct);
                findings.add(new Finding("CYCLE", Severity.ERROR, distinct,
                        MESSAGES.text("rule.CYCLE", String.join(" → ", cycle))));
            }
        }
    }

    private static void collect(String id, Map<String, List<GridNode>> childrenOf, List<String> out) {
        List<String> stack = new ArrayList<>(List.of(id));
        java.util.Set<String> seen = new java.util.HashSet<>(out);
        while (!stack.isEmpty()) {
            String current = stack.remove(stack.size() - 1);
            if (seen.add(current)) {
                out.add(current);
                for (GridNode child : childrenOf.getOrDefault(current, List.of())) {
                    stack.add(child.id());
                }
            }
        }
    }

    // ---------------------------------------------------------------- queries

    /** {@return the level scheme} */
    public LevelScheme scheme() {
        return scheme;
    }

    /** {@return the number of nodes} */
    public int size() {
        return nodes.length;
    }

    /** {@return all nodes in pre-order (each parent before its children; siblings by code, then id)} */
    public Stream<GridNode> nodes() {
        return Arrays.stream(nodes);
    }

    /** {@return the roots, in sibling order} */
    public List<GridNode> roots() {
        return indexList(roots);
    }

    /** {@return whether a node has this id} */
    public boolean contains(String id) {
        return byId.containsKey(requireNonNull(id, "id"));
    }

    /** {@return the node with this id, if any} */
    public Optional<GridNode> node(String id) {
        Integer i = byId.get(requireNonNull(id, "id"));
        return i == null ? Optional.empty() : Optional.of(nodes[i]);
    }

    /**
     * The node with this id.
     *
     * @param id the id
     * @return the node
     * @throws java.util.NoSuchElementException naming the id when there is none
     */
    public GridNode require(String id) {
        return nodes[index(id)];
    }

    /** {@return the node with this code, if any (the first in pre-order when codes repeat)} */
    public Optional<GridNode> byCode(String code) {
        Integer i = byCode.get(requireNonNull(code, "code"));
        return i == null ? Optional.empty() : Optional.of(nodes[i]);
    }

    /** {@return the parent of the node, empty for a root} */
    public Optional<GridNode> parent(String id) {
        int p = parent[index(id)];
        return p < 0 ? Optional.empty() : Optional.of(nodes[p]);
    }

    /** {@return the children of the node, in sibling order} */
    public List<GridNode> children(String id) {
        int i = index(id);
        return indexList(Arrays.copyOfRange(childIndex, childStart[i], childStart[i + 1]));
    }

    /** {@return whether the node has no children} */
    public boolean isLeaf(String id) {
        int i = index(id);
        return childStart[i] == childStart[i + 1];
    }

    /** {@return the ancestors of the node, nearest (the parent) first} */
    public List<GridNode> ancestors(String id) {
        List<GridNode> result = new ArrayList<>();
        for (int p = parent[index(id)]; p >= 0; p = parent[p]) {
            result.add(nodes[p]);
        }
        return Collections.unmodifiableList(result);
    }

    /** {@return the path from the node's root down to the node itself} */
    public List<GridNode> path(String id) {
        List<GridNode> result = new ArrayList<>();
        for (int p = index(id); p >= 0; p = parent[p]) {
            result.add(nodes[p]);
        }
        Collections.reverse(result);
        return Collections.unmodifiableList(result);
    }

    /** {@return the descendants of the node (not the node itself), in pre-order} */
    public Stream<GridNode> descendants(String id) {
        int i = index(id);
        return IntStream.range(i + 1, subtreeEnd[i]).mapToObj(k -> nodes[k]);
    }

    /** {@return the number of nodes in the node's subtree, itself included} */
    public int subtreeSize(String id) {
        int i = index(id);
        return subtreeEnd[i] - i;
    }

    /** {@return whether {@code ancestorId} is a proper ancestor of {@code id}} */
    public boolean isAncestor(String ancestorId, String id) {
        int a = index(ancestorId);
        int d = index(id);
        return d > a && d < subtreeEnd[a];
    }

    /**
     * The descendants of a node at a given level, in pre-order.
     *
     * @param id the node
     * @param levelNumber the level (1 = top of the scheme)
     * @return the nodes at that level below the node; empty when the level is not below it
     */
    public List<GridNode> descendantsAtLevel(String id, int levelNumber) {
        int i = index(id);
        List<GridNode> result = new ArrayList<>();
        for (int k = i + 1; k < subtreeEnd[i]; k++) {
            if (this.levelNumber[k] == levelNumber) {
                result.add(nodes[k]);
            }
        }
        return Collections.unmodifiableList(result);
    }

    /** {@return every node at the given level (1 = top), in pre-order} */
    public List<GridNode> atLevel(int levelNumber) {
        List<GridNode> result = new ArrayList<>();
        for (int k = 0; k < nodes.length; k++) {
            if (this.levelNumber[k] == levelNumber) {
                result.add(nodes[k]);
            }
        }
        return Collections.unmodifiableList(result);
    }

    /** {@return every leaf, in pre-order} */
    public List<GridNode> leaves() {
        List<GridNode> result = new ArrayList<>();
        for (int k = 0; k < nodes.length; k++) {
            if (childStart[k] == childStart[k + 1]) {
                result.add(nodes[k]);
            }
        }
        return Collections.unmodifiableList(result);
    }

    /** {@return the leaves below (or equal to) the node, in pre-order} */
    public List<GridNode> leaves(String id) {
        int i = index(id);
        List<GridNode> result = new ArrayList<>();
        for (int k = i; k < subtreeEnd[i]; k++) {
            if (childStart[k] == childStart[k + 1]) {
                result.add(nodes[k]);
            }
        }
        return Collections.unmodifiableList(result);
    }

    /** {@return the node's level number: 1 at the top of the scheme; may exceed the scheme's depth} */
    public int levelNumber(String id) {
        return levelNumber[index(id)];
    }

    /** {@return the node's level, empty when the node lies deeper than the scheme} */
    public Optional<Level> level(String id) {
        int number = levelNumber[index(id)];
        return number <= scheme.depth() ? Optional.of(scheme.level(number)) : Optional.empty();
    }

    /** {@return the deepest level number present, 0 for an empty tree} */
    public int maxLevelNumber() {
        return Arrays.stream(levelNumber).max().orElse(0);
    }

    /** {@return the number of nodes per level number, top first} */
    public Map<Integer, Integer> countsByLevel() {
        Map<Integer, Integer> counts = new java.util.TreeMap<>();
        for (int number : levelNumber) {
            counts.merge(number, 1, Integer::sum);
        }
        return Collections.unmodifiableMap(counts);
    }

    /**
     * The tree restricted to the nodes valid on a date (and whose ancestors are valid too).
     *
     * @param date the day
     * @return a tree of the nodes existing on that day
     */
    public GridTree asOf(java.time.LocalDate date) {
        requireNonNull(date, "date");
        List<GridNode> kept = new ArrayList<>();
        boolean[] keep = new boolean[nodes.length];
        for (int k = 0; k < nodes.length; k++) {
            keep[k] = nodes[k].validity().contains(date) && (parent[k] < 0 || keep[parent[k]]);
            if (keep[k]) {
                kept.add(nodes[k]);
            }
        }
        return kept.size() == nodes.length ? this : of(scheme, kept);
    }

    private int index(String id) {
        Integer i = byId.get(requireNonNull(id, "id"));
        if (i == null) {
            throw new java.util.NoSuchElementException("no node with id '" + id + "' in the tree");
        }
        return i;
    }

    private List<GridNode> indexList(int[] indexes) {
        GridNode[] result = new GridNode[indexes.length];
        for (int k = 0; k < indexes.length; k++) {
            result[k] = nodes[indexes[k]];
        }
        return List.of(result);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof GridTree t && scheme.equals(t.scheme) && Arrays.equals(nodes, t.nodes);
    }

    @Override
    public int hashCode() {
        return scheme.hashCode() * 31 + Arrays.hashCode(nodes);
    }

    @Override
    public String toString() {
        return "GridTree[scheme=" + scheme.id() + ", nodes=" + nodes.length + ", roots=" + roots.length + "]";
    }
}

package io.gridgov.core.tree;

import static io.gridgov.core.i18n.CoreMessages.MESSAGES;
import static java.util.Objects.requireNonNull;

import io.gridgov.core.Finding;
import io.gridgov.core.Severity;
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

    private final LevelScheme scheme;
    /** Nodes in pre-order; siblings ordered by code then id. */
    private final GridNode[] nodes;
    private final int[] parent;
    private final int[] subtreeEnd;
    private final int[] levelNumber;
    private final int[] childIndex;
    private final int[] childStart;
    private final int[] roots;
    private final StringIntMap byId;
    private final StringIntMap byCode;

    private GridTree(LevelScheme scheme, GridNode[] nodes, int[] parent, int[] subtreeEnd, int[] levelNumber,
            int[] childIndex, int[] childStart, int[] roots, StringIntMap byId, StringIntMap byCode) {
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
        if (!assembly.isValid()) {
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
        // Array-based: a 700,000-node tree is built without a map or list per node.
        GridNode[] input = nodes.toArray(new GridNode[0]);
        int m = input.length;
        List<Finding> findings = new ArrayList<>();
        StringIntMap firstIndex = new StringIntMap(m);
        int[] position = new int[m];
        Map<String, Integer> occurrences = new LinkedHashMap<>();
        int n = 0;
        for (int i = 0; i < m; i++) {
            GridNode node = requireNonNull(input[i], "node");
            if (firstIndex.putIfAbsent(node.id(), i) >= 0) {
                occurrences.merge(node.id(), 1, Integer::sum);
                position[i] = -1;
            } else {
                position[i] = n++;
            }
        }
        occurrences.forEach((id, extra) -> findings.add(new Finding("DUPLICATE_ID", Severity.ERROR, List.of(id),
                MESSAGES.text("rule.DUPLICATE_ID", id, extra + 1))));
        GridNode[] unique = new GridNode[n];
        for (int i = 0; i < m; i++) {
            if (position[i] >= 0) {
                unique[position[i]] = input[i];
            }
        }
        // Parent position of each unique node: -1 for a root, -2 for an unknown parent.
        int[] parentPos = new int[n];
        int[] childCount = new int[n + 1];
        int rootCount = 0;
        for (int u = 0; u < n; u++) {
            Optional<String> p = unique[u].parentId();
            if (p.isEmpty()) {
                parentPos[u] = -1;
                rootCount++;
            } else {
                int in = firstIndex.get(p.get());
                parentPos[u] = in < 0 ? -2 : position[in];
                if (in >= 0) {
                    childCount[parentPos[u] + 1]++;
                }
            }
        }
        for (int u = 0; u < n; u++) {
            childCount[u + 1] += childCount[u];
        }
        GridNode[] kids = new GridNode[childCount[n]];
        int[] fillAt = Arrays.copyOf(childCount, n);
        GridNode[] rootNodes = new GridNode[rootCount];
        int r0 = 0;
        for (int u = 0; u < n; u++) {
            if (parentPos[u] == -1) {
                rootNodes[r0++] = unique[u];
            } else if (parentPos[u] >= 0) {
                kids[fillAt[parentPos[u]]++] = unique[u];
            }
        }
        Arrays.sort(rootNodes, SIBLING_ORDER);
        for (int u = 0; u < n; u++) {
            if (childCount[u + 1] - childCount[u] > 1) {
                Arrays.sort(kids, childCount[u], childCount[u + 1], SIBLING_ORDER);
            }
        }

        GridNode[] order = new GridNode[n];
        int[] parent = new int[n];
        int[] subtreeEnd = new int[n];
        int[] levelNumber = new int[n];
        int[] rootIdx = new int[rootCount];
        StringIntMap byId = new StringIntMap(n);
        int count = 0;
        // Iterative pre-order over unique positions: deep trees must not overflow the stack.
        int[] stackPos = new int[Math.max(1, n)];
        int[] stackIndex = new int[Math.max(1, n)];
        int[] stackNext = new int[Math.max(1, n)];
        for (int r = 0; r < rootCount; r++) {
            GridNode root = rootNodes[r];
            int rootLevel = root.levelKey().flatMap(k -> {
                java.util.OptionalInt num = scheme.numberOf(k);
                return num.isPresent() ? Optional.of(num.getAsInt()) : Optional.empty();
            }).orElse(1);
            int index = count++;
            order[index] = root;
            parent[index] = -1;
            levelNumber[index] = rootLevel;
            byId.putIfAbsent(root.id(), index);
            rootIdx[r] = index;
            int top = 0;
            stackPos[0] = position[firstIndex.get(root.id())];
            stackIndex[0] = index;
            stackNext[0] = childCount[stackPos[0]];
            while (top >= 0) {
                int pos = stackPos[top];
                if (stackNext[top] < childCount[pos + 1]) {
                    GridNode child = kids[stackNext[top]++];
                    int ci = count++;
                    order[ci] = child;
                    parent[ci] = stackIndex[top];
                    levelNumber[ci] = levelNumber[stackIndex[top]] + 1;
                    byId.putIfAbsent(child.id(), ci);
                    top++;
                    stackPos[top] = position[firstIndex.get(child.id())];
                    stackIndex[top] = ci;
                    stackNext[top] = childCount[stackPos[top]];
                } else {
                    subtreeEnd[stackIndex[top]] = count;
                    top--;
                }
            }
        }
        if (count < n) {
            Map<String, GridNode> uniqueById = new LinkedHashMap<>();
            Map<String, List<GridNode>> childrenOf = new HashMap<>();
            for (GridNode node : unique) {
                uniqueById.put(node.id(), node);
                node.parentId().ifPresent(p -> childrenOf.computeIfAbsent(p, k -> new ArrayList<>()).add(node));
            }
            reportUnplaced(uniqueById, byId, childrenOf, findings);
        }
        GridNode[] placed = count == n ? order : Arrays.copyOf(order, count);
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
        StringIntMap byCode = new StringIntMap(count);
        for (int i = 0; i < count; i++) {
            Optional<String> code = placed[i].code();
            if (code.isPresent()) {
                byCode.putIfAbsent(code.get(), i);
            }
        }
        GridTree tree = new GridTree(scheme, placed, trim(parent, count), trim(subtreeEnd, count),
                trim(levelNumber, count), childIndex, childStart, rootIdx, byId, byCode);
        return new TreeAssembly(tree, findings);
    }

    private static int[] trim(int[] a, int length) {
        return a.length == length ? a : Arrays.copyOf(a, length);
    }

    /** Siblings by code (nodes without a code last), then id; hand-written for speed on large trees. */
    private static final Comparator<GridNode> SIBLING_ORDER = (a, b) -> {
        Optional<String> ca = a.code();
        Optional<String> cb = b.code();
        if (ca.isPresent() != cb.isPresent()) {
            return ca.isPresent() ? -1 : 1;
        }
        if (ca.isPresent()) {
            int c = ca.get().compareTo(cb.get());
            if (c != 0) {
                return c;
            }
        }
        return a.id().compareTo(b.id());
    };

    private static void reportUnplaced(Map<String, GridNode> unique, StringIntMap placed,
            Map<String, List<GridNode>> childrenOf, List<Finding> findings) {
        List<String> unplaced = unique.keySet().stream().filter(id -> placed.get(id) < 0).sorted().toList();
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
        return byId.get(requireNonNull(id, "id")) >= 0;
    }

    /** {@return the node with this id, if any} */
    public Optional<GridNode> node(String id) {
        int i = byId.get(requireNonNull(id, "id"));
        return i < 0 ? Optional.empty() : Optional.of(nodes[i]);
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
        int i = byCode.get(requireNonNull(code, "code"));
        return i < 0 ? Optional.empty() : Optional.of(nodes[i]);
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
        int k = i + 1;
        while (k < subtreeEnd[i]) {
            if (this.levelNumber[k] >= levelNumber) {
                if (this.levelNumber[k] == levelNumber) {
                    result.add(nodes[k]);
                }
                k = subtreeEnd[k]; // nothing below a node at (or past) the level can be at the level
            } else {
                k++;
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

    /**
     * The level number of every node, in the order of {@link #nodes()}: for a walk over the whole
     * tree, which would otherwise look each node up by id ({@link #levelNumber(String)}).
     *
     * @return a new array, element {@code k} the level number of the {@code k}-th node of {@link #nodes()}
     */
    public int[] levelNumbers() {
        return levelNumber.clone();
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
        int i = byId.get(requireNonNull(id, "id"));
        if (i < 0) {
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

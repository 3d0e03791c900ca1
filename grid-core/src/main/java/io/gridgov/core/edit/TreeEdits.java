package io.gridgov.core.edit;

import static io.gridgov.core.i18n.CoreMessages.MESSAGES;
import static java.util.Objects.requireNonNull;

import io.gridgov.core.i18n.LocalizedText;
import io.gridgov.core.i18n.Messages;
import io.gridgov.core.tree.GridNode;
import io.gridgov.core.tree.GridTree;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Applies {@link TreeEdit}s to immutable trees: each application returns a new tree and a
 * {@link Change}; the tree given is never modified. Stateless and thread-safe.
 *
 * <pre>{@code
 * Edited result = TreeEdits.apply(tree, new TreeEdit.Move("g-007", "c-02"));
 * result.tree();                 // the new tree
 * result.change().description(); // "Moved node 'g-007' from 'c-01' to 'c-02'"
 * }</pre>
 *
 * <p>Every edit conserves the sum of households (and of population) over all nodes, except
 * {@code Add} and {@code Retire}, which change it by exactly the figures of the nodes added or
 * removed.
 */
public final class TreeEdits {

    private TreeEdits() {
    }

    /**
     * Applies an edit.
     *
     * @param tree the tree (unchanged)
     * @param edit the edit
     * @return the new tree and the change record
     * @throws InvalidEditException when the edit does not fit the tree
     */
    public static Edited apply(GridTree tree, TreeEdit edit) {
        requireNonNull(tree, "tree");
        requireNonNull(edit, "edit");
        Map<String, GridNode> nodes = new LinkedHashMap<>(tree.size() * 2);
        tree.nodes().forEach(n -> nodes.put(n.id(), n));
        Change change;
        if (edit instanceof TreeEdit.Add e) {
            change = add(tree, nodes, e);
        } else if (edit instanceof TreeEdit.Retire e) {
            change = retire(tree, nodes, e);
        } else if (edit instanceof TreeEdit.Move e) {
            change = move(tree, nodes, e);
        } else if (edit instanceof TreeEdit.Rename e) {
            GridNode node = existing(tree, e.id());
            nodes.put(e.id(), node.toBuilder().name(e.name()).build());
            change = new Change(e, List.of(), List.of(), List.of(e.id()),
                    MESSAGES.text("edit.rename", e.id(), node.name(), e.name()));
        } else if (edit instanceof TreeEdit.Recode e) {
            e.codes().forEach((id, code) -> nodes.put(id, existing(tree, id).toBuilder().code(code).build()));
            change = new Change(e, List.of(), List.of(), List.copyOf(e.codes().keySet()),
                    MESSAGES.text("edit.recode", e.codes().size()));
        } else if (edit instanceof TreeEdit.Split e) {
            change = split(tree, nodes, e);
        } else if (edit instanceof TreeEdit.Merge e) {
            change = merge(tree, nodes, e);
        } else {
            throw new AssertionError(edit);
        }
        return new Edited(GridTree.of(tree.scheme(), nodes.values()), change);
    }

    /** {@return an exception with the bundle's text; arguments are inserted as text, per language} */
    static InvalidEditException error(String key, Object... args) {
        return new InvalidEditException(new LocalizedText(format(Messages.ENGLISH, key, args),
                format(Messages.CHINESE, key, args)));
    }

    private static String format(java.util.Locale locale, String key, Object... args) {
        Object[] texts = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            texts[i] = args[i] instanceof LocalizedText t ? t.in(locale) : String.valueOf(args[i]);
        }
        return MESSAGES.format(locale, key, texts);
    }

    private static LocalizedText figure(String what) {
        return MESSAGES.text("edit.figure." + what);
    }

    private static GridNode existing(GridTree tree, String id) {
        return tree.node(id).orElseThrow(() -> error("edit.error.unknown", id));
    }

    private static Change add(GridTree tree, Map<String, GridNode> nodes, TreeEdit.Add e) {
        GridNode node = e.node();
        if (tree.contains(node.id())) {
            throw error("edit.error.addExists", node.id());
        }
        node.parentId().ifPresent(p -> existing(tree, p));
        nodes.put(node.id(), node);
        return new Change(e, List.of(node.id()), List.of(), List.of(),
                MESSAGES.text("edit.add", node.id(), node.parentId().orElse("—")));
    }

    private static Change retire(GridTree tree, Map<String, GridNode> nodes, TreeEdit.Retire e) {
        existing(tree, e.id());
        List<String> removed = new ArrayList<>();
        removed.add(e.id());
        tree.descendants(e.id()).forEach(d -> removed.add(d.id()));
        if (removed.size() > 1 && !e.withDescendants()) {
            throw error("edit.error.retireChildren", e.id(), tree.children(e.id()).size());
        }
        removed.forEach(nodes::remove);
        return new Change(e, List.of(), removed, List.of(), MESSAGES.text("edit.retire", e.id(), removed.size() - 1));
    }

    private static Change move(GridTree tree, Map<String, GridNode> nodes, TreeEdit.Move e) {
        GridNode node = existing(tree, e.id());
        existing(tree, e.newParentId());
        String oldParent = node.parentId().orElseThrow(
                () -> error("edit.error.moveRoot", e.id()));
        if (e.newParentId().equals(e.id()) || tree.isAncestor(e.id(), e.newParentId())) {
            throw error("edit.error.moveCycle", e.id(), e.newParentId());
        }
        if (tree.levelNumber(e.newParentId()) != tree.levelNumber(oldParent)) {
            throw error("edit.error.moveLevel", e.id(), e.newParentId(), tree.levelNumber(e.newParentId()),
                    tree.levelNumber(oldParent), oldParent);
        }
        nodes.put(e.id(), node.toBuilder().parent(e.newParentId()).build());
        return new Change(e, List.of(), List.of(), List.of(e.id()),
                MESSAGES.text("edit.move", e.id(), oldParent, e.newParentId()));
    }

    private static Change split(GridTree tree, Map<String, GridNode> nodes, TreeEdit.Split e) {
        GridNode original = existing(tree, e.id());
        if (!tree.isLeaf(e.id())) {
            throw error("edit.error.splitInner", e.id());
        }
        Set<String> ids = new HashSet<>();
        for (GridNode part : e.parts()) {
            if (!ids.add(part.id())) {
                throw error("edit.error.splitTwice", e.id(), part.id());
            }
            if (!part.id().equals(e.id()) && tree.contains(part.id())) {
                throw error("edit.error.splitExists", e.id(), part.id());
            }
            if (part.parentId().isPresent() && !part.parentId().equals(original.parentId())) {
                throw error("edit.error.splitParent", e.id(), part.id(), part.parentId().get(),
                        original.parentId().map(Object.class::cast).orElse(MESSAGES.text("edit.none")));
            }
        }
        conserved(e.id(), "households", original.households(), e.parts(), GridNode::households);
        conserved(e.id(), "population", original.population(), e.parts(), GridNode::population);
        nodes.remove(e.id());
        List<String> partIds = new ArrayList<>();
        for (GridNode part : e.parts()) {
            GridNode.Builder b = part.toBuilder();
            original.parentId().ifPresentOrElse(b::parent, b::root);
            nodes.put(part.id(), b.build());
            partIds.add(part.id());
        }
        List<String> added = partIds.stream().filter(id -> !id.equals(e.id())).toList();
        List<String> removed = partIds.contains(e.id()) ? List.of() : List.of(e.id());
        List<String> changed = partIds.contains(e.id()) ? List.of(e.id()) : List.of();
        return new Change(e, added, removed, changed, MESSAGES.text("edit.split", e.id(), String.join(", ", partIds)));
    }

    private static void conserved(String id, String what, OptionalLong whole, List<GridNode> parts,
            Function<GridNode, OptionalLong> figure) {
        long known = parts.stream().filter(p -> figure.apply(p).isPresent()).count();
        if (whole.isEmpty()) {
            if (known > 0) {
                throw error("edit.error.splitNoFigure", id, figure(what));
            }
            return;
        }
        if (known < parts.size()) {
            throw error("edit.error.splitMissing", id, figure(what), whole.getAsLong());
        }
        long sum = parts.stream().mapToLong(p -> figure.apply(p).getAsLong()).sum();
        if (sum != whole.getAsLong()) {
            throw error("edit.error.splitSum", id, figure(what), sum, whole.getAsLong());
        }
    }

    private static Change merge(GridTree tree, Map<String, GridNode> nodes, TreeEdit.Merge e) {
        List<GridNode> merged = new ArrayList<>();
        Set<String> seen = new TreeSet<>();
        for (String id : e.ids()) {
            if (!seen.add(id)) {
                throw error("edit.error.mergeTwice", id);
            }
            merged.add(existing(tree, id));
        }
        Optional<String> parent = merged.get(0).parentId();
        for (GridNode n : merged) {
            if (!n.parentId().equals(parent)) {
                Object none = MESSAGES.text("edit.none");
                throw error("edit.error.mergeSiblings", e.ids(), n.id(), n.parentId().map(Object.class::cast).orElse(none),
                        parent.map(Object.class::cast).orElse(none));
            }
        }
        GridNode into = e.into();
        if (!seen.contains(into.id()) && tree.contains(into.id())) {
            throw error("edit.error.mergeExists", into.id());
        }
        OptionalLong households = sum(e, "households", merged, GridNode::households, into.households());
        OptionalLong population = sum(e, "population", merged, GridNode::population, into.population());
        GridNode.Builder b = into.toBuilder().households(households).population(population);
        parent.ifPresentOrElse(b::parent, b::root);
        List<String> moved = new ArrayList<>();
        for (GridNode n : merged) {
            nodes.remove(n.id());
        }
        nodes.put(into.id(), b.build());
        for (GridNode n : merged) {
            for (GridNode child : tree.children(n.id())) {
                nodes.put(child.id(), child.toBuilder().parent(into.id()).build());
                moved.add(child.id());
            }
        }
        List<String> removed = e.ids().stream().filter(id -> !id.equals(into.id())).toList();
        List<String> added = seen.contains(into.id()) ? List.of() : List.of(into.id());
        List<String> changed = new ArrayList<>();
        if (seen.contains(into.id())) {
            changed.add(into.id());
        }
        changed.addAll(moved);
        return new Change(e, added, removed, changed,
                MESSAGES.text("edit.merge", String.join(", ", e.ids()), into.id()));
    }

    private static OptionalLong sum(TreeEdit.Merge e, String what, List<GridNode> merged,
            Function<GridNode, OptionalLong> figure, OptionalLong declared) {
        long known = merged.stream().filter(n -> figure.apply(n).isPresent()).count();
        if (known == 0) {
            if (declared.isPresent()) {
                throw error("edit.error.mergeDeclaredNone", e.ids(), figure(what), declared.getAsLong());
            }
            return OptionalLong.empty();
        }
        if (known < merged.size()) {
            throw error("edit.error.mergeMixed", e.ids(), figure(what));
        }
        long total = merged.stream().mapToLong(n -> figure.apply(n).getAsLong()).sum();
        if (declared.isPresent() && declared.getAsLong() != total) {
            throw error("edit.error.mergeSum", e.ids(), figure(what), declared.getAsLong(), total);
        }
        return OptionalLong.of(total);
    }
}

package io.gridgov.core.edit;

import static java.util.Objects.requireNonNull;

import io.gridgov.core.tree.GridNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One change to a grid tree (网格调整). A closed family of immutable values; apply one with
 * {@link TreeEdits#apply} or record it in a {@link TreeHistory}. Each edit is checked against the
 * tree it is applied to and rejected with an {@link InvalidEditException} when it does not fit.
 */
public sealed interface TreeEdit permits TreeEdit.Add, TreeEdit.Retire, TreeEdit.Move, TreeEdit.Rename,
        TreeEdit.Recode, TreeEdit.Split, TreeEdit.Merge {

    /**
     * Adds a node (新增). Its id must be new; its parent, if any, must exist.
     *
     * @param node the node
     */
    record Add(GridNode node) implements TreeEdit {
        /** Validates the component. */
        public Add {
            requireNonNull(node, "node");
        }
    }

    /**
     * Retires a node (撤销). A node with children is retired only together with its descendants,
     * and only when {@code withDescendants} says so.
     *
     * @param id the node
     * @param withDescendants whether its descendants go too
     */
    record Retire(String id, boolean withDescendants) implements TreeEdit {
        /** Validates the components. */
        public Retire {
            requireNonNull(id, "id");
        }

        /** {@return the retirement of a leaf} */
        public static Retire leaf(String id) {
            return new Retire(id, false);
        }
    }

    /**
     * Moves a node with its subtree under another parent (调整隶属) at the same level as its old parent.
     *
     * @param id the node
     * @param newParentId the new parent
     */
    record Move(String id, String newParentId) implements TreeEdit {
        /** Validates the components. */
        public Move {
            requireNonNull(id, "id");
            requireNonNull(newParentId, "newParentId");
        }
    }

    /**
     * Renames a node (更名).
     *
     * @param id the node
     * @param name the new name
     */
    record Rename(String id, String name) implements TreeEdit {
        /** Validates the components. */
        public Rename {
            requireNonNull(id, "id");
            requireNonNull(name, "name");
        }
    }

    /**
     * Gives nodes new codes (重新编码), e.g. the result of {@code CodeGenerator}.
     *
     * @param codes node id → new code
     */
    record Recode(Map<String, String> codes) implements TreeEdit {
        /** Validates and copies the component. */
        public Recode {
            codes = Collections.unmodifiableMap(new LinkedHashMap<>(codes));
            if (codes.isEmpty()) {
                throw TreeEdits.error("edit.error.recodeEmpty");
            }
        }

        /** {@return the recoding of one node} */
        public static Recode of(String id, String code) {
            return new Recode(Map.of(requireNonNull(id, "id"), requireNonNull(code, "code")));
        }
    }

    /**
     * Splits a leaf into several (拆分). The parts take the leaf's parent (a part may leave
     * {@code parent} unset); the leaf's households and population are distributed as the parts give
     * them and must be conserved: when the leaf has a figure, every part has one and they sum to it;
     * when it has none, no part has one. One part may reuse the leaf's id.
     *
     * @param id the leaf
     * @param parts at least two new nodes
     */
    record Split(String id, List<GridNode> parts) implements TreeEdit {
        /** Validates and copies the components. */
        public Split {
            requireNonNull(id, "id");
            parts = List.copyOf(parts);
            if (parts.size() < 2) {
                throw TreeEdits.error("edit.error.splitParts", id, parts.size());
            }
        }
    }

    /**
     * Merges sibling nodes into one (合并). The merged node is {@code into} with the siblings' parent;
     * its households and population are the sums of the siblings' (which must be known for all or
     * for none; {@code into} may leave them unset or give exactly the sums); the siblings' children
     * move under it. {@code into}'s id may be one of the siblings' ids.
     *
     * @param ids at least two siblings
     * @param into the merged node: id, name, code, kind, tags, validity, attributes
     */
    record Merge(List<String> ids, GridNode into) implements TreeEdit {
        /** Validates and copies the components. */
        public Merge {
            ids = List.copyOf(ids);
            requireNonNull(into, "into");
            if (ids.size() < 2) {
                throw TreeEdits.error("edit.error.mergeNodes", ids);
            }
        }
    }
}

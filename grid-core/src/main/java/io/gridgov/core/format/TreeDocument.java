package io.gridgov.core.format;

import static java.util.Objects.requireNonNull;

import io.gridgov.core.Finding;
import io.gridgov.core.code.CodeScheme;
import io.gridgov.core.staff.Staffing;
import io.gridgov.core.tree.GridTree;
import io.gridgov.core.tree.LevelScheme;
import io.gridgov.core.tree.LevelSchemes;
import io.gridgov.core.tree.TreeAssembly;
import java.util.List;
import java.util.Optional;

/**
 * A tree file's content: the level scheme, the tree assembled from the file's nodes, the staffing,
 * the findings of assembling the tree (nodes with duplicate ids, unknown parents, cycles — reported,
 * never dropped silently), and the code scheme the file names, if any. Immutable and thread-safe.
 *
 * @param scheme the level scheme
 * @param tree the tree
 * @param staffing the people and assignments
 * @param findings the assembly's findings
 * @param codeScheme the code format named by the file's {@code codeScheme}, if any
 */
public record TreeDocument(LevelScheme scheme, GridTree tree, Staffing staffing, List<Finding> findings,
        Optional<CodeScheme> codeScheme) {

    /** Validates and copies the components. */
    public TreeDocument {
        requireNonNull(scheme, "scheme");
        requireNonNull(tree, "tree");
        requireNonNull(staffing, "staffing");
        findings = List.copyOf(findings);
        requireNonNull(codeScheme, "codeScheme");
    }

    /** {@return a document of a consistent tree, without assembly findings or code scheme} */
    public static TreeDocument of(GridTree tree, Staffing staffing) {
        return new TreeDocument(tree.scheme(), tree, staffing, List.of(), Optional.empty());
    }

    /**
     * {@return whether the scheme is {@linkplain LevelSchemes#generic generic levels}: the file named no
     * scheme and the caller gave none}
     */
    public boolean hasGenericScheme() {
        return scheme.id().equals(LevelSchemes.GENERIC);
    }

    /** {@return the tree with the assembly's findings, as the structural validator takes it} */
    public TreeAssembly assembly() {
        return new TreeAssembly(tree, findings);
    }
}

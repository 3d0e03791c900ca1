package io.gridgov.core.tree;

import io.gridgov.core.Finding;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown by {@link GridTree#of} when the nodes do not form a tree. The findings say which nodes and
 * why; {@link GridTree#assemble} returns the same findings without throwing.
 */
public final class InvalidTreeException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** The findings that prevented the tree, never empty. */
    private final transient List<Finding> findings;

    /**
     * Creates the exception.
     *
     * @param findings what is wrong, not empty
     */
    public InvalidTreeException(List<Finding> findings) {
        super(findings.stream().map(f -> f.rule() + ": " + f.message().en()).collect(Collectors.joining("; ")));
        this.findings = List.copyOf(findings);
    }

    /** {@return the findings that prevented the tree} */
    public List<Finding> findings() {
        return findings;
    }
}

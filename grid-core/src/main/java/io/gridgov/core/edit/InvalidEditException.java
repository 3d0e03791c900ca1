package io.gridgov.core.edit;

/**
 * Thrown when an edit does not fit the tree it is applied to: an unknown node, a split that does not
 * conserve households, a merge of nodes that are not siblings. The message names the nodes and what
 * was expected. The tree is left unchanged (it is immutable).
 */
public final class InvalidEditException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what is wrong, naming the nodes
     */
    public InvalidEditException(String message) {
        super(message);
    }
}

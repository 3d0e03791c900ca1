package io.gridgov.core.edit;

import io.gridgov.core.i18n.LocalizedArgumentException;
import io.gridgov.core.i18n.LocalizedText;

/**
 * Thrown when an edit does not fit the tree it is applied to: an unknown node, a split that does not
 * conserve households, a merge of nodes that are not siblings. The message names the nodes and what
 * was expected, in English ({@link #getMessage()}) and Chinese ({@link #message(java.util.Locale)}). The tree is
 * left unchanged (it is immutable).
 */
public final class InvalidEditException extends LocalizedArgumentException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param text what is wrong, naming the nodes, in both languages
     */
    public InvalidEditException(LocalizedText text) {
        super(text);
    }
}

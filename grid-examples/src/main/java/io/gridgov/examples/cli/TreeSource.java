package io.gridgov.examples.cli;

import io.gridgov.core.format.TreeJson;
import io.gridgov.core.format.TreeDocument;
import java.nio.file.Path;

/**
 * Where the command line gets a grid tree from. The duties commands read their {@code --tree} through
 * {@link #DEFAULT}; switching to another reader is one line.
 */
@FunctionalInterface
public interface TreeSource {

    /** The reader the commands use: grid-core's {@link TreeJson} (format: {@code docs/formats/tree.md}). */
    TreeSource DEFAULT = TreeJson::read;

    /**
     * Reads a tree file: the tree and its staffing.
     *
     * @param file the file
     * @return the document
     * @throws io.gridgov.core.io.InvalidInputException for bad input
     */
    TreeDocument read(Path file);
}

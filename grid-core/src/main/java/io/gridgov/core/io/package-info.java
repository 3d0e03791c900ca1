/**
 * Reading and writing GridGov's files, and the one exception every reader throws for bad input:
 * {@link io.gridgov.core.io.InvalidInputException}, which names file, line, column, record and field.
 *
 * <p>Specification. {@link io.gridgov.core.io.TreeJson} reads and writes the tree format of
 * {@code docs/formats/tree.md} into a {@link io.gridgov.core.io.TreeDocument} (scheme, tree, staffing,
 * assembly findings); {@link io.gridgov.core.io.LevelSchemeJson} reads and writes level schemes;
 * {@link io.gridgov.core.io.NodeProperties} converts the node property names shared with grid-geo's
 * GeoJSON reader. A reader either returns a complete result or throws; it never returns part of an
 * input. Writers write to a temporary file and move it into place. All classes are stateless and
 * thread-safe.
 */
package io.gridgov.core.io;

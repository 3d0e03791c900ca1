/**
 * GridGov's JSON tree format (树文件格式), specified in {@code docs/formats/tree.md}:
 * {@link io.gridgov.core.format.TreeJson} reads and writes it into a
 * {@link io.gridgov.core.format.TreeDocument} (scheme, tree, staffing, assembly findings);
 * {@link io.gridgov.core.format.LevelSchemeJson} reads and writes level schemes;
 * {@link io.gridgov.core.format.NodeProperties} converts the node property names shared with
 * grid-geo's GeoJSON reader.
 *
 * <p>A document spans the tree ({@link io.gridgov.core.tree}), its staffing
 * ({@link io.gridgov.core.staff}) and its code scheme ({@link io.gridgov.core.code}), so this package
 * sits above those three and below nothing in grid-core; it reads with the reader kit of
 * {@link io.gridgov.core.io}. A reader either returns a complete result or throws an
 * {@link io.gridgov.core.io.InvalidInputException} naming file, line, column, record and field; it
 * never returns part of an input. Writers write to a temporary file and move it into place. All public
 * classes are stateless and thread-safe.
 */
package io.gridgov.core.format;

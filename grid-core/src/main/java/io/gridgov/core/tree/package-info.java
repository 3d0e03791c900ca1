/**
 * The N-level grid tree (网格树): {@link io.gridgov.core.tree.LevelScheme level schemes},
 * {@link io.gridgov.core.tree.GridNode nodes} and the immutable {@link io.gridgov.core.tree.GridTree};
 * the presets of {@link io.gridgov.core.tree.LevelSchemes} (urban, rural, S9–S12).
 *
 * <p>Specification. A tree is a forest of nodes with unique ids; each node names at most one parent;
 * levels are numbered from 1 at the top of the scheme and a child is one level below its parent.
 * Children tile their parent in space (无缝覆盖、不遗漏、不交叉) — that is checked by grid-geo; this
 * package knows nothing spatial. All types are immutable values and safe to share between threads.
 */
package io.gridgov.core.tree;

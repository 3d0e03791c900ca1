/**
 * Edits and versions of a grid tree (网格调整与版本): {@link io.gridgov.core.edit.TreeEdit add, retire,
 * move, rename, recode, split, merge}, applied by {@link io.gridgov.core.edit.TreeEdits} and recorded
 * in a {@link io.gridgov.core.edit.TreeHistory}.
 *
 * <p>Specification. Applying an edit never changes the tree it is applied to; it yields a new tree
 * and a {@link io.gridgov.core.edit.Change}. Split and merge conserve households and population
 * (split: the parts sum to the whole; merge: the merged node holds the sum); move, rename and
 * recode leave them untouched; add and retire change the totals by exactly the nodes added or
 * removed. A history's versions are ordered by effective date; {@code asOf(d)} is the last version in
 * force on {@code d}. All types are immutable and thread-safe.
 */
package io.gridgov.core.edit;

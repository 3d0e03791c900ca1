package io.gridgov.spring;

import static java.util.Objects.requireNonNull;

import io.gridgov.core.format.TreeDocument;
import io.gridgov.core.staff.Staffing;
import io.gridgov.core.tree.GridTree;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * One consistent state of the grid (网格快照): the tree with its staffing and the parts loaded beside
 * it (the boundaries, their report and locator). {@link GridGovModel} swaps whole snapshots, so a
 * reader holding one never sees a tree from one file and boundaries from another. Immutable and
 * thread-safe.
 *
 * @param version 1 for the snapshot loaded at start-up, one more for each successful reload
 * @param loadedAt when it was loaded
 * @param document the tree file's content
 * @param parts the parts by type
 */
public record GridSnapshot(long version, Instant loadedAt, TreeDocument document, Map<Class<?>, GridPart> parts) {

    /** Validates and copies. */
    public GridSnapshot {
        requireNonNull(loadedAt, "loadedAt");
        requireNonNull(document, "document");
        parts = Map.copyOf(parts);
    }

    /** {@return the tree} */
    public GridTree tree() {
        return document.tree();
    }

    /** {@return the staffing} */
    public Staffing staffing() {
        return document.staffing();
    }

    /**
     * A part by type.
     *
     * @param <T> the type
     * @param type the part's type, such as {@code GridBoundaries.class}
     * @return the part, or empty when no contributor of that type is configured
     */
    public <T extends GridPart> Optional<T> part(Class<T> type) {
        return Optional.ofNullable(type.cast(parts.get(requireNonNull(type, "type"))));
    }
}

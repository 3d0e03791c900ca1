package io.gridgov.spring;

import io.gridgov.core.format.TreeDocument;

/**
 * Loads a part of every {@link GridSnapshot} from the snapshot's tree (快照加载器): the starter's geo
 * configuration contributes the boundaries this way. Declare a bean of this type to add a part of your
 * own; {@link GridGovModel} calls every contributor at start-up and on each reload, and publishes the
 * new snapshot only when all succeed. Implementations must be thread-safe (a reload may run on any thread).
 *
 * @param <T> the part's type
 */
public interface GridContributor<T extends GridPart> {

    /** {@return the part's type, the key of {@link GridSnapshot#part(Class)}} */
    Class<T> type();

    /**
     * Loads the part.
     *
     * @param document the tree being loaded, with its staffing
     * @return the part
     * @throws io.gridgov.core.io.InvalidInputException when a file is missing or bad
     */
    T load(TreeDocument document);
}

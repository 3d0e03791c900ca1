package io.gridgov.spring;

import static java.util.Objects.requireNonNull;

import io.gridgov.core.format.TreeDocument;
import io.gridgov.core.staff.Staffing;
import io.gridgov.core.tree.GridTree;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The application's grid (网格模型): the current {@link GridSnapshot} — tree, staffing, boundaries with
 * their validation report and locator — loaded from the {@code gridgov.*} files at start-up and again
 * on {@link #reload()}. A reload reads and checks everything first and then swaps the whole snapshot
 * at once (an {@link AtomicReference}), so readers never see half a tree; a reload that fails leaves
 * the current snapshot in place and throws the reader's located error.
 *
 * <p>Read {@link #current()} once per request and use that snapshot throughout. Thread-safe: any number
 * of readers, reloads one at a time.
 */
public final class GridGovModel {

    private static final Logger LOG = LoggerFactory.getLogger(GridGovModel.class);

    private final Supplier<TreeDocument> trees;
    private final List<GridContributor<?>> contributors;
    private final Clock clock;
    private final AtomicReference<GridSnapshot> current = new AtomicReference<>();
    private final List<Consumer<GridSnapshot>> listeners = new CopyOnWriteArrayList<>();

    /**
     * Creates the model and loads the first snapshot.
     *
     * @param trees reads the tree file (called at start-up and on each reload)
     * @param contributors load the parts beside the tree, in order
     * @throws io.gridgov.core.io.InvalidInputException when a file is missing or bad
     */
    public GridGovModel(Supplier<TreeDocument> trees, List<? extends GridContributor<?>> contributors) {
        this(trees, contributors, Clock.systemUTC());
    }

    GridGovModel(Supplier<TreeDocument> trees, List<? extends GridContributor<?>> contributors, Clock clock) {
        this.trees = requireNonNull(trees, "trees");
        this.contributors = List.copyOf(contributors);
        this.clock = requireNonNull(clock, "clock");
        current.set(load(1));
    }

    /** {@return the current snapshot} */
    public GridSnapshot current() {
        return current.get();
    }

    /** {@return the current tree (a shortcut for {@code current().tree()})} */
    public GridTree tree() {
        return current().tree();
    }

    /** {@return the current staffing} */
    public Staffing staffing() {
        return current().staffing();
    }

    /**
     * Reads the tree and every part again and publishes them as the next snapshot.
     *
     * @return the new snapshot
     * @throws io.gridgov.core.io.InvalidInputException when a file is missing or bad; the current
     *         snapshot stays
     */
    public synchronized GridSnapshot reload() {
        GridSnapshot next = load(current.get().version() + 1);
        current.set(next);
        LOG.info("gridgov: reloaded the grid, version {} ({} nodes)", next.version(), next.tree().size());
        listeners.forEach(l -> l.accept(next));
        return next;
    }

    /**
     * Calls a listener after each successful reload (to drop caches built on the previous snapshot).
     *
     * @param listener the listener, called on the reloading thread
     */
    public void onReload(Consumer<GridSnapshot> listener) {
        listeners.add(requireNonNull(listener, "listener"));
    }

    private GridSnapshot load(long version) {
        TreeDocument document = requireNonNull(trees.get(), "tree");
        Map<Class<?>, GridPart> parts = new HashMap<>();
        for (GridContributor<?> c : contributors) {
            parts.put(c.type(), requireNonNull(c.load(document), "part"));
        }
        return new GridSnapshot(version, clock.instant(), document, parts);
    }
}

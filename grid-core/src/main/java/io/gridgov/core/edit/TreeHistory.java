package io.gridgov.core.edit;

import static java.util.Objects.requireNonNull;

import io.gridgov.core.tree.GridTree;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The versions of a grid tree over time (网格调整历史; MapIt calls them generations): each edit,
 * applied from a date, yields a new version with its {@link Change}; earlier versions never change.
 * {@link #asOf(LocalDate)} answers which tree was in force on a day, so last month's assessment
 * uses last month's tree.
 *
 * <pre>{@code
 * TreeHistory history = TreeHistory.start(tree, LocalDate.of(2026, 1, 1))
 *         .apply(new TreeEdit.Move("g-007", "c-02"), LocalDate.of(2026, 10, 1));
 * history.asOf(LocalDate.of(2026, 9, 30));  // the tree before the move
 * }</pre>
 *
 * <p>Immutable and thread-safe: {@link #apply} returns a new history.
 */
public final class TreeHistory {

    private final List<TreeVersion> versions;

    private TreeHistory(List<TreeVersion> versions) {
        this.versions = List.copyOf(versions);
    }

    /** {@return a history whose first version has always been in force} */
    public static TreeHistory start(GridTree tree) {
        return new TreeHistory(List.of(new TreeVersion(1, Optional.empty(), requireNonNull(tree, "tree"),
                Optional.empty())));
    }

    /** {@return a history whose first version is in force from {@code from}} */
    public static TreeHistory start(GridTree tree, LocalDate from) {
        return new TreeHistory(List.of(new TreeVersion(1, Optional.of(requireNonNull(from, "from")),
                requireNonNull(tree, "tree"), Optional.empty())));
    }

    /**
     * Applies an edit to the current version, in force from a date.
     *
     * @param edit the edit
     * @param effectiveFrom the first day of the new version; not before the current version's
     * @return the history with one more version
     * @throws InvalidEditException when the edit does not fit the current tree
     * @throws InvalidEditException (an {@code IllegalArgumentException}) also when the date is before the
     *         current version's
     */
    public TreeHistory apply(TreeEdit edit, LocalDate effectiveFrom) {
        requireNonNull(edit, "edit");
        requireNonNull(effectiveFrom, "effectiveFrom");
        TreeVersion current = current();
        current.effectiveFrom().ifPresent(d -> {
            if (effectiveFrom.isBefore(d)) {
                throw TreeEdits.error("edit.error.before", effectiveFrom, current.number(), d);
            }
        });
        Edited edited = TreeEdits.apply(current.tree(), edit);
        List<TreeVersion> next = new ArrayList<>(versions);
        next.add(new TreeVersion(current.number() + 1, Optional.of(effectiveFrom), edited.tree(),
                Optional.of(edited.change())));
        return new TreeHistory(next);
    }

    /** {@return the latest version} */
    public TreeVersion current() {
        return versions.get(versions.size() - 1);
    }

    /** {@return every version, oldest first} */
    public List<TreeVersion> versions() {
        return versions;
    }

    /**
     * The version in force on a day: the last one whose effective date is on or before it (of several
     * on the same day, the last).
     *
     * @param date the day
     * @return the version, or empty before the first version took effect
     */
    public Optional<TreeVersion> versionAsOf(LocalDate date) {
        requireNonNull(date, "date");
        for (int i = versions.size() - 1; i >= 0; i--) {
            TreeVersion v = versions.get(i);
            if (v.effectiveFrom().map(d -> !d.isAfter(date)).orElse(true)) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }

    /**
     * The tree in force on a day: the version's tree restricted to the nodes valid that day.
     *
     * @param date the day
     * @return the tree, or empty before the first version took effect
     */
    public Optional<GridTree> asOf(LocalDate date) {
        return versionAsOf(date).map(v -> v.tree().asOf(date));
    }

    /** {@return the changes, oldest first} */
    public List<Change> changes() {
        return versions.stream().flatMap(v -> v.change().stream()).toList();
    }
}

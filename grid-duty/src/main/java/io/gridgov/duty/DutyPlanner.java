package io.gridgov.duty;

import io.gridgov.core.Arguments;
import io.gridgov.core.calendar.WorkCalendar;
import static java.util.Objects.requireNonNull;

import io.gridgov.core.staff.Staffing;
import io.gridgov.core.tree.GridTree;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Expands the templates bound to each grid of a tree into {@link Obligation obligations} over a date
 * range (履职计划). An obligation is in the plan for {@code [from, to)} when its window's last day
 * (its due day) lies in the range, so the plan of {@code [a, c)} is the plan of {@code [a, b)}
 * followed by that of {@code [b, c)}, and a window may start before {@code from}. The plan is a
 * lazy stream, grid by grid in tree pre-order: a city-size plan never sits in memory.
 *
 * <p>With {@link Builder#staffing staffing}, each holder of the duty's role on the window's first
 * day gets an obligation of their own; a vacant post, or no staffing, gives one obligation for the
 * role. Targets per grid: the node attributes {@code households.<category>} (S9's {@code key},
 * {@code ordinary}, …; {@code all} falls back to the node's households; {@code ordinary} to
 * households minus {@code households.key}), {@code units.<kind>} (a dedicated grid of that kind
 * counts as one), child grids, and workers of child grids (attribute {@code subordinates.workers},
 * else staffing, else one per child grid). A scope that counts no target yields no obligation.
 *
 * <pre>{@code
 * try (Stream<Obligation> plan = DutyPlanner.plan(tree, catalog,
 *         LocalDate.of(2026, 11, 1), LocalDate.of(2026, 12, 1))) {
 *     plan.forEach(System.out::println);
 * }
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe; each call of {@link #plan(LocalDate, LocalDate)}
 * gives a new stream.
 */
public final class DutyPlanner {

    private final Expander expander;
    private final int parallelism;

    private DutyPlanner(Builder b) {
        this.expander = new Expander(b.tree, b.catalog, b.calendar, b.staffing);
        this.parallelism = b.parallelism;
    }

    /**
     * Plans with the default calendar and no staffing.
     *
     * @param tree the grid tree
     * @param catalog the templates
     * @param from the first day
     * @param to the day after the last day
     * @return the obligations due in the range, lazily
     */
    public static Stream<Obligation> plan(GridTree tree, DutyCatalog catalog, LocalDate from, LocalDate to) {
        return builder(tree, catalog).build().plan(from, to);
    }

    /**
     * The obligations due in {@code [from, to)}.
     *
     * @param from the first day
     * @param to the day after the last day, after {@code from}
     * @return the obligations, lazily
     */
    public Stream<Obligation> plan(LocalDate from, LocalDate to) {
        checkRange(from, to);
        return expander.plan(from, to).map(Expander.Planned::obligation);
    }

    /** {@return the obligations due in {@code [from, to)} as an iterator} */
    public Iterator<Obligation> iterator(LocalDate from, LocalDate to) {
        return plan(from, to).iterator();
    }

    /** {@return a compliance checker sharing this planner's tree, templates, calendar and staffing} */
    public ComplianceChecker checker() {
        return new ComplianceChecker(expander, parallelism);
    }

    static void checkRange(LocalDate from, LocalDate to) {
        requireNonNull(from, "from");
        requireNonNull(to, "to");
        if (!from.isBefore(to)) {
            throw InvalidDutyException.of("value.emptyRange", from.toString(), to.toString());
        }
    }

    /** {@return a builder} */
    public static Builder builder(GridTree tree, DutyCatalog catalog) {
        return new Builder(tree, catalog);
    }

    /** Builds a {@link DutyPlanner}. Not thread-safe. */
    public static final class Builder {
        private final GridTree tree;
        private final DutyCatalog catalog;
        private WorkCalendar calendar = WorkCalendar.DEFAULT;
        private Optional<Staffing> staffing = Optional.empty();
        private int parallelism = Math.max(1, Math.min(8, Runtime.getRuntime().availableProcessors()));

        private Builder(GridTree tree, DutyCatalog catalog) {
            this.tree = requireNonNull(tree, "tree");
            this.catalog = requireNonNull(catalog, "catalog");
        }

        /** Sets the work calendar (default Monday–Friday). @return this builder */
        public Builder calendar(WorkCalendar calendar) {
            this.calendar = requireNonNull(calendar, "calendar");
            return this;
        }

        /** Assigns obligations to the people holding each role. @return this builder */
        public Builder staffing(Staffing staffing) {
            this.staffing = Optional.of(requireNonNull(staffing, "staffing"));
            return this;
        }

        /**
         * Sets how many threads a compliance check of 50,000 records or more may use (common fork-join
         * pool); default the number of processors, at most 8. The result does not depend on it.
         *
         * @param threads at least 1; 1 checks on the calling thread only
         * @return this builder
         */
        public Builder parallelism(int threads) {
            this.parallelism = Arguments.atLeast(threads, 1, "parallelism");
            return this;
        }

        /** {@return the planner} */
        public DutyPlanner build() {
            return new DutyPlanner(this);
        }
    }
}

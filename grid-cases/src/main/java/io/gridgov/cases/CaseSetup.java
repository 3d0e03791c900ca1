package io.gridgov.cases;

import static java.util.Objects.requireNonNull;

import io.gridgov.core.calendar.WorkCalendar;
import io.gridgov.core.staff.Staffing;
import io.gridgov.core.tree.GridNode;
import io.gridgov.core.tree.GridTree;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * What a replay needs besides the events: the categories and their limits, the work calendar, the grid
 * tree and its staffing (who is responsible, escalation along the parents, roll-ups), a
 * {@link PointLocator} for reports that carry a point, and how long a finished case is kept so that it
 * can still be reopened ({@linkplain Builder#reopenWindow default} 30 days). Immutable and thread-safe
 * when its locator is.
 *
 * <pre>{@code
 * CaseSetup setup = CaseSetup.builder().categories(CaseCategories.presets()).calendar(calendar)
 *         .tree(tree).staffing(staffing).locator((lon, lat) -> gridLocator.locate(lon, lat).map(GridNode::id)).build();
 * }</pre>
 *
 * @param categories the categories
 * @param calendar the work calendar
 * @param tree the grid tree, if any (without one, cases have no roll-up and no escalation path)
 * @param staffing who holds which role in which grid
 * @param locator locates points to grids
 * @param reopenWindow how long a closed, cancelled or rejected case is kept after it ended
 */
public record CaseSetup(CaseCategories categories, WorkCalendar calendar, Optional<GridTree> tree, Staffing staffing,
        PointLocator locator, Duration reopenWindow) {

    /** Validates the components. */
    public CaseSetup {
        requireNonNull(categories, "categories");
        requireNonNull(calendar, "calendar");
        requireNonNull(tree, "tree");
        requireNonNull(staffing, "staffing");
        requireNonNull(locator, "locator");
        requireNonNull(reopenWindow, "reopenWindow");
        if (reopenWindow.isNegative()) {
            throw new IllegalArgumentException("reopenWindow must not be negative");
        }
    }

    /** {@return a builder: preset categories, the default calendar, no tree, no staffing, no locator, 30 days to reopen} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return the ids from the root down to {@code grid}, or just the grid when there is no tree or it is not in it} */
    List<String> path(String grid) {
        if (tree.isPresent() && tree.get().contains(grid)) {
            // a loop, not a stream: a replay asks this once per grid from its hottest method, which the JIT then
            // compiles with whatever this inlines
            List<GridNode> nodes = tree.get().path(grid);
            String[] ids = new String[nodes.size()];
            for (int i = 0; i < ids.length; i++) {
                ids[i] = nodes.get(i).id();
            }
            return List.of(ids);
        }
        return List.of(grid);
    }

    /** Builds a {@link CaseSetup}. Not thread-safe. */
    public static final class Builder {
        private CaseCategories categories;
        private WorkCalendar calendar = WorkCalendar.DEFAULT;
        private GridTree tree;
        private Staffing staffing = Staffing.empty();
        private PointLocator locator = PointLocator.NONE;
        private Duration reopenWindow = Duration.ofDays(30);

        private Builder() {
        }

        /** Sets the categories (default: the presets). @return this builder */
        public Builder categories(CaseCategories categories) {
            this.categories = requireNonNull(categories, "categories");
            return this;
        }

        /** Sets the work calendar (default {@link WorkCalendar#DEFAULT}). @return this builder */
        public Builder calendar(WorkCalendar calendar) {
            this.calendar = requireNonNull(calendar, "calendar");
            return this;
        }

        /** Sets the grid tree. @return this builder */
        public Builder tree(GridTree tree) {
            this.tree = requireNonNull(tree, "tree");
            return this;
        }

        /** Sets the staffing. @return this builder */
        public Builder staffing(Staffing staffing) {
            this.staffing = requireNonNull(staffing, "staffing");
            return this;
        }

        /** Sets the point locator. @return this builder */
        public Builder locator(PointLocator locator) {
            this.locator = requireNonNull(locator, "locator");
            return this;
        }

        /** Sets how long a finished case is kept to be reopened (default 30 days). @return this builder */
        public Builder reopenWindow(Duration window) {
            this.reopenWindow = requireNonNull(window, "window");
            return this;
        }

        /** {@return the setup} */
        public CaseSetup build() {
            return new CaseSetup(categories == null ? CaseCategories.presets() : categories, calendar,
                    Optional.ofNullable(tree), staffing, locator, reopenWindow);
        }
    }
}

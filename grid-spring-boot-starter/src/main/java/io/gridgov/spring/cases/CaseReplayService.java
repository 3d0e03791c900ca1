package io.gridgov.spring.cases;

import static java.util.Objects.requireNonNull;

import io.gridgov.cases.CaseCategories;
import io.gridgov.cases.CaseEvent;
import io.gridgov.cases.CaseReplay;
import io.gridgov.cases.CaseReport;
import io.gridgov.cases.CaseSetup;
import io.gridgov.cases.PointLocator;
import io.gridgov.core.calendar.WorkCalendar;
import io.gridgov.spring.GridGovMetrics;
import io.gridgov.spring.GridGovModel;
import io.gridgov.spring.GridSnapshot;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;

/**
 * Replays case events (案件重放) on the configured categories and work calendar and the current
 * snapshot's tree and staffing (escalation up the tree, the three lists), locating cases reported as
 * points when boundaries are configured; counts the replayed cases in {@code gridgov.cases.replayed}.
 * Thread-safe: each call builds its own replay on one snapshot.
 */
public final class CaseReplayService {

    private final CaseCategories categories;
    private final WorkCalendar calendar;
    private final Optional<GridGovModel> model;
    private final PointLocator locator;
    private final GridGovMetrics metrics;

    /**
     * Creates the service.
     *
     * @param categories the case categories
     * @param calendar the work calendar
     * @param model the grid model, if a tree is configured
     * @param locator locates cases reported as points ({@link PointLocator#NONE} without boundaries)
     * @param metrics where replayed cases are counted
     */
    public CaseReplayService(CaseCategories categories, WorkCalendar calendar, Optional<GridGovModel> model,
            PointLocator locator, GridGovMetrics metrics) {
        this.categories = requireNonNull(categories, "categories");
        this.calendar = requireNonNull(calendar, "calendar");
        this.model = requireNonNull(model, "model");
        this.locator = requireNonNull(locator, "locator");
        this.metrics = requireNonNull(metrics, "metrics");
    }

    /** {@return the setup of a replay on the current snapshot} */
    public CaseSetup setup() {
        CaseSetup.Builder b = CaseSetup.builder().categories(categories).calendar(calendar).locator(locator);
        model.map(GridGovModel::current).ifPresent((GridSnapshot now) -> b.tree(now.tree()).staffing(now.staffing()));
        return b.build();
    }

    /**
     * Replays events.
     *
     * @param events the events, in any order
     * @param asOf the moment the report describes
     * @return the report: open cases, lists, findings
     */
    public CaseReport replay(Collection<? extends CaseEvent> events, Instant asOf) {
        return replay(CaseReplay.builder(setup()).asOf(asOf), events);
    }

    /**
     * Replays events with a configured replay (a period for statistics, history).
     *
     * @param replay the replay's builder, made from {@link #setup()}
     * @param events the events
     * @return the report
     */
    public CaseReport replay(CaseReplay.Builder replay, Collection<? extends CaseEvent> events) {
        CaseReplay r = replay.build();
        r.acceptAll(events);
        CaseReport report = r.finish();
        metrics.replayed(report.cases());
        return report;
    }
}

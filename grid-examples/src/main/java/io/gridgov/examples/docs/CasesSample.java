package io.gridgov.examples.docs;

import io.gridgov.cases.CaseCategories;
import io.gridgov.cases.CaseCounts;
import io.gridgov.cases.CaseEvents;
import io.gridgov.cases.CaseLists;
import io.gridgov.cases.CaseReplay;
import io.gridgov.cases.CaseReport;
import io.gridgov.cases.CaseSetup;
import io.gridgov.cases.CaseView;
import io.gridgov.core.calendar.WorkCalendar;
import io.gridgov.core.format.TreeDocument;
import io.gridgov.geo.locate.GridLocator;
import io.gridgov.geo.locate.Location;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** The Java sample of {@code docs/formats/cases.md}: replay a month of events, lists of a street, statistics. */
public final class CasesSample {

    private CasesSample() {
    }

    /**
     * Runs the sample.
     *
     * @param doc the tree with its staffing
     * @param locator the point locator of grid-geo
     * @param events the events file
     * @param street the street whose lists are printed
     * @return what it prints
     */
    public static List<String> run(TreeDocument doc, GridLocator locator, Path events, String street) {
        List<String> out = new ArrayList<>();
        // tag::cases[]
        CaseSetup setup = CaseSetup.builder().categories(CaseCategories.presets())
                .calendar(WorkCalendar.DEFAULT).tree(doc.tree()).staffing(doc.staffing())
                .locator((lon, lat) -> locator.locate(lon, lat).map(Location::gridId))   // grid-geo plugs in here
                .build();
        ZoneId zone = setup.calendar().zone();
        Instant from = LocalDate.of(2026, 11, 1).atStartOfDay(zone).toInstant();
        Instant to = LocalDate.of(2026, 12, 1).atStartOfDay(zone).toInstant();

        CaseReplay replay = CaseReplay.builder(setup).period(from, to).history(from).build();
        CaseEvents.read(events, setup.categories(), zone, replay::accept);   // streamed, sorted by time
        CaseReport report = replay.finish();                                 // as of the end of the month

        CaseLists lists = report.lists(street);
        for (CaseView v : lists.supervision()) {                             // 督办清单, by deadline
            out.add(v.id() + " " + v.responsible() + " overdue=" + v.overdue() + " escalations=" + v.escalations().size());
        }
        CaseCounts c = report.statistics().orElseThrow().node(street).orElseThrow();
        out.add("due " + c.due() + ", on time " + c.onTime() + ", open overdue " + c.overdueOpen()
                + ", on-time rate " + c.onTimeRate().map(Object::toString).orElse("-"));
        // end::cases[]
        return out;
    }
}

package io.gridgov.cases;

import io.gridgov.core.calendar.WorkCalendar;
import io.gridgov.core.staff.Assignment;
import io.gridgov.core.staff.Person;
import io.gridgov.core.staff.Role;
import io.gridgov.core.staff.Staffing;
import io.gridgov.core.tree.GridNode;
import io.gridgov.core.tree.GridTree;
import io.gridgov.core.tree.Level;
import io.gridgov.core.tree.LevelScheme;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** A small city and event helpers for the case tests. */
final class Cases {

    /** district d1 → streets s1, s2 → communities c1 (s1), c2 (s2) → grids g1, g2 (c1), g3 (c2). */
    static final GridTree TREE = GridTree.of(
            LevelScheme.of("test", Level.builder("district").build(), Level.builder("street").build(),
                    Level.builder("community").build(), Level.builder("grid").build()),
            List.of(GridNode.builder("d1").level("district").build(),
                    GridNode.builder("s1").level("street").parent("d1").build(),
                    GridNode.builder("s2").level("street").parent("d1").build(),
                    GridNode.builder("c1").level("community").parent("s1").build(),
                    GridNode.builder("c2").level("community").parent("s2").build(),
                    GridNode.builder("g1").level("grid").parent("c1").households(300).build(),
                    GridNode.builder("g2").level("grid").parent("c1").households(300).build(),
                    GridNode.builder("g3").level("grid").parent("c2").households(300).build()));

    static final Staffing STAFF = Staffing.builder()
            .person(Person.of("p-g1", "王芳")).person(Person.of("p-c1", "李强"))
            .assign(Assignment.of("p-g1", "worker", "g1")).assign(Assignment.of("p-c1", "leader", "c1"))
            .build();

    static final CaseSetup SETUP = CaseSetup.builder().categories(CaseCategories.presets())
            .calendar(WorkCalendar.DEFAULT).tree(TREE).staffing(STAFF)
            .locator((lon, lat) -> lon < 106.71 ? Optional.of("g1") : lon < 106.72 ? Optional.of("g2") : Optional.empty())
            .build();

    static final String GARBAGE = "sanitation.exposed-garbage";
    static final String MANHOLE = "municipal.manhole-cover";

    private Cases() {
    }

    /** {@return an instant on China's clock: "2026-11-02T09:15"} */
    static Instant t(String local) {
        return OffsetDateTime.parse(local + ":00+08:00").toInstant();
    }

    static CaseEvent.Reported reported(String id, String at, String category, String grid, long line) {
        return new CaseEvent.Reported(id, t(at), line, Optional.empty(), category, "worker", Optional.of(grid),
                Optional.empty());
    }

    static CaseEvent.Reported reported(String id, String at, String category, String grid, String source, long line) {
        return new CaseEvent.Reported(id, t(at), line, Optional.empty(), category, source, Optional.of(grid),
                Optional.empty());
    }

    static CaseEvent.Dispatched dispatched(String id, String at, String to, long line) {
        return new CaseEvent.Dispatched(id, t(at), line, Optional.empty(), to);
    }

    static CaseEvent.Handled handled(String id, String at, long line) {
        return new CaseEvent.Handled(id, t(at), line, Optional.empty());
    }

    static CaseEvent.Verified verified(String id, String at, boolean pass, long line) {
        return new CaseEvent.Verified(id, t(at), line, Optional.empty(), pass);
    }

    static CaseEvent.Closed closed(String id, String at, long line) {
        return new CaseEvent.Closed(id, t(at), line, Optional.empty());
    }

    static CaseEvent.Postponed postponedDays(String id, String at, int days, long line) {
        return new CaseEvent.Postponed(id, t(at), line, Optional.of("leader"), Optional.empty(), OptionalInt.of(days));
    }

    static CaseEvent.Supervised supervised(String id, String at, long line) {
        return new CaseEvent.Supervised(id, t(at), line, Optional.of("efficiency-office"));
    }

    static CaseEvent.Reopened reopened(String id, String at, long line) {
        return new CaseEvent.Reopened(id, t(at), line, Optional.empty(), Optional.empty());
    }
}

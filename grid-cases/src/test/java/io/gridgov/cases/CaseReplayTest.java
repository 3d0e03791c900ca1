package io.gridgov.cases;

import io.gridgov.core.Finding;
import static io.gridgov.cases.Cases.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class CaseReplayTest {

    @Test
    void aCaseHandledInTimeIsOnTimeAndClosed() {
        List<CaseEvent> events = List.of(
                reported("C-1", "2026-11-02T09:15", GARBAGE, "g1", 1),
                dispatched("C-1", "2026-11-02T09:40", "sanitation", 2),
                handled("C-1", "2026-11-02T14:00", 3),
                verified("C-1", "2026-11-02T15:00", true, 4),
                closed("C-1", "2026-11-02T15:10", 5));
        CaseReplay r = CaseReplay.builder(SETUP).period(t("2026-11-01T00:00"), t("2026-12-01T00:00")).build();
        r.acceptAll(events);
        CaseReport report = r.finish();

        assertThat(report.findings()).isEmpty();
        CaseCounts g1 = report.statistics().orElseThrow().byGrid().get("g1");
        // 09:40 + 4 working hours: 2 h 20 min to noon, 1 h 40 min after 13:00 → 14:40
        assertThat(g1.due()).isEqualTo(1);
        assertThat(g1.onTime()).isEqualTo(1);
        assertThat(g1.closed()).isEqualTo(1);
        assertThat(g1.reworked()).isZero();
        assertThat(report.statistics().get().node("d1").orElseThrow().onTime()).isEqualTo(1);
        assertThat(report.statistics().get().byDepartment().get("sanitation").reported()).isEqualTo(1);
    }

    @Test
    void theDeadlineRunsFromTheFirstDispatchOnWorkingTimeAndRedispatchDoesNotRestartIt() {
        CaseView v = c1("2026-11-09T10:00",
                reported("C-1", "2026-11-06T17:00", GARBAGE, "g1", 1),      // a Friday
                dispatched("C-1", "2026-11-06T17:30", "sanitation", 2),
                dispatched("C-1", "2026-11-09T09:30", "c1", 3));            // 转派 on Monday
        // 30 minutes on Friday, 3 h 30 min on Monday → Monday 12:30 is lunch, so 13:30
        assertThat(v.deadline()).contains(t("2026-11-09T13:30"));
        assertThat(v.responsible().id()).isEqualTo("c1");
        assertThat(v.responsible().kind()).isEqualTo(ResponsibleUnit.Kind.NODE);
        assertThat(v.responsible().staff()).containsExactly("p-c1");
        assertThat(v.minutesLeft()).hasValue(150);   // 10:00 → 12:00, 13:00 → 13:30
        assertThat(v.overdue()).isFalse();
    }

    @Test
    void anApprovedPostponementMovesTheDeadlineByWorkingDays() {
        CaseView v = c1("2026-11-02T11:00",
                reported("C-1", "2026-11-02T09:00", GARBAGE, "g1", 1),
                dispatched("C-1", "2026-11-02T09:00", "sanitation", 2),
                postponedDays("C-1", "2026-11-02T10:00", 2, 3));
        assertThat(v.state().status()).isEqualTo(CaseStatus.POSTPONED);
        assertThat(v.deadline()).contains(t("2026-11-04T14:00"));   // 09:00 + 4 h = 14:00, + 2 working days
    }

    @Test
    void aCaseNeverDispatchedHasNoDeadlineAndIsNeverDue() {
        CaseReplay r = CaseReplay.builder(SETUP).period(t("2026-11-01T00:00"), t("2026-12-01T00:00")).build();
        r.acceptAll(List.of(reported("C-1", "2026-11-02T09:00", GARBAGE, "g1", 1), closed("C-1", "2026-11-02T09:05", 2)));
        CaseReport report = r.finish();
        assertThat(report.findings()).isEmpty();
        CaseCounts c = report.statistics().orElseThrow().total();
        assertThat(c.reported()).isEqualTo(1);
        assertThat(c.closed()).isEqualTo(1);
        assertThat(c.due()).isZero();
    }

    @Test
    void invalidEventsAreFindingsWithTheirLineInBothLanguagesAndTheRestStillCounts() {
        CaseReport report = CaseReplay.replay(SETUP, List.of(
                reported("C-1", "2026-11-02T09:00", GARBAGE, "g1", 1),
                handled("C-1", "2026-11-02T09:10", 2),                       // before dispatch
                dispatched("C-1", "2026-11-02T09:20", "sanitation", 3),
                handled("C-9", "2026-11-02T09:30", 4),                       // unknown case
                handled("C-1", "2026-11-02T10:00", 5),
                verified("C-1", "2026-11-02T10:30", true, 6),
                closed("C-1", "2026-11-02T10:40", 7),
                dispatched("C-1", "2026-11-02T11:00", "c1", 8)),             // after closed
                t("2026-11-03T00:00"));
        assertThat(report.findings()).extracting(Finding::ruleId)
                .containsExactly("HANDLED_BEFORE_DISPATCHED", "UNKNOWN_CASE", "AFTER_END");
        Finding first = report.findings().get(0);
        assertThat(first.location().orElseThrow().line()).hasValue(2);
        assertThat(first.message(Locale.ENGLISH)).contains("C-1", "handled before it was dispatched");
        assertThat(first.message(Locale.SIMPLIFIED_CHINESE)).contains("未派遣即处置完成");
        assertThat(report.isValid()).isFalse();
        assertThat(report.history()).isEmpty();
        assertThat(report.open()).isEmpty();
    }

    @Test
    void timeGoingBackwardsWithinACaseIsAFinding() {
        CaseReplay r = CaseReplay.builder(SETUP).build();
        r.accept(reported("C-1", "2026-11-02T09:00", GARBAGE, "g1", 1));
        r.accept(dispatched("C-1", "2026-11-02T10:00", "sanitation", 2));
        r.accept(handled("C-1", "2026-11-02T09:30", 3));
        assertThat(r.finish().findings()).extracting(Finding::ruleId).containsExactly("TIME_BACKWARDS");
    }

    @Test
    void aTimeTheReplayCannotHoldIsAFindingAndTheCaseGoesOnExactly() {
        // the live state keeps whole microseconds: a nanosecond time would be rounded, so it is refused
        CaseReplay r = CaseReplay.builder(SETUP).build();
        r.accept(reported("C-1", "2026-11-02T09:00", GARBAGE, "g1", 1));
        Instant odd = t("2026-11-02T10:00").plusNanos(1);
        r.accept(new CaseEvent.Dispatched("C-1", odd, 2, Optional.empty(), "sanitation"));
        Instant fine = t("2026-11-02T10:00").plusNanos(123_000);
        r.accept(new CaseEvent.Dispatched("C-1", fine, 3, Optional.empty(), "sanitation"));
        CaseReport report = r.finish();
        assertThat(report.findings()).extracting(Finding::ruleId).containsExactly("TIME_RANGE");
        assertThat(report.findings().get(0).message().en()).contains("C-1", "dispatched", "microseconds");
        assertThat(report.findings().get(0).message().zh()).contains("C-1", "微秒");
        CaseState s = report.open().get(0).state();
        assertThat(s.firstDispatchedAt()).contains(fine);
        assertThat(s.lastEventAt()).isEqualTo(fine);
    }

    @Test
    void aCaseNotHandledGoesUpOneLevelPerPeriodUpToTheRoot() {
        // manhole cover: escalate after 4 working hours
        CaseView v = c1("2026-11-06T18:00",
                reported("C-1", "2026-11-02T09:00", MANHOLE, "g1", 1),
                dispatched("C-1", "2026-11-02T09:10", "municipal", 2));
        assertThat(v.escalations()).extracting(CaseEscalation::from).containsExactly("g1", "c1", "s1");
        assertThat(v.escalations()).extracting(CaseEscalation::to).containsExactly("c1", "s1", "d1");
        assertThat(v.escalations()).extracting(CaseEscalation::at)
                .containsExactly(t("2026-11-02T14:00"), t("2026-11-02T18:00"), t("2026-11-03T14:00"));
        assertThat(v.escalations().get(0).reason().zh()).contains("未处置");
        assertThat(v.responsible().id()).isEqualTo("d1");
        assertThat(v.overdue()).isTrue();
        assertThat(v.needsSupervision()).isTrue();
    }

    @Test
    void aHandledCaseIsNotEscalatedFurther() {
        CaseView v = c1("2026-11-06T18:00",
                reported("C-1", "2026-11-02T09:00", MANHOLE, "g1", 1),
                dispatched("C-1", "2026-11-02T09:10", "municipal", 2),
                handled("C-1", "2026-11-02T15:00", 3));
        assertThat(v.escalations()).extracting(CaseEscalation::to).containsExactly("c1");
    }

    @Test
    void theThreeListsOfAStreetHoldItsOpenCasesByDeadlineAndItsStruckOffHistory() {
        CaseReplay r = CaseReplay.builder(SETUP).asOf(t("2026-11-03T12:00")).history(t("2026-11-01T00:00")).build();
        r.acceptAll(List.of(
                reported("A", "2026-11-02T09:00", GARBAGE, "g1", 1),
                reported("B", "2026-11-02T09:05", "municipal.road-damage", "g2", 2),
                dispatched("B", "2026-11-02T09:10", "municipal", 3),
                reported("C", "2026-11-02T09:20", GARBAGE, "g2", 4),
                dispatched("C", "2026-11-02T09:30", "sanitation", 5),
                reported("D", "2026-11-02T09:40", GARBAGE, "g3", 6),
                reported("E", "2026-11-02T09:50", GARBAGE, "g1", 7),
                closed("E", "2026-11-02T09:55", 8),
                supervised("A", "2026-11-02T11:00", 9)));
        CaseLists lists = r.finish().lists("s1");
        assertThat(lists.problems()).extracting(CaseView::id).containsExactly("C", "B", "A");
        assertThat(lists.assigned()).extracting(CaseView::id).containsExactly("C", "B");
        assertThat(lists.supervision()).extracting(CaseView::id).containsExactly("C", "A");   // C overdue, A supervised
        assertThat(lists.struckOff()).extracting(CaseView::id).containsExactly("E");
    }

    @Test
    void reworkAndReopening() {
        CaseReplay r = CaseReplay.builder(SETUP).period(t("2026-11-01T00:00"), t("2026-12-01T00:00")).build();
        r.acceptAll(List.of(
                reported("C-1", "2026-11-02T09:00", GARBAGE, "g1", "media", 1),
                dispatched("C-1", "2026-11-02T09:00", "sanitation", 2),
                handled("C-1", "2026-11-02T10:00", 3),
                verified("C-1", "2026-11-02T10:30", false, 4),
                handled("C-1", "2026-11-02T15:00", 5),
                verified("C-1", "2026-11-02T15:30", true, 6),
                closed("C-1", "2026-11-02T16:00", 7),
                reopened("C-1", "2026-11-03T09:00", 8),
                handled("C-1", "2026-11-03T10:00", 9),
                verified("C-1", "2026-11-03T10:30", true, 10),
                closed("C-1", "2026-11-03T11:00", 11)));
        CaseReport report = r.finish();
        assertThat(report.findings()).isEmpty();
        CaseCounts c = report.statistics().orElseThrow().total();
        assertThat(c.closed()).isEqualTo(1);
        assertThat(c.reworked()).isEqualTo(1);
        assertThat(c.due()).isEqualTo(1);
        assertThat(c.onTime()).isZero();    // handled again at 15:00 after the 13:00 deadline
        assertThat(c.late()).isEqualTo(1);
        assertThat(c.facts()).containsEntry("cases.reworked.by_source.media", 1L);
        assertThat(c.onTimeRate()).hasValueSatisfying(x -> assertThat(x).isEqualByComparingTo("0"));
    }

    @Test
    void anOpenOverdueCaseCountsAgainstTheOnTimeRate() {
        CaseReplay r = CaseReplay.builder(SETUP).period(t("2026-11-01T00:00"), t("2026-12-01T00:00")).build();
        r.acceptAll(List.of(
                reported("A", "2026-11-02T09:00", GARBAGE, "g1", 1), dispatched("A", "2026-11-02T09:00", "sanitation", 2),
                handled("A", "2026-11-02T10:00", 3), verified("A", "2026-11-02T10:30", true, 4),
                closed("A", "2026-11-02T11:00", 5),
                reported("B", "2026-11-02T09:00", GARBAGE, "g1", 6), dispatched("B", "2026-11-02T09:00", "sanitation", 7)));
        CaseCounts c = r.finish().statistics().orElseThrow().total();
        assertThat(c.due()).isEqualTo(2);
        assertThat(c.onTime()).isEqualTo(1);
        assertThat(c.overdueOpen()).isEqualTo(1);
        assertThat(c.onTimeRate()).hasValueSatisfying(x -> assertThat(x).isEqualByComparingTo("0.5"));
    }

    @Test
    void aReportWithAPointIsLocatedThroughTheLocator() {
        CaseReport report = CaseReplay.replay(SETUP, List.of(new CaseEvent.Reported("C-1", t("2026-11-02T09:00"), 1,
                java.util.Optional.empty(), GARBAGE, "resident", java.util.Optional.empty(),
                java.util.Optional.of(new CasePoint(106.715, 26.5))),
                new CaseEvent.Reported("C-2", t("2026-11-02T09:00"), 2, java.util.Optional.empty(), GARBAGE, "resident",
                        java.util.Optional.empty(), java.util.Optional.of(new CasePoint(107, 26.5)))), t("2026-11-02T10:00"));
        assertThat(report.view("C-1").orElseThrow().state().grid()).contains("g2");
        assertThat(report.view("C-1").orElseThrow().responsible().kind()).isEqualTo(ResponsibleUnit.Kind.GRID);
        assertThat(report.findings()).extracting(Finding::ruleId).containsExactly("UNLOCATED");
    }

    /** {@return case C-1 as of {@code asOf} after replaying the events on {@code SETUP}} */
    private static CaseView c1(String asOf, CaseEvent... events) {
        return CaseReplay.replay(SETUP, List.of(events), t(asOf)).view("C-1").orElseThrow();
    }
}

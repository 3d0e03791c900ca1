package io.gridgov.duty;

import io.gridgov.core.calendar.WorkCalendar;
import static io.gridgov.duty.Fixtures.DEC;
import static io.gridgov.duty.Fixtures.NOV;
import static io.gridgov.duty.Fixtures.rec;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** One test group per frequency kind, on November 2026 (21 working days; 1 November is a Sunday). */
class FrequencyTest {

    static final io.gridgov.core.tree.GridTree TREE = Fixtures.chain(2, List.of(), "community", "grid");

    static List<Obligation> plan(Duty duty) {
        return plan(duty, WorkCalendar.DEFAULT);
    }

    static List<Obligation> plan(Duty duty, WorkCalendar calendar) {
        return DutyPlanner.builder(TREE, Fixtures.catalog(duty)).calendar(calendar).build().plan(NOV, DEC).toList();
    }

    static ComplianceReport check(Duty duty, List<ActivityRecord> records) {
        return DutyPlanner.builder(TREE, Fixtures.catalog(duty)).build().checker().check(records, NOV, DEC);
    }

    @Test
    void aDailyQuotaIsDueOnEveryCalendarDayWeekendsIncluded() {
        List<Obligation> plan = plan(Duty.builder("patrol", "patrol").frequency(Frequency.Quota.daily()).build());
        assertThat(plan).hasSize(2 * 30);
        assertThat(plan).allSatisfy(o -> assertThat(o.count()).isEqualTo(1));
    }

    @Test
    void aWeeklyQuotaBelongsToTheMonthOfItsLastDay() {
        List<Obligation> plan = plan(Duty.builder("w", "patrol").frequency(Frequency.Quota.of(2, CalendarPeriod.WEEK)).build());
        // Weeks ending on the Sundays 1, 8, 15, 22 and 29 November; the week ending 6 December is December's.
        assertThat(plan.stream().filter(o -> o.gridId().equals("grid-1")).map(Obligation::from))
                .containsExactly(LocalDate.of(2026, 10, 26), LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 9),
                        LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 23));
        assertThat(plan).allSatisfy(o -> assertThat(o.count()).isEqualTo(2));
    }

    @Test
    void aQuotaCountsAtMostItsTimesPerWindowAndOnlyWithinIt() {
        Duty d = Duty.builder("m", "visit").frequency(Frequency.Quota.of(2, CalendarPeriod.MONTH)).build();
        List<ActivityRecord> recs = List.of(
                rec("p", "worker", "grid-1", "visit", "", LocalDate.of(2026, 11, 3), 9, 30),
                rec("p", "worker", "grid-1", "visit", "", LocalDate.of(2026, 11, 4), 9, 30),
                rec("p", "worker", "grid-1", "visit", "", LocalDate.of(2026, 11, 5), 9, 30),
                rec("p", "worker", "grid-2", "visit", "", LocalDate.of(2026, 11, 5), 9, 30));
        ComplianceReport r = check(d, recs);
        assertThat(r.byGrid().get("grid-1").done()).isEqualTo(2);
        assertThat(r.byGrid().get("grid-1").fulfilled()).isEqualTo(1);
        assertThat(r.byGrid().get("grid-2").partly()).isEqualTo(1);
        assertThat(r.overall().rate()).isEqualByComparingTo("0.75");
        assertThat(r.unmatched()).isEmpty();
    }

    @Test
    void fixedWeekdaysAreDueOnMondayWednesdayAndFridayOnly() {
        Duty d = Duty.builder("mwf", "patrol")
                .frequency(Frequency.Weekdays.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY)).build();
        List<Obligation> plan = plan(d).stream().filter(o -> o.gridId().equals("grid-1")).toList();
        assertThat(plan).hasSize(13);
        assertThat(plan).extracting(o -> o.from().getDayOfWeek())
                .containsOnly(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY);
    }

    @Test
    void aWeekdayDutyDoneOnTheNextDayWithinGraceIsLate() {
        Duty d = Duty.builder("mwf", "patrol").frequency(Frequency.Weekdays.of(DayOfWeek.MONDAY)).graceDays(1).build();
        ComplianceReport r = check(d, List.of(
                rec("p", "worker", "grid-1", "patrol", "", LocalDate.of(2026, 11, 3), 9, 30),   // Tuesday after Monday 2nd
                rec("p", "worker", "grid-1", "patrol", "", LocalDate.of(2026, 11, 12), 9, 30))); // Thursday: too late
        assertThat(r.byGrid().get("grid-1").late()).isEqualTo(1);
        assertThat(r.unmatched()).singleElement().satisfies(u -> assertThat(u.reason()).isEqualTo("NO_WINDOW"));
    }

    @Test
    void everyWorkingDayFollowsTheCalendarWithHolidaysAndAdjustedWorkdays() {
        Duty d = Duty.builder("wd", "report").frequency(new Frequency.WorkingDays()).build();
        assertThat(plan(d).stream().filter(o -> o.gridId().equals("grid-1"))).hasSize(21);
        WorkCalendar cal = WorkCalendar.builder().holiday(LocalDate.of(2026, 11, 2)).holiday(LocalDate.of(2026, 11, 3))
                .workday(LocalDate.of(2026, 11, 7)).build();
        List<Obligation> adjusted = plan(d, cal).stream().filter(o -> o.gridId().equals("grid-1")).toList();
        assertThat(adjusted).hasSize(20);
        assertThat(adjusted).extracting(Obligation::from).contains(LocalDate.of(2026, 11, 7))
                .doesNotContain(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 3));
    }

    @Test
    void aTimeShareNeedsOneThirdOfTheWeeksWorkingMinutes() {
        Duty d = Duty.builder("share", "patrol")
                .frequency(new Frequency.TimeShare(new BigDecimal("0.3333333333333333"), CalendarPeriod.WEEK)).build();
        List<Obligation> plan = plan(d).stream().filter(o -> o.gridId().equals("grid-1")).toList();
        // A full week: 5 days × 480 minutes / 3 = 800 minutes.
        assertThat(plan.get(1).requiredMinutes()).hasValue(800);
        List<ActivityRecord> recs = new ArrayList<>();
        for (int day = 2; day <= 6; day++) {   // 2–6 November, 160 minutes a day = 800
            recs.add(rec("p", "worker", "grid-1", "patrol", "", LocalDate.of(2026, 11, day), 9, 160));
        }
        recs.add(rec("p", "worker", "grid-1", "patrol", "", LocalDate.of(2026, 11, 10), 9, 100));
        Map<LocalDate, Status> status = new java.util.HashMap<>();
        DutyPlanner.builder(TREE, Fixtures.catalog(d)).build().checker().check(recs, NOV, DEC, o -> {
            if (o.obligation().gridId().equals("grid-1")) {
                status.put(o.obligation().from(), o.status());
            }
        });
        assertThat(status.get(LocalDate.of(2026, 11, 2))).isEqualTo(Status.FULFILLED);
        assertThat(status.get(LocalDate.of(2026, 11, 9))).isEqualTo(Status.PARTLY);
        assertThat(status.get(LocalDate.of(2026, 11, 16))).isEqualTo(Status.MISSED);
    }

    @Test
    void aMinimumDurationCountsOnlyActivitiesOfAtLeastAnHour() {
        Duty d = Duty.builder("activity", "training")
                .frequency(new Frequency.MinimumDuration(1, CalendarPeriod.MONTH, Duration.ofHours(1))).build();
        ComplianceReport r = check(d, List.of(
                rec("p", "worker", "grid-1", "training", "", LocalDate.of(2026, 11, 3), 9, 45),
                rec("p", "worker", "grid-2", "training", "", LocalDate.of(2026, 11, 3), 9, 60)));
        assertThat(r.byGrid().get("grid-1").missed()).isEqualTo(1);
        assertThat(r.byGrid().get("grid-2").fulfilled()).isEqualTo(1);
        assertThat(r.unmatched()).singleElement().satisfies(u -> assertThat(u.reason()).isEqualTo("TOO_SHORT"));
    }

    @Test
    void aTieredInspectionGivesEachTierItsOwnRoleAndWindows() {
        Frequency tiered = new Frequency.Tiered(List.of(
                new Frequency.Tier("team", new Frequency.WorkingDays(), java.util.Optional.of("daily patrol")),
                new Frequency.Tier("office", Frequency.Quota.of(1, CalendarPeriod.WEEK), java.util.Optional.empty()),
                new Frequency.Tier("committee", Frequency.Quota.of(1, CalendarPeriod.MONTH), java.util.Optional.empty())));
        DutyTemplate t = new DutyTemplate("t", "safety", new io.gridgov.core.i18n.LocalizedText("t", "t"), "1",
                java.util.Optional.empty(), List.of(Duty.builder("tiered", "inspection").frequency(tiered).build()),
                List.of(), List.of(Binding.levels("grid")), List.of(), List.of(
                        io.gridgov.core.staff.Role.of("team", "班组", "team"),
                        io.gridgov.core.staff.Role.of("office", "办公室", "office"),
                        io.gridgov.core.staff.Role.of("committee", "监督小组", "committee")),
                List.of(), java.util.Optional.empty(), java.util.Optional.empty(), false,
                io.gridgov.core.tree.Validity.ALWAYS, java.util.Optional.empty());
        List<Obligation> plan = DutyPlanner.plan(TREE, DutyCatalog.of(List.of(t)), NOV, DEC)
                .filter(o -> o.gridId().equals("grid-1")).toList();
        Map<String, Long> byRole = plan.stream().collect(Collectors.groupingBy(Obligation::role, Collectors.counting()));
        assertThat(byRole).containsEntry("team", 21L).containsEntry("office", 5L).containsEntry("committee", 1L);
        assertThat(plan).filteredOn(o -> o.role().equals("office")).allSatisfy(o -> assertThat(o.tier()).isEqualTo(OptionalInt.of(1)));
    }

    @Test
    void householdTargetsComeFromNodeAttributesAndCountDistinctHouseholds() {
        io.gridgov.core.tree.GridTree tree = Fixtures.chain(1, List.<String[]>of(new String[] {"households.key", "3"}),
                "community", "grid");
        Duty d = Duty.builder("visit-key", "visit").target(new TargetScope.Households("key"))
                .frequency(Frequency.Quota.of(1, CalendarPeriod.MONTH)).build();
        DutyPlanner planner = DutyPlanner.builder(tree, Fixtures.catalog(d)).build();
        assertThat(planner.plan(NOV, DEC).toList()).singleElement()
                .satisfies(o -> assertThat(o.count()).isEqualTo(3));
        ComplianceReport r = planner.checker().check(List.of(
                rec("p", "worker", "grid-1", "visit", "key/h1", LocalDate.of(2026, 11, 3), 9, 30),
                rec("p", "worker", "grid-1", "visit", "key/h1", LocalDate.of(2026, 11, 4), 9, 30),
                rec("p", "worker", "grid-1", "visit", "key/h2", LocalDate.of(2026, 11, 5), 9, 30),
                rec("p", "worker", "grid-1", "visit", "ordinary/h9", LocalDate.of(2026, 11, 5), 9, 30)), NOV, DEC);
        assertThat(r.overall().done()).isEqualTo(2);
        assertThat(r.facts().subject("grid-1").orElseThrow().values()).containsEntry("duty.visit.key.required", BigDecimal.valueOf(3))
                .containsEntry("duty.visit.key.done", BigDecimal.valueOf(2)).containsEntry("duty.visit.key.missed", BigDecimal.valueOf(1));
        assertThat(r.unmatched()).singleElement().satisfies(u -> assertThat(u.reason()).isEqualTo("BAD_TARGET"));
    }
}

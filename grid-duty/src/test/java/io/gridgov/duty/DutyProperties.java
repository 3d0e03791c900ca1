package io.gridgov.duty;

import io.gridgov.core.calendar.WorkCalendar;
import static org.assertj.core.api.Assertions.assertThat;

import io.gridgov.core.tree.GridTree;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Invariants of plans and compliance. */
class DutyProperties {

    static final GridTree TREE = Fixtures.chain(3, List.<String[]>of(new String[] {"households.key", "2"}),
            "community", "grid");
    static final LocalDate BASE = LocalDate.of(2026, 9, 1);

    static final DutyCatalog CATALOG = Fixtures.catalog(
            Duty.builder("patrol", "patrol").frequency(Frequency.Quota.daily()).build(),
            Duty.builder("visit-key", "visit").target(new TargetScope.Households("key"))
                    .frequency(Frequency.Quota.of(1, CalendarPeriod.WEEK)).build(),
            Duty.builder("report", "report").frequency(new Frequency.WorkingDays()).evidence(Evidence.RECORD).graceDays(2)
                    .build(),
            Duty.builder("presence", "patrol").frequency(Frequency.Weekdays.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY,
                    DayOfWeek.FRIDAY)).build(),
            Duty.builder("share", "patrol").frequency(new Frequency.TimeShare(new BigDecimal("0.3333"), CalendarPeriod.WEEK))
                    .build(),
            Duty.builder("activity", "training").frequency(new Frequency.MinimumDuration(1, CalendarPeriod.MONTH,
                    Duration.ofHours(1))).build());

    @Provide
    Arbitrary<ActivityRecord> records() {
        Arbitrary<String> grid = Arbitraries.of("grid-1", "grid-2", "grid-3", "community-1", "nowhere");
        Arbitrary<String> action = Arbitraries.of("patrol", "visit", "report", "training", "meeting");
        Arbitrary<String> target = Arbitraries.of("", "key/h1", "key/h2", "ordinary/h3");
        Arbitrary<LocalDateTime> start = Arbitraries.integers().between(0, 120)
                .flatMap(d -> Arbitraries.integers().between(6, 20).map(h -> BASE.plusDays(d).atTime(h, 0)));
        Arbitrary<Integer> minutes = Arbitraries.integers().between(5, 400);
        Arbitrary<Set<Evidence>> evidence = Arbitraries.of(Evidence.RECORD, Evidence.PHOTO).set().ofMaxSize(2);
        return Combinators.combine(grid, action, target, start, minutes, evidence).as((g, a, t, s, m, e) ->
                ActivityRecord.of("p", "worker", g, a, t, s, s.plusMinutes(m),
                        e.isEmpty() ? EnumSet.noneOf(Evidence.class) : EnumSet.copyOf(e)));
    }

    static ComplianceReport check(List<ActivityRecord> records) {
        return ComplianceChecker.check(TREE, CATALOG, records, LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 1));
    }

    static void inUnitInterval(BigDecimal rate) {
        assertThat(rate).isBetween(BigDecimal.ZERO, BigDecimal.ONE);
    }

    @Property(tries = 300)
    void complianceRatesLieBetweenZeroAndOne(@ForAll @Size(max = 120) List<@From("records") ActivityRecord> records) {
        ComplianceReport r = check(records);
        inUnitInterval(r.overall().rate());
        inUnitInterval(r.overall().onTimeRate());
        for (Map<String, Tally> slice : List.of(r.byGrid(), r.byDuty(), r.byCategory(), r.byLevel(), r.byPerson())) {
            slice.values().forEach(t -> {
                inUnitInterval(t.rate());
                inUnitInterval(t.onTimeRate());
                inUnitInterval(t.fulfilledShare());
                assertThat(t.missedUnits()).isNotNegative();
            });
        }
        assertThat(r.unmatched().size()).isLessThanOrEqualTo(records.size());
    }

    @Property(tries = 300)
    void addingAnActivityNeverLowersCompliance(@ForAll @Size(max = 80) List<@From("records") ActivityRecord> records,
            @ForAll("records") ActivityRecord extra) {
        ComplianceReport before = check(records);
        List<ActivityRecord> more = new ArrayList<>(records);
        more.add(extra);
        ComplianceReport after = check(more);
        assertThat(after.overall().rate()).isGreaterThanOrEqualTo(before.overall().rate());
        assertThat(after.overall().done() + after.overall().doneLate())
                .isGreaterThanOrEqualTo(before.overall().done() + before.overall().doneLate());
        before.byDuty().forEach((duty, t) -> assertThat(after.byDuty().get(duty).rate()).as(duty)
                .isGreaterThanOrEqualTo(t.rate()));
        before.byGrid().forEach((grid, t) -> assertThat(after.byGrid().get(grid).rate()).as(grid)
                .isGreaterThanOrEqualTo(t.rate()));
    }

    @Property(tries = 60)
    void thePlanOfARangeIsThePlansOfItsPartsSplitAtAPeriodBoundary(@ForAll @IntRange(min = 0, max = 90) int start,
            @ForAll @IntRange(min = 1, max = 6) int months, @ForAll @IntRange(min = 1, max = 100) int length) {
        LocalDate a = BASE.plusDays(start);
        LocalDate b = a.withDayOfMonth(1).plusMonths(months);   // a month boundary after a
        LocalDate c = b.plusDays(length);
        List<Obligation> whole = DutyPlanner.plan(TREE, CATALOG, a, c).toList();
        List<Obligation> parts = new ArrayList<>(DutyPlanner.plan(TREE, CATALOG, a, b).toList());
        parts.addAll(DutyPlanner.plan(TREE, CATALOG, b, c).toList());
        assertThat(parts).containsExactlyInAnyOrderElementsOf(whole);
    }

    @Property(tries = 60)
    void holidaysMoveWorkingDayDutiesAndLeaveCalendarDayDutiesAlone(
            @ForAll @Size(max = 10) Set<@IntRange(min = 0, max = 60) Integer> holidayOffsets,
            @ForAll @Size(max = 3) Set<@IntRange(min = 0, max = 60) Integer> workdayOffsets) {
        LocalDate from = LocalDate.of(2026, 10, 1);
        LocalDate to = LocalDate.of(2026, 12, 1);
        WorkCalendar.Builder b = WorkCalendar.builder();
        holidayOffsets.forEach(o -> b.holiday(from.plusDays(o)));
        workdayOffsets.forEach(o -> b.workday(from.plusDays(o)));
        WorkCalendar cal = b.build();
        List<Obligation> plain = DutyPlanner.builder(TREE, CATALOG).build().plan(from, to).toList();
        List<Obligation> adjusted = DutyPlanner.builder(TREE, CATALOG).calendar(cal).build().plan(from, to).toList();

        Predicate<Obligation> calendarDays = o -> o.dutyCode().equals("patrol") || o.dutyCode().equals("visit-key")
                || o.dutyCode().equals("activity");
        assertThat(adjusted.stream().filter(calendarDays)).containsExactlyElementsOf(plain.stream().filter(calendarDays).toList());
        List<LocalDate> reportDays = adjusted.stream().filter(o -> o.dutyCode().equals("report") && o.gridId().equals("grid-1"))
                .map(Obligation::from).toList();
        List<LocalDate> expected = from.datesUntil(to).filter(cal::isWorkingDay).toList();
        assertThat(reportDays).containsExactlyElementsOf(expected);
        assertThat(adjusted.stream().filter(o -> o.dutyCode().equals("presence")))
                .allSatisfy(o -> assertThat(cal.isWorkingDay(o.from())).isTrue());
    }
}

package io.gridgov.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Working-time arithmetic on small random calendars (weekends, holidays and 调休 days around the 2026
 * National Day, one to three spans of hours, three zones), against a minute-by-minute oracle that uses
 * only the calendar's listed days and hours.
 */
class WorkCalendarProperties {

    private static final LocalDate BASE = LocalDate.of(2026, 9, 20);
    private static final long BASE_SECOND = BASE.atStartOfDay(ZoneId.of("UTC")).toEpochSecond();

    record Case(WorkCalendar cal, Instant a, Instant b, long n) {
    }

    // ---- generators

    static Arbitrary<WorkCalendar> calendars() {
        Arbitrary<List<DayOfWeek>> weekend = Arbitraries.of(DayOfWeek.values()).set().ofMaxSize(6).map(ArrayList::new);
        Arbitrary<List<Integer>> holidays = Arbitraries.integers().between(0, 59).list().ofMaxSize(20);
        Arbitrary<List<Integer>> workdays = Arbitraries.integers().between(0, 59).list().ofMaxSize(6);
        Arbitrary<List<WorkingHours>> hours = Arbitraries.oneOf(
                Arbitraries.integers().between(0, 1440).set().ofMinSize(2).ofMaxSize(6),
                Arbitraries.integers().between(0, 60).map(i -> i * 24).set().ofMinSize(2).ofMaxSize(6))
                .filter(s -> s.size() % 2 == 0).map(s -> {
                    List<Integer> p = new ArrayList<>(new TreeSet<>(s));
                    List<WorkingHours> out = new ArrayList<>();
                    for (int i = 0; i < p.size(); i += 2) {
                        out.add(new WorkingHours(p.get(i), p.get(i + 1)));
                    }
                    return out;
                });
        Arbitrary<ZoneId> zone = Arbitraries.of(ZoneId.of("Asia/Shanghai"), ZoneId.of("UTC"), ZoneId.of("+05:45"));
        return Combinators.combine(weekend, holidays, workdays, hours, zone).as((w, h, wd, hr, z) -> {
            WorkCalendar.Builder b = WorkCalendar.builder().weekend(w.toArray(DayOfWeek[]::new)).hours(hr).zone(z);
            h.forEach(d -> b.holiday(BASE.plusDays(d)));
            wd.forEach(d -> b.workday(BASE.plusDays(d)));
            return b.build();
        });
    }

    /** Whole minutes from five days before the listed dates to ten days after them. */
    static Arbitrary<Instant> minutes() {
        return Arbitraries.longs().between(-5 * 1440, 70 * 1440).map(m -> Instant.ofEpochSecond(BASE_SECOND + m * 60));
    }

    /** Instants with seconds and nanoseconds, sometimes far from the listed dates. */
    static Arbitrary<Instant> instants() {
        Arbitrary<Long> seconds = Arbitraries.oneOf(
                Arbitraries.longs().between(-5 * 86_400L, 70 * 86_400L).map(s -> BASE_SECOND + s),
                Arbitraries.longs().between(-3_000_000_000L, 7_000_000_000L));
        Arbitrary<Integer> nanos = Arbitraries.oneOf(Arbitraries.just(0), Arbitraries.integers().between(0, 999_999_999));
        return Combinators.combine(seconds, nanos).as(Instant::ofEpochSecond);
    }

    @Provide
    Arbitrary<Case> small() {   // up to three working days and a bit, so that the oracle stays quick
        return Combinators.combine(calendars(), minutes(), minutes(), Arbitraries.longs().between(0, 3 * 1440 + 5))
                .as((cal, a, b, n) -> new Case(cal, a, b, n % (3L * cal.minutesPerDay() + 6)));
    }

    @Provide
    Arbitrary<Case> any() {
        return Combinators.combine(calendars(), instants(), instants(),
                Arbitraries.oneOf(Arbitraries.longs().between(0, 3000), Arbitraries.longs().between(0, 5_000_000)))
                .as(Case::new);
    }

    // ---- oracle

    static boolean workingDay(WorkCalendar cal, LocalDate d) {
        return cal.workdays().contains(d) || (!cal.weekend().contains(d.getDayOfWeek()) && !cal.holidays().contains(d));
    }

    /** {@return whether the whole minute starting at {@code m} is working time} */
    static boolean workingMinute(WorkCalendar cal, Instant m) {
        ZonedDateTime z = m.atZone(cal.zone());
        if (!workingDay(cal, z.toLocalDate())) {
            return false;
        }
        int mod = z.getHour() * 60 + z.getMinute();
        return cal.hours().stream().anyMatch(h -> h.startMinute() <= mod && mod < h.endMinute());
    }

    static Instant plusByMinute(WorkCalendar cal, Instant start, long n) {
        Instant m = start;
        if (n == 0) {
            while (!workingMinute(cal, m)) {
                m = m.plusSeconds(60);
            }
            return m;
        }
        long counted = 0;
        while (true) {
            if (workingMinute(cal, m) && ++counted == n) {
                return m.plusSeconds(60);
            }
            m = m.plusSeconds(60);
        }
    }

    static long betweenByMinute(WorkCalendar cal, Instant a, Instant b) {
        if (b.isBefore(a)) {
            return -betweenByMinute(cal, b, a);
        }
        long n = 0;
        for (Instant m = a; m.isBefore(b); m = m.plusSeconds(60)) {
            n += workingMinute(cal, m) ? 1 : 0;
        }
        return n;
    }

    // ---- properties

    @Property(tries = 500)
    void addingMatchesTheMinuteByMinuteOracle(@ForAll("small") Case c) {
        assertThat(c.cal().plusWorkingMinutes(c.a(), c.n())).isEqualTo(plusByMinute(c.cal(), c.a(), c.n()));
    }

    @Property(tries = 300)
    void countingMatchesTheMinuteByMinuteOracle(@ForAll("small") Case c) {
        Instant b = c.a().plusSeconds(Math.floorMod(c.b().getEpochSecond() - c.a().getEpochSecond(), 12 * 86_400L)
                - 6 * 86_400L);
        assertThat(c.cal().workingMinutesBetween(c.a(), b)).isEqualTo(betweenByMinute(c.cal(), c.a(), b));
        assertThat(c.cal().isWorkingTime(c.a())).isEqualTo(workingMinute(c.cal(), c.a()));
    }

    @Property(tries = 1000)
    void addingThenCountingGivesBackN(@ForAll("any") Case c) {
        Instant end = c.cal().plusWorkingMinutes(c.a(), c.n());
        Assume.that(!justAfterAGap(c.cal().zone(), end)); // the wall-clock end did not exist: see below
        assertThat(c.cal().workingTimeBetween(c.a(), end)).isEqualTo(Duration.ofMinutes(c.n()));
        assertThat(c.cal().workingMinutesBetween(c.a(), end)).isEqualTo(c.n());
        assertThat(c.cal().workingMinutesBetween(end, c.a())).isEqualTo(-c.n());
    }

    /** {@return whether an instant lies within a daylight-saving gap's length after the gap} */
    static boolean justAfterAGap(ZoneId zone, Instant t) {
        ZoneOffsetTransition last = zone.getRules().previousTransition(t.plusNanos(1));
        return last != null && last.isGap() && t.isBefore(last.getInstant().plus(last.getDuration()));
    }

    @Example
    void anEndInADaylightSavingGapMovesForwardByTheGap() {
        // Asia/Shanghai skipped 02:00–03:00 on 1986-05-04: a target of 02:30 on the wall clock lands at 03:30
        WorkCalendar allDay = WorkCalendar.builder().weekend().hours(List.of(new WorkingHours(0, 1440)))
                .zone(ZoneId.of("Asia/Shanghai")).build();
        Instant midnight = ZonedDateTime.of(1986, 5, 4, 0, 0, 0, 0, ZoneId.of("Asia/Shanghai")).toInstant();
        Instant end = allDay.plusWorkingMinutes(midnight, 150);
        assertThat(end).isEqualTo(ZonedDateTime.of(1986, 5, 4, 3, 30, 0, 0, ZoneId.of("Asia/Shanghai")).toInstant());
        assertThat(justAfterAGap(allDay.zone(), end)).isTrue();
        assertThat(allDay.workingMinutesBetween(midnight, end)).isEqualTo(150 + 60);
    }

    @Property(tries = 1000)
    void resultsNeverLandOutsideWorkingTime(@ForAll("any") Case c) {
        WorkCalendar cal = c.cal();
        Instant end = cal.plusWorkingMinutes(c.a(), c.n());
        boolean closingTime = !cal.isWorkingTime(end) && cal.isWorkingTime(end.minusNanos(1));
        assertThat(cal.isWorkingTime(end) || (c.n() > 0 && closingTime)).as("%s + %d = %s", c.a(), c.n(), end).isTrue();
        Instant next = cal.nextWorkingMoment(c.a());
        assertThat(cal.isWorkingTime(next)).isTrue();
        assertThat(cal.workingTimeBetween(c.a(), next)).isEqualTo(Duration.ZERO);
    }

    @Property(tries = 1000)
    void countingIsAdditiveOverASplitPoint(@ForAll("any") Case c, @ForAll("instantsArbitrary") Instant split) {
        WorkCalendar cal = c.cal();
        assertThat(cal.workingTimeBetween(c.a(), split).plus(cal.workingTimeBetween(split, c.b())))
                .isEqualTo(cal.workingTimeBetween(c.a(), c.b()));
        assertThat(cal.workingTimeBetween(c.b(), c.a())).isEqualTo(cal.workingTimeBetween(c.a(), c.b()).negated());
    }

    @Property(tries = 1000)
    void addingInTwoStepsIsAddingOnce(@ForAll("any") Case c, @ForAll("positive") long more) {
        WorkCalendar cal = c.cal();
        assertThat(cal.plusWorkingMinutes(cal.plusWorkingMinutes(c.a(), c.n()), more))
                .isEqualTo(cal.plusWorkingMinutes(c.a(), c.n() + more));
    }

    @Property(tries = 1000)
    void workingDaysMatchTheListedDays(@ForAll("small") Case c, @ForAll("offsets") int from, @ForAll("offsets") int length) {
        LocalDate a = BASE.plusDays(from);
        LocalDate b = a.plusDays(length);
        int n = 0;
        for (LocalDate d = a; d.isBefore(b); d = d.plusDays(1)) {
            assertThat(c.cal().isWorkingDay(d)).as("%s", d).isEqualTo(workingDay(c.cal(), d));
            n += workingDay(c.cal(), d) ? 1 : 0;
        }
        assertThat(c.cal().workingDays(a, b)).isEqualTo(n);
    }

    @Provide
    Arbitrary<Instant> instantsArbitrary() {
        return instants();
    }

    @Provide
    Arbitrary<Long> positive() {
        return Arbitraries.longs().between(1, 100_000);
    }

    @Provide
    Arbitrary<Integer> offsets() {
        return Arbitraries.integers().between(-40, 120);
    }
}

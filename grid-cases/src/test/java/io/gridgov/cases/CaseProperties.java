package io.gridgov.cases;

import static io.gridgov.cases.Cases.SETUP;
import static io.gridgov.cases.Cases.TREE;
import static io.gridgov.cases.Cases.t;
import static org.assertj.core.api.Assertions.assertThat;

import io.gridgov.core.calendar.WorkCalendar;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** The invariants of the Tests section, on random event files (valid and invalid sequences mixed). */
class CaseProperties {

    static final Instant BASE = t("2026-11-02T08:00");
    static final String[] CATEGORIES = {"sanitation.exposed-garbage", "municipal.manhole-cover", "municipal.road-damage",
        "s3.routine", "s8.dispute", "order.illegal-parking"};
    static final String[] GRIDS = {"g1", "g2", "g3"};
    static final String[] SOURCES = {"worker", "media", "leader", "resident"};

    /** A random file: events of {@code cases} cases, sorted by time, lines in that order. */
    static List<CaseEvent> file(long seed, int cases) {
        Random r = new Random(seed);
        List<CaseEvent> events = new ArrayList<>();
        for (int c = 0; c < cases; c++) {
            String id = "C-" + c;
            Instant[] at = {BASE.plus(Duration.ofMinutes(r.nextInt(60 * 24 * 20)))};
            java.util.function.Supplier<Instant> next = () -> at[0] = at[0].plus(Duration.ofMinutes(r.nextInt(r.nextBoolean() ? 300 : 3000)));
            events.add(new CaseEvent.Reported(id, at[0], 0, Optional.empty(), CATEGORIES[r.nextInt(CATEGORIES.length)],
                    SOURCES[r.nextInt(SOURCES.length)], Optional.of(GRIDS[r.nextInt(GRIDS.length)]), Optional.empty()));
            int steps = 2 + r.nextInt(10);
            boolean dispatched = false;
            for (int s = 0; s < steps; s++) {
                int k = r.nextInt(100);
                Instant t = next.get();
                if (k < 8) {
                    events.add(new CaseEvent.Closed(id, t, 0, Optional.empty()));
                } else if (k < 14) {
                    events.add(new CaseEvent.Accepted(id, t, 0, Optional.empty()));
                } else if (k < 16) {
                    events.add(new CaseEvent.Rejected(id, t, 0, Optional.empty(), Optional.empty()));
                } else if (k < 32) {
                    events.add(new CaseEvent.Dispatched(id, t, 0, Optional.empty(), r.nextBoolean() ? "sanitation" : "c1"));
                    dispatched = true;
                } else if (k < 48) {
                    events.add(new CaseEvent.Handled(id, t, 0, Optional.empty()));
                } else if (k < 62) {
                    events.add(new CaseEvent.Verified(id, t, 0, Optional.empty(), r.nextInt(3) > 0));
                } else if (k < 70) {
                    events.add(new CaseEvent.Postponed(id, t, 0, Optional.empty(), Optional.empty(),
                            OptionalInt.of(1 + r.nextInt(2))));
                } else if (k < 75) {
                    events.add(new CaseEvent.Resumed(id, t, 0, Optional.empty()));
                } else if (k < 80) {
                    events.add(new CaseEvent.Escalated(id, t, 0, Optional.empty(), Optional.empty(), Optional.empty()));
                } else if (k < 85) {
                    events.add(new CaseEvent.Supervised(id, t, 0, Optional.of("office")));
                } else if (k < 88) {
                    events.add(new CaseEvent.Cancelled(id, t, 0, Optional.empty(), Optional.empty()));
                } else if (k < 91) {
                    events.add(new CaseEvent.Reopened(id, t, 0, Optional.empty(), Optional.empty()));
                } else if (dispatched && k < 97) {   // a plausible ending
                    events.add(new CaseEvent.Handled(id, t, 0, Optional.empty()));
                    events.add(new CaseEvent.Verified(id, next.get(), 0, Optional.empty(), true));
                    events.add(new CaseEvent.Closed(id, next.get(), 0, Optional.empty()));
                } else {
                    events.add(new CaseEvent.Handled("C-unknown-" + r.nextInt(3), t, 0, Optional.empty()));
                }
            }
        }
        events.sort(Comparator.comparing(CaseEvent::at));   // stable: ties keep generation order
        List<CaseEvent> lined = new ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) {
            lined.add(withLine(events.get(i), i + 1));
        }
        return lined;
    }

    static CaseEvent withLine(CaseEvent e, long line) {
        if (e instanceof CaseEvent.Reported x) {
            return new CaseEvent.Reported(x.caseId(), x.at(), line, x.by(), x.category(), x.source(), x.grid(), x.point());
        } else if (e instanceof CaseEvent.Accepted x) {
            return new CaseEvent.Accepted(x.caseId(), x.at(), line, x.by());
        } else if (e instanceof CaseEvent.Rejected x) {
            return new CaseEvent.Rejected(x.caseId(), x.at(), line, x.by(), x.reason());
        } else if (e instanceof CaseEvent.Dispatched x) {
            return new CaseEvent.Dispatched(x.caseId(), x.at(), line, x.by(), x.to());
        } else if (e instanceof CaseEvent.Handled x) {
            return new CaseEvent.Handled(x.caseId(), x.at(), line, x.by());
        } else if (e instanceof CaseEvent.Verified x) {
            return new CaseEvent.Verified(x.caseId(), x.at(), line, x.by(), x.pass());
        } else if (e instanceof CaseEvent.Closed x) {
            return new CaseEvent.Closed(x.caseId(), x.at(), line, x.by());
        } else if (e instanceof CaseEvent.Postponed x) {
            return new CaseEvent.Postponed(x.caseId(), x.at(), line, x.by(), x.until(), x.days());
        } else if (e instanceof CaseEvent.Resumed x) {
            return new CaseEvent.Resumed(x.caseId(), x.at(), line, x.by());
        } else if (e instanceof CaseEvent.Escalated x) {
            return new CaseEvent.Escalated(x.caseId(), x.at(), line, x.by(), x.to(), x.reason());
        } else if (e instanceof CaseEvent.Supervised x) {
            return new CaseEvent.Supervised(x.caseId(), x.at(), line, x.by());
        } else if (e instanceof CaseEvent.Cancelled x) {
            return new CaseEvent.Cancelled(x.caseId(), x.at(), line, x.by(), x.reason());
        }
        CaseEvent.Reopened x = (CaseEvent.Reopened) e;
        return new CaseEvent.Reopened(x.caseId(), x.at(), line, x.by(), x.reason());
    }

    static final Instant FROM = t("2026-11-01T00:00");
    static final Instant TO = t("2027-01-01T00:00");
    static final Instant LATER = t("2027-06-01T00:00");

    static CaseReport run(List<CaseEvent> events, Instant from, Instant to, Instant asOf) {
        CaseReplay r = CaseReplay.builder(SETUP).period(from, to).asOf(asOf).history(Instant.MIN).build();
        r.acceptAll(events);
        return r.finish();
    }

    @Property(tries = 30)
    void replayingAShuffledFileGivesTheSameStates(@ForAll long seed, @ForAll @IntRange(min = 1, max = 30) int cases) {
        List<CaseEvent> file = file(seed, cases);
        List<CaseEvent> shuffled = new ArrayList<>(file);
        Collections.shuffle(shuffled, new Random(seed + 1));
        CaseReport a = run(file, FROM, TO, LATER);
        CaseReport b = run(shuffled, FROM, TO, LATER);
        assertThat(b.open()).isEqualTo(a.open());
        assertThat(b.history()).containsExactlyInAnyOrderElementsOf(a.history());
        assertThat(b.findings()).isEqualTo(a.findings());
        assertThat(b.statistics()).isEqualTo(a.statistics());
    }

    @Property(tries = 30)
    void everyReportedCaseIsExactlyOneOfOpenClosedCancelledRejected(@ForAll long seed,
            @ForAll @IntRange(min = 1, max = 30) int cases) {
        CaseReport report = run(file(seed, cases), FROM, TO, LATER);
        assertThat(report.phases().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(report.cases());
        assertThat(report.phases().get(CaseStatus.Phase.OPEN)).isEqualTo(report.open().size());
        assertThat(report.open()).allSatisfy(v -> assertThat(v.state().isOpen()).isTrue());
        assertThat(report.history()).allSatisfy(v -> assertThat(v.state().status()).isEqualTo(CaseStatus.CLOSED));
    }

    @Property(tries = 30)
    void onTimeOverdueOpenLateAndPostponedAddUpToDue(@ForAll long seed, @ForAll @IntRange(min = 1, max = 30) int cases,
            @ForAll @IntRange(min = 0, max = 40) int days) {
        Instant to = FROM.plus(Duration.ofDays(1 + days));
        CaseStatistics s = run(file(seed, cases), FROM, to, to).statistics().orElseThrow();
        List<CaseCounts> all = new ArrayList<>(List.of(s.total()));
        all.addAll(s.byGrid().values());
        all.addAll(s.byNode().values());
        all.addAll(s.byDepartment().values());
        all.addAll(s.byCategory().values());
        all.addAll(s.total().bySource().values());
        assertThat(all).allSatisfy(c ->
                assertThat(c.onTime() + c.overdueOpen() + c.late() + c.postponed()).isEqualTo(c.due()));
    }

    @Property(tries = 25)
    void statisticsOfAdjacentPeriodsAddUp(@ForAll long seed, @ForAll @IntRange(min = 1, max = 30) int cases,
            @ForAll @IntRange(min = 1, max = 60 * 24 * 50) int splitMinutes) {
        List<CaseEvent> file = file(seed, cases);
        Instant b = FROM.plus(Duration.ofMinutes(splitMinutes));
        CaseStatistics whole = run(file, FROM, TO, LATER).statistics().orElseThrow();
        CaseStatistics first = run(file, FROM, b, LATER).statistics().orElseThrow();
        CaseStatistics second = run(file, b, TO, LATER).statistics().orElseThrow();
        assertThat(additive(sum(first.total(), second.total()))).isEqualTo(additive(whole.total().array()));
        for (String node : List.of("d1", "s1", "s2", "c1", "g1", "g2", "g3")) {
            long[] w = whole.node(node).map(CaseCounts::array).orElse(new long[10]);
            long[] f = first.node(node).map(CaseCounts::array).orElse(new long[10]);
            long[] s = second.node(node).map(CaseCounts::array).orElse(new long[10]);
            assertThat(additive(sumArrays(f, s))).as(node).isEqualTo(additive(w));
        }
    }

    /** reported, due, postponed, on_time, closed, reworked, escalated, supervised (not overdue_open and late). */
    static List<Long> additive(long[] a) {
        return List.of(a[0], a[1], a[2], a[3], a[6], a[7], a[8], a[9]);
    }

    static long[] sum(CaseCounts a, CaseCounts b) {
        return sumArrays(a.array(), b.array());
    }

    static long[] sumArrays(long[] a, long[] b) {
        long[] out = new long[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i] + b[i];
        }
        return out;
    }

    @Property(tries = 30)
    void automaticEscalationNeverSkipsALevel(@ForAll long seed, @ForAll @IntRange(min = 1, max = 30) int cases) {
        CaseReport report = run(file(seed, cases), FROM, TO, LATER);
        List<CaseView> views = new ArrayList<>(report.open());
        views.addAll(report.history());
        for (CaseView v : views) {
            for (CaseEscalation e : v.escalations()) {
                if (e.automatic()) {
                    assertThat(TREE.parent(e.from()).map(n -> n.id())).as(v.id()).contains(e.to());
                }
            }
            assertThat(v.escalations()).extracting(CaseEscalation::at).isSorted();
        }
    }

    static final WorkCalendar CAL = WorkCalendar.builder().hours("08:30-12:00", "14:00-17:30")
            .holiday(LocalDate.of(2026, 11, 11)).workday(LocalDate.of(2026, 11, 14)).build();

    @Property(tries = 200)
    void deadlinesAgreeWithAMinuteByMinuteCount(@ForAll @IntRange(min = 0, max = 60 * 24 * 20) int startMinute,
            @ForAll @IntRange(min = 1, max = 3) int amount, @ForAll TimeLimit.Unit unit) {
        Instant start = BASE.plus(Duration.ofMinutes(startMinute));
        TimeLimit limit = new TimeLimit(unit == TimeLimit.Unit.MINUTES ? amount * 37L : amount, unit);
        long minutes = limit.workingMinutes(CAL);
        Instant deadline = CAL.plusWorkingMinutes(start, minutes);
        long counted = 0;
        Instant m = start;
        while (counted < minutes) {
            if (CAL.isWorkingTime(m)) {
                counted++;
            }
            m = m.plus(Duration.ofMinutes(1));
        }
        // the deadline is the end of the last working minute needed, or equal to it after skipping closed time
        assertThat(CAL.workingMinutesBetween(start, deadline)).isEqualTo(minutes);
        assertThat(deadline).isBeforeOrEqualTo(m);
        assertThat(CAL.workingMinutesBetween(deadline, m)).isZero();
    }

}

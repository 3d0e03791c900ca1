package io.gridgov.cases;

import static java.util.Objects.requireNonNull;

import io.gridgov.core.calendar.WorkCalendar;
import io.gridgov.core.staff.Assignment;
import io.gridgov.core.i18n.LocalizedText;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A case as of an instant (案件视图): its replayed state, who is responsible now, its deadline, the
 * working time left or by how much it is overdue, and its escalations explicit and automatic up to that
 * instant. Immutable and thread-safe.
 *
 * @param state the replayed state
 * @param asOf the instant asked about
 * @param responsible who is responsible now
 * @param escalations the escalations up to {@code asOf}, explicit and automatic, in time order
 * @param minutesLeft working minutes left to the deadline, negative when overdue; empty when the case has
 *     no deadline or is no longer being handled
 * @param overdue whether the deadline has passed without the case being handled in time (超期)
 */
public record CaseView(CaseState state, Instant asOf, ResponsibleUnit responsible, List<CaseEscalation> escalations,
        OptionalLong minutesLeft, boolean overdue) {

    /** Validates the components. */
    public CaseView {
        requireNonNull(state, "state");
        requireNonNull(asOf, "asOf");
        requireNonNull(responsible, "responsible");
        escalations = List.copyOf(escalations);
        requireNonNull(minutesLeft, "minutesLeft");
    }

    /** {@return the case id} */
    public String id() {
        return state.id();
    }

    /** {@return the handling deadline, if any} */
    public Optional<Instant> deadline() {
        return state.deadline();
    }

    /** {@return whether it was escalated, explicitly or automatically} */
    public boolean escalated() {
        return !escalations.isEmpty();
    }

    /** {@return whether it was supervised} */
    public boolean supervised() {
        return state.supervisions() > 0;
    }

    /** {@return whether it belongs on the 督办清单: open and overdue, escalated or supervised} */
    public boolean needsSupervision() {
        return state.isOpen() && (overdue || escalated() || supervised());
    }

    /**
     * The view of a state as of an instant.
     *
     * @param setup categories, calendar, tree and staffing
     * @param state the state, replayed up to {@code asOf}
     * @param asOf the instant
     * @return the view
     */
    public static CaseView of(CaseSetup setup, CaseState state, Instant asOf) {
        requireNonNull(setup, "setup");
        requireNonNull(state, "state");
        requireNonNull(asOf, "asOf");
        return of(setup, state, asOf, state.grid().map(setup::path).orElse(List.of()));
    }

    /** {@return the view, given the path from the root down to the case's grid} */
    static CaseView of(CaseSetup setup, CaseState state, Instant asOf, List<String> path) {
        WorkCalendar cal = setup.calendar();
        int pos = path.size() - 1;
        int levelChanges = 0;
        Instant levelChangedAt = null;
        List<CaseEscalation> out = new ArrayList<>();
        Optional<String> assignee = state.assignee();
        Optional<Instant> assignedAt = state.assignedAt();

        Instant stop = escalationStop(state.firstHandledAt().orElse(null), state.endedAt().orElse(null), asOf);
        long period = escalationPeriod(setup, state.category());
        int k = 1;
        Instant nextAuto = period > 0 && pos > 0 ? cal.plusWorkingMinutes(state.reportedAt(), period) : null;
        int e = 0;
        List<CaseEvent.Escalated> explicit = state.escalations();
        while (true) {
            CaseEvent.Escalated ex = e < explicit.size() && !explicit.get(e).at().isAfter(asOf) ? explicit.get(e) : null;
            boolean autoDue = nextAuto != null && nextAuto.isBefore(stop) && pos > 0;
            if (ex == null && !autoDue) {
                break;
            }
            if (ex != null && (!autoDue || !ex.at().isAfter(nextAuto))) {
                e++;
                String from = pos >= 0 ? path.get(pos) : "-";
                LocalizedText reason = ex.reason().map(r -> new LocalizedText(r, r)).orElse(EXPLICIT);
                if (ex.to().isEmpty() || path.contains(ex.to().get())) {
                    int target = ex.to().map(path::indexOf).orElse(pos - 1);
                    if (pos > 0 && target < pos && target >= 0) {
                        pos = target;
                        levelChangedAt = ex.at();
                        levelChanges++;
                    }
                    out.add(new CaseEscalation(ex.at(), from, pos >= 0 ? path.get(pos) : "-", false, reason));
                } else {
                    out.add(new CaseEscalation(ex.at(), from, ex.to().get(), false, reason));
                }
            } else {
                String from = path.get(pos);
                pos--;
                levelChanges++;
                levelChangedAt = nextAuto;
                out.add(new CaseEscalation(nextAuto, from, path.get(pos), true,
                        auto(period, k)));
                k++;
                nextAuto = k <= path.size() ? cal.plusWorkingMinutes(state.reportedAt(), period * k) : null;
            }
        }
        ResponsibleUnit unit;
        LocalDate day = asOf.atZone(cal.zone()).toLocalDate();
        boolean levelLatest = levelChanges > 0
                && (assignedAt.isEmpty() || !levelChangedAt.isBefore(assignedAt.get()));
        if (levelLatest) {
            unit = new ResponsibleUnit(ResponsibleUnit.Kind.NODE, path.get(pos), staff(setup, path.get(pos), day));
        } else if (assignee.isPresent()) {
            String to = assignee.get();
            boolean node = setup.tree().isPresent() && setup.tree().get().contains(to);
            unit = new ResponsibleUnit(node ? ResponsibleUnit.Kind.NODE : ResponsibleUnit.Kind.DEPARTMENT, to,
                    node ? staff(setup, to, day) : List.of());
        } else if (state.grid().isPresent()) {
            unit = new ResponsibleUnit(ResponsibleUnit.Kind.GRID, state.grid().get(), staff(setup, state.grid().get(), day));
        } else {
            unit = new ResponsibleUnit(ResponsibleUnit.Kind.NONE, "", List.of());
        }
        OptionalLong left = OptionalLong.empty();
        boolean overdue = false;
        if (state.deadline().isPresent() && state.isOpen()) {
            Instant d = state.deadline().get();
            boolean handledInTime = (state.status() == CaseStatus.HANDLED || state.status() == CaseStatus.VERIFIED)
                    && state.lastHandledAt().isPresent() && !state.lastHandledAt().get().isAfter(d);
            if (!handledInTime) {
                if (asOf.isAfter(d)) {
                    overdue = true;
                    left = OptionalLong.of(-cal.workingMinutesBetween(d, asOf));
                } else {
                    left = OptionalLong.of(cal.workingMinutesBetween(asOf, d));
                }
            }
        }
        return new CaseView(state, asOf, unit, out, left, overdue);
    }

    private static final LocalizedText EXPLICIT = CaseMessages.text("escalation.explicit");
    /** The reasons of automatic escalations by period and level, formatted once each (at most {@value #AUTO_MAX}). */
    private static final Map<Long, LocalizedText> AUTO = new ConcurrentHashMap<>();
    private static final int AUTO_MAX = 4096;

    /** {@return the reason of the {@code k}-th automatic escalation after {@code period} working minutes each} */
    private static LocalizedText auto(long period, int k) {
        if (k >= 256 || period >= (1L << 50)) {
            return autoText(period, k);
        }
        long key = period << 8 | k;
        LocalizedText cached = AUTO.get(key);
        if (cached != null) {
            return cached;
        }
        LocalizedText text = autoText(period, k);
        if (AUTO.size() < AUTO_MAX) {
            AUTO.putIfAbsent(key, text);
        }
        return text;
    }

    private static LocalizedText autoText(long period, int k) {
        return CaseMessages.text("escalation.auto", TimeLimit.minutes(period).amount(), k);
    }

    /**
     * {@return when automatic escalation stops: when the case is first handled, has ended, or at {@code asOf}}
     * The first two are null when they have not happened.
     */
    static Instant escalationStop(Instant firstHandledAt, Instant endedAt, Instant asOf) {
        Instant stop = asOf;
        if (firstHandledAt != null && firstHandledAt.isBefore(stop)) {
            stop = firstHandledAt;
        }
        if (endedAt != null && endedAt.isBefore(stop)) {
            stop = endedAt;
        }
        return stop;
    }

    /** {@return the working minutes after which a case of the category goes up a level, 0 for never} */
    static long escalationPeriod(CaseSetup setup, String category) {
        return setup.categories().category(category).flatMap(CaseCategory::escalateAfter)
                .map(l -> l.workingMinutes(setup.calendar())).orElse(0L);
    }

    private static List<String> staff(CaseSetup setup, String node, LocalDate day) {
        List<Assignment> in = setup.staffing().inGrid(node);
        if (in.isEmpty()) {
            return List.of();
        }
        List<String> out = new ArrayList<>(in.size());
        for (Assignment a : in) {
            if (a.validity().contains(day) && !out.contains(a.personId())) {
                out.add(a.personId());
            }
        }
        return out;
    }
}

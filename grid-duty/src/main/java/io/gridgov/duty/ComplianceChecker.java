package io.gridgov.duty;

import static io.gridgov.duty.DutyMessages.MESSAGES;
import static java.util.Objects.requireNonNull;

import io.gridgov.core.staff.Staffing;
import io.gridgov.core.tree.GridNode;
import io.gridgov.core.tree.GridTree;
import io.gridgov.core.tree.Validity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.IntStream;

/**
 * Measures activity records against the plan of a period (履职核查): each obligation is fulfilled,
 * late, partly fulfilled or missed; rates per person, grid, duty, category and level; the list of
 * shortfalls; records that count for nothing, each with its reason.
 *
 * <p>Matching: a record counts for a rule of its grid when action and role agree (and the duty code,
 * when the record names one), it carries the
 * duty's evidence, its target is of the duty's target class ({@code key/h-017} for key households;
 * anything for the grid itself) and the grid counts such targets, it lasts long enough
 * (minimum-duration duties), and — with staffing — its person holds the role in the grid that day
 * (when nobody does, the post is vacant and the record meets the role's obligation). It counts for the window that
 * contains its start; on a day without a window of a day duty (a weekend day for a working-day
 * duty, a Tuesday for Mon/Wed/Fri) it counts as late for the latest window that ended within the
 * duty's grace days. Per target, at most the duty's times per window count; a record may count for
 * several duties (a patrol for the S1 and the S2 patrol), never twice for one. The compliance rate
 * credits done and late units, capped at what each obligation requires, so adding a record never
 * lowers it.
 *
 * <pre>{@code
 * ComplianceReport report = ComplianceChecker.check(tree, catalog, records,
 *         LocalDate.of(2026, 11, 1), LocalDate.of(2026, 12, 1));
 * report.overall().rate();   // e.g. 0.9312
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe; each check keeps its own state.
 */
public final class ComplianceChecker {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ComplianceChecker.class);

    private final Expander expander;
    private final int parallelism;

    ComplianceChecker(Expander expander, int parallelism) {
        this.expander = expander;
        this.parallelism = parallelism;
    }

    /**
     * Checks with the default calendar and no staffing.
     *
     * @param tree the tree
     * @param catalog the templates
     * @param records the activity records
     * @param from the first day
     * @param to the day after the last day
     * @return the report
     */
    public static ComplianceReport check(GridTree tree, DutyCatalog catalog, Collection<ActivityRecord> records,
            LocalDate from, LocalDate to) {
        return DutyPlanner.builder(tree, catalog).build().checker().check(records, from, to);
    }

    /**
     * Checks records against the obligations due in {@code [from, to)}.
     *
     * @param records the records (any order; those outside the period are reported as unmatched)
     * @param from the first day
     * @param to the day after the last day
     * @return the report
     */
    public ComplianceReport check(Collection<ActivityRecord> records, LocalDate from, LocalDate to) {
        return check(records, from, to, NoListener.INSTANCE);
    }

    /** The absent listener: lets a check judge grids in parallel. */
    private enum NoListener implements Consumer<Outcome> {
        INSTANCE;

        @Override
        public void accept(Outcome o) {
        }
    }

    /**
     * Checks records and hands every outcome, fulfilled ones included, to {@code each} as it is
     * decided, in plan order on the calling thread (the report keeps only shortfalls).
     *
     * @param records the records
     * @param from the first day
     * @param to the day after the last day
     * @param each receives every outcome, grid by grid
     * @return the report
     */
    public ComplianceReport check(Collection<ActivityRecord> records, LocalDate from, LocalDate to,
            Consumer<Outcome> each) {
        requireNonNull(records, "records");
        requireNonNull(each, "each");
        DutyPlanner.checkRange(from, to);
        ActivityRecord[] recs = records.toArray(new ActivityRecord[0]);
        // Matching is partitioned by grid so that each worker thread owns its map; small inputs use one.
        int parts = recs.length < PARALLEL_THRESHOLD ? 1 : parallelism;
        @SuppressWarnings({"unchecked", "rawtypes"})
        Map<Key, Acc>[] accs = new Map[parts];
        String[] reasonIds = new String[recs.length];
        Object[][] reasonArgs = new Object[recs.length][];
        IntStream stream = IntStream.range(0, parts);
        (parts > 1 ? stream.parallel() : stream).forEach(part -> {
            Map<Key, Acc> mine = new HashMap<>(Math.max(16, recs.length / parts * 2));
            for (int i = 0; i < recs.length; i++) {
                if (parts == 1 || partition(recs[i].grid(), parts) == part) {
                    match(recs[i], i, mine, reasonIds, reasonArgs);
                }
            }
            accs[part] = mine;
        });

        // Plan and judge: contiguous chunks of the tree's pre-order in parallel (without a listener),
        // concatenated in order, so the report is the same as a sequential run's.
        List<GridNode> nodes = expander.tree().nodes().toList();
        int chunks = parts == 1 || !(each instanceof NoListener) ? 1 : parts * 4;
        ComplianceReport.Builder[] builders = new ComplianceReport.Builder[chunks];
        BitSet[] matchedParts = new BitSet[chunks];
        Expander.SlotCache slots = new Expander.SlotCache();
        IntStream chunkStream = IntStream.range(0, chunks);
        (chunks > 1 ? chunkStream.parallel() : chunkStream).forEach(c -> {
            ComplianceReport.Builder report = new ComplianceReport.Builder(from, to);
            BitSet matched = new BitSet(recs.length);
            int lo = (int) ((long) nodes.size() * c / chunks);
            int hi = (int) ((long) nodes.size() * (c + 1) / chunks);
            for (int n = lo; n < hi; n++) {
                for (Expander.Planned p : expander.plan(nodes.get(n), from, to, slots)) {
                    Obligation o = p.obligation();
                    Key key = new Key(p.rule(), o.gridId(), o.personId().orElse(""), o.from());
                    Acc acc = accs[parts == 1 ? 0 : partition(o.gridId(), parts)].get(key);
                    Outcome outcome = outcome(p.rule(), o, acc);
                    if (acc != null) {
                        acc.consumed = true;   // each accumulator belongs to one grid, hence one chunk
                        for (int k = 0; k < acc.size; k++) {
                            matched.set(acc.records[k]);
                        }
                    }
                    report.add(outcome, p.rule(), p.rule().key, p.rule().factPrefix);
                    each.accept(outcome);
                }
            }
            builders[c] = report;
            matchedParts[c] = matched;
        });
        ComplianceReport.Builder report = builders[0];
        BitSet matched = matchedParts[0];
        for (int c = 1; c < chunks; c++) {
            report.merge(builders[c]);
            matched.or(matchedParts[c]);
        }
        for (Map<Key, Acc> part : accs) {
            for (Map.Entry<Key, Acc> e : part.entrySet()) {
                Acc acc = e.getValue();
                if (acc.consumed) {
                    continue;
                }
                for (int k = 0; k < acc.size; k++) {
                    int idx = acc.records[k];
                    String rule = e.getKey().rule.key;
                    // Several unplanned windows: name the first duty by key, whatever the map's order.
                    if (!matched.get(idx) && (!"OUTSIDE_PERIOD".equals(reasonIds[idx])
                            || rule.compareTo((String) reasonArgs[idx][0]) < 0)) {
                        reasonIds[idx] = "OUTSIDE_PERIOD";
                        reasonArgs[idx] = new Object[] {rule};
                    }
                }
            }
        }
        List<UnmatchedRecord> unmatched = new ArrayList<>();
        for (int i = 0; i < recs.length; i++) {
            if (!matched.get(i)) {
                String id = reasonIds[i];
                Object[] args = reasonArgs[i];
                if (id == null) {
                    id = "OUTSIDE_PERIOD";
                    args = new Object[] {recs[i].action()};
                }
                unmatched.add(new UnmatchedRecord(recs[i], id, MESSAGES.text("unmatched." + id, args)));
            }
        }
        ComplianceReport result = report.build(unmatched, recs.length);
        LOG.debug("checked {} activity records against the obligations of [{}, {}): {} unmatched", recs.length,
                from, to, unmatched.size());
        return result;
    }

    /** Inputs below this many records are matched on one thread. */
    private static final int PARALLEL_THRESHOLD = 50_000;

    private static int partition(String grid, int parts) {
        return Math.floorMod(grid.hashCode() * 0x9E3779B9, parts);
    }

    /** Adds one record to the accumulators of every rule it counts for, or notes why it counts for none. */
    private void match(ActivityRecord r, int i, Map<Key, Acc> accs, String[] reasonIds, Object[][] reasonArgs) {
        Optional<GridNode> node = expander.tree().node(r.grid());
        if (node.isEmpty()) {
            reason(reasonIds, reasonArgs, i, "UNKNOWN_GRID", r.grid());
            return;
        }
        boolean any = false;
        LocalDate date = r.start().toLocalDate();
        long minutes = java.time.temporal.ChronoUnit.MINUTES.between(r.start(), r.end());
        Optional<Staffing> staffing = expander.staffing();
        String holdersRole = null;
        List<String> holders = List.of();
        for (DutyUnit rule : expander.rules(node.get())) {
            if (!rule.duty.action().equals(r.action()) || !rule.role.equals(r.role())
                    || (r.duty().isPresent() && !r.duty().get().equals(rule.duty.code()))) {
                continue;
            }
            any = true;
            if (!r.evidence().containsAll(rule.evidence)) {
                reason(reasonIds, reasonArgs, i, "EVIDENCE", rule, rule.evidence, r.evidence());
                continue;
            }
            TargetScope scope = rule.duty.target();
            String targetKey = "";
            if (!(scope instanceof TargetScope.OwnGrid)) {
                String cat = r.targetCategory();
                boolean ok = scope instanceof TargetScope.Households h && h.householdCategory().equals("all")
                        ? !cat.isEmpty() : cat.equals(scope.category());
                if (!ok) {
                    reason(reasonIds, reasonArgs, i, "BAD_TARGET", r.target(), rule, scope.category());
                    continue;
                }
                targetKey = r.target();
                if (expander.targets(node.get(), scope, date) <= 0) {
                    reason(reasonIds, reasonArgs, i, "NO_TARGET", rule, r.grid(), scope.category());
                    continue;
                }
            }
            if (rule.frequency instanceof Frequency.MinimumDuration md && r.duration().compareTo(md.minimum()) < 0) {
                reason(reasonIds, reasonArgs, i, "TOO_SHORT", rule, md.minimum().toMinutes(), minutes);
                continue;
            }
            String person = "";
            if (staffing.isPresent()) {
                if (!rule.role.equals(holdersRole)) {
                    holdersRole = rule.role;
                    holders = expander.holders(r.grid(), rule.role, date);
                }
                if (!holders.isEmpty()) {   // a vacant post keeps a role obligation anyone in the role can meet
                    if (!holders.contains(r.who())) {
                        reason(reasonIds, reasonArgs, i, "NOT_ASSIGNED", r.who(), rule.role, r.grid(), date);
                        continue;
                    }
                    person = r.who();
                }
            }
            Validity valid = rule.template.validity();
            if (!valid.contains(date)) {
                reason(reasonIds, reasonArgs, i, "OUTSIDE_VALIDITY", rule, date, validityText(valid));
                continue;
            }
            LocalDate ws = Windows.windowStart(rule.frequency, expander.calendar(), date, valid);
            if (ws != null) {
                accs.computeIfAbsent(new Key(rule, r.grid(), person, ws), k -> new Acc()).add(i, targetKey, minutes, false);
            } else {
                LocalDate ls = Windows.lateWindowStart(rule.frequency, expander.calendar(), date, rule.duty.graceDays());
                if (ls == null || !valid.contains(ls)) {
                    reason(reasonIds, reasonArgs, i, "NO_WINDOW", rule, date, rule.duty.graceDays());
                    continue;
                }
                accs.computeIfAbsent(new Key(rule, r.grid(), person, ls), k -> new Acc()).add(i, targetKey, minutes, true);
            }
        }
        if (!any) {
            reason(reasonIds, reasonArgs, i, "NO_DUTY", r.grid(), r.action(), r.role());
        }
    }

    /** {@return a validity as {@code from … until} with open ends as "…"} */
    private static String validityText(Validity v) {
        return v.fromInclusive().map(Object::toString).orElse("…") + " – "
                + v.untilExclusive().map(d -> d.minusDays(1).toString()).orElse("…");
    }

    /** Keeps the first reason a record failed a rule; the text is rendered only if it ends up unmatched. */
    private static void reason(String[] ids, Object[][] args, int i, String id, Object... values) {
        if (ids[i] == null) {
            ids[i] = id;
            Object[] shown = values.clone();
            for (int k = 0; k < shown.length; k++) {
                if (shown[k] instanceof DutyUnit rule) {
                    shown[k] = rule.key;
                } else if (shown[k] instanceof java.util.Set<?> set && set.stream().allMatch(Evidence.class::isInstance)) {
                    shown[k] = Evidence.names(set);
                }
            }
            args[i] = shown;
        }
    }

    private static Outcome outcome(DutyUnit rule, Obligation o, Acc acc) {
        int count = o.count();
        if (acc == null) {
            return new Outcome(o, Status.MISSED, 0, 0, 0);
        }
        if (o.requiredMinutes().isPresent()) {
            boolean ok = acc.minutes >= o.requiredMinutes().getAsLong();
            return new Outcome(o, ok ? Status.FULFILLED : acc.minutes > 0 ? Status.PARTLY : Status.MISSED, ok ? 1 : 0, 0,
                    acc.minutes);
        }
        int times = Windows.times(rule.frequency);
        int done;
        if (acc.perTarget == null) {
            done = Math.min(acc.inWindow, times);
        } else {
            long sum = 0;
            for (int c : acc.perTarget.values()) {
                sum += Math.min(c, times);
            }
            done = (int) Math.min(sum, count);
        }
        done = Math.min(done, count);
        int late = Math.min(count - done, acc.late);
        Status status = done >= count ? Status.FULFILLED
                : done + late >= count ? Status.LATE
                : done + late > 0 ? Status.PARTLY : Status.MISSED;
        return new Outcome(o, status, done, late, acc.minutes);
    }

    private record Key(DutyUnit rule, String grid, String person, LocalDate start) {
    }

    /** What the records of one (rule, grid, person, window) add up to. */
    private static final class Acc {
        int inWindow;
        Map<String, Integer> perTarget;
        long minutes;
        int late;
        int[] records = new int[2];
        int size;
        boolean consumed;

        void add(int record, String target, long mins, boolean isLate) {
            if (size == records.length) {
                records = Arrays.copyOf(records, size * 2);
            }
            records[size++] = record;
            if (isLate) {
                late++;
                return;
            }
            minutes += mins;
            if (target.isEmpty()) {
                inWindow++;
            } else {
                if (perTarget == null) {
                    perTarget = new HashMap<>();
                }
                perTarget.merge(target, 1, Integer::sum);
            }
        }
    }
}

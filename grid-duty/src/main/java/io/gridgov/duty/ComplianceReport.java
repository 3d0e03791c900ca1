package io.gridgov.duty;

import static java.util.Objects.requireNonNull;

import io.gridgov.core.Severity;
import io.gridgov.core.facts.FactFiles;
import io.gridgov.core.facts.FactSet;
import io.gridgov.core.facts.SubjectFacts;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The result of a {@link ComplianceChecker compliance check} (履职情况): tallies overall and per
 * person, grid, duty, category and level; every obligation not fulfilled in time (the shortfalls);
 * every record that counted for nothing; and the facts it produces ({@link #facts()}, grid-core's
 * {@link FactSet}, which grid-scoring consumes).
 *
 * <p>Facts per subject (each grid, and each person when staffing was given) are named
 * {@code duty.<action>[.<targetCategory>].(required|done|late|missed)}, in units: activities
 * required, done in time, made up late, and neither ({@code required = done + late + missed}).
 * For example {@code duty.patrol.required}, {@code duty.visit.key.missed}. See
 * {@code docs/formats/duties.md}.
 *
 * <p>Immutable and thread-safe.
 */
public final class ComplianceReport {

    private final LocalDate from;
    private final LocalDate to;
    private final Tally overall;
    private final Map<String, Tally> byPerson;
    private final Map<String, Tally> byGrid;
    private final Map<String, Tally> byDuty;
    private final Map<String, Tally> byCategory;
    private final Map<String, Tally> byLevel;
    private final List<Outcome> shortfalls;
    private final List<UnmatchedRecord> unmatched;
    private final List<SubjectFacts> facts;
    private final int records;

    private ComplianceReport(Builder b, List<UnmatchedRecord> unmatched, int records) {
        this.from = b.from;
        this.to = b.to;
        this.overall = b.overall.tally();
        this.byPerson = tallies(b.byPerson);
        this.byGrid = tallies(b.byGrid);
        this.byDuty = tallies(b.byDuty);
        this.byCategory = tallies(b.byCategory);
        this.byLevel = tallies(b.byLevel);
        this.shortfalls = List.copyOf(b.shortfalls);
        this.unmatched = List.copyOf(unmatched);
        List<SubjectFacts> f = new ArrayList<>(b.facts.size());
        new TreeMap<>(b.facts).forEach((subject, m) -> {
            Map<String, BigDecimal> sorted = new TreeMap<>();
            m.forEach((prefix, v) -> {
                sorted.put(prefix + ".required", BigDecimal.valueOf(v[0]));
                sorted.put(prefix + ".done", BigDecimal.valueOf(v[1]));
                sorted.put(prefix + ".late", BigDecimal.valueOf(v[2]));
                sorted.put(prefix + ".missed", BigDecimal.valueOf(v[0] - v[1] - v[2]));
            });
            f.add(SubjectFacts.of(subject, sorted));
        });
        this.facts = List.copyOf(f);
        this.records = records;
    }

    /** {@return the first day checked} */
    public LocalDate from() {
        return from;
    }

    /** {@return the day after the last day checked} */
    public LocalDate to() {
        return to;
    }

    /** {@return the tally of every obligation} */
    public Tally overall() {
        return overall;
    }

    /** {@return tallies per person id (only obligations assigned to a person)} */
    public Map<String, Tally> byPerson() {
        return byPerson;
    }

    /** {@return tallies per grid id} */
    public Map<String, Tally> byGrid() {
        return byGrid;
    }

    /** {@return tallies per duty, keyed {@code template/code} (tiers: {@code template/code#i})} */
    public Map<String, Tally> byDuty() {
        return byDuty;
    }

    /** {@return tallies per duty category} */
    public Map<String, Tally> byCategory() {
        return byCategory;
    }

    /** {@return tallies per level key} */
    public Map<String, Tally> byLevel() {
        return byLevel;
    }

    /** {@return the obligations not fulfilled in time (late, partly, missed), in plan order} */
    public List<Outcome> shortfalls() {
        return shortfalls;
    }

    /** {@return the records that counted for no obligation of the period, with reasons, in input order} */
    public List<UnmatchedRecord> unmatched() {
        return unmatched;
    }

    /** {@return how many records were checked} */
    public int records() {
        return records;
    }

    /** {@return whether an ERROR-severity obligation was missed or only partly done} */
    public boolean hasErrors() {
        for (Outcome o : shortfalls) {
            if (o.obligation().severity() == Severity.ERROR
                    && (o.status() == Status.MISSED || o.status() == Status.PARTLY)) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@return the facts per subject (grid or person id), sorted by subject and fact name, for the
     * period {@link #periodLabel()}; their source is {@code duties}}
     */
    public FactSet facts() {
        return facts(periodLabel());
    }

    /**
     * {@return the facts per subject (grid or person id), sorted by subject and fact name}
     *
     * @param period the period label, such as {@link #periodLabel()}
     */
    public FactSet facts(String period) {
        return new FactSet(Optional.of(requireNonNull(period, "period")), Optional.of("duties"), facts);
    }

    /**
     * {@return the period label of the checked range: {@code 2026-11} for a whole month, {@code 2026-Q4}
     * for a whole quarter, {@code 2026} for a whole year, else the ISO interval {@code from/to}}
     */
    public String periodLabel() {
        if (from.getDayOfMonth() == 1 && to.equals(from.plusMonths(1))) {
            return YearMonth.from(from).toString();
        }
        if (CalendarPeriod.QUARTER.isBoundary(from) && to.equals(from.plusMonths(3))) {
            return from.getYear() + "-Q" + ((from.getMonthValue() - 1) / 3 + 1);
        }
        if (from.getDayOfYear() == 1 && to.equals(from.plusYears(1))) {
            return String.valueOf(from.getYear());
        }
        return from + "/" + to;
    }

    /**
     * Writes the facts as JSON in grid-core's facts format ({@link FactFiles#writeJson}).
     *
     * @param out the stream (not closed)
     * @param period the period label, such as {@link #periodLabel()}
     */
    public void writeFacts(OutputStream out, String period) {
        FactFiles.writeJson(facts(period), requireNonNull(out, "out"));
    }

    /**
     * Writes the facts to a file whole or not at all ({@link FactFiles#write}): CSV when its name ends
     * in {@code .csv}, JSON otherwise.
     *
     * @param file the target
     * @param period the period label
     */
    public void writeFacts(Path file, String period) {
        FactFiles.write(facts(period), requireNonNull(file, "file"));
    }

    /** A mutable tally, for accumulating. */
    private static final class Acc {
        long obligations;
        long fulfilled;
        long late;
        long partly;
        long missed;
        long required;
        long done;
        long doneLate;

        void add(Outcome o) {
            obligations++;
            switch (o.status()) {
                case FULFILLED -> fulfilled++;
                case LATE -> late++;
                case PARTLY -> partly++;
                case MISSED -> missed++;
                default -> throw new AssertionError(o.status());
            }
            required += o.obligation().count();
            done += o.done();
            doneLate += o.late();
        }

        void add(Acc a) {
            obligations += a.obligations;
            fulfilled += a.fulfilled;
            late += a.late;
            partly += a.partly;
            missed += a.missed;
            required += a.required;
            done += a.done;
            doneLate += a.doneLate;
        }

        Tally tally() {
            return new Tally(obligations, fulfilled, late, partly, missed, required, done, doneLate);
        }
    }

    private static Map<String, Tally> tallies(Map<String, Acc> accs) {
        Map<String, Tally> out = new TreeMap<>();
        accs.forEach((k, a) -> out.put(k, a.tally()));
        return Collections.unmodifiableMap(out);
    }

    /** Accumulates outcomes. Not thread-safe. */
    static final class Builder {
        private final LocalDate from;
        private final LocalDate to;
        private final Acc overall = new Acc();
        private final Map<String, Acc> byPerson = new HashMap<>();
        private final Map<String, Acc> byGrid = new HashMap<>();
        private final Map<String, Acc> byDuty = new HashMap<>();
        private final Map<String, Acc> byCategory = new HashMap<>();
        private final Map<String, Acc> byLevel = new HashMap<>();
        private final List<Outcome> shortfalls = new ArrayList<>();
        private final Map<String, Map<String, long[]>> facts = new HashMap<>();
        private String lastGrid;
        private Acc lastGridAcc;
        private Map<String, long[]> lastGridFacts;

        Builder(LocalDate from, LocalDate to) {
            this.from = from;
            this.to = to;
        }

        private final Map<Object, Acc[]> byRule = new java.util.IdentityHashMap<>();
        private Acc lastLevelAcc;

        void add(Outcome o) {
            Obligation ob = o.obligation();
            add(o, ob.dutyKey(), ob.dutyKey(), ob.factPrefix());
        }

        /**
         * Adds an outcome whose duty key and fact prefix the caller already knows; {@code rule} identifies
         * the (duty, category) slice so that its tallies are found by identity.
         */
        void add(Outcome o, Object rule, String dutyKey, String factPrefix) {
            Obligation ob = o.obligation();
            overall.add(o);
            if (ob.personId().isPresent()) {
                String p = ob.personId().get();
                byPerson.computeIfAbsent(p, k -> new Acc()).add(o);
                fact(facts.computeIfAbsent(p, k -> new HashMap<>()), factPrefix, o);
            }
            if (!ob.gridId().equals(lastGrid)) {   // plans come grid by grid
                lastGrid = ob.gridId();
                lastGridAcc = byGrid.computeIfAbsent(lastGrid, k -> new Acc());
                lastGridFacts = facts.computeIfAbsent(lastGrid, k -> new HashMap<>());
                lastLevelAcc = byLevel.computeIfAbsent(ob.levelKey().orElse("?"), k -> new Acc());
            }
            lastGridAcc.add(o);
            lastLevelAcc.add(o);
            fact(lastGridFacts, factPrefix, o);
            Acc[] slices = byRule.computeIfAbsent(rule, k -> new Acc[] {
                byDuty.computeIfAbsent(dutyKey, d -> new Acc()),
                byCategory.computeIfAbsent(ob.category(), c -> new Acc())});
            slices[0].add(o);
            slices[1].add(o);
            if (o.status() != Status.FULFILLED) {
                shortfalls.add(o);
            }
        }

        private static void fact(Map<String, long[]> subject, String prefix, Outcome o) {
            long[] v = subject.computeIfAbsent(prefix, k -> new long[3]);
            v[0] += o.obligation().count();
            v[1] += o.done();
            v[2] += o.late();
        }

        /** Adds the outcomes of a later part of the plan. */
        void merge(Builder later) {
            overall.add(later.overall);
            merge(byPerson, later.byPerson);
            merge(byGrid, later.byGrid);
            merge(byDuty, later.byDuty);
            merge(byCategory, later.byCategory);
            merge(byLevel, later.byLevel);
            shortfalls.addAll(later.shortfalls);
            later.facts.forEach((subject, m) -> {
                Map<String, long[]> mine = facts.computeIfAbsent(subject, k -> new HashMap<>());
                m.forEach((prefix, v) -> {
                    long[] x = mine.computeIfAbsent(prefix, k -> new long[3]);
                    x[0] += v[0];
                    x[1] += v[1];
                    x[2] += v[2];
                });
            });
            lastGrid = null;
        }

        private static void merge(Map<String, Acc> into, Map<String, Acc> from) {
            from.forEach((k, a) -> into.computeIfAbsent(k, x -> new Acc()).add(a));
        }

        ComplianceReport build(List<UnmatchedRecord> unmatched, int records) {
            return new ComplianceReport(this, unmatched, records);
        }
    }
}

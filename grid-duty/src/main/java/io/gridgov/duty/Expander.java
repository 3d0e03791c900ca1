package io.gridgov.duty;

import io.gridgov.core.calendar.WorkCalendar;
import io.gridgov.core.io.InputLocation;
import io.gridgov.core.io.InvalidInputException;
import io.gridgov.core.io.JsonTree;
import io.gridgov.core.staff.Staffing;
import io.gridgov.core.tree.GridNode;
import io.gridgov.core.tree.GridTree;
import io.gridgov.core.tree.Level;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Binds templates to grids and expands rules into obligations. Thread-safe: the per-grid rule
 * cache is concurrent. Not API.
 */
final class Expander {

    /** An obligation with the rule it comes from. */
    public record Planned(DutyUnit rule, Obligation obligation) {
    }

    private final GridTree tree;
    private final WorkCalendar calendar;
    private final Optional<Staffing> staffing;
    /** Shared rules of every (template, duty, tier) without a per-grid override. */
    private final Map<EffectiveTemplate, List<DutyUnit>> baseRules = new HashMap<>();
    /** Overrides by grid, then by template. */
    private final Map<String, Map<EffectiveTemplate, List<GridOverride>>> overrides = new HashMap<>();
    private final List<EffectiveTemplate> templates;
    private final Map<String, List<DutyUnit>> rulesByGrid = new ConcurrentHashMap<>();

    /** Creates an expander. */
    public Expander(GridTree tree, DutyCatalog catalog, WorkCalendar calendar, Optional<Staffing> staffing) {
        this.tree = tree;
        this.calendar = calendar;
        this.staffing = staffing;
        this.templates = catalog.templates().stream().filter(t -> !t.template().base()).toList();
        for (EffectiveTemplate t : templates) {
            List<DutyUnit> rules = new ArrayList<>();
            for (Duty d : t.duties()) {
                rules.addAll(rules(t, d, d.frequency()));
            }
            baseRules.put(t, rules);
            for (GridOverride o : t.overrides()) {
                overrides.computeIfAbsent(o.gridId(), k -> new HashMap<>()).computeIfAbsent(t, k -> new ArrayList<>()).add(o);
            }
        }
    }

    private static List<DutyUnit> rules(EffectiveTemplate t, Duty d, Frequency f) {
        if (f instanceof Frequency.Tiered tiered) {
            List<DutyUnit> out = new ArrayList<>();
            for (int i = 0; i < tiered.tiers().size(); i++) {
                Frequency.Tier tier = tiered.tiers().get(i);
                out.add(new DutyUnit(t, d, OptionalInt.of(i), tier.role(), tier.frequency()));
            }
            return out;
        }
        return List.of(new DutyUnit(t, d, OptionalInt.empty(), d.role(), f));
    }

    /** {@return the tree} */
    public GridTree tree() {
        return tree;
    }

    /** {@return the calendar} */
    public WorkCalendar calendar() {
        return calendar;
    }

    /** {@return the staffing, if any} */
    public Optional<Staffing> staffing() {
        return staffing;
    }

    /** {@return the rules that apply in a grid, overrides applied (cached)} */
    public List<DutyUnit> rules(GridNode node) {
        return rulesByGrid.computeIfAbsent(node.id(), id -> computeRules(node));
    }

    private List<DutyUnit> computeRules(GridNode node) {
        List<DutyUnit> out = new ArrayList<>();
        Map<EffectiveTemplate, List<GridOverride>> mine = overrides.getOrDefault(node.id(), Map.of());
        for (EffectiveTemplate t : templates) {
            if (!bound(t, node)) {
                continue;
            }
            List<GridOverride> os = mine.getOrDefault(t, List.of());
            String level = tree.level(node.id()).map(Level::key).orElse("");
            if (os.isEmpty()) {
                for (DutyUnit r : baseRules.get(t)) {
                    if (r.duty.levels().isEmpty() || r.duty.levels().contains(level)) {
                        out.add(r);
                    }
                }
                continue;
            }
            Set<String> seen = new HashSet<>();
            for (Duty d : t.duties()) {
                if (!d.levels().isEmpty() && !d.levels().contains(level)) {
                    continue;
                }
                GridOverride last = null;
                for (GridOverride o : os) {
                    if (o.dutyCode().equals(d.code())) {
                        last = o;
                    }
                }
                if (last == null) {
                    for (DutyUnit r : baseRules.get(t)) {
                        if (r.duty == d && seen.add(r.toString())) {
                            out.add(r);
                        }
                    }
                } else if (!last.disabled()) {
                    out.addAll(rules(t, d, last.frequency().orElseThrow()));
                }
            }
        }
        return out;
    }

    private boolean bound(EffectiveTemplate t, GridNode node) {
        for (Binding b : t.bindings()) {
            if (b.matches(tree, node)) {
                return true;
            }
        }
        return false;
    }

    /** A window of a rule with what it requires beyond the count (time shares). */
    private record Slot(Windows.Window window, OptionalLong minutes) {
    }

    /** {@return the obligations due in {@code [from, to)}, grid by grid in tree order, lazily} */
    public Stream<Planned> plan(LocalDate from, LocalDate to) {
        Map<DutyUnit, List<Slot>> slots = new ConcurrentHashMap<>();
        return tree.nodes().flatMap(node -> plan(node, from, to, slots).stream());
    }

    private List<Slot> slots(DutyUnit rule, LocalDate from, LocalDate to) {
        List<Slot> out = new ArrayList<>();
        for (Windows.Window w : Windows.dueIn(rule.frequency, calendar, from, to, rule.template.validity())) {
            OptionalLong minutes = OptionalLong.empty();
            if (rule.frequency instanceof Frequency.TimeShare ts) {
                long working = (long) calendar.workingDays(w.start(), w.end()) * calendar.minutesPerDay();
                minutes = OptionalLong.of(ts.share().multiply(BigDecimal.valueOf(working))
                        .setScale(0, RoundingMode.CEILING).longValueExact());
            }
            out.add(new Slot(w, minutes));
        }
        return out;
    }

    /** A reusable cache of windows per rule for one range, shared by threads planning different grids. */
    public static final class SlotCache {
        private final Map<DutyUnit, List<Slot>> slots = new ConcurrentHashMap<>();
    }

    /** {@return the obligations of one grid due in {@code [from, to)}, using a cache shared across grids} */
    public List<Planned> plan(GridNode node, LocalDate from, LocalDate to, SlotCache cache) {
        return plan(node, from, to, cache.slots);
    }

    private List<Planned> plan(GridNode node, LocalDate from, LocalDate to, Map<DutyUnit, List<Slot>> cache) {
        List<DutyUnit> rules = rules(node);
        if (rules.isEmpty()) {
            return List.of();
        }
        List<Planned> out = new ArrayList<>();
        Optional<String> level = tree.level(node.id()).map(Level::key);
        for (DutyUnit rule : rules) {
            List<Slot> slots = cache.computeIfAbsent(rule, r -> slots(r, from, to));
            if (slots.isEmpty()) {
                continue;
            }
            TargetScope scope = rule.duty.target();
            boolean byDate = scope instanceof TargetScope.Subordinates sub && sub.of() == TargetScope.SubordinateKind.WORKERS
                    && staffing.isPresent();
            int fixedTargets = byDate ? 0 : targets(node, scope, from);
            if (!byDate && fixedTargets <= 0) {
                continue;
            }
            OptionalLong minimum = rule.frequency instanceof Frequency.MinimumDuration md
                    ? OptionalLong.of(md.minimum().toMinutes()) : OptionalLong.empty();
            int times = Windows.times(rule.frequency);
            boolean timeShare = rule.frequency instanceof Frequency.TimeShare;
            for (Slot slot : slots) {
                Windows.Window w = slot.window();
                int targets = byDate ? targets(node, scope, w.start()) : fixedTargets;
                if (targets <= 0) {
                    continue;
                }
                int count = timeShare ? 1 : Math.multiplyExact(times, targets);
                List<String> people = staffing.isPresent() ? holders(node.id(), rule.role, w.start()) : List.of();
                if (people.isEmpty()) {
                    out.add(new Planned(rule, obligation(rule, node, level, Optional.empty(), targets, w, count,
                            slot.minutes(), minimum)));
                } else {
                    for (String p : people) {
                        out.add(new Planned(rule, obligation(rule, node, level, Optional.of(p), targets, w, count,
                                slot.minutes(), minimum)));
                    }
                }
            }
        }
        return out;
    }

    /**
     * The people holding a role in a grid on a date, without the stream of {@link Staffing#holders}.
     *
     * @return person ids in assignment order, without repeats; empty without staffing
     */
    public List<String> holders(String gridId, String role, LocalDate date) {
        if (staffing.isEmpty()) {
            return List.of();
        }
        List<io.gridgov.core.staff.Assignment> in = staffing.get().inGrid(gridId);
        List<String> out = null;
        for (int i = 0; i < in.size(); i++) {
            io.gridgov.core.staff.Assignment a = in.get(i);
            if (a.role().equals(role) && a.validity().contains(date)) {
                if (out == null) {
                    out = new ArrayList<>(1);
                }
                if (!out.contains(a.personId())) {
                    out.add(a.personId());
                }
            }
        }
        return out == null ? List.of() : out;
    }

    private static Obligation obligation(DutyUnit rule, GridNode node, Optional<String> level, Optional<String> person,
            int targets, Windows.Window w, int count, OptionalLong minutes, OptionalLong minimum) {
        Duty d = rule.duty;
        return new Obligation(rule.template.id(), d.code(), rule.tier, d.action(), d.category(), rule.role, person,
                node.id(), level, d.target(), targets, w.start(), w.end(), count, minutes, minimum, d.severity());
    }

    /**
     * How many targets a scope counts in a grid: households and units from node attributes
     * ({@code households.<category>}, {@code units.<kind>}), subordinates from the tree or staffing.
     */
    public int targets(GridNode node, TargetScope scope, LocalDate date) {
        if (scope instanceof TargetScope.OwnGrid) {
            return 1;
        }
        if (scope instanceof TargetScope.Households h) {
            String c = h.householdCategory();
            OptionalLong v = attribute(node, "households." + c);
            if (v.isPresent()) {
                return (int) v.getAsLong();
            }
            if (c.equals("all") && node.households().isPresent()) {
                return (int) node.households().getAsLong();
            }
            if (c.equals("ordinary") && node.households().isPresent()) {
                OptionalLong key = attribute(node, "households.key");
                if (key.isPresent()) {
                    return (int) Math.max(0, node.households().getAsLong() - key.getAsLong());
                }
            }
            return 0;
        }
        if (scope instanceof TargetScope.Units u) {
            OptionalLong v = attribute(node, "units." + u.unitKind());
            if (v.isPresent()) {
                return (int) v.getAsLong();
            }
            return node.kind().dedicatedType().filter(t -> t.key().equals(u.unitKind())).isPresent() ? 1 : 0;
        }
        TargetScope.Subordinates s = (TargetScope.Subordinates) scope;
        if (s.of() == TargetScope.SubordinateKind.GRIDS) {
            return tree.children(node.id()).size();
        }
        OptionalLong v = attribute(node, "subordinates.workers");
        if (v.isPresent()) {
            return (int) v.getAsLong();
        }
        if (staffing.isPresent()) {
            Set<String> workers = new HashSet<>();
            for (GridNode child : tree.children(node.id())) {
                workers.addAll(staffing.get().holders(child.id(), "worker", date));
            }
            return workers.size();
        }
        return tree.children(node.id()).size();
    }

    private static OptionalLong attribute(GridNode node, String key) {
        String v = node.attributes().get(key);
        if (v == null) {
            return OptionalLong.empty();
        }
        try {
            long n = Long.parseLong(v.trim());
            if (n < 0 || n > Integer.MAX_VALUE) {
                throw new NumberFormatException();
            }
            return OptionalLong.of(n);
        } catch (NumberFormatException e) {
            throw new InvalidInputException(InputLocation.UNKNOWN.withRecord("node \"" + node.id() + "\"")
                    .withField("attributes." + key), DutyMessages.MESSAGES.text("expander.count", JsonTree.quoted(v)));
        }
    }
}

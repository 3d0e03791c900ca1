package io.gridgov.duty;

import static io.gridgov.duty.DutyMessages.MESSAGES;
import static java.util.Objects.requireNonNull;

import io.gridgov.core.Diagnostics;
import io.gridgov.core.Severity;
import io.gridgov.core.io.InputLocation;
import io.gridgov.core.io.InvalidInputException;
import io.gridgov.core.io.JsonTree;
import io.gridgov.core.Finding;
import io.gridgov.core.staff.Role;
import io.gridgov.core.tree.Level;
import io.gridgov.core.tree.LevelScheme;
import io.gridgov.core.tree.Validity;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A validated set of duty templates with inheritance resolved (职责模板库): the input of
 * {@link DutyPlanner}. {@link #of} checks the meaning of the templates and refuses any ERROR —
 * unknown role or action, a quota that cannot be met in its period, a cycle in {@code extends}, an
 * unknown parent, repeated ids or codes, an override of an unknown duty — naming the file and the
 * JSON path; {@link #validate} returns every problem instead. Problems are grid-core
 * {@link Finding findings}: the rule id, the severity, the template as subject, and the file and JSON
 * path as location. {@link #check(LevelScheme)} tells
 * bindings that match no level of a scheme.
 *
 * <pre>{@code
 * DutyCatalog catalog = DutyCatalog.of(DutyTemplates.read(Path.of("fire.json")));
 * Diagnostics<Finding> problems = catalog.check(tree.scheme());   // isValid(), errors(), findings("UNKNOWN_LEVEL")
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class DutyCatalog {

    private final Map<String, EffectiveTemplate> templates;
    private final List<Finding> warnings;

    private DutyCatalog(Map<String, EffectiveTemplate> templates, List<Finding> warnings) {
        this.templates = templates;
        this.warnings = List.copyOf(warnings);
    }

    /**
     * Resolves and validates templates.
     *
     * @param templates the templates, parents anywhere in the collection
     * @return the catalog
     * @throws InvalidInputException for the first ERROR problem (its message counts the others)
     */
    public static DutyCatalog of(Collection<DutyTemplate> templates) {
        Resolution r = resolve(templates);
        List<Finding> errors = r.problems.stream().filter(p -> p.severity().isError()).toList();
        if (!errors.isEmpty()) {
            Finding first = errors.get(0);
            throw new InvalidInputException(first.location().orElse(InputLocation.UNKNOWN), errors.size() == 1
                    ? first.message()
                    : MESSAGES.text("catalog.more", first.message(), String.valueOf(errors.size() - 1),
                            errors.size() - 1));
        }
        return new DutyCatalog(r.effective, r.problems);
    }

    /** {@return a catalog of every preset} */
    public static DutyCatalog presets() {
        return of(DutyTemplates.presets());
    }

    /**
     * Every problem of a set of templates, without throwing.
     *
     * @param templates the templates
     * @return the problems, errors and warnings, in template order
     */
    public static Diagnostics<Finding> validate(Collection<DutyTemplate> templates) {
        return Diagnostics.of(resolve(templates).problems);
    }

    /**
     * The effective templates, in input order, then the presets loaded as bases because a template
     * extends them. Bases ({@link DutyTemplate#base()}) are listed but never planned.
     *
     * @return the templates
     */
    public List<EffectiveTemplate> templates() {
        return List.copyOf(templates.values());
    }

    /** {@return the effective template with this id, if any} */
    public Optional<EffectiveTemplate> template(String id) {
        return Optional.ofNullable(templates.get(requireNonNull(id, "id")));
    }

    /** {@return the WARNING problems found when the catalog was built} */
    public List<Finding> warnings() {
        return warnings;
    }

    /**
     * Checks the bindings against a level scheme: a binding none of whose levels is in the scheme
     * matches no grid (ERROR); a single unknown level among known ones is a WARNING.
     *
     * @param scheme the scheme of the tree the catalog will be planned on
     * @return the problems, none when every binding can match
     */
    public Diagnostics<Finding> check(LevelScheme scheme) {
        requireNonNull(scheme, "scheme");
        Set<String> keys = scheme.levels().stream().map(Level::key).collect(Collectors.toCollection(LinkedHashSet::new));
        List<Finding> out = new ArrayList<>();
        for (EffectiveTemplate t : templates.values()) {
            if (t.template().base()) {
                continue;   // a base is never planned: its bindings need not match
            }
            List<Binding> own = t.template().bindings();
            boolean bindingFailed = false;
            for (int i = 0; i < t.bindings().size(); i++) {
                Binding b = t.bindings().get(i);
                if (b.levels().isEmpty()) {
                    continue;
                }
                String path = (own.isEmpty() ? "(inherited) " : "") + "$.bindings[" + i + "].levels";
                Set<String> unknown = new TreeSet<>(b.levels());
                unknown.removeAll(keys);
                if (unknown.size() == b.levels().size()) {
                    out.add(problem("BINDING_MATCHES_NO_LEVEL", Severity.ERROR, t.template(), path, t.id(),
                            new TreeSet<>(b.levels()), scheme.id(), keys));
                    bindingFailed = true;
                } else {
                    for (String u : unknown) {
                        out.add(problem("UNKNOWN_LEVEL", Severity.WARNING, t.template(), path, t.id(), u, scheme.id(), keys));
                    }
                }
            }
            for (int i = 0; i < t.duties().size() && !bindingFailed; i++) {
                Duty d = t.duties().get(i);
                if (d.levels().isEmpty()) {
                    continue;
                }
                Set<String> unknown = new TreeSet<>(d.levels());
                unknown.removeAll(keys);
                int ownIndex = t.template().duties().indexOf(d);
                String path = ownIndex >= 0 ? "$.duties[" + ownIndex + "].levels" : "(inherited) duty \"" + d.code() + "\".levels";
                if (unknown.size() == d.levels().size()) {
                    out.add(problem("BINDING_MATCHES_NO_LEVEL", Severity.ERROR, t.template(), path, t.id(),
                            new TreeSet<>(d.levels()), scheme.id(), keys));
                } else {
                    for (String u : unknown) {
                        out.add(problem("UNKNOWN_LEVEL", Severity.WARNING, t.template(), path, t.id(), u, scheme.id(), keys));
                    }
                }
            }
        }
        return Diagnostics.of(out);
    }

    // ------------------------------------------------------------------------------------------

    private record Resolution(Map<String, EffectiveTemplate> effective, List<Finding> problems) {
    }

    /** How many ids of an {@code extends} cycle a message names before it counts the rest. */
    private static final int CYCLE_SHOWN = 6;

    /**
     * Resolves every template in time linear in the number of templates (plus the effective duties
     * they carry): each {@code extends} link is followed once, each template resolved once after its
     * parent. A parent that is not among the templates but is a preset id is loaded from the presets,
     * as a base only (never planned itself).
     */
    private static Resolution resolve(Collection<DutyTemplate> input) {
        requireNonNull(input, "templates");
        List<Finding> problems = new ArrayList<>();
        Map<String, DutyTemplate> byId = new LinkedHashMap<>();
        for (DutyTemplate t : input) {
            if (byId.putIfAbsent(t.id(), t) != null) {
                problems.add(problem("DUPLICATE_TEMPLATE", Severity.ERROR, t, "$.id", t.id()));
            }
        }
        addPresetParents(byId);
        Map<String, EffectiveTemplate> effective = new LinkedHashMap<>();
        Set<String> broken = new HashSet<>();
        Map<String, Integer> onPath = new HashMap<>();
        List<DutyTemplate> path = new ArrayList<>();
        for (DutyTemplate t : byId.values()) {
            if (effective.containsKey(t.id()) || broken.contains(t.id())) {
                continue;
            }
            // Walk up to a resolved or broken ancestor, a root, an unknown parent or a cycle.
            path.clear();
            onPath.clear();
            boolean ok = true;
            DutyTemplate cur = t;
            while (true) {
                if (effective.containsKey(cur.id())) {
                    break;
                }
                if (broken.contains(cur.id())) {
                    ok = false;
                    break;
                }
                Integer seen = onPath.get(cur.id());
                if (seen != null) {
                    List<DutyTemplate> cycle = path.subList(seen, path.size());
                    for (int i = 0; i < cycle.size(); i++) {
                        problems.add(problem("EXTENDS_CYCLE", Severity.ERROR, cycle.get(i), "$.extends",
                                cycle.get(i).id(), new Shown(cycleText(cycle, i))));
                    }
                    ok = false;
                    break;
                }
                onPath.put(cur.id(), path.size());
                path.add(cur);
                if (cur.parent().isEmpty()) {
                    break;
                }
                DutyTemplate parent = byId.get(cur.parent().get());
                if (parent == null) {
                    problems.add(problem("UNKNOWN_PARENT", Severity.ERROR, cur, "$.extends", cur.id(),
                            cur.parent().get()));
                    ok = false;
                    break;
                }
                cur = parent;
            }
            if (!ok) {
                path.forEach(p -> broken.add(p.id()));
                continue;
            }
            for (int i = path.size() - 1; i >= 0; i--) {
                DutyTemplate p = path.get(i);
                EffectiveTemplate parent = p.parent().map(effective::get).orElse(null);
                effective.put(p.id(), effective(p, parent, problems));
            }
        }
        Map<String, EffectiveTemplate> ordered = new LinkedHashMap<>();
        for (DutyTemplate t : byId.values()) {
            EffectiveTemplate e = effective.get(t.id());
            if (e != null) {
                ordered.put(t.id(), e);
            }
        }
        return new Resolution(ordered, problems);
    }

    /** Adds, as bases only, the presets named by {@code extends} that are not among the templates. */
    private static void addPresetParents(Map<String, DutyTemplate> byId) {
        List<DutyTemplate> pending = new ArrayList<>(byId.values());
        while (!pending.isEmpty()) {
            DutyTemplate t = pending.remove(pending.size() - 1);
            Optional<String> parent = t.parent();
            if (parent.isPresent() && !byId.containsKey(parent.get())
                    && DutyTemplates.PRESET_IDS.contains(parent.get())) {
                DutyTemplate preset = DutyTemplates.preset(parent.get()).withBase(true);
                byId.put(preset.id(), preset);
                pending.add(preset);
            }
        }
    }

    /** {@return the cycle read from its {@code i}-th member back to it, long cycles shortened} */
    private static String cycleText(List<DutyTemplate> cycle, int i) {
        int n = cycle.size();
        List<String> ids = new ArrayList<>();
        for (int k = 0; k < Math.min(n, CYCLE_SHOWN); k++) {
            ids.add(shown(cycle.get((i + k) % n).id()));
        }
        if (n > CYCLE_SHOWN) {
            ids.add("…(+" + (n - CYCLE_SHOWN) + ")");
        }
        ids.add(shown(cycle.get(i).id()));
        return String.join(" → ", ids);
    }

    private static EffectiveTemplate effective(DutyTemplate t, EffectiveTemplate parent, List<Finding> problems) {
        Map<String, Duty> duties = new LinkedHashMap<>();
        List<Binding> bindings = new ArrayList<>();
        List<GridOverride> overrides = new ArrayList<>();
        Set<String> roles = new LinkedHashSet<>();
        Set<String> actions = new LinkedHashSet<>();
        Role.builtIn().forEach(r -> roles.add(r.key()));
        Action.builtIn().forEach(a -> actions.add(a.key()));
        Validity validity = t.validity();
        if (parent != null) {
            if (validity.equals(Validity.ALWAYS)) {
                validity = parent.validity();
            }
            parent.duties().forEach(d -> duties.put(d.code(), d));
            bindings.addAll(parent.bindings());
            overrides.addAll(parent.overrides());
            roles.addAll(parent.roles());
            actions.addAll(parent.actions());
        }
        t.roles().forEach(r -> roles.add(r.key()));
        t.actions().forEach(a -> actions.add(a.key()));
        for (int i = 0; i < t.removed().size(); i++) {
            String code = t.removed().get(i);
            if (duties.remove(code) == null) {
                problems.add(problem("UNKNOWN_DUTY", Severity.WARNING, t, "$.remove[" + i + "]", t.id(), code));
            }
        }
        Set<String> own = new HashSet<>();
        for (int i = 0; i < t.duties().size(); i++) {
            Duty d = t.duties().get(i);
            String path = "$.duties[" + i + "]";
            if (!own.add(d.code())) {
                problems.add(problem("DUPLICATE_DUTY", Severity.ERROR, t, path + ".code", d.code(), t.id()));
            }
            if (!actions.contains(d.action())) {
                problems.add(problem("UNKNOWN_ACTION", Severity.ERROR, t, path + ".action", d.code(), d.action(), actions));
            }
            if (d.frequency() instanceof Frequency.Tiered tiered) {
                for (int k = 0; k < tiered.tiers().size(); k++) {
                    Frequency.Tier tier = tiered.tiers().get(k);
                    String tp = path + ".frequency.tiers[" + k + "]";
                    if (!roles.contains(tier.role())) {
                        problems.add(problem("UNKNOWN_ROLE", Severity.ERROR, t, tp + ".role", d.code(), tier.role(), roles));
                    }
                    meetable(d.code(), tier.frequency(), t, tp + ".frequency", problems);
                }
            } else {
                if (!roles.contains(d.role())) {
                    problems.add(problem("UNKNOWN_ROLE", Severity.ERROR, t, path + ".role", d.code(), d.role(), roles));
                }
                meetable(d.code(), d.frequency(), t, path + ".frequency", problems);
            }
            duties.put(d.code(), d);
        }
        if (!t.bindings().isEmpty()) {
            bindings.clear();
            bindings.addAll(t.bindings());
        }
        for (int i = 0; i < t.overrides().size(); i++) {
            GridOverride o = t.overrides().get(i);
            if (!duties.containsKey(o.dutyCode())) {
                problems.add(problem("UNKNOWN_DUTY", Severity.ERROR, t, "$.overrides[" + i + "].duty", t.id(),
                        o.dutyCode()));
            }
            if (o.frequency().isPresent()) {
                meetable(o.dutyCode(), o.frequency().get(), t, "$.overrides[" + i + "].frequency", problems);
            }
            overrides.add(o);
        }
        if (bindings.isEmpty() && !t.base()) {
            problems.add(problem("NO_BINDING", Severity.WARNING, t, "$.bindings", t.id()));
        }
        return new EffectiveTemplate(t, List.copyOf(duties.values()), bindings, overrides, roles, actions,
                validity);
    }

    /** Reports a quota that cannot be met within the shortest instance of its period. */
    private static void meetable(String code, Frequency f, DutyTemplate t, String path, List<Finding> problems) {
        if (f instanceof Frequency.Quota q && q.maxPerDay().isPresent()) {
            long fit = (long) q.maxPerDay().getAsInt() * q.per().minDays();
            if (q.times() > fit) {
                problems.add(problem("UNMEETABLE_QUOTA", Severity.ERROR, t, path + ".times", code, q.times(),
                        q.per().key(), fit));
            }
        } else if (f instanceof Frequency.MinimumDuration m) {
            long fit = Duration.ofDays(m.per().minDays()).toMinutes() / Math.max(1, m.minimum().toMinutes());
            if (m.minimum().compareTo(Duration.ofDays(m.per().minDays())) > 0 || m.times() > fit) {
                problems.add(problem("UNMEETABLE_QUOTA", Severity.ERROR, t, path + ".times", code, m.times(),
                        m.per().key(), fit));
            }
        }
    }

    /** About how many characters a message's list of known roles, actions or levels shows before counting the rest. */
    private static final int LIST_SHOWN = 120;

    /** A message argument already made printable and short (by {@link #shown}): passed as it is. */
    private record Shown(String text) {
        @Override
        public String toString() {
            return text;
        }
    }

    /** {@return a name as a message shows it: escaped and shortened as by {@link JsonTree#quoted}, without the quotes} */
    private static String shown(String name) {
        String q = JsonTree.quoted(name);
        return q.substring(1, q.length() - 1);
    }

    /**
     * A problem of a template. Its arguments as the message shows them: names escaped and shortened
     * (a name may hold a newline or a bidirectional override), collections as a bounded list
     * ({@link JsonTree#listed}), so that the message stays one short line.
     */
    private static Finding problem(String rule, Severity severity, DutyTemplate t, String path, Object... args) {
        InputLocation file = t.origin().map(InputLocation::ofFile).orElse(InputLocation.UNKNOWN);
        Object[] shownArgs = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            shownArgs[i] = args[i] instanceof String s ? shown(s)
                    : args[i] instanceof Collection<?> c
                            ? JsonTree.listed(c.stream().map(String::valueOf).toList(), LIST_SHOWN)
                            : args[i];
        }
        return new Finding(rule, severity, List.of(t.id()),
                Optional.of(file.withRecord("template \"" + t.id() + "\"").withField(path)),
                MESSAGES.text("problem." + rule, shownArgs));
    }
}

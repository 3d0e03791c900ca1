package io.gridgov.scoring;

import io.gridgov.core.Finding;
import io.gridgov.core.Severity;
import io.gridgov.core.facts.FactSet;
import io.gridgov.core.facts.SubjectFacts;
import io.gridgov.core.i18n.LocalizedText;
import io.gridgov.core.io.InputLocation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a scheme makes of a facts file before scoring it (考核数据检查): facts that no rule reads (a
 * WARNING naming the closest name the scheme knows: a misspelt {@code falsificaton} must not leave the
 * veto on {@code falsification} silently untested; names far from every known one, such as a producer's
 * breakdowns, are one INFO) and facts a line reads that a subject lacks (one
 * finding per subject and line, with what the fact counts as: the declared default (INFO), 0 or not
 * assessed (WARNING; always WARNING for a veto), or an ERROR when the scheme says nothing or
 * {@code missing: "error"}). Large inputs are summarised: at most {@value #PER_KEY} findings per line
 * and fact and {@value #UNREAD} unread names, then one finding saying how many more; beyond
 * {@value #TRACKED} distinct unread names, further cells are only counted. Subjects are checked one at a
 * time ({@link #add}), so a stream of any length is checked in memory bounded by the scheme.
 * Package-private; an instance is not thread-safe.
 */
final class FactCheck {
    /** Per-subject findings per line and fact before they are summarised. */
    static final int PER_KEY = 10;
    /** Unread fact names reported one by one before they are summarised. */
    static final int UNREAD = 20;

    /** A line of the scheme that reads facts. */
    private record Line(String code, List<String> facts, Optional<Scheme.Missing> missing, boolean veto) {
    }

    /** Distinct unread fact names counted one by one; cells with further names are only counted. */
    static final int TRACKED = 1_000;

    private final Scheme s;
    private final String source;
    private final List<Line> lines = new ArrayList<>();
    private final Set<String> known;
    private final Map<String, Integer> unread = new LinkedHashMap<>();
    private final Map<String, List<String>> unreadBy = new LinkedHashMap<>();
    /** Cells with an unread name beyond the {@value #TRACKED} names counted. */
    private long untracked;
    private final Map<String, Integer> lacking = new LinkedHashMap<>();
    /** The per-subject findings, at most {@value #PER_KEY} per line and fact. */
    private final List<Finding> found = new ArrayList<>();

    /**
     * Starts a check of one source's subjects, given one at a time ({@link #add}). Not thread-safe.
     *
     * @param s the scheme
     * @param source the facts' source, for the findings' locations
     */
    FactCheck(Scheme s, String source) {
        this.s = s;
        this.source = source;
        s.categories().forEach(c -> c.indicators().forEach(i -> lines.add(new Line(i.code(),
                List.copyOf(new LinkedHashSet<>(i.rule().facts())), i.missing(), false))));
        s.bonus().ifPresent(b -> b.items().forEach(i -> lines.add(new Line(i.code(), i.rule().facts(), i.missing(),
                false))));
        s.vetoes().forEach(v -> lines.add(new Line(v.code(), List.of(v.fact()), v.missing(), true)));
        this.known = s.referencedFacts();
    }

    /** {@return the facts' source, as the findings name it} */
    String source() {
        return source;
    }

    static List<Finding> check(Scheme s, FactSet facts) {
        FactCheck check = new FactCheck(s, facts.source().orElse("<facts>"));
        facts.subjects().forEach(check::add);
        return check.findings();
    }

    /**
     * Checks one more subject; what is kept is bounded by the scheme, not by the number of subjects.
     *
     * @param subject the subject's facts
     */
    void add(SubjectFacts subject) {
        for (String f : subject.values().keySet()) {
            if (!known.contains(f)) {
                Integer n = unread.get(f);
                if (n == null && unread.size() >= TRACKED) {
                    untracked++;
                    continue;
                }
                unread.put(f, n == null ? 1 : n + 1);
                List<String> by = unreadBy.computeIfAbsent(f, k -> new ArrayList<>(3));
                if (by.size() < 3) {
                    by.add(subject.id());
                }
            }
        }
        for (Line line : lines) {
            for (String f : line.facts()) {
                if (subject.values().containsKey(f)) {
                    continue;
                }
                String key = line.code() + "\u0000" + f;
                int n = lacking.merge(key, 1, Integer::sum);
                if (n <= PER_KEY) {
                    found.add(missing(s, source, subject.id(), line, f));
                }
            }
        }
    }

    /** {@return the findings of the subjects checked so far} */
    List<Finding> findings() {
        List<Finding> out = new ArrayList<>(found);
        for (Line line : lines) {
            for (String f : line.facts()) {
                int n = lacking.getOrDefault(line.code() + "\u0000" + f, 0);
                if (n > PER_KEY) {
                    Resolution r = resolve(s, line, f);
                    out.add(new Finding("MISSING_FACT", r.severity, List.of(), Optional.of(InputLocation.ofFile(source)
                            .withField(ScoringMessages.shown(f))), text("check.missing.more", String.valueOf(n - PER_KEY), f, line.code())));
                }
            }
        }
        // a name close to one the scheme reads is probably a slip: a WARNING each; the others (a producer's
        // extra facts, such as breakdowns) are one INFO naming the first few
        List<String> far = new ArrayList<>();
        int warned = 0;
        for (Map.Entry<String, Integer> e : unread.entrySet()) {
            String f = e.getKey();
            Optional<String> closest = closest(f, known);
            if (closest.isEmpty()) {
                far.add(f);
            } else if (warned++ < UNREAD) {
                out.add(new Finding("UNREAD_FACT", Severity.WARNING, unreadBy.get(f),
                        Optional.of(InputLocation.ofFile(source).withField(ScoringMessages.shown(f))),
                        text("check.unreadClosest", f, String.valueOf(e.getValue()), closest.get())));
            }
        }
        if (warned > UNREAD) {
            out.add(new Finding("UNREAD_FACT", Severity.WARNING, List.of(), Optional.of(InputLocation.ofFile(source)),
                    text("check.unread.more", String.valueOf(warned - UNREAD))));
        }
        if (!far.isEmpty()) {
            String first = String.join(", ", far.subList(0, Math.min(5, far.size())))
                    + (far.size() > 5 ? ", …" : "");
            out.add(new Finding("UNREAD_FACT", Severity.INFO, List.of(), Optional.of(InputLocation.ofFile(source)),
                    text("check.unread", String.valueOf(far.size()), first)));
        }
        if (untracked > 0) {
            out.add(new Finding("UNREAD_FACT", Severity.WARNING, List.of(), Optional.of(InputLocation.ofFile(source)),
                    text("check.unread.untracked", String.valueOf(untracked), String.valueOf(TRACKED))));
        }
        return out;
    }

    /** What a missing fact of a line counts as, and how serious that is. */
    private record Resolution(Severity severity, String key, Optional<BigDecimal> value) {
    }

    private static Resolution resolve(Scheme s, Line line, String fact) {
        Optional<Scheme.Missing> m = line.missing();
        if (m.isEmpty()) {
            Optional<BigDecimal> d = Optional.ofNullable(s.facts().get(fact)).flatMap(Scheme.FactDecl::defaultValue);
            if (d.isPresent()) {
                return new Resolution(line.veto() ? Severity.WARNING : Severity.INFO, "check.missing.default", d);
            }
            m = s.missing();
        }
        if (m.isEmpty() || m.get() == Scheme.Missing.ERROR) {
            return new Resolution(Severity.ERROR, "check.missing.error", Optional.empty());
        }
        String key = m.get() == Scheme.Missing.ZERO ? "check.missing.zero"
                : line.veto() ? "check.missing.skipVeto" : "check.missing.skip";
        return new Resolution(Severity.WARNING, key, Optional.empty());
    }

    private static Finding missing(Scheme s, String source, String subject, Line line, String fact) {
        Resolution r = resolve(s, line, fact);
        return new Finding("MISSING_FACT", r.severity(), List.of(subject), Optional.of(InputLocation.ofFile(source)
                .withRecord("subject \"" + ScoringMessages.shown(subject) + "\"").withField(ScoringMessages.shown(fact))),
                text(r.key(), fact, line.code(), r.value().map(ScoringMessages::num).orElse("")));
    }

    private static LocalizedText text(String key, Object... args) {
        return ScoringMessages.text(key, args);
    }

    /** {@return the known name closest to {@code name} by edit distance, when it is close enough to be a slip} */
    static Optional<String> closest(String name, Set<String> known) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        int limit = name.length() >= 8 ? 2 : 1;
        for (String k : known) {
            if (Math.abs(k.length() - name.length()) > limit) {
                continue;
            }
            int d = distance(name, k);
            if (d < bestDistance) {
                best = k;
                bestDistance = d;
            }
        }
        return bestDistance <= limit ? Optional.of(best) : Optional.empty();
    }

    /** Levenshtein distance: insertions, deletions and substitutions of UTF-16 units. */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}

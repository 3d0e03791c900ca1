package io.gridgov.scoring;

import io.gridgov.core.Finding;
import io.gridgov.core.Severity;
import io.gridgov.core.i18n.LocalizedText;
import io.gridgov.core.io.DecimalLimits;
import io.gridgov.core.io.InputLocation;
import io.gridgov.core.io.JsonTree;
import io.gridgov.scoring.spi.RuleKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks a scheme and reports every problem as an ERROR {@link Finding} with a rule id derived from
 * its message key ({@code scheme.categorySum} → {@code CATEGORY_SUM}; {@value #RULE_PARAMS} for the
 * problems a vendor's rule kind reports), the scheme as subject and the JSON path as location.
 * Stateless and thread-safe.
 */
final class SchemeValidator {

    /** The rule id of the problems that a vendor's {@link RuleKind} reports about its parameters. */
    public static final String RULE_PARAMS = "RULE_PARAMS";

    private SchemeValidator() {
    }

    /** {@return the rule id of a message key: {@code scheme.categorySum} → {@code CATEGORY_SUM}} */
    public static String ruleId(String key) {
        String name = key.substring(key.indexOf('.') + 1);
        return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(java.util.Locale.ROOT);
    }

    /** {@return the problems of {@code s}, in scheme order} */
    public static List<Finding> validate(Scheme s) {
        return new Run(s).run();
    }

    /** A fact referenced at a JSON path. */
    public record Ref(String path, String fact) {
    }

    /** {@return the fact references of a rule, each with the path of the field naming it} */
    public static List<Ref> refs(String rulePath, IndicatorRule rule) {
        List<Ref> out = new ArrayList<>();
        if (rule instanceof IndicatorRule.Deduct d) {
            for (int k = 0; k < d.items().size(); k++) {
                out.add(new Ref(rulePath + ".items[" + k + "].fact", d.items().get(k).fact()));
            }
        }
        else if (rule instanceof IndicatorRule.Rate r) {
            out.add(new Ref(rulePath + ".numerator", r.numerator()));
            out.add(new Ref(rulePath + ".denominator", r.denominator()));
            for (int k = 0; k < r.denominatorPlus().size(); k++) {
                out.add(new Ref(rulePath + ".denominatorPlus[" + k + "]", r.denominatorPlus().get(k)));
            }
            for (int k = 0; k < r.denominatorMinus().size(); k++) {
                out.add(new Ref(rulePath + ".denominatorMinus[" + k + "]", r.denominatorMinus().get(k)));
            }
        }
        else if (rule instanceof IndicatorRule.Linear l) {
            out.add(new Ref(rulePath + ".fact", l.fact()));
            l.denominator().ifPresent(d -> out.add(new Ref(rulePath + ".denominator", d)));
        }
        else if (rule instanceof IndicatorRule.Bands b) {
            out.add(new Ref(rulePath + ".fact", b.fact()));
            b.denominator().ifPresent(d -> out.add(new Ref(rulePath + ".denominator", d)));
        }
        else if (rule instanceof IndicatorRule.Checklist c) {
            for (int k = 0; k < c.items().size(); k++) {
                out.add(new Ref(rulePath + ".items[" + k + "].fact", c.items().get(k).fact()));
            }
        }
        else if (rule instanceof IndicatorRule.Manual m) { out.add(new Ref(rulePath + ".fact", m.fact())); }
        else if (rule instanceof IndicatorRule.Add a) { out.add(new Ref(rulePath + ".fact", a.fact())); }
        else if (rule instanceof IndicatorRule.Custom c) { c.facts().forEach(f -> out.add(new Ref(rulePath, f))); }
        return out;
    }

    private static final class Run {
        private final Scheme s;
        private final List<Finding> problems = new ArrayList<>();
        private final Map<String, String> codes = new HashMap<>();

        Run(Scheme s) {
            this.s = s;
        }

        void add(String path, String key, Object... args) {
            add(ruleId(key), path, ScoringMessages.text(key, args));
        }

        void add(String ruleId, String path, LocalizedText message) {
            problems.add(new Finding(ruleId, Severity.ERROR, s.id().isBlank() ? List.of() : List.of(s.id()),
                    Optional.of(InputLocation.UNKNOWN.withRecord("scheme \"" + ScoringMessages.shown(s.id()) + "\"").withField(path)), message));
        }

        static String n(BigDecimal v) {
            return ScoringMessages.num(v);
        }

        /** Points must be exact at the scheme's rounding scale, or rounded lines could exceed them. */
        void scale(String path, BigDecimal points) {
            if (points.signum() != 0 && points.stripTrailingZeros().scale() > s.rounding().scale()) {
                add(path, "scheme.pointsScale", n(points), s.rounding().scale());
            }
        }

        void code(String path, String code) {
            if (code.isBlank()) {
                add(path, "scheme.blankCode");
                return;
            }
            String first = codes.putIfAbsent(code, path);
            if (first != null) {
                add(path, "scheme.duplicateCode", code, first);
            }
        }

        /**
         * Every number of the scheme must lie within {@link DecimalLimits}; when one does not, only those
         * problems are reported (sums and comparisons of such numbers would be expanded, and they are the
         * cause of whatever else looks wrong).
         */
        boolean numbersInRange() {
            Map<String, BigDecimal> all = new java.util.LinkedHashMap<>();
            all.put("$.total", s.total());
            for (int i = 0; i < s.categories().size(); i++) {
                Scheme.Category c = s.categories().get(i);
                all.put("$.categories[" + i + "].points", c.points());
                for (int j = 0; j < c.indicators().size(); j++) {
                    String ip = "$.categories[" + i + "].indicators[" + j + "]";
                    all.put(ip + ".points", c.indicators().get(j).points());
                    ruleNumbers(ip + ".rule", c.indicators().get(j).rule(), all);
                }
            }
            s.bonus().ifPresent(b -> {
                all.put("$.bonus.cap", b.cap());
                for (int k = 0; k < b.items().size(); k++) {
                    ruleNumbers("$.bonus.items[" + k + "].rule", b.items().get(k).rule(), all);
                }
            });
            for (int k = 0; k < s.vetoes().size(); k++) {
                for (Scheme.Condition c : s.vetoes().get(k).when()) {
                    all.put("$.vetoes[" + k + "].when." + c.op(), c.value());
                }
            }
            for (int k = 0; k < s.grades().size(); k++) {
                all.put("$.grades[" + k + "].min", s.grades().get(k).min());
            }
            s.facts().forEach((name, d) -> d.defaultValue().ifPresent(v -> all.put("$.facts" + JsonTree.step(name)
                    + ".default", v)));
            boolean ok = true;
            for (Map.Entry<String, BigDecimal> e : all.entrySet()) {
                if (!DecimalLimits.within(e.getValue())) {
                    add(e.getKey(), "scheme.numberRange", n(e.getValue()));
                    ok = false;
                }
            }
            return ok;
        }

        static void ruleNumbers(String rp, IndicatorRule rule, Map<String, BigDecimal> out) {
            if (rule instanceof IndicatorRule.Deduct d) {
                for (int k = 0; k < d.items().size(); k++) {
                    out.put(rp + ".items[" + k + "].each", d.items().get(k).each());
                }
            } else if (rule instanceof IndicatorRule.Rate r) {
                out.put(rp + ".fullAt", r.fullAt());
                out.put(rp + ".perPercentBelow", r.perPercentBelow());
                r.zeroBelow().ifPresent(z -> out.put(rp + ".zeroBelow", z));
            } else if (rule instanceof IndicatorRule.Linear l) {
                out.put(rp + ".zeroAt", l.zeroAt());
                out.put(rp + ".fullAt", l.fullAt());
            } else if (rule instanceof IndicatorRule.Bands b) {
                for (int k = 0; k < b.bands().size(); k++) {
                    IndicatorRule.Bands.Band band = b.bands().get(k);
                    String bp = rp + ".bands[" + k + "]";
                    band.from().ifPresent(v -> out.put(bp + ".from", v));
                    band.to().ifPresent(v -> out.put(bp + ".to", v));
                    out.put(bp + ".points", band.points());
                }
            } else if (rule instanceof IndicatorRule.Checklist c) {
                for (int k = 0; k < c.items().size(); k++) {
                    out.put(rp + ".items[" + k + "].points", c.items().get(k).points());
                }
            } else if (rule instanceof IndicatorRule.Add a) {
                out.put(rp + ".each", a.each());
                a.cap().ifPresent(c -> out.put(rp + ".cap", c));
            }
        }

        List<Finding> run() {
            if (!numbersInRange()) {
                return List.copyOf(problems);
            }
            if (s.id().isBlank()) {
                add("$.id", "scheme.blankId");
            }
            if (s.total().signum() <= 0) {
                add("$.total", "scheme.notPositive", n(s.total()));
            }
            scale("$.total", s.total());
            if (s.categories().isEmpty()) {
                add("$.categories", "scheme.noCategories");
            }
            BigDecimal sum = BigDecimal.ZERO;
            for (int i = 0; i < s.categories().size(); i++) {
                Scheme.Category c = s.categories().get(i);
                String cp = "$.categories[" + i + "]";
                code(cp + ".code", c.code());
                if (c.points().signum() < 0) {
                    add(cp + ".points", "scheme.negative", n(c.points()));
                }
                scale(cp + ".points", c.points());
                sum = sum.add(c.points());
                if (c.indicators().isEmpty()) {
                    add(cp + ".indicators", "scheme.noIndicators", c.code());
                }
                BigDecimal isum = BigDecimal.ZERO;
                for (int j = 0; j < c.indicators().size(); j++) {
                    Scheme.Indicator ind = c.indicators().get(j);
                    String ip = cp + ".indicators[" + j + "]";
                    code(ip + ".code", ind.code());
                    if (ind.points().signum() < 0) {
                        add(ip + ".points", "scheme.negative", n(ind.points()));
                    }
                    scale(ip + ".points", ind.points());
                    isum = isum.add(ind.points());
                    rule(ip + ".rule", ind.rule(), ind.points(), false);
                }
                if (!c.indicators().isEmpty() && isum.compareTo(c.points()) != 0) {
                    add(cp + ".points", "scheme.categorySum", c.code(), n(c.points()), n(isum));
                }
            }
            if (!s.categories().isEmpty() && sum.compareTo(s.total()) != 0) {
                add("$.total", "scheme.totalSum", n(s.total()), n(sum));
            }
            s.bonus().ifPresent(b -> {
                if (b.cap().signum() < 0) {
                    add("$.bonus.cap", "scheme.negative", n(b.cap()));
                }
                scale("$.bonus.cap", b.cap());
                for (int k = 0; k < b.items().size(); k++) {
                    Scheme.BonusItem item = b.items().get(k);
                    String bp = "$.bonus.items[" + k + "]";
                    code(bp + ".code", item.code());
                    rule(bp + ".rule", item.rule(), b.cap(), true);
                }
            });
            for (int k = 0; k < s.vetoes().size(); k++) {
                Scheme.Veto v = s.vetoes().get(k);
                String vp = "$.vetoes[" + k + "]";
                code(vp + ".code", v.code());
                if (v.when().isEmpty()) {
                    add(vp + ".when", "scheme.noCondition");
                }
                factName(vp + ".fact", v.fact());
            }
            grades();
            listGrades();
            declaredFacts();
            return List.copyOf(problems);
        }

        void factName(String path, String fact) {
            if (fact.isBlank()) {
                add(path, "scheme.blankFact");
            }
        }

        void rule(String rp, IndicatorRule rule, BigDecimal points, boolean bonus) {
            if (bonus && !(rule instanceof IndicatorRule.Add)) {
                add(rp + ".type", "scheme.bonusRule", rule.type());
                return;
            }
            if (!bonus && rule instanceof IndicatorRule.Add) {
                add(rp + ".type", "scheme.addInIndicator");
                return;
            }
            for (Ref r : refs(rp, rule)) {
                factName(r.path(), r.fact());
            }
            if (rule instanceof IndicatorRule.Deduct d) {
                if (d.items().isEmpty()) {
                    add(rp + ".items", "scheme.noItems");
                }
                for (int k = 0; k < d.items().size(); k++) {
                    if (d.items().get(k).each().signum() < 0) {
                        add(rp + ".items[" + k + "].each", "scheme.negative", n(d.items().get(k).each()));
                    }
                }
            }
            else if (rule instanceof IndicatorRule.Rate r) {
                if (r.fullAt().signum() <= 0) {
                    add(rp + ".fullAt", "scheme.notPositive", n(r.fullAt()));
                }
                if (r.perPercentBelow().signum() < 0) {
                    add(rp + ".perPercentBelow", "scheme.negative", n(r.perPercentBelow()));
                }
                r.zeroBelow().ifPresent(z -> {
                    if (z.signum() < 0 || z.compareTo(r.fullAt()) > 0) {
                        add(rp + ".zeroBelow", "scheme.zeroBelow", n(z), n(r.fullAt()));
                    }
                });
            }
            else if (rule instanceof IndicatorRule.Linear l) {
                if (l.zeroAt().compareTo(l.fullAt()) == 0) {
                    add(rp + ".fullAt", "scheme.linearEqual", n(l.fullAt()));
                }
            }
            else if (rule instanceof IndicatorRule.Bands b) { bands(rp, b, points); }
            else if (rule instanceof IndicatorRule.Checklist c) {
                if (c.items().isEmpty()) {
                    add(rp + ".items", "scheme.noItems");
                }
                BigDecimal sum = BigDecimal.ZERO;
                for (int k = 0; k < c.items().size(); k++) {
                    BigDecimal p = c.items().get(k).points();
                    if (p.signum() < 0) {
                        add(rp + ".items[" + k + "].points", "scheme.negative", n(p));
                    }
                    sum = sum.add(p);
                }
                if (!c.items().isEmpty() && sum.compareTo(points) != 0) {
                    add(rp + ".items", "scheme.checklistSum", n(points), n(sum));
                }
            }
            else if (rule instanceof IndicatorRule.Manual m) {
                // nothing beyond the fact name
            }
            else if (rule instanceof IndicatorRule.Add a) {
                if (a.each().signum() < 0) {
                    add(rp + ".each", "scheme.negative", n(a.each()));
                }
                a.cap().ifPresent(c -> {
                    if (c.signum() < 0) {
                        add(rp + ".cap", "scheme.negative", n(c));
                    }
                });
            }
            else if (rule instanceof IndicatorRule.Custom c) {
                Optional<RuleKind> kind = RuleKinds.find(c.type());
                if (kind.isEmpty()) {
                    add(rp + ".type", "scheme.unknownType", c.type(), String.join(", ", RuleKinds.BUILT_IN),
                            String.join(", ", RuleKinds.all().keySet()));
                } else {
                    for (var t : kind.get().problems(c.params(), points)) {
                        add(RULE_PARAMS, rp, t);
                    }
                }
            }
        }

        void bands(String rp, IndicatorRule.Bands b, BigDecimal points) {
            List<IndicatorRule.Bands.Band> bands = b.bands();
            if (bands.isEmpty()) {
                add(rp + ".bands", "scheme.noItems");
                return;
            }
            for (int k = 0; k < bands.size(); k++) {
                IndicatorRule.Bands.Band band = bands.get(k);
                String bp = rp + ".bands[" + k + "]";
                if (band.points().signum() < 0 || band.points().compareTo(points) > 0) {
                    add(bp + ".points", "scheme.bandPoints", n(band.points()), n(points));
                }
                if (k > 0 && band.from().isEmpty()) {
                    add(bp + ".from", "scheme.bandOpen", "from");
                }
                if (k < bands.size() - 1 && band.to().isEmpty()) {
                    add(bp + ".to", "scheme.bandOpen", "to");
                }
                if (band.from().isPresent() && band.to().isPresent()
                        && band.from().get().compareTo(band.to().get()) >= 0) {
                    add(bp + ".to", "scheme.bandEmpty", n(band.from().get()), n(band.to().get()));
                }
                if (k > 0 && band.from().isPresent() && bands.get(k - 1).to().isPresent()) {
                    int c = band.from().get().compareTo(bands.get(k - 1).to().get());
                    if (c > 0) {
                        add(bp + ".from", "scheme.bandGap", n(bands.get(k - 1).to().get()), n(band.from().get()));
                    } else if (c < 0) {
                        add(bp + ".from", "scheme.bandOverlap", n(bands.get(k - 1).to().get()),
                                n(band.from().get()));
                    }
                }
            }
        }

        void grades() {
            Map<String, Integer> names = new HashMap<>();
            Map<BigDecimal, Integer> mins = new HashMap<>();
            BigDecimal lowest = null;
            for (int k = 0; k < s.grades().size(); k++) {
                Scheme.Grade g = s.grades().get(k);
                String gp = "$.grades[" + k + "]";
                if (g.name().isBlank()) {
                    add(gp + ".name", "scheme.blankName");
                } else if (names.putIfAbsent(g.name(), k) != null) {
                    add(gp + ".name", "scheme.duplicateGrade", g.name());
                }
                if (mins.putIfAbsent(g.min().stripTrailingZeros(), k) != null) {
                    add(gp + ".min", "scheme.duplicateGradeMin", n(g.min()));
                }
                if (lowest == null || g.min().compareTo(lowest) < 0) {
                    lowest = g.min();
                }
            }
            if (lowest != null && lowest.signum() > 0) {
                add("$.grades", "scheme.gradesFromZero", n(lowest));
            }
        }

        void listGrades() {
            java.util.Set<String> names = new java.util.HashSet<>();
            s.grades().forEach(g -> names.add(g.name()));
            s.lists().redMinGrade().filter(g -> !names.contains(g))
                    .ifPresent(g -> add("$.lists.redMinGrade", "scheme.listGrade", g, String.join(", ", names)));
            s.lists().blackMaxGrade().filter(g -> !names.contains(g))
                    .ifPresent(g -> add("$.lists.blackMaxGrade", "scheme.listGrade", g, String.join(", ", names)));
        }

        void declaredFacts() {
            for (Map.Entry<String, Scheme.FactDecl> e : s.facts().entrySet()) {
                factName("$.facts", e.getKey());
            }
            if (s.facts().isEmpty()) {
                return;
            }
            for (int i = 0; i < s.categories().size(); i++) {
                Scheme.Category c = s.categories().get(i);
                for (int j = 0; j < c.indicators().size(); j++) {
                    undeclared(refs("$.categories[" + i + "].indicators[" + j + "].rule", c.indicators().get(j).rule()));
                }
            }
            s.bonus().ifPresent(b -> {
                for (int k = 0; k < b.items().size(); k++) {
                    undeclared(refs("$.bonus.items[" + k + "].rule", b.items().get(k).rule()));
                }
            });
            for (int k = 0; k < s.vetoes().size(); k++) {
                undeclared(List.of(new Ref("$.vetoes[" + k + "].fact", s.vetoes().get(k).fact())));
            }
        }

        void undeclared(List<Ref> refs) {
            for (Ref r : refs) {
                if (!r.fact().isBlank() && !s.facts().containsKey(r.fact())) {
                    add(r.path(), "scheme.undeclaredFact", r.fact());
                }
            }
        }
    }
}

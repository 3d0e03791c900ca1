package io.gridgov.scoring;

import io.gridgov.scoring.spi.RuleKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Checks a scheme and reports every problem with a JSON path. Stateless and thread-safe. */
final class SchemeValidator {

    private SchemeValidator() {
    }

    /** {@return the problems of {@code s}, in scheme order} */
    public static List<SchemeProblem> validate(Scheme s) {
        return new Run(s).run();
    }

    /** A fact referenced at a JSON path. */
    public record Ref(String path, String fact) {
    }

    /** {@return the fact references of a rule, each with the path of the field naming it} */
    public static List<Ref> refs(String rulePath, Rule rule) {
        List<Ref> out = new ArrayList<>();
        if (rule instanceof Rule.Deduct d) {
            for (int k = 0; k < d.items().size(); k++) {
                out.add(new Ref(rulePath + ".items[" + k + "].fact", d.items().get(k).fact()));
            }
        }
        else if (rule instanceof Rule.Rate r) {
            out.add(new Ref(rulePath + ".numerator", r.numerator()));
            out.add(new Ref(rulePath + ".denominator", r.denominator()));
            for (int k = 0; k < r.denominatorPlus().size(); k++) {
                out.add(new Ref(rulePath + ".denominatorPlus[" + k + "]", r.denominatorPlus().get(k)));
            }
            for (int k = 0; k < r.denominatorMinus().size(); k++) {
                out.add(new Ref(rulePath + ".denominatorMinus[" + k + "]", r.denominatorMinus().get(k)));
            }
        }
        else if (rule instanceof Rule.Linear l) {
            out.add(new Ref(rulePath + ".fact", l.fact()));
            l.denominator().ifPresent(d -> out.add(new Ref(rulePath + ".denominator", d)));
        }
        else if (rule instanceof Rule.Bands b) {
            out.add(new Ref(rulePath + ".fact", b.fact()));
            b.denominator().ifPresent(d -> out.add(new Ref(rulePath + ".denominator", d)));
        }
        else if (rule instanceof Rule.Checklist c) {
            for (int k = 0; k < c.items().size(); k++) {
                out.add(new Ref(rulePath + ".items[" + k + "].fact", c.items().get(k).fact()));
            }
        }
        else if (rule instanceof Rule.Manual m) { out.add(new Ref(rulePath + ".fact", m.fact())); }
        else if (rule instanceof Rule.Add a) { out.add(new Ref(rulePath + ".fact", a.fact())); }
        else if (rule instanceof Rule.Custom c) { c.facts().forEach(f -> out.add(new Ref(rulePath, f))); }
        return out;
    }

    private static final class Run {
        private final Scheme s;
        private final List<SchemeProblem> problems = new ArrayList<>();
        private final Map<String, String> codes = new HashMap<>();

        Run(Scheme s) {
            this.s = s;
        }

        void add(String path, String key, Object... args) {
            problems.add(new SchemeProblem(path, Texts.MESSAGES.text(key, args)));
        }

        static String n(BigDecimal v) {
            return Texts.num(v);
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

        List<SchemeProblem> run() {
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
            declaredFacts();
            return List.copyOf(problems);
        }

        void factName(String path, String fact) {
            if (fact.isBlank()) {
                add(path, "scheme.blankFact");
            }
        }

        void rule(String rp, Rule rule, BigDecimal points, boolean bonus) {
            if (bonus && !(rule instanceof Rule.Add)) {
                add(rp + ".type", "scheme.bonusRule", rule.type());
                return;
            }
            if (!bonus && rule instanceof Rule.Add) {
                add(rp + ".type", "scheme.addInIndicator");
                return;
            }
            for (Ref r : refs(rp, rule)) {
                factName(r.path(), r.fact());
            }
            if (rule instanceof Rule.Deduct d) {
                if (d.items().isEmpty()) {
                    add(rp + ".items", "scheme.noItems");
                }
                for (int k = 0; k < d.items().size(); k++) {
                    if (d.items().get(k).each().signum() < 0) {
                        add(rp + ".items[" + k + "].each", "scheme.negative", n(d.items().get(k).each()));
                    }
                }
            }
            else if (rule instanceof Rule.Rate r) {
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
            else if (rule instanceof Rule.Linear l) {
                if (l.zeroAt().compareTo(l.fullAt()) == 0) {
                    add(rp + ".fullAt", "scheme.linearEqual", n(l.fullAt()));
                }
            }
            else if (rule instanceof Rule.Bands b) { bands(rp, b, points); }
            else if (rule instanceof Rule.Checklist c) {
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
            else if (rule instanceof Rule.Manual m) {
                // nothing beyond the fact name
            }
            else if (rule instanceof Rule.Add a) {
                if (a.each().signum() < 0) {
                    add(rp + ".each", "scheme.negative", n(a.each()));
                }
                a.cap().ifPresent(c -> {
                    if (c.signum() < 0) {
                        add(rp + ".cap", "scheme.negative", n(c));
                    }
                });
            }
            else if (rule instanceof Rule.Custom c) {
                Optional<RuleKind> kind = RuleKinds.find(c.type());
                if (kind.isEmpty()) {
                    add(rp + ".type", "scheme.unknownType", c.type(), String.join(", ", RuleKinds.BUILT_IN),
                            String.join(", ", RuleKinds.all().keySet()));
                } else {
                    for (var t : kind.get().problems(c.params(), points)) {
                        problems.add(new SchemeProblem(rp, t));
                    }
                }
            }
        }

        void bands(String rp, Rule.Bands b, BigDecimal points) {
            List<Rule.Bands.Band> bands = b.bands();
            if (bands.isEmpty()) {
                add(rp + ".bands", "scheme.noItems");
                return;
            }
            for (int k = 0; k < bands.size(); k++) {
                Rule.Bands.Band band = bands.get(k);
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

package io.gridgov.scoring;

import io.gridgov.core.facts.SubjectFacts;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * Random valid schemes and matching facts, built from a seed that jqwik draws (so every failure is
 * reproducible from jqwik's seed). Fact names encode what they hold so that the facts fit the rules.
 */
final class Gen {
    private final Random r;

    Gen(long seed) {
        this.r = new Random(seed);
    }

    private int scale;

    BigDecimal points() {
        return scale > 0 && r.nextInt(4) == 0 ? BigDecimal.valueOf(r.nextInt(400), 1)
                : BigDecimal.valueOf(r.nextInt(150));
    }

    BigDecimal dec(int maxTenths) {
        return BigDecimal.valueOf(r.nextInt(maxTenths + 1), 1);
    }

    Scheme scheme() {
        scale = r.nextInt(3);
        List<Scheme.Category> cats = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        int nc = 1 + r.nextInt(3);
        for (int c = 0; c < nc; c++) {
            String cc = String.valueOf((char) ('A' + c));
            List<Scheme.Indicator> inds = new ArrayList<>();
            BigDecimal sum = BigDecimal.ZERO;
            int ni = 1 + r.nextInt(4);
            for (int i = 1; i <= ni; i++) {
                String code = cc + i;
                BigDecimal p = points();
                sum = sum.add(p);
                inds.add(new Scheme.Indicator(code, "指标" + code, p, rule(code, p)));
            }
            cats.add(new Scheme.Category(cc, "类别" + cc, sum, inds));
            total = total.add(sum);
        }
        if (total.signum() == 0) {
            // a scheme needs total > 0: give the first indicator points as a manual score
            Scheme.Category c0 = cats.get(0);
            List<Scheme.Indicator> inds = new ArrayList<>(c0.indicators());
            inds.set(0, new Scheme.Indicator(inds.get(0).code(), "指标", BigDecimal.TEN,
                    new Rule.Manual(inds.get(0).code() + ".manual")));
            cats.set(0, new Scheme.Category(c0.code(), c0.name(), BigDecimal.TEN, inds));
            total = BigDecimal.TEN;
        }
        Optional<Scheme.Bonus> bonus = Optional.empty();
        if (r.nextBoolean()) {
            List<Scheme.BonusItem> items = new ArrayList<>();
            for (int k = 1; k <= 1 + r.nextInt(2); k++) {
                items.add(new Scheme.BonusItem("J" + k, "加分" + k, new Rule.Add("J" + k + ".count",
                        BigDecimal.valueOf(5 + r.nextInt(20)), r.nextBoolean() ? Optional.of(BigDecimal.valueOf(30))
                                : Optional.empty())));
            }
            bonus = Optional.of(new Scheme.Bonus(BigDecimal.valueOf(r.nextInt(60)), items));
        }
        List<Scheme.Veto> vetoes = new ArrayList<>();
        for (int k = 1; k <= r.nextInt(3); k++) {
            vetoes.add(new Scheme.Veto("V" + k, "否决" + k, "V" + k + ".flag",
                    List.of(new Scheme.Condition("gt", BigDecimal.ZERO)), VetoEffect.values()[r.nextInt(3)]));
        }
        List<Scheme.Grade> grades = new ArrayList<>();
        if (r.nextBoolean()) {
            grades.add(new Scheme.Grade("优秀", total.multiply(new BigDecimal("0.9"))));
            grades.add(new Scheme.Grade("合格", total.multiply(new BigDecimal("0.6"))));
            grades.add(new Scheme.Grade("不合格", BigDecimal.ZERO));
        }
        Scheme s = new Scheme("gen", "随机方案", total, new Scheme.Rounding(scale,
                r.nextBoolean() ? RoundingMode.HALF_UP : RoundingMode.HALF_EVEN), cats, bonus, vetoes, grades,
                new Scheme.Lists(r.nextInt(3), r.nextInt(3)), Map.of());
        if (r.nextBoolean()) {
            Map<String, Scheme.FactDecl> facts = new LinkedHashMap<>();
            for (String f : s.referencedFacts()) {
                boolean optional = f.endsWith(".flag") || f.endsWith(".count") || f.matches(".*\\.d\\d+");
                facts.put(f, new Scheme.FactDecl(Optional.of("generated"),
                        optional && r.nextBoolean() ? Optional.of(BigDecimal.ZERO) : Optional.empty()));
            }
            s = new Scheme(s.id(), s.name(), s.total(), s.rounding(), s.categories(), s.bonus(), s.vetoes(), s.grades(),
                    s.lists(), facts);
        }
        return s;
    }

    Rule rule(String code, BigDecimal p) {
        switch (r.nextInt(6)) {
            case 0 -> {
                List<Rule.Deduct.Item> items = new ArrayList<>();
                for (int k = 0; k < 1 + r.nextInt(3); k++) {
                    items.add(new Rule.Deduct.Item(code + ".d" + k, dec(300), r.nextBoolean()
                            ? Optional.of("扣分项" + k) : Optional.empty()));
                }
                return new Rule.Deduct(items);
            }
            case 1 -> {
                BigDecimal fullAt = new BigDecimal(List.of("0.8", "0.9", "1.0", "1").get(r.nextInt(4)));
                return new Rule.Rate(code + ".rate.done", code + ".rate.due",
                        r.nextBoolean() ? List.of(code + ".rate.plus") : List.of(),
                        r.nextBoolean() ? List.of(code + ".rate.minus") : List.of(), fullAt, dec(100),
                        r.nextBoolean() ? Optional.of(new BigDecimal("0.5")) : Optional.empty(),
                        Rule.OnZero.values()[r.nextInt(2)]);
            }
            case 2 -> {
                BigDecimal a = dec(20);
                BigDecimal b = a.add(dec(20)).add(BigDecimal.ONE);
                boolean down = r.nextBoolean();
                return new Rule.Linear(code + ".linear", r.nextBoolean() ? Optional.of(code + ".linear.den")
                        : Optional.empty(), down ? b : a, down ? a : b, Rule.OnZero.values()[r.nextInt(2)]);
            }
            case 3 -> {
                List<Rule.Bands.Band> bands = new ArrayList<>();
                int n = 1 + r.nextInt(4);
                BigDecimal cut = BigDecimal.valueOf(r.nextInt(50));
                Optional<BigDecimal> from = Optional.empty();
                for (int k = 0; k < n; k++) {
                    Optional<BigDecimal> to = k == n - 1 ? Optional.empty() : Optional.of(cut);
                    bands.add(new Rule.Bands.Band(from, to, p.multiply(BigDecimal.valueOf(r.nextInt(11)))
                            .divide(BigDecimal.TEN).setScale(p.scale(), RoundingMode.DOWN)));
                    from = to;
                    cut = cut.add(BigDecimal.valueOf(1 + r.nextInt(30)));
                }
                return new Rule.Bands(code + ".value", Optional.empty(), bands, Rule.OnZero.ZERO);
            }
            case 4 -> {
                List<Rule.Checklist.Item> items = new ArrayList<>();
                int n = 1 + r.nextInt(3);
                BigDecimal left = p;
                for (int k = 0; k < n; k++) {
                    BigDecimal part = k == n - 1 ? left : left.multiply(BigDecimal.valueOf(r.nextInt(11)))
                            .divide(BigDecimal.TEN).setScale(p.scale(), RoundingMode.DOWN);
                    left = left.subtract(part);
                    items.add(new Rule.Checklist.Item(code + ".check" + k, part, Optional.of("检查项" + k)));
                }
                return new Rule.Checklist(items);
            }
            default -> {
                return new Rule.Manual(code + ".manual");
            }
        }
    }

    /** Facts that fit the scheme's rules; facts with a default are sometimes left out. */
    SubjectFacts subject(Scheme s, String id, Optional<String> group) {
        Map<String, BigDecimal> v = new LinkedHashMap<>();
        Map<String, BigDecimal> points = new LinkedHashMap<>();
        s.categories().forEach(c -> c.indicators().forEach(i -> points.put(i.code(), i.points())));
        for (String f : s.referencedFacts()) {
            if (s.facts().containsKey(f) && s.facts().get(f).defaultValue().isPresent() && r.nextBoolean()) {
                continue;
            }
            BigDecimal value;
            if (f.endsWith(".manual")) {
                BigDecimal p = points.get(f.substring(0, f.indexOf('.')));
                value = p.multiply(BigDecimal.valueOf(r.nextInt(11))).divide(BigDecimal.TEN);
            } else if (f.contains(".check") || f.endsWith(".flag")) {
                value = BigDecimal.valueOf(f.endsWith(".flag") ? (r.nextInt(4) == 0 ? 1 : 0) : r.nextInt(2));
            } else if (f.endsWith(".rate.minus")) {
                value = BigDecimal.ZERO; // filled in below, when the denominator is known
            } else if (f.endsWith(".value")) {
                value = BigDecimal.valueOf(r.nextInt(2000) - 200, 1);
            } else {
                value = BigDecimal.valueOf(r.nextInt(r.nextInt(3) == 0 ? 3 : 40));
            }
            v.put(f, value);
        }
        for (String f : s.referencedFacts()) {
            if (f.endsWith(".rate.minus") && v.containsKey(f)) {
                String base = f.substring(0, f.length() - ".minus".length());
                BigDecimal den = v.getOrDefault(base + ".due", BigDecimal.ZERO)
                        .add(v.getOrDefault(base + ".plus", BigDecimal.ZERO));
                v.put(f, BigDecimal.valueOf(r.nextInt(den.intValue() + 1)));
            }
        }
        return new SubjectFacts(id, group, Optional.empty(), v);
    }

    Random random() {
        return r;
    }
}

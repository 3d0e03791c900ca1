package io.gridgov.examples.demo;

import static io.gridgov.examples.i18n.ExamplesMessages.MESSAGES;
import static java.util.Objects.requireNonNull;

import io.gridgov.cases.CaseReport;
import io.gridgov.cases.CaseStatistics;
import io.gridgov.core.facts.FactSet;
import io.gridgov.core.facts.SubjectFacts;
import io.gridgov.duty.ComplianceReport;
import io.gridgov.core.i18n.LocalizedText;
import io.gridgov.core.tree.GridNode;
import io.gridgov.core.tree.GridTree;
import io.gridgov.examples.sample.SampleCity;
import io.gridgov.scoring.Presets;
import io.gridgov.scoring.Ranking;
import io.gridgov.scoring.Scheme;
import io.gridgov.scoring.Scorecard;
import io.gridgov.scoring.ScorecardJson;
import io.gridgov.scoring.Scoring;
import java.io.IOException;
import java.nio.file.Path;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The demo's scoring step: each grid's facts — its duty compliance from the duties step, its case facts
 * from the cases step (as {@code gridgov assess --facts duties.json --facts cases.json} merges them) and the
 * month's survey, discipline, commendation and veto facts — are scored on the grid-worker 1,000-point
 * preset ({@code grid-worker-monthly}); grids are ranked within their peer group (same level and
 * kind) and the red and black lists drawn. Writes {@code scorecards.json} and leaves the
 * {@link Assessment} for the report.
 */
public final class ScoringStep extends BaseStep {

    /** The scheme preset. */
    public static final String SCHEME = "grid-worker-monthly";

    /**
     * The month's assessment.
     *
     * @param scheme the scheme
     * @param cards one scorecard per grid, in tree order
     * @param ranking the ranking with the red and black lists
     */
    public record Assessment(Scheme scheme, List<Scorecard> cards, Ranking ranking) {
        /** Validates and copies. */
        public Assessment {
            requireNonNull(scheme, "scheme");
            cards = List.copyOf(cards);
            requireNonNull(ranking, "ranking");
        }

        /** {@return the total per grid} */
        public Map<String, BigDecimal> totals() {
            Map<String, BigDecimal> out = new LinkedHashMap<>();
            cards.forEach(c -> out.put(c.subject(), c.total()));
            return out;
        }
    }

    /** Creates the step. */
    public ScoringStep() {
        super("scoring");
    }

    @Override
    public StepOutcome run(DemoContext context) throws IOException {
        ComplianceReport compliance = earlier(context, ComplianceReport.class, "duties");
        GridTree tree = context.sample().tree();
        FactSet other = SampleCity.assessment();
        Optional<CaseStatistics> cases = context.get(CaseReport.class).flatMap(CaseReport::statistics);
        if (cases.isPresent()) {   // the month's case facts (cases.overdue_open feeds item C2)
            other = FactSet.merge(other, cases.get().factSet(SampleCity.PERIOD));
        }
        FactSet facts = facts(tree, compliance, other);
        Scheme scheme = Presets.load(SCHEME);
        List<Scorecard> cards = Scoring.score(scheme, facts);
        Ranking ranking = Ranking.of(cards, scheme);
        context.put(Assessment.class, new Assessment(scheme, cards, ranking));

        BigDecimal sum = cards.stream().map(Scorecard::total).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal mean = sum.divide(BigDecimal.valueOf(cards.size()), 1, RoundingMode.HALF_UP);
        // In the scheme's order, best grade first, so the summary reads the same on every run.
        Map<String, Long> byGrade = cards.stream()
                .collect(Collectors.groupingBy(c -> c.grade().orElse("-"), Collectors.counting()));
        Map<String, Long> grades = new java.util.LinkedHashMap<>();
        scheme.grades().forEach(g -> grades.put(g.name(), byGrade.getOrDefault(g.name(), 0L)));
        byGrade.forEach(grades::putIfAbsent);
        long groups = cards.stream().map(c -> c.group().orElse("")).distinct().count();
        long vetoed = cards.stream().filter(Scorecard::vetoed).count();
        List<LocalizedText> lines = List.of(
                MESSAGES.text("demo.scoring", cards.size(), groups, mean, grades, vetoed),
                MESSAGES.text("demo.lists", list(ranking.red()), list(worstFirst(ranking.black()))));
        Path assessment = context.copySample(SampleCity.ASSESSMENT);
        List<Object> command = new java.util.ArrayList<>(List.of("assess", "--scheme", SCHEME, "--tree",
                context.out().resolve(SampleCity.TREE), "--facts", context.out().resolve("facts-2026-11.json"),
                "--facts", assessment));
        if (cases.isPresent()) {
            command.addAll(List.of("--facts", context.out().resolve(CasesStep.FACTS)));
        }
        return new StepOutcome(lines, 0, 0, List.of(assessment, context.write("scorecards.json", ScorecardJson.write(cards))),
                List.of(DemoContext.command(command.toArray())));
    }

    private static List<Ranking.Entry> worstFirst(List<Ranking.Entry> black) {
        return black.stream().sorted(java.util.Comparator.comparing(Ranking.Entry::total)).toList();
    }

    /** The list's size and its first three entries (one list per peer group, so more names than the scheme's count). */
    private static String list(List<Ranking.Entry> entries) {
        String first = entries.stream().limit(3).map(e -> e.subject() + " " + e.total().toPlainString())
                .collect(Collectors.joining(", "));
        return entries.size() + " (" + first + (entries.size() > 3 ? ", …" : "") + ")";
    }

    /**
     * The facts of every leaf grid: compliance facts plus the month's other facts, in the grid's peer group.
     *
     * @param tree the tree
     * @param compliance the duty compliance
     * @param other the facts beyond duties, per grid
     * @return the facts
     */
    public static FactSet facts(GridTree tree, ComplianceReport compliance, FactSet other) {
        return leafFacts(tree, FactSet.merge(compliance.facts(SampleCity.PERIOD), other));
    }

    /**
     * The facts of every leaf grid of a tree, each in its peer group (same level and kind,
     * {@link Ranking#peerGroup}); subjects that are not leaves (streets, communities) are left out, as
     * {@code gridgov assess --tree} does.
     *
     * @param tree the tree
     * @param facts the facts of the period, of any subjects
     * @return the leaves' facts, in tree order
     */
    public static FactSet leafFacts(GridTree tree, FactSet facts) {
        FactSet.Builder groups = FactSet.builder().source("tree");
        for (GridNode g : tree.leaves()) {
            groups.group(g.id(), Ranking.peerGroup(tree, g.id()));
        }
        Map<String, SubjectFacts> all = FactSet.merge(facts, groups.build()).bySubject();
        List<SubjectFacts> leaves = new ArrayList<>();
        tree.leaves().forEach(g -> {
            SubjectFacts f = all.get(g.id());
            if (f != null) {
                leaves.add(f);
            }
        });
        return FactSet.of(facts.period().orElse(SampleCity.PERIOD), leaves);
    }
}

package io.gridgov.examples.cli;

import static io.gridgov.examples.i18n.ExamplesMessages.MESSAGES;

import io.gridgov.core.Severity;
import io.gridgov.core.facts.FactFiles;
import io.gridgov.core.facts.FactSet;
import io.gridgov.core.format.TreeJson;
import io.gridgov.core.io.InputLocation;
import io.gridgov.core.io.InvalidInputException;
import io.gridgov.core.tree.GridTree;
import io.gridgov.examples.demo.ScoringStep;
import io.gridgov.scoring.LineItem;
import io.gridgov.scoring.Presets;
import io.gridgov.scoring.Ranking;
import io.gridgov.scoring.Scheme;
import io.gridgov.scoring.SchemeJson;
import io.gridgov.scoring.Scorecard;
import io.gridgov.scoring.ScorecardJson;
import io.gridgov.scoring.Scoring;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Mixin;

/**
 * {@code gridgov assess}: scores facts against a scheme (a file or a preset id) and prints the
 * scorecards, the ranking per peer group, the red and black lists, best and worst, and the change
 * against a previous period. Exit 0 when the subjects were scored (a veto or a failing grade is a
 * result); an input that cannot be read or is invalid ends in {@link ExitHandler} (exit 2).
 */
@Command(name = "assess", mixinStandardHelpOptions = true)
public final class AssessCommand implements Callable<Integer> {

    /** Output formats. */
    enum Format { text, json, csv }

    /** Languages. */
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--scheme", required = true, paramLabel = "ID|FILE")
    String scheme;

    @Option(names = "--facts", required = true, arity = "1..*", paramLabel = "F")
    List<Path> facts;

    @Option(names = "--previous", paramLabel = "F0")
    Path previous;

    @Option(names = "--format", paramLabel = "text|json|csv", defaultValue = "text")
    Format format;

    @Option(names = "--tree", paramLabel = "T")
    Path tree;

    @Mixin
    LanguageOption language;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Scheme s = loadScheme(scheme);
        Scoring engine = Scoring.of(s);
        UnaryOperator<FactSet> scope = f -> f;
        if (tree != null) {
            GridTree t = TreeJson.read(tree).tree();
            scope = f -> ScoringStep.leafFacts(t, f);
        }
        FactSet now = scope.apply(FactFiles.read(facts));
        List<Scorecard> cards = engine.scoreAll(now);
        List<Scorecard> before = previous == null ? List.of() : engine.scoreAll(scope.apply(FactFiles.read(previous)));
        Ranking ranking = Ranking.of(cards, s, before);
        Locale locale = language.locale();
        // facts no rule reads (probably misspelt) and facts a subject lacks that count as 0, are skipped or
        // leave a veto untested: one WARNING line each on standard error (summarised when many)
        PrintWriter err = spec.commandLine().getErr();
        engine.check(now).findings().stream().filter(f -> f.severity() != Severity.INFO)
                .forEach(f -> err.println(DiagnosticLines.line(f, locale)));
        err.flush();
        switch (format) {
            case json -> out.print(json(s, cards, ranking));
            case csv -> out.print(csv(s, cards, ranking));
            default -> out.print(text(s, cards, ranking, locale));
        }
        out.flush();
        return GridGovCli.OK;
    }

    static Scheme loadScheme(String s) {
        if (Presets.exists(s)) {
            return Presets.load(s);
        }
        Path p = Path.of(s);
        if (!Files.isRegularFile(p)) {
            throw new InvalidInputException(InputLocation.ofFile(s).withField("--scheme"),
                    MESSAGES.text("scheme.unknown", String.join(", ", Presets.IDS)));
        }
        return SchemeJson.read(p);
    }

    static String json(Scheme s, List<Scorecard> cards, Ranking ranking) {
        ObjectNode root = ScorecardJson.object();
        root.put("scheme", s.id());
        cards.stream().findFirst().flatMap(Scorecard::period).ifPresent(p -> root.put("period", p));
        ArrayNode arr = root.putArray("scorecards");
        cards.forEach(c -> arr.add(ScorecardJson.tree(c)));
        root.set("ranking", ScorecardJson.tree(ranking));
        return ScorecardJson.text(root);
    }

    private static String cell(String v) {
        if (v.contains(",") || v.contains("\"") || v.contains("\n")) {
            return "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }

    private static String plain(BigDecimal v) {
        return v.toPlainString();
    }

    static String csv(Scheme s, List<Scorecard> cards, Ranking ranking) {
        List<String> codes = new ArrayList<>();
        s.categories().forEach(c -> c.indicators().forEach(i -> codes.add(i.code())));
        s.bonus().ifPresent(b -> b.items().forEach(i -> codes.add(i.code())));
        StringBuilder b = new StringBuilder();
        List<String> header = new ArrayList<>(List.of("subject", "group", "period", "base", "bonus", "total", "grade",
                "rank", "red", "black", "best", "worst", "excluded", "vetoes", "previous_total", "change"));
        header.addAll(codes);
        b.append(String.join(",", header)).append('\n');
        Map<String, Ranking.Entry> entries = new HashMap<>();
        ranking.entries().forEach(e -> entries.put(e.subject(), e));
        for (Scorecard c : cards) {
            Optional<Ranking.Entry> e = Optional.ofNullable(entries.get(c.subject()));
            List<String> row = new ArrayList<>(List.of(c.subject(), c.group().orElse(""), c.period().orElse(""),
                    plain(c.base()), plain(c.bonus()), plain(c.total()), c.grade().orElse(""),
                    e.map(x -> String.valueOf(x.rank())).orElse(""), flag(e.map(Ranking.Entry::red)),
                    flag(e.map(Ranking.Entry::black)), flag(e.map(Ranking.Entry::best)), flag(e.map(Ranking.Entry::worst)),
                    String.valueOf(c.excluded()),
                    c.vetoes().stream().map(Scorecard.VetoHit::code).collect(Collectors.joining(" ")),
                    e.flatMap(Ranking.Entry::previousTotal).map(AssessCommand::plain).orElse(""),
                    e.flatMap(Ranking.Entry::change).map(AssessCommand::plain).orElse("")));
            for (String code : codes) {
                row.add(c.line(code).map(l -> plain(l.awarded())).orElse(""));
            }
            b.append(row.stream().map(AssessCommand::cell).collect(Collectors.joining(","))).append('\n');
        }
        return b.toString();
    }

    private static String flag(Optional<Boolean> v) {
        return v.map(String::valueOf).orElse("");
    }

    private static String t(Locale l, String en, String zh) {
        return "zh".equals(l.getLanguage()) ? zh : en;
    }

    static String text(Scheme s, List<Scorecard> cards, Ranking ranking, Locale l) {
        StringBuilder b = new StringBuilder();
        b.append(s.name()).append(" (").append(s.id()).append(")");
        cards.stream().findFirst().flatMap(Scorecard::period).ifPresent(p -> b.append(", ").append(t(l, "period ", "考核期 ")).append(p));
        b.append('\n');
        for (Scorecard c : cards) {
            b.append("\n== ").append(c.subject());
            c.group().ifPresent(g -> b.append(" [").append(g).append(']'));
            b.append("  ").append(t(l, "total ", "总分 ")).append(plain(c.total()));
            c.grade().ifPresent(g -> b.append("  ").append(g));
            b.append("  (").append(t(l, "base ", "基础分 ")).append(plain(c.base())).append(", ")
                    .append(t(l, "bonus ", "加分 ")).append(plain(c.bonus())).append(")\n");
            for (LineItem li : c.lines()) {
                line(b, li, l);
            }
            for (LineItem li : c.bonusLines()) {
                line(b, li, l);
            }
            for (Scorecard.VetoHit v : c.vetoes()) {
                b.append("  ").append(v.code()).append("  ").append(v.reason().in(l)).append('\n');
            }
        }
        b.append("\n== ").append(t(l, "Ranking", "排名")).append('\n');
        Optional<String> group = null;
        for (Ranking.Entry e : ranking.entries()) {
            if (!e.group().equals(group)) {
                group = e.group();
                b.append("  [").append(group.orElse(t(l, "all", "全部"))).append("]\n");
            }
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "  %3d  %-16s %10s  %-6s", e.rank(),
                    e.subject(), plain(e.total()), e.grade().orElse("")));
            List<String> marks = new ArrayList<>();
            if (e.red()) {
                marks.add(t(l, "red list", "红榜"));
            }
            if (e.black()) {
                marks.add(t(l, "black list", "黑榜"));
            }
            if (e.best()) {
                marks.add(t(l, "best", "最好"));
            }
            if (e.worst()) {
                marks.add(t(l, "worst", "最差"));
            }
            e.change().ifPresent(ch -> marks.add(t(l, "change ", "较上期 ") + (ch.signum() > 0 ? "+" : "") + plain(ch)
                    + e.previousRank().stream().mapToObj(p -> t(l, ", was #", ", 上期第 ") + p + t(l, "", " 名"))
                            .findFirst().orElse("")));
            if (!marks.isEmpty()) {
                row.append("  ").append(String.join("; ", marks));
            }
            b.append(row.toString().stripTrailing()).append('\n');
        }
        list(b, t(l, "Red list", "红榜"), ranking.red(), l);
        list(b, t(l, "Black list", "黑榜"), ranking.black(), l);
        list(b, t(l, "Best", "最好"), ranking.best(), l);
        list(b, t(l, "Worst", "最差"), ranking.worst(), l);
        if (!ranking.excluded().isEmpty()) {
            b.append(t(l, "Not ranked (veto): ", "不参与排名 (一票否决): "))
                    .append(ranking.excluded().stream().map(Scorecard::subject).collect(Collectors.joining(", ")))
                    .append('\n');
        }
        return b.toString();
    }

    private static void list(StringBuilder b, String title, List<Ranking.Entry> entries, Locale l) {
        b.append(title).append(": ").append(entries.isEmpty() ? "-" : entries.stream()
                .map(e -> e.subject() + " (" + plain(e.total()) + ")").collect(Collectors.joining(", "))).append('\n');
    }

    private static void line(StringBuilder b, LineItem li, Locale l) {
        b.append(String.format(Locale.ROOT, "  %-4s %8s / %-8s ", li.code(), plain(li.awarded()), plain(li.points())))
                .append(li.reason(l)).append('\n');
    }
}

package io.gridgov.examples.cli;

import static io.gridgov.examples.i18n.ExamplesMessages.MESSAGES;

import io.gridgov.core.Diagnostics;
import io.gridgov.core.Finding;
import io.gridgov.core.Severity;
import io.gridgov.core.facts.FactFiles;
import io.gridgov.core.facts.FactReader;
import io.gridgov.core.facts.FactSet;
import io.gridgov.core.facts.SubjectFacts;
import io.gridgov.core.format.TreeJson;
import io.gridgov.core.io.AtomicFiles;
import io.gridgov.core.io.InputLocation;
import io.gridgov.core.io.InvalidInputException;
import io.gridgov.core.tree.GridTree;
import io.gridgov.examples.demo.ScoringStep;
import io.gridgov.examples.sample.SampleCity;
import io.gridgov.scoring.LineItem;
import io.gridgov.scoring.Presets;
import io.gridgov.scoring.Ranking;
import io.gridgov.scoring.Scheme;
import io.gridgov.scoring.SchemeJson;
import io.gridgov.scoring.Scorecard;
import io.gridgov.scoring.ScorecardJson;
import io.gridgov.scoring.Scoring;
import io.gridgov.scoring.ScoringPass;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.BiFunction;
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
 *
 * <p>Streamed, for facts files of millions of subjects: the facts are read one subject at a time
 * ({@link FactReader}), scored in one {@link ScoringPass} that keeps a compact entry per subject for
 * the ranking, and each scorecard is written as it is made (the CSV report, which needs each subject's
 * rank on its row, reads the facts twice). The report goes to a temporary file that is moved to
 * {@code --out}, or copied to standard output, once complete: nothing partial is written.
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

    @Option(names = "--out", paramLabel = "FILE", descriptionKey = "gridgov.assess.out")
    Path out;

    @Override
    public Integer call() throws IOException {
        Scheme s = loadScheme(scheme);
        Scoring engine = Scoring.of(s);
        Scope scope = new Scope(tree == null ? null : TreeJson.read(tree).tree());
        Locale locale = language.locale();
        ScoringPass before = null;
        if (previous != null) {
            try (FactReader r = FactFiles.open(previous)) {
                before = engine.pass(r.source());
                scope.each(r, before::score, c -> { });
            }
        }
        List<Diagnostics<Finding>> check = new ArrayList<>(1);
        ScoringPass prev = before;
        if (out == null) {
            // written as it is made to a temporary file, then copied: standard output gets the whole report
            // or, when an input turns out bad part-way, nothing
            Path spool = Files.createTempFile("gridgov-assess-", ".tmp");
            try {
                try (Writer w = Files.newBufferedWriter(spool, StandardCharsets.UTF_8)) {
                    check.add(report(engine, scope, prev, w, locale));
                }
                PrintWriter stdout = spec.commandLine().getOut();
                try (Reader r = Files.newBufferedReader(spool, StandardCharsets.UTF_8)) {
                    r.transferTo(stdout);
                }
                stdout.flush();
            } finally {
                Files.deleteIfExists(spool);
            }
        } else {
            AtomicFiles.writeText(out, w -> check.add(report(engine, scope, prev, w, locale)));
        }
        // facts no rule reads (probably misspelt) and facts a subject lacks that count as 0, are skipped or
        // leave a veto untested: one WARNING line each on standard error (summarised when many)
        PrintWriter err = spec.commandLine().getErr();
        check.get(0).findings().stream().filter(f -> f.severity() != Severity.INFO)
                .forEach(f -> err.println(DiagnosticLines.line(f, locale)));
        err.flush();
        return GridGovCli.OK;
    }

    /**
     * Writes the report as the subjects are scored (CSV: a second pass over the facts, once the ranking
     * is known) and returns the fact check, which was written at the end.
     */
    private Diagnostics<Finding> report(Scoring engine, Scope scope, ScoringPass before, Writer w, Locale locale)
            throws IOException {
        Scheme s = engine.scheme();
        switch (format) {
            case json -> {
                JsonReport r = new JsonReport(s, w);
                ScoringPass pass = score(engine, scope, r::card);
                Diagnostics<Finding> check = pass.check();
                r.end(ranking(pass, before), check);
                return check;
            }
            case csv -> {
                ScoringPass pass = score(engine, scope, c -> { });
                Diagnostics<Finding> check = pass.check();
                // the entries by subject id, to look up as the second pass meets them (sorted: no map to hold)
                Ranking.Entry[] entries = ranking(pass, before).entries().toArray(new Ranking.Entry[0]);
                pass = null;
                Arrays.sort(entries, Comparator.comparing(Ranking.Entry::subject));
                CsvReport r = new CsvReport(s, w);
                try (FactReader f = FactFiles.open(facts)) {
                    scope.each(f, engine::score, c -> r.row(c, entry(entries, c.subject())));
                }
                return check;
            }
            default -> {
                TextReport r = new TextReport(s, w, locale);
                ScoringPass pass = score(engine, scope, r::card);
                r.end(ranking(pass, before));
                return pass.check();
            }
        }
    }

    /** {@return the entry of a subject in entries sorted by subject id} */
    private static Optional<Ranking.Entry> entry(Ranking.Entry[] bySubject, String subject) {
        int lo = 0;
        int hi = bySubject.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = bySubject[mid].subject().compareTo(subject);
            if (c == 0) {
                return Optional.of(bySubject[mid]);
            }
            if (c < 0) {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return Optional.empty();
    }

    /** {@return the pass's ranking, compared with the previous period's when there is one} */
    private static Ranking ranking(ScoringPass pass, ScoringPass before) {
        return before == null ? pass.ranking() : pass.ranking(before);
    }

    private ScoringPass score(Scoring engine, Scope scope, IoConsumer<Scorecard> each) throws IOException {
        try (FactReader r = FactFiles.open(facts)) {
            ScoringPass pass = engine.pass(r.source());
            scope.each(r, pass::score, each);
            return pass;
        }
    }

    /** A consumer that may fail to write. */
    @FunctionalInterface
    interface IoConsumer<T> {
        void accept(T t) throws IOException;
    }

    /**
     * Which subjects are assessed: all of them, or with {@code --tree} only the tree's leaf grids, each in
     * its peer group (as {@link ScoringStep#leafFacts} does for a whole set, with the sample city's period
     * when the facts give none).
     */
    private static final class Scope {
        private final Map<String, String> leaves;

        Scope(GridTree tree) {
            if (tree == null) {
                leaves = null;
            } else {
                leaves = new HashMap<>();
                tree.leaves().forEach(g -> leaves.put(g.id(), Ranking.peerGroup(tree, g.id())));
            }
        }

        void each(FactReader r, BiFunction<SubjectFacts, Optional<String>, Scorecard> score, IoConsumer<Scorecard> each)
                throws IOException {
            while (r.hasNext()) {
                SubjectFacts s = r.next();
                Optional<String> period = r.period();
                if (leaves != null) {
                    String group = leaves.get(s.id());
                    if (group == null) {
                        continue;
                    }
                    s = inGroup(s, group, r.source());
                    period = period.or(() -> Optional.of(SampleCity.PERIOD));
                }
                each.accept(score.apply(s, period));
            }
        }

        /** {@return the subject in its peer group; a different group in the facts is a merge conflict} */
        private static SubjectFacts inGroup(SubjectFacts s, String group, String source) {
            if (s.group().isEmpty()) {
                return new SubjectFacts(s.id(), Optional.of(group), s.weight(), s.values());
            }
            if (s.group().get().equals(group)) {
                return s;
            }
            return FactSet.merge(new FactSet(Optional.empty(), Optional.of(source), List.of(s)),
                    FactSet.builder().source("tree").group(s.id(), group).build()).subjects().get(0);
        }
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

    private static String cell(String v) {
        if (v.contains(",") || v.contains("\"") || v.contains("\n")) {
            return "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }

    private static String plain(BigDecimal v) {
        return v.toPlainString();
    }

    /** The JSON report, written card by card: scheme, period, scorecards, ranking, fact findings. */
    private static final class JsonReport {
        private final Writer w;
        private final JsonGenerator g;
        private boolean started;

        JsonReport(Scheme s, Writer w) throws IOException {
            this.w = w;
            g = ScorecardJson.generator(w);
            g.writeStartObject();
            g.writeStringField("scheme", s.id());
        }

        void card(Scorecard c) throws IOException {
            if (!started) {
                started = true;
                if (c.period().isPresent()) {
                    g.writeStringField("period", c.period().get());
                }
                g.writeArrayFieldStart("scorecards");
            }
            g.writeTree(ScorecardJson.tree(c));
        }

        void end(Ranking ranking, Diagnostics<Finding> check) throws IOException {
            if (!started) {
                g.writeArrayFieldStart("scorecards");
            }
            g.writeEndArray();
            g.writeFieldName("ranking");
            ScorecardJson.write(ranking, g);
            g.writeArrayFieldStart("findings");
            for (Finding f : check.findings()) {
                g.writeTree(ScorecardJson.tree(f));
            }
            g.writeEndArray();
            g.writeEndObject();
            g.close();
            w.write('\n');
        }
    }

    /** The CSV report: one row per subject, written once the ranking is known. */
    private static final class CsvReport {
        private final Writer w;
        private final List<String> codes = new ArrayList<>();

        CsvReport(Scheme s, Writer w) throws IOException {
            this.w = w;
            s.categories().forEach(c -> c.indicators().forEach(i -> codes.add(i.code())));
            s.bonus().ifPresent(b -> b.items().forEach(i -> codes.add(i.code())));
            List<String> header = new ArrayList<>(List.of("subject", "group", "period", "base", "bonus", "total",
                    "grade", "rank", "red", "black", "best", "worst", "excluded", "vetoes", "previous_total", "change"));
            header.addAll(codes);
            w.write(String.join(",", header) + "\n");
        }

        void row(Scorecard c, Optional<Ranking.Entry> e) throws IOException {
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
            w.write(row.stream().map(AssessCommand::cell).collect(Collectors.joining(",")) + "\n");
        }
    }

    private static String flag(Optional<Boolean> v) {
        return v.map(String::valueOf).orElse("");
    }

    private static String t(Locale l, String en, String zh) {
        return "zh".equals(l.getLanguage()) ? zh : en;
    }

    /** The text report, written card by card, then the ranking and the lists. */
    private static final class TextReport {
        private final Scheme s;
        private final Writer w;
        private final Locale l;
        private boolean started;

        TextReport(Scheme s, Writer w, Locale l) {
            this.s = s;
            this.w = w;
            this.l = l;
        }

        private void start(Optional<String> period) throws IOException {
            started = true;
            StringBuilder b = new StringBuilder();
            b.append(s.name()).append(" (").append(s.id()).append(")");
            period.ifPresent(p -> b.append(", ").append(t(l, "period ", "考核期 ")).append(p));
            w.write(b.append('\n').toString());
        }

        void card(Scorecard c) throws IOException {
            if (!started) {
                start(c.period());
            }
            StringBuilder b = new StringBuilder();
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
            w.write(b.toString());
        }

        void end(Ranking ranking) throws IOException {
            if (!started) {
                start(Optional.empty());
            }
            w.write("\n== " + t(l, "Ranking", "排名") + "\n");
            Optional<String> group = null;
            for (Ranking.Entry e : ranking.entries()) {
                if (!e.group().equals(group)) {
                    group = e.group();
                    w.write("  [" + group.orElse(t(l, "all", "全部")) + "]\n");
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
                w.write(row.toString().stripTrailing() + "\n");
            }
            list(t(l, "Red list", "红榜"), ranking.red());
            list(t(l, "Black list", "黑榜"), ranking.black());
            list(t(l, "Best", "最好"), ranking.best());
            list(t(l, "Worst", "最差"), ranking.worst());
            if (!ranking.excluded().isEmpty()) {
                w.write(t(l, "Not ranked (veto): ", "不参与排名 (一票否决): "));
                String sep = "";
                for (Scorecard c : ranking.excluded()) {
                    w.write(sep + c.subject());
                    sep = ", ";
                }
                w.write('\n');
            }
        }

        private void list(String title, List<Ranking.Entry> entries) throws IOException {
            w.write(title + ": ");
            if (entries.isEmpty()) {
                w.write("-");
            }
            String sep = "";
            for (Ranking.Entry e : entries) {
                w.write(sep + e.subject() + " (" + plain(e.total()) + ")");
                sep = ", ";
            }
            w.write('\n');
        }
    }

    private static void line(StringBuilder b, LineItem li, Locale l) {
        b.append(String.format(Locale.ROOT, "  %-4s %8s / %-8s ", li.code(), plain(li.awarded()), plain(li.points())))
                .append(li.reason(l)).append('\n');
    }
}

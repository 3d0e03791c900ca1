package io.gridgov.examples.demo;

import static io.gridgov.examples.i18n.ExamplesMessages.MESSAGES;
import static java.util.Objects.requireNonNull;

import io.gridgov.core.i18n.LocalizedText;
import io.gridgov.examples.sample.SampleCity;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The main job on the bundled sample city, as an ordered list of {@link DemoStep}s: the tree and its
 * structural findings ({@link TreeStep}), boundary validation ({@link BoundaryStep}), the same city
 * with two injected defects ({@link DefectStep}), locating reported problems ({@link LocateStep}), the
 * month's duty plan and compliance ({@link DutiesStep}), the 1,000-point scorecards, ranking and lists
 * ({@link ScoringStep}) and the HTML report ({@link ReportStep}). The sample's input files are copied
 * to the output directory, and each step prints the {@code gridgov} commands that repeat it on them
 * ({@link StepOutcome#commands()}); paths are printed relative to the working directory.
 *
 * <pre>{@code
 * Demo.Result result = Demo.run(Path.of("target/gridgov-demo"), Demo.AS_OF, Demo.steps());
 * System.out.print(result.summary());
 * }</pre>
 */
public final class Demo {

    /** The day the sample city is checked for. */
    public static final LocalDate AS_OF = LocalDate.of(2026, 11, 1);


    private Demo() {
    }

    /** {@return the demo's steps, in order} */
    public static List<DemoStep> steps() {
        return List.of(new TreeStep(), new BoundaryStep(), new DefectStep(), new LocateStep(), new DutiesStep(), new CasesStep(),
                new ScoringStep(), new ReportStep());
    }

    /**
     * The outcome of a run.
     *
     * @param outcomes each step's outcome, in order
     * @param summary the summary printed by {@code gridgov demo}, bilingual unless a language was chosen
     * @param errors the total number of ERROR findings
     */
    public record Result(List<StepOutcome> outcomes, String summary, long errors) {
        /** Validates and copies the components. */
        public Result {
            outcomes = List.copyOf(outcomes);
            requireNonNull(summary, "summary");
        }
    }

    /**
     * Runs the steps on the bundled sample.
     *
     * @param out the output directory
     * @param asOf the day checked
     * @param steps the steps
     * @return the outcomes and the summary
     * @throws IOException when an output cannot be written
     */
    public static Result run(Path out, LocalDate asOf, List<DemoStep> steps) throws IOException {
        return run(out, asOf, steps, Optional.empty());
    }

    /**
     * Runs the steps on the bundled sample, with the summary in one language or both.
     *
     * @param out the output directory
     * @param asOf the day checked
     * @param steps the steps
     * @param language the summary's language; empty for English and Chinese line by line
     * @return the outcomes and the summary
     * @throws IOException when an output cannot be written
     */
    public static Result run(Path out, LocalDate asOf, List<DemoStep> steps, Optional<Locale> language)
            throws IOException {
        requireNonNull(language, "language");
        List<Locale> languages = language.map(List::of).orElse(List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE));
        DemoContext context = new DemoContext(SampleCity.load(), asOf, out);
        String district = context.sample().tree().roots().get(0).name();
        StringBuilder summary = context.summary();
        both(summary, languages, "demo.title", district, asOf);
        List<StepOutcome> outcomes = new ArrayList<>();
        long errors = 0;
        long warnings = 0;
        for (int i = 0; i < steps.size(); i++) {
            DemoStep step = steps.get(i);
            LocalizedText title = step.title();
            summary.append(MESSAGES.format(languages.get(0), "demo.step", i + 1, steps.size(),
                    String.join(" / ", languages.stream().map(title::in).toList()))).append('\n');
            StepOutcome outcome = step.run(context);
            outcomes.add(outcome);
            for (LocalizedText line : outcome.summary()) {
                for (Locale l : languages) {
                    summary.append("      ").append(line.in(l)).append('\n');
                }
            }
            for (Path p : outcome.outputs()) {
                summary.append("      ").append(String.join(" / ",
                        languages.stream().map(l -> MESSAGES.format(l, "demo.output")).toList())).append(": ")
                        .append(DemoContext.display(p)).append('\n');
            }
            for (String command : outcome.commands()) {
                summary.append("      $ ").append(command).append('\n');
            }
            errors += outcome.errors();
            warnings += outcome.warnings();
        }
        both(summary, languages, "demo.done", errors, warnings, DemoContext.display(out));
        both(summary, languages, "demo.next", DemoContext.display(out.resolve("index.html")));
        return new Result(outcomes, summary.toString(), errors);
    }

    private static void both(StringBuilder b, List<Locale> languages, String key, Object... args) {
        for (Locale l : languages) {
            b.append(MESSAGES.format(l, key, args)).append('\n');
        }
    }
}

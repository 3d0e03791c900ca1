package io.gridgov.examples.demo;

import static java.util.Objects.requireNonNull;

import io.gridgov.core.i18n.LocalizedText;
import io.gridgov.core.i18n.Messages;
import io.gridgov.examples.sample.SampleCity;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The main job on the bundled sample city, as an ordered list of {@link DemoStep}s: the tree and its
 * structural findings ({@link TreeStep}), boundary validation ({@link BoundaryStep}), the same city
 * with two injected defects ({@link DefectStep}), locating reported problems ({@link LocateStep}), the
 * month's duty plan and compliance ({@link DutiesStep}), the 1,000-point scorecards, ranking and lists
 * ({@link ScoringStep}) and the HTML report ({@link ReportStep}).
 *
 * <pre>{@code
 * Demo.Result result = Demo.run(Path.of("target/gridgov-demo"), Demo.AS_OF, Demo.steps());
 * System.out.print(result.summary());
 * }</pre>
 */
public final class Demo {

    /** The day the sample city is checked for. */
    public static final LocalDate AS_OF = LocalDate.of(2026, 11, 1);

    private static final Messages MESSAGES = Messages.of("io.gridgov.examples.i18n.messages", Demo.class);

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
     * @param summary the bilingual summary printed by {@code gridgov demo}
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
        DemoContext context = new DemoContext(SampleCity.load(), asOf, out);
        String district = context.sample().tree().roots().get(0).name();
        StringBuilder summary = context.summary();
        both(summary, "demo.title", district, asOf);
        List<StepOutcome> outcomes = new ArrayList<>();
        long errors = 0;
        long warnings = 0;
        for (int i = 0; i < steps.size(); i++) {
            DemoStep step = steps.get(i);
            LocalizedText title = step.title();
            summary.append(MESSAGES.format(Locale.ENGLISH, "demo.step", i + 1, steps.size(),
                    title.en() + " / " + title.zh())).append('\n');
            StepOutcome outcome = step.run(context);
            outcomes.add(outcome);
            for (LocalizedText line : outcome.summary()) {
                summary.append("      ").append(line.en()).append('\n');
                summary.append("      ").append(line.zh()).append('\n');
            }
            for (Path p : outcome.outputs()) {
                summary.append("      ").append(MESSAGES.format(Locale.ENGLISH, "demo.output")).append(" / ")
                        .append(MESSAGES.format(Locale.SIMPLIFIED_CHINESE, "demo.output")).append(": ").append(p)
                        .append('\n');
            }
            errors += outcome.errors();
            warnings += outcome.warnings();
        }
        both(summary, "demo.done", errors, warnings, out);
        both(summary, "demo.next", out.resolve("index.html"), out.resolve("city.geojson"), out.resolve("defects.geojson"));
        return new Result(outcomes, summary.toString(), errors);
    }

    private static void both(StringBuilder b, String key, Object... args) {
        b.append(MESSAGES.format(Locale.ENGLISH, key, args)).append('\n');
        b.append(MESSAGES.format(Locale.SIMPLIFIED_CHINESE, key, args)).append('\n');
    }
}

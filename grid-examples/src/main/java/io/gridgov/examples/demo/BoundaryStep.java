package io.gridgov.examples.demo;

import static io.gridgov.examples.i18n.ExamplesMessages.MESSAGES;

import io.gridgov.core.Severity;
import io.gridgov.core.i18n.LocalizedText;
import io.gridgov.examples.sample.SampleCity;
import io.gridgov.geo.GeoPartition;
import io.gridgov.geo.io.ReportFormat;
import io.gridgov.geo.io.ReportWriter;
import io.gridgov.geo.validate.PartitionValidator;
import io.gridgov.geo.validate.ValidationReport;
import io.gridgov.geo.validate.Violation;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The demo's boundary step: reads the sample's GeoJSON boundaries onto the tree, validates every level
 * with the lake as an allowed gap (grid-geo's {@link PartitionValidator}), and writes
 * {@code boundaries.txt} and a copy of the city's GeoJSON ({@code city.geojson}) to try the other commands on. The sample is clean. Leaves the {@link GeoPartition} for later steps.
 */
public final class BoundaryStep extends BaseStep {

    /** Creates the step. */
    public BoundaryStep() {
        super("boundaries");
    }

    @Override
    public StepOutcome run(DemoContext context) throws IOException {
        GeoPartition partition = SampleCity.partition(context.sample());
        context.put(GeoPartition.class, partition);
        ValidationReport report = PartitionValidator.validate(partition);
        context.put(ValidationReport.class, report);
        // The report repeats the tree's structural findings (counted by the tree step); count the boundaries' own.
        List<Violation> geometric = report.violations().stream().filter(v -> !(v instanceof Violation.Structural))
                .toList();
        long errors = geometric.stream().filter(Violation::isError).count();
        long warnings = geometric.stream().filter(v -> v.severity() == Severity.WARNING).count();
        long structural = report.violations().size() - geometric.size();
        String text = englishThenChinese(language -> ReportWriter.toString(report, ReportFormat.TEXT, language));
        LocalizedText line = MESSAGES.text("demo.boundaries", partition.geometries().size(),
                partition.tree().maxLevelNumber(), errors, warnings, structural);
        Path city = context.copySample(SampleCity.GEOJSON);   // to try gridgov validate, locate and render on
        Path lake = context.copySample(SampleCity.ALLOWED_GAPS);
        return new StepOutcome(List.of(line), errors, warnings, List.of(context.write("boundaries.txt", text), city, lake),
                List.of(validate(city, lake)));
    }

    /** {@return the command that validates a city file as the demo does: the urban scheme, the lake allowed} */
    static String validate(Path city, Path lake, Object... more) {
        List<Object> words = new java.util.ArrayList<>(List.of("validate", city, "--scheme", "urban", "--allowed-gaps", lake));
        words.addAll(List.of(more));
        return DemoContext.command(words.toArray());
    }

    static String describe(List<Violation> violations) {
        StringBuilder b = new StringBuilder();
        for (Violation v : violations) {
            if (!b.isEmpty()) {
                b.append("; ");
            }
            b.append(v.ruleId()).append(' ').append(v.gridIds()).append(' ')
                    .append(Math.round(v.areaM2())).append(" m²");
        }
        return b.toString();
    }
}

package io.gridgov.examples.cli;

import static io.gridgov.examples.i18n.ExamplesMessages.MESSAGES;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.gridgov.core.io.AtomicFiles;
import io.gridgov.geo.CoordinateSystem;
import io.gridgov.geo.GeoPartition;
import io.gridgov.geo.io.GeoFeatures;
import io.gridgov.geo.io.GeoJsonReader;
import io.gridgov.geo.io.GeoJsonWriter;
import io.gridgov.geo.validate.CleaningOptions;
import io.gridgov.geo.validate.CleaningResult;
import io.gridgov.geo.validate.PartitionCleaner;
import io.gridgov.geo.validate.PartitionValidator;
import io.gridgov.geo.validate.ValidationReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.ParameterException;

/**
 * {@code gridgov clean FILE --out FIXED.geojson}: the hierarchical coverage cleaner
 * ({@link PartitionCleaner}) on a GeoJSON grid file, the change report ({@code --report},
 * docs/formats/clean-report.md) and a validation of the output at the snapping tolerance. Exit 0 when
 * the output validates without finding and nothing was refused or left, 1 otherwise; bad input ends
 * in {@link ExitHandler}.
 */
@Command(name = "clean", mixinStandardHelpOptions = true)
public final class CleanCommand implements Callable<Integer> {

    private static final JsonFactory JSON = new JsonFactory();

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE")
    Path file;

    @Option(names = "--out", paramLabel = "FIXED.geojson", required = true)
    Path out;

    @Option(names = "--snap-m", paramLabel = "X", defaultValue = "0.5")
    double snapMetres;

    @Option(names = "--max-gap-width-m", paramLabel = "Y", defaultValue = "5")
    double maxGapWidthMetres;

    @Option(names = "--overlaps", paramLabel = "longest-border|largest-area|smallest-area|lowest-id",
            defaultValue = "longest-border")
    String overlaps;

    @Option(names = "--authority", paramLabel = "parent|children", defaultValue = "parent")
    String authority;

    @Option(names = {"--report", "--report-out"}, paramLabel = "CHANGES.json")
    Path report;

    @Option(names = "--allowed-gaps", paramLabel = "FILE")
    Path allowedGaps;

    @Option(names = "--projected")
    boolean projected;

    @Mixin
    LanguageOption language;

    @Override
    public Integer call() throws IOException {
        Locale locale = language.locale();
        CoordinateSystem crs = projected ? CoordinateSystem.PROJECTED_METRES : CoordinateSystem.LON_LAT_WGS84;
        CleaningOptions.Builder b = CleaningOptions.builder()
                .overlaps(parse("--overlaps", overlaps, CleaningOptions.OverlapStrategy.values()))
                .authority(parse("--authority", authority, CleaningOptions.Authority.values()));
        try {
            b.snapMetres(snapMetres).maxGapWidthMetres(maxGapWidthMetres);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        if (allowedGaps != null) {
            b.allowedGaps(GeoJsonReader.readPolygons(allowedGaps, crs));
        }
        CleaningOptions options = b.build();
        GeoFeatures features = GeoJsonReader.read(file, crs);
        GeoPartition partition = features.toPartition();
        CleaningResult result = new PartitionCleaner(options).apply(partition);
        ValidationReport check = PartitionValidator.validate(result.partition(), options.validationOptions());
        GeoJsonWriter.write(result.partition(), features.nodes(), out);
        if (report != null) {
            AtomicFiles.writeText(report, w -> writeReport(result, check, options, w));
        }
        PrintWriter stdout = spec.commandLine().getOut();
        double gained = result.changes().stream().mapToDouble(CleaningResult.Change::areaGainedM2).sum();
        double lost = result.changes().stream().mapToDouble(CleaningResult.Change::areaLostM2).sum();
        double moved = result.changes().stream().mapToDouble(CleaningResult.Change::largestDisplacementMetres)
                .max().orElse(0);
        stdout.println(MESSAGES.format(locale, "clean.summary", result.changes().size(), partition.tree().size(),
                gained, lost, moved, result.refusals().size(), result.gapsLeft().size()));
        result.refusals().forEach(r -> stdout.println("  " + r.message().in(locale)));
        result.gapsLeft().forEach(g -> stdout.println("  " + g.message().in(locale)));
        boolean clean = check.violations().isEmpty();
        stdout.println(clean ? MESSAGES.format(locale, "clean.valid", options.snapMetres())
                : MESSAGES.format(locale, "clean.invalid", check.violations().size(), check.errors().size(),
                        options.snapMetres()));
        stdout.println(MESSAGES.format(locale, "clean.wrote", out));
        stdout.flush();
        return clean && result.isComplete() ? GridGovCli.OK : GridGovCli.FINDINGS;
    }

    /** Writes the change report (docs/formats/clean-report.md). */
    static void writeReport(CleaningResult result, ValidationReport check, CleaningOptions options, Writer w)
            throws IOException {
        try (JsonGenerator g = JSON.createGenerator(w)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeBooleanField("complete", result.isComplete());
            g.writeBooleanField("valid", check.violations().isEmpty());
            g.writeNumberField("findingsAfter", check.violations().size());
            g.writeObjectFieldStart("options");
            g.writeNumberField("snapMetres", options.snapMetres());
            g.writeNumberField("maxGapWidthMetres", options.maxGapWidthMetres());
            g.writeStringField("overlaps", lower(options.overlaps()));
            g.writeStringField("authority", lower(options.authority()));
            g.writeEndObject();
            g.writeArrayFieldStart("changes");
            for (CleaningResult.Change c : result.changes()) {
                g.writeStartObject();
                g.writeStringField("grid", c.id());
                g.writeNumberField("areaGainedM2", round(c.areaGainedM2()));
                g.writeNumberField("areaLostM2", round(c.areaLostM2()));
                g.writeNumberField("largestDisplacementM", round(c.largestDisplacementMetres()));
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("refused");
            for (CleaningResult.Refusal r : result.refusals()) {
                g.writeStartObject();
                g.writeStringField("grid", r.id());
                if (r.parentId().isPresent()) {
                    g.writeStringField("parent", r.parentId().get());
                }
                g.writeNumberField("level", r.level());
                g.writeStringField("reason", r.reason().name());
                g.writeNumberField("pieces", r.pieces());
                g.writeStringField("message", r.message().en());
                g.writeStringField("messageZh", r.message().zh());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("gapsLeft");
            for (CleaningResult.LeftGap gap : result.gapsLeft()) {
                g.writeStartObject();
                if (gap.parentId().isPresent()) {
                    g.writeStringField("parent", gap.parentId().get());
                }
                g.writeNumberField("level", gap.level());
                g.writeStringField("kind", gap.kind().name());
                g.writeNumberField("areaM2", round(gap.areaM2()));
                g.writeArrayFieldStart("bordering");
                for (String id : gap.bordering()) {
                    g.writeString(id);
                }
                g.writeEndArray();
                g.writeArrayFieldStart("point");
                g.writeNumber(gap.point().x());
                g.writeNumber(gap.point().y());
                g.writeEndArray();
                g.writeStringField("message", gap.message().en());
                g.writeStringField("messageZh", gap.message().zh());
                g.writeFieldName("geometry");
                GeoJsonWriter.writeGeometry(g, gap.geometry());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        w.write(System.lineSeparator());
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** {@return the constant written {@code value} in lower case with hyphens} */
    private <E extends Enum<E>> E parse(String option, String value, E[] constants) {
        for (E e : constants) {
            if (lower(e).equals(value)) {
                return e;
            }
        }
        throw new ParameterException(spec.commandLine(), option + ": expected one of "
                + java.util.Arrays.stream(constants).map(CleanCommand::lower).collect(Collectors.joining(", "))
                + ", found '" + value + "'");
    }
}

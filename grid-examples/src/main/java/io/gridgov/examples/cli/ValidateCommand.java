package io.gridgov.examples.cli;

import static io.gridgov.examples.i18n.ExamplesMessages.MESSAGES;

import io.gridgov.geo.CoordinateSystem;
import io.gridgov.geo.GeoPartition;
import io.gridgov.geo.io.GeoJsonReader;
import io.gridgov.geo.io.ReportFormat;
import io.gridgov.geo.io.ReportWriter;
import io.gridgov.geo.validate.PartitionValidator;
import io.gridgov.geo.validate.ValidationOptions;
import io.gridgov.geo.validate.ValidationReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;

/**
 * {@code gridgov validate FILE}: hierarchical boundary validation of a GeoJSON grid file.
 * Exit 0 without ERROR, 1 with; bad input ends in {@link ExitHandler}.
 */
@Command(name = "validate", mixinStandardHelpOptions = true)
public final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE")
    Path file;

    @Option(names = "--format", paramLabel = "text|json|geojson", defaultValue = "text")
    ReportFormat format;

    @Option(names = "--tolerance-m", paramLabel = "X", defaultValue = "0.5")
    double toleranceMetres;

    @Option(names = "--min-area-m2", paramLabel = "Y", defaultValue = "1.0")
    double minAreaM2;

    @Option(names = "--allowed-gaps", paramLabel = "FILE")
    Path allowedGaps;

    @Option(names = "--scheme", paramLabel = "ID|FILE")
    String scheme;

    @Option(names = "--projected")
    boolean projected;

    @Option(names = "--out", paramLabel = "FILE")
    Path out;

    @Mixin
    LanguageOption language;

    @Option(names = "--threads", paramLabel = "N")
    Integer threads;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Locale locale = language.locale();
        OptionChecks.atLeast(spec, locale, "--tolerance-m", toleranceMetres, 0);
        OptionChecks.atLeast(spec, locale, "--min-area-m2", minAreaM2, 0);
        if (threads != null) {
            OptionChecks.within(spec, locale, "--threads", threads, 1, 1024);
        }
        ValidationOptions.Builder b = ValidationOptions.builder().toleranceMetres(toleranceMetres).minAreaM2(minAreaM2);
        if (threads != null) {
            b.parallelism(threads);
        }
        ValidationOptions options = b.build();
        CoordinateSystem crs = projected ? CoordinateSystem.PROJECTED_METRES : CoordinateSystem.LON_LAT_WGS84;
        var features = GeoJsonReader.read(file, crs);
        GeoPartition partition = scheme == null ? features.toPartition()
                : features.toPartition(TreeCommand.scheme(scheme, locale));
        if (allowedGaps != null) {
            partition = partition.withAllowedGaps(GeoJsonReader.readPolygons(allowedGaps, crs));
        }
        ValidationReport report;
        try (ProgressBar bar = ProgressBar.onConsole(MESSAGES.format(locale, "progress.validating"), err)) {
            report = new PartitionValidator(options).check(partition, bar::update);
        }
        if (out != null) {
            ReportWriter.write(report, format, locale, out);
        } else {
            PrintWriter stdout = spec.commandLine().getOut();
            stdout.print(ReportWriter.toString(report, format, locale));
            stdout.flush();
        }
        return report.isValid() ? GridGovCli.OK : GridGovCli.FINDINGS;
    }

    /** {@return the exit codes, for help texts} */
    static List<Integer> exitCodes() {
        return List.of(GridGovCli.OK, GridGovCli.FINDINGS, GridGovCli.BAD_INPUT);
    }
}

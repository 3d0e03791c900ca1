package io.gridgov.examples.cli;

import static io.gridgov.examples.i18n.ExamplesMessages.MESSAGES;

import io.gridgov.core.io.JsonTree;
import io.gridgov.core.Finding;
import io.gridgov.cases.CaseCategories;
import io.gridgov.cases.CaseEvents;
import io.gridgov.cases.CaseReplay;
import io.gridgov.cases.CaseReport;
import io.gridgov.cases.CaseSetup;
import io.gridgov.core.calendar.WorkCalendar;
import io.gridgov.core.format.TreeDocument;
import io.gridgov.core.format.TreeJson;
import io.gridgov.geo.CoordinateSystem;
import io.gridgov.geo.io.GeoJsonReader;
import io.gridgov.geo.locate.GridLocator;
import io.gridgov.geo.locate.Location;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The inputs the {@code cases} subcommands share: events, categories, tree, boundaries, calendar. */
final class CaseInputs {

    @Option(names = "--events", required = true, arity = "1..*", paramLabel = "E")
    List<Path> events;

    @Option(names = "--categories", paramLabel = "C")
    Path categories;

    @Option(names = "--tree", paramLabel = "T")
    Path tree;

    @Option(names = "--boundaries", paramLabel = "G")
    Path boundaries;

    @Option(names = "--calendar", paramLabel = "K")
    Path calendar;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "50")
    int limit;

    @Option(names = "--format", paramLabel = "text|json|csv", defaultValue = "text")
    Format format;

    /** The output formats of the {@code cases} subcommands. */
    enum Format { text, json, csv }

    @Mixin
    LanguageOption language;

    /** The command these options belong to: its output, and its usage errors. */
    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    /** {@return the command's standard output} */
    PrintWriter out() {
        return command.commandLine().getOut();
    }

    /** {@return a usage error of the command (exit 2)} */
    ParameterException usage(String message) {
        return new ParameterException(command.commandLine(), message);
    }

    Locale locale() {
        return language.locale();
    }

    CaseSetup setup() {
        CaseSetup.Builder b = CaseSetup.builder();
        b.categories(categories == null ? CaseCategories.presets() : CaseCategories.read(categories));
        if (calendar != null) {
            b.calendar(WorkCalendar.read(calendar));
        }
        if (tree != null) {
            TreeDocument doc = TreeJson.read(tree);
            b.tree(doc.tree()).staffing(doc.staffing());
        }
        if (boundaries != null) {
            GridLocator locator = GridLocator.of(GeoJsonReader.read(boundaries, CoordinateSystem.LON_LAT_WGS84).toPartition());
            b.locator((lon, lat) -> locator.locate(lon, lat).map(Location::gridId));
        }
        return b.build();
    }

    /** Streams every events file into the replay. */
    CaseReport run(CaseSetup setup, CaseReplay replay) {
        for (Path e : events) {
            // read, inflated and numbered on other threads, replayed on this one
            CaseEvents.readAhead(e, setup.categories(), setup.calendar().zone(), replay);
        }
        return replay.finish();
    }

    /** Flushes the output, prints the findings on standard error and returns the exit code: 1 for an ERROR finding. */
    int done(CaseReport report) {
        out().flush();
        PrintWriter err = command.commandLine().getErr();
        printFindings(report, err);
        err.flush();
        return report.isValid() ? GridGovCli.OK : GridGovCli.FINDINGS;
    }

    void printFindings(CaseReport report, PrintWriter err) {
        int shown = 0;
        for (Finding f : report.findings()) {
            if (shown++ >= limit) {
                break;
            }
            String where = f.location().map(l -> "line " + l.line().orElse(0) + ": ").orElse("");
            err.println(f.severity() + " " + f.ruleId() + " " + where + f.message(locale()));
        }
        if (report.findingCount() > shown) {
            err.println(MESSAGES.format(locale(), "cases.moreFindings",
                    report.findingCount() - Math.min(shown, report.findingCount())));
        }
    }

    /**
     * {@return an instant: 2026-11-30T18:00+08:00, 2026-11-30T18:00 (on the calendar's zone) or 2026-11-30
     * (its start)} Anything else is a usage error of {@code option}.
     */
    Instant instant(String text, ZoneId zone, String option) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(text).atZone(zone).toInstant();
            } catch (DateTimeParseException e2) {
                try {
                    return LocalDate.parse(text).atStartOfDay(zone).toInstant();
                } catch (DateTimeParseException e3) {
                    throw usage(MESSAGES.format(locale(), "usage.instant", option, JsonTree.quoted(text)));
                }
            }
        }
    }
}

package io.gridgov.examples.cli;

import static io.gridgov.examples.i18n.ExamplesMessages.MESSAGES;

import com.fasterxml.jackson.databind.JsonNode;
import io.gridgov.duty.DutyCatalog;
import io.gridgov.duty.DutyPlanner;
import io.gridgov.duty.DutyTemplates;
import io.gridgov.core.Diagnostics;
import io.gridgov.core.Finding;
import io.gridgov.core.calendar.WorkCalendar;
import io.gridgov.core.io.InputLocation;
import io.gridgov.core.io.InvalidInputException;
import io.gridgov.core.io.JsonTree;
import io.gridgov.core.staff.Assignment;
import io.gridgov.core.staff.Staffing;
import io.gridgov.core.format.TreeDocument;
import io.gridgov.core.tree.GridTree;
import io.gridgov.core.tree.Validity;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.Option;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The inputs the {@code duties} subcommands share: tree, templates, period, calendar, staffing. */
final class DutyInputs {

    @Option(names = "--tree", required = true, paramLabel = "T")
    Path tree;

    @Option(names = "--templates", required = true, arity = "1..*", paramLabel = "FILE|preset:ID")
    List<String> templates;

    @Mixin
    PeriodOptions period;

    @Option(names = "--calendar", paramLabel = "FILE")
    Path calendar;

    @Option(names = "--staff", paramLabel = "FILE")
    Path staff;

    @Mixin
    LanguageOption language;

    /** The command these options belong to, for usage errors. */
    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    /** The tree reader; swapped for grid-core's TreeJson when merged. */
    TreeSource treeSource = TreeSource.DEFAULT;

    Locale locale() {
        return language.locale();
    }

    /** A loaded, validated set of inputs. */
    record Loaded(GridTree tree, DutyCatalog catalog, DutyPlanner planner, List<Finding> problems) {
        boolean isValid() {
            return Diagnostics.of(problems).isValid();
        }
    }

    Loaded load() {
        period.check(command, locale());
        TreeDocument document = treeSource.read(tree);
        GridTree t = document.tree();
        List<io.gridgov.duty.DutyTemplate> list = new ArrayList<>();
        for (String f : templates) {
            if (f.startsWith("preset:")) {
                String id = f.substring("preset:".length());
                if (!DutyTemplates.PRESET_IDS.contains(id)) {
                    throw new ParameterException(command.commandLine(), MESSAGES.format(locale(),
                            "usage.preset", "--templates", String.join(", ", DutyTemplates.PRESET_IDS), id));
                }
                list.add(DutyTemplates.preset(id));
            } else {
                list.addAll(DutyTemplates.read(Path.of(f)));
            }
        }
        DutyCatalog catalog = DutyCatalog.of(list);
        List<Finding> problems = new ArrayList<>(catalog.warnings());
        problems.addAll(catalog.check(t.scheme()).findings());
        DutyPlanner.Builder b = DutyPlanner.builder(t, catalog);
        if (calendar != null) {
            b.calendar(WorkCalendar.read(calendar));
        }
        staffing().or(() -> document.staffing().size() > 0 ? Optional.of(document.staffing()) : Optional.empty())
                .ifPresent(b::staffing);
        return new Loaded(t, catalog, b.build(), problems);
    }

    void printProblems(List<Finding> problems, PrintWriter err) {
        for (Finding p : problems) {
            err.println(DiagnosticLines.line(p, locale()));
        }
    }

    private Optional<Staffing> staffing() {
        if (staff == null) {
            return Optional.empty();
        }
        String name = staff.toString();
        JsonNode root = JsonTree.readFile(staff).node();
        if (root == null || !root.path("assignments").isArray()) {
            throw new InvalidInputException(InputLocation.ofFile(name), MESSAGES.text("staff.shape"));
        }
        Staffing.Builder b = Staffing.builder();
        int i = 0;
        for (JsonNode a : root.get("assignments")) {
            String path = "$.assignments[" + i++ + "]";
            InputLocation at = InputLocation.ofFile(name).withField(path);
            for (String f : List.of("person", "role", "grid")) {
                if (!a.path(f).isTextual()) {
                    throw new InvalidInputException(at.withField(path + "." + f), MESSAGES.text("staff.text", f,
                            a.has(f) ? JsonTree.shown(a.get(f)) : "—"));
                }
            }
            Optional<LocalDate> from = date(a, "from", at, path);
            Optional<LocalDate> until = date(a, "until", at, path);
            try {
                b.assign(new Assignment(a.get("person").asText(), a.get("role").asText(), a.get("grid").asText(),
                        new Validity(from, until)));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException(at.withField(path + ".until"), MESSAGES.text("staff.order",
                        from.map(Object::toString).orElse("—"), until.map(Object::toString).orElse("—")));
            }
        }
        return Optional.of(b.build());
    }

    private static Optional<LocalDate> date(JsonNode a, String field, InputLocation at, String path) {
        if (!a.hasNonNull(field)) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(a.get(field).asText()));
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(at.withField(path + "." + field), MESSAGES.text("staff.date",
                    JsonTree.shown(a.get(field))));
        }
    }
}

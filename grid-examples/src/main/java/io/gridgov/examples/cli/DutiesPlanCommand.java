package io.gridgov.examples.cli;

import io.gridgov.core.io.AtomicFiles;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gridgov.duty.Obligation;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code gridgov duties plan}: the obligations due in a period, streamed as JSON or CSV. Exit 0, 1 when
 * a template has an ERROR against the tree (e.g. a binding that matches no level; the plan is still
 * written); unreadable input ends in {@link ExitHandler} (exit 2).
 */
@Command(name = "plan", mixinStandardHelpOptions = true)
public final class DutiesPlanCommand implements Callable<Integer> {

    @Mixin
    DutyInputs inputs;

    /** Output formats. */
    enum Format { json, csv }

    @Option(names = "--format", paramLabel = "json|csv", defaultValue = "json")
    Format format;

    @Option(names = "--out", paramLabel = "FILE")
    Path out;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    static final String[] CSV_COLUMNS = {"template", "duty", "tier", "action", "category", "role", "person", "grid",
        "level", "target", "targets", "from", "until", "count", "requiredMinutes", "minimumMinutes", "severity"};

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        DutyInputs.Loaded loaded = inputs.load();
        inputs.printProblems(loaded.problems(), err);
        try (Stream<Obligation> plan = loaded.planner().plan(inputs.period.from, inputs.period.to)) {
            if (out == null) {
                PrintWriter stdout = spec.commandLine().getOut();
                write(plan.iterator(), stdout);
                stdout.flush();
            } else {
                AtomicFiles.writeText(out, o -> write(plan.iterator(), o));
            }
        }
        return !loaded.isValid() ? GridGovCli.FINDINGS : GridGovCli.OK;
    }

    private void write(Iterator<Obligation> it, Writer w) throws IOException {
        if (format == Format.csv) {
            w.write(String.join(",", CSV_COLUMNS));
            w.write('\n');
            StringBuilder line = new StringBuilder(160);
            while (it.hasNext()) {
                Obligation ob = it.next();
                line.setLength(0);
                String[] v = row(ob);
                for (int i = 0; i < v.length; i++) {
                    if (i > 0) {
                        line.append(',');
                    }
                    line.append(csv(v[i]));
                }
                w.write(line.append('\n').toString());
            }
            w.flush();
            return;
        }
        try (JsonGenerator g = new ObjectMapper().getFactory().createGenerator(w)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.setPrettyPrinter(ONE_OBJECT_PER_LINE);
            g.writeStartArray();
            while (it.hasNext()) {
                String[] v = row(it.next());
                g.writeStartObject();
                for (int i = 0; i < v.length; i++) {
                    if (v[i].isEmpty()) {
                        continue;
                    }
                    if (CSV_COLUMNS[i].equals("targets") || CSV_COLUMNS[i].equals("count")
                            || CSV_COLUMNS[i].endsWith("Minutes") || CSV_COLUMNS[i].equals("tier")) {
                        g.writeNumberField(CSV_COLUMNS[i], Long.parseLong(v[i]));
                    } else {
                        g.writeStringField(CSV_COLUMNS[i], v[i]);
                    }
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeRaw('\n');
        }
    }

    /** A JSON array with one compact object per line. */
    private static final com.fasterxml.jackson.core.util.MinimalPrettyPrinter ONE_OBJECT_PER_LINE =
            new com.fasterxml.jackson.core.util.MinimalPrettyPrinter() {
                private static final long serialVersionUID = 1L;

                @Override
                public void beforeArrayValues(JsonGenerator g) throws IOException {
                    g.writeRaw('\n');
                }

                @Override
                public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
                    g.writeRaw(",\n");
                }

                @Override
                public void writeEndArray(JsonGenerator g, int values) throws IOException {
                    g.writeRaw(values == 0 ? "]" : "\n]");
                }
            };

    static String[] row(Obligation o) {
        String target = o.target() instanceof io.gridgov.duty.TargetScope.OwnGrid ? "grid"
                : o.target() instanceof io.gridgov.duty.TargetScope.Households h ? "households:" + h.householdCategory()
                : o.target() instanceof io.gridgov.duty.TargetScope.Units u ? "units:" + u.unitKind()
                : "subordinates:" + o.target().category();
        return new String[] {o.templateId(), o.dutyCode(), o.tier().isPresent() ? String.valueOf(o.tier().getAsInt()) : "",
            o.action(), o.category(), o.role(), o.personId().orElse(""), o.gridId(), o.levelKey().orElse(""), target,
            String.valueOf(o.targets()), o.from().toString(), o.until().toString(), String.valueOf(o.count()),
            o.requiredMinutes().isPresent() ? String.valueOf(o.requiredMinutes().getAsLong()) : "",
            o.minimumMinutes().isPresent() ? String.valueOf(o.minimumMinutes().getAsLong()) : "",
            o.severity().name().toLowerCase(java.util.Locale.ROOT)};
    }

    static String csv(String v) {
        if (v.indexOf(',') < 0 && v.indexOf('"') < 0 && v.indexOf('\n') < 0) {
            return v;
        }
        return '"' + v.replace("\"", "\"\"") + '"';
    }
}

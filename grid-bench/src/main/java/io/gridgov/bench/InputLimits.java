package io.gridgov.bench;

import io.gridgov.core.rule.StructuralReport;
import io.gridgov.core.rule.StructuralValidator;
import io.gridgov.core.staff.Staffing;
import io.gridgov.core.tree.GridNode;
import io.gridgov.core.tree.GridTree;
import io.gridgov.core.tree.LevelSchemes;
import io.gridgov.core.tree.Validity;
import io.gridgov.duty.Binding;
import io.gridgov.duty.Duty;
import io.gridgov.duty.DutyCatalog;
import io.gridgov.duty.DutyTemplate;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;

/**
 * Two hostile inputs of issue 13, measured: a duty template {@code extends} chain of N links (resolved
 * in linear time; it was cubic: 2,000 links took 8 s), and an unstaffed urban tree of N grids, whose
 * 2 N {@code MISSING_ROLE} findings the structural report counts but keeps only 1,000 of (a 2-million-node
 * tree used to die under a 1 GB heap):
 * <pre>
 * java -cp grid-bench/target/benchmarks.jar io.gridgov.bench.InputLimits chain 2000 4000 50000
 * java -Xmx1g -cp grid-bench/target/benchmarks.jar io.gridgov.bench.InputLimits unstaffed 2000000
 * </pre>
 * and writes the facts files of a million subjects that {@code gridgov assess} is measured on (see
 * {@link #facts}): {@code java -cp grid-bench/target/benchmarks.jar io.gridgov.bench.InputLimits facts
 * 1000000 target/bigfacts} writes {@code facts-1000000.csv}, {@code .json} and both gzipped.
 */
public final class InputLimits {

    private InputLimits() {
    }

    /**
     * Runs the measurements.
     *
     * @param args {@code chain N...}, {@code unstaffed N...} or {@code facts N DIR}
     * @throws IOException when a facts file cannot be written
     */
    public static void main(String[] args) throws IOException {
        if (args[0].equals("facts")) {
            int n = Integer.parseInt(args[1]);
            Path dir = Files.createDirectories(Path.of(args[2]));
            for (String name : List.of("facts-" + n + ".csv", "facts-" + n + ".json", "facts-" + n + ".csv.gz",
                    "facts-" + n + ".json.gz")) {
                Path file = dir.resolve(name);
                try (OutputStream raw = Files.newOutputStream(file);
                        OutputStream out = name.endsWith(".gz") ? new GZIPOutputStream(raw, 1 << 16) : raw;
                        Writer w = new java.io.BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16)) {
                    facts(n, name.contains(".csv"), w);
                }
                System.out.printf("%s: %,d bytes%n", file, Files.size(file));
            }
            return;
        }
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        for (int i = 1; i < args.length; i++) {
            int n = Integer.parseInt(args[i]);
            if (args[0].equals("chain")) {
                List<DutyTemplate> chain = chain(n);
                long cpu = mx.getCurrentThreadCpuTime();
                DutyCatalog catalog = DutyCatalog.of(chain);
                System.out.printf("%,d links: %,d templates resolved in %.2f s of CPU%n", n, catalog.templates().size(),
                        (mx.getCurrentThreadCpuTime() - cpu) / 1e9);
            } else {
                GridTree tree = unstaffed(n);
                long cpu = mx.getCurrentThreadCpuTime();
                StructuralReport report = StructuralValidator.validate(tree, Staffing.empty(), LocalDate.of(2026, 11, 1));
                Runtime rt = Runtime.getRuntime();
                System.out.printf("%,d nodes: %,d MISSING_ROLE found, %,d kept, %.1f s of CPU; heap in use %,d MB of %,d MB%n",
                        tree.size(), report.countsByRule().get("MISSING_ROLE"), report.findings("MISSING_ROLE").size(),
                        (mx.getCurrentThreadCpuTime() - cpu) / 1e9, (rt.totalMemory() - rt.freeMemory()) >> 20,
                        rt.maxMemory() >> 20);
            }
        }
    }

    /** {@return a chain of templates, child first: t(n-1) extends t(n-2) … extends t0, which has the duty} */
    static List<DutyTemplate> chain(int n) {
        List<DutyTemplate> chain = new ArrayList<>();
        for (int i = n - 1; i >= 0; i--) {
            DutyTemplate t = DutyTemplate.of("t" + i, "bench", i == 0 ? List.of(Binding.levels("grid")) : List.of(),
                    i == 0 ? List.of(Duty.builder("patrol", "patrol").build()) : List.of());
            chain.add(new DutyTemplate(t.id(), t.domain(), t.names(), t.version(),
                    i == 0 ? Optional.empty() : Optional.of("t" + (i - 1)), t.duties(), t.removed(), t.bindings(),
                    t.overrides(), t.roles(), t.actions(), t.source(), t.origin(), false, Validity.ALWAYS,
                    Optional.empty()));
        }
        return chain;
    }

    /** {@return an urban tree of {@code grids} grids with households but no staff, 500 grids per community} */
    static GridTree unstaffed(int grids) {
        List<GridNode> nodes = new ArrayList<>();
        nodes.add(GridNode.builder("d").level("district").build());
        nodes.add(GridNode.builder("s").parent("d").level("street").build());
        int communities = Math.max(1, grids / 500);
        for (int c = 0; c < communities; c++) {
            nodes.add(GridNode.builder("c" + c).parent("s").level("community").build());
        }
        for (int i = 0; i < grids; i++) {
            nodes.add(GridNode.builder("g" + i).parent("c" + (i % communities)).level("grid").households(400).build());
        }
        return GridTree.of(LevelSchemes.urban(), nodes);
    }

    /** Columns of the generated facts: what {@code grid-worker-monthly} reads, and one misspelt name. */
    private static final List<String> FACTS = List.of("duty.patrol.required", "duty.patrol.done", "duty.patrol.late",
            "duty.collect.required", "duty.collect.done", "duty.report.required", "duty.report.done",
            "satisfaction.percent", "falsification", "falsificaton");

    /**
     * Writes the facts of {@code n} grids of the sample city's scheme {@code grid-worker-monthly}, as CSV or
     * JSON, without holding them: 500 peer groups ({@code L4/comprehensive-k}), the seven facts the scheme
     * needs, {@code duty.patrol.late}, {@code falsification} (left out of every 1,000th grid, which the
     * fact check reports) and the misspelt {@code falsificaton} in every 10,000th (an unread fact). Values
     * vary with the grid's number, so totals and grades spread.
     *
     * @param n the number of subjects
     * @param csv CSV when true, JSON otherwise
     * @param w where to write
     * @throws IOException when writing fails
     */
    static void facts(int n, boolean csv, Writer w) throws IOException {
        if (csv) {
            w.write("id,group,period," + String.join(",", FACTS) + "\n");
        } else {
            w.write("{\"period\": \"2026-11\", \"subjects\": [\n");
        }
        long[] v = new long[FACTS.size()];
        for (int i = 0; i < n; i++) {
            long h = (i * 0x9E3779B97F4A7C15L) >>> 20;
            v[0] = 30;
            v[1] = 20 + h % 11;
            v[2] = (h >> 4) % 4;
            v[3] = 20;
            v[4] = 14 + (h >> 8) % 7;
            v[5] = 5 + (h >> 12) % 5;
            v[6] = v[5] - (h >> 16) % 2;
            v[7] = 55 + (h >> 20) % 46;
            v[8] = i % 7919 == 0 ? 1 : 0;
            v[9] = 0;
            boolean noFalsification = i % 1000 == 999;
            boolean misspelt = i % 10_000 == 5;
            String group = "L4/comprehensive-" + (i % 500);
            if (csv) {
                StringBuilder b = new StringBuilder().append('g').append(i).append(',').append(group).append(",2026-11");
                for (int k = 0; k < v.length; k++) {
                    b.append(',');
                    if (!(k == 8 && noFalsification) && !(k == 9 && !misspelt)) {
                        b.append(v[k]);
                    }
                }
                w.write(b.append('\n').toString());
            } else {
                StringBuilder b = new StringBuilder(i == 0 ? "" : ",\n").append("{\"id\": \"g").append(i)
                        .append("\", \"group\": \"").append(group).append("\", \"facts\": {");
                String sep = "";
                for (int k = 0; k < v.length; k++) {
                    if (!(k == 8 && noFalsification) && !(k == 9 && !misspelt)) {
                        b.append(sep).append('"').append(FACTS.get(k)).append("\": ").append(v[k]);
                        sep = ", ";
                    }
                }
                w.write(b.append("}}").toString());
            }
        }
        if (!csv) {
            w.write("\n]}\n");
        }
    }
}

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
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Two hostile inputs of issue 13, measured: a duty template {@code extends} chain of N links (resolved
 * in linear time; it was cubic: 2,000 links took 8 s), and an unstaffed urban tree of N grids, whose
 * 2 N {@code MISSING_ROLE} findings the structural report counts but keeps only 1,000 of (a 2-million-node
 * tree used to die under a 1 GB heap):
 * <pre>
 * java -cp grid-bench/target/benchmarks.jar io.gridgov.bench.InputLimits chain 2000 4000 50000
 * java -Xmx1g -cp grid-bench/target/benchmarks.jar io.gridgov.bench.InputLimits unstaffed 2000000
 * </pre>
 */
public final class InputLimits {

    private InputLimits() {
    }

    /**
     * Runs the measurements.
     *
     * @param args {@code chain N...} or {@code unstaffed N...}
     */
    public static void main(String[] args) {
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
}

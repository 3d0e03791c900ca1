package io.gridgov.bench;

import io.gridgov.cases.CaseCategories;
import io.gridgov.cases.CaseReport;
import io.gridgov.cases.CaseSetup;
import io.gridgov.cases.CaseStatistics;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Wall and CPU time and peak heap of one year's replay at the scale (default 5,000,000 cases,
 * about 30 M events): generates the file once into the temporary folder, then replays it with the
 * year's statistics. Run it with the heap the goal allows:
 *
 * <pre>
 * java -Xmx1g -cp grid-bench/target/benchmarks.jar io.gridgov.bench.CasesTiming 5000000
 * </pre>
 */
public final class CasesTiming {

    private CasesTiming() {
    }

    /**
     * Runs the replay twice.
     *
     * @param args the number of cases (default 5,000,000)
     * @throws Exception when the file cannot be written
     */
    public static void main(String[] args) throws Exception {
        int cases = args.length > 0 ? Integer.parseInt(args[0]) : 5_000_000;
        Path file = Path.of(System.getProperty("java.io.tmpdir"), "gridgov-cases-" + cases + ".jsonl.gz");
        if (!Files.exists(file)) {
            long t0 = System.nanoTime();
            long n = CaseYear.write(file, cases, DutiesBenchmark.GRIDS, 42);
            System.out.printf("wrote %,d events of %,d cases to %s (%,d bytes) in %d ms%n", n, cases, file,
                    Files.size(file), (System.nanoTime() - t0) / 1_000_000);
        }
        CaseSetup setup = CaseSetup.builder().categories(CaseCategories.presets()).tree(DutiesBenchmark.city()).build();
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        System.out.printf("processors %d, load average %.1f, max heap %d MB%n", os.getAvailableProcessors(),
                os.getSystemLoadAverage(), Runtime.getRuntime().maxMemory() >> 20);
        for (int i = 1; i <= 2; i++) {
            ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
            long cpu0 = os.getProcessCpuTime();
            long t0 = System.nanoTime();
            CaseReport r = CasesBenchmark.replay(setup, file, CasesBenchmark.TO, CasesBenchmark.FROM);
            long wall = (System.nanoTime() - t0) / 1_000_000;
            long peak = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                    .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
            CaseStatistics s = r.statistics().orElseThrow();
            System.out.printf("run %d: wall %,d ms, process cpu %,d ms, heap pools peak sum %,d MB; %,d events, %,d cases, "
                    + "peak held %,d, open at end %,d, findings %,d; due %,d, on time %,d, overdue open %,d, closed %,d%n",
                    i, wall, (os.getProcessCpuTime() - cpu0) / 1_000_000, peak >> 20, r.events(), r.cases(),
                    r.peakHeld(), r.open().size(), r.findingCount(), s.total().due(), s.total().onTime(),
                    s.total().overdueOpen(), s.total().closed());
        }
    }
}

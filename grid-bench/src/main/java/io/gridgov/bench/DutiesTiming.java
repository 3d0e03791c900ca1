package io.gridgov.bench;

import com.sun.management.OperatingSystemMXBean;
import io.gridgov.duty.ComplianceReport;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;

/**
 * Wall-clock and process CPU time of {@link DutiesBenchmark}'s month check, run after run in one JVM:
 * on a shared machine the CPU time shows the work, the wall time the wait.
 *
 * <pre>
 * java -Xms4g -Xmx4g -cp grid-bench/target/benchmarks.jar io.gridgov.bench.DutiesTiming
 * </pre>
 */
public final class DutiesTiming {

    private DutiesTiming() {
    }

    /**
     * Runs seven checks and three plans, printing each.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        DutiesBenchmark bench = new DutiesBenchmark();
        bench.setUp();
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        System.out.printf("processors %d, load average %.1f%n", os.getAvailableProcessors(), os.getSystemLoadAverage());
        for (int i = 1; i <= 7; i++) {
            long gc0 = gcMillis();
            long cpu0 = os.getProcessCpuTime();
            long t0 = System.nanoTime();
            ComplianceReport r = bench.checkMonth();
            long wall = (System.nanoTime() - t0) / 1_000_000;
            System.out.printf("check %d: wall %d ms, process cpu %d ms, gc %d ms; %d records, %d obligations, rate %s,"
                    + " %d unmatched%n", i, wall, (os.getProcessCpuTime() - cpu0) / 1_000_000, gcMillis() - gc0,
                    r.records(), r.overall().obligations(), r.overall().rate(), r.unmatched().size());
        }
        for (int i = 1; i <= 3; i++) {
            long cpu0 = os.getProcessCpuTime();
            long t0 = System.nanoTime();
            long n = bench.planMonth();
            System.out.printf("plan %d: wall %d ms, process cpu %d ms; %d obligations%n", i,
                    (System.nanoTime() - t0) / 1_000_000, (os.getProcessCpuTime() - cpu0) / 1_000_000, n);
        }
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(GarbageCollectorMXBean::getCollectionTime)
                .sum();
    }
}

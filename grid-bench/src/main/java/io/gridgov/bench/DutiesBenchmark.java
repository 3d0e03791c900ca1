package io.gridgov.bench;

import io.gridgov.duty.ActivityRecord;
import io.gridgov.duty.Binding;
import io.gridgov.duty.ComplianceReport;
import io.gridgov.duty.Duty;
import io.gridgov.duty.DutyCatalog;
import io.gridgov.duty.DutyPlanner;
import io.gridgov.duty.DutyTemplate;
import io.gridgov.duty.DutyTemplates;
import io.gridgov.duty.Evidence;
import io.gridgov.duty.Frequency;
import io.gridgov.duty.CalendarPeriod;
import io.gridgov.duty.TargetScope;
import io.gridgov.core.staff.Assignment;
import io.gridgov.core.staff.Staffing;
import io.gridgov.core.tree.GridNode;
import io.gridgov.core.tree.GridTree;
import io.gridgov.core.tree.Level;
import io.gridgov.core.tree.LevelScheme;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Setup;

/**
 * Duties at city scale: a 10,000-grid city (district → 20 streets → 200 communities → 10,000 grids)
 * with 10,000 staff and five templates (the S1 and S7 presets and three more), planned over
 * November 2026 and checked against 1,000,000 activity records.
 *
 * <pre>
 * mvn -B -q -pl grid-bench -am package -DskipTests
 * java -jar grid-bench/target/benchmarks.jar DutiesBenchmark
 * </pre>
 */
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class DutiesBenchmark extends SingleShotBenchmark {

    static final int GRIDS = 10_000;
    static final int RECORDS = 1_000_000;
    static final LocalDate FROM = LocalDate.of(2026, 11, 1);
    static final LocalDate TO = LocalDate.of(2026, 12, 1);

    GridTree tree;
    DutyCatalog catalog;
    Staffing staffing;
    DutyPlanner planner;
    List<ActivityRecord> records;

    @Setup(org.openjdk.jmh.annotations.Level.Trial)
    public void setUp() {
        tree = city();
        catalog = DutyCatalog.of(templates());
        Staffing.Builder staff = Staffing.builder();
        for (int g = 0; g < GRIDS; g++) {
            staff.assign(Assignment.of("w" + g, "worker", "g" + g));
        }
        staffing = staff.build();
        planner = DutyPlanner.builder(tree, catalog).staffing(staffing).build();
        records = records(new Random(42));
    }

    static GridTree city() {
        LevelScheme scheme = LevelScheme.of("city", Level.builder("district").build(), Level.builder("street").build(),
                Level.builder("community").build(), Level.builder("grid").build());
        List<GridNode> nodes = new ArrayList<>(GRIDS + 300);
        nodes.add(GridNode.builder("d").build());
        for (int s = 0; s < 20; s++) {
            nodes.add(GridNode.builder("s" + s).parent("d").build());
        }
        for (int c = 0; c < 200; c++) {
            nodes.add(GridNode.builder("c" + c).parent("s" + (c / 10)).build());
        }
        for (int g = 0; g < GRIDS; g++) {
            nodes.add(GridNode.builder("g" + g).parent("c" + (g / 50)).households(300)
                    .attribute("households.key", "10").attribute("households.ordinary", "290")
                    .attribute("units.market", g % 4 == 0 ? "1" : "0").build());
        }
        return GridTree.of(scheme, nodes);
    }

    static List<DutyTemplate> templates() {
        List<Binding> grids = List.of(Binding.levels("grid"));
        DutyTemplate visits = DutyTemplate.of("visits", "party-building", grids, List.of(
                Duty.builder("visit-key", "visit").target(new TargetScope.Households("key"))
                        .frequency(Frequency.Quota.of(1, CalendarPeriod.MONTH)).evidence(Evidence.RECORD).build(),
                Duty.builder("visit-ordinary", "visit").target(new TargetScope.Households("ordinary"))
                        .frequency(Frequency.Quota.of(1, CalendarPeriod.QUARTER)).build()));
        DutyTemplate presence = DutyTemplate.of("presence", "civilised-city", grids, List.of(
                Duty.builder("mwf", "collect").frequency(Frequency.Weekdays.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY,
                        DayOfWeek.FRIDAY)).build(),
                Duty.builder("publicise", "publicise").frequency(Frequency.Quota.of(1, CalendarPeriod.WEEK)).build()));
        DutyTemplate health = DutyTemplate.of("health", "public-health", grids, List.of(
                Duty.builder("activity", "training").frequency(new Frequency.MinimumDuration(1, CalendarPeriod.MONTH,
                        Duration.ofHours(1))).evidence(Evidence.SIGN_IN).build(),
                Duty.builder("report", "report").frequency(new Frequency.WorkingDays()).build()));
        return List.of(DutyTemplates.preset("s1-civilised-city"), DutyTemplates.preset("s7-presence"), visits, presence,
                health);
    }

    /** About 100 records per grid: what the five templates ask for, done with 90% diligence, plus noise. */
    List<ActivityRecord> records(Random random) {
        List<ActivityRecord> out = new ArrayList<>(RECORDS);
        String[] areas = {"patrol-municipal", "patrol-environment", "patrol-compounds", "patrol-traffic",
            "patrol-committees", "patrol-culture", "patrol-dogs", "patrol-service-windows"};
        Set<Evidence> record = EnumSet.of(Evidence.RECORD, Evidence.SIGN_IN);
        int g = 0;
        while (out.size() < RECORDS) {
            String grid = "g" + g;
            String worker = "w" + g;
            String leader = "l" + g;
            for (int d = 0; d < 30; d++) {
                LocalDate day = FROM.plusDays(d);
                if (random.nextInt(10) < 9) {
                    out.add(rec(worker, "worker", grid, "patrol", "", day.atTime(8, 0), 150 + random.nextInt(60), record));
                }
                if (d % 7 < 5 && random.nextInt(10) < 9) {
                    out.add(rec(worker, "worker", grid, "report", "", day.atTime(17, 0), 10, record));
                }
                if (d % 2 == 0) {
                    out.add(rec(worker, "worker", grid, "collect", "", day.atTime(11, 0), 30, record));
                }
            }
            for (int h = 0; h < 10; h++) {
                out.add(rec(worker, "worker", grid, "visit", "key/h" + h, FROM.plusDays(random.nextInt(30)).atTime(15, 0),
                        30, record));
            }
            for (int w = 0; w < 4; w++) {
                out.add(rec(worker, "worker", grid, "publicise", "", FROM.plusDays(w * 7 + 2).atTime(10, 0), 60, record));
                for (String area : areas) {
                    out.add(rec(leader, "leader", grid, "patrol", "", FROM.plusDays(w * 7 + 1).atTime(14, 0), 30, record)
                            .forDuty(area));
                }
            }
            out.add(rec(worker, "worker", grid, "training", "", FROM.plusDays(10).atTime(9, 0), 90, record));
            out.add(rec(worker, "worker", "nowhere", "patrol", "", FROM.plusDays(3).atTime(9, 0), 30, record));
            g = (g + 1) % GRIDS;
        }
        return out.subList(0, RECORDS);
    }

    static ActivityRecord rec(String who, String role, String grid, String action, String target, LocalDateTime start,
            int minutes, Set<Evidence> evidence) {
        return new ActivityRecord(who, role, grid, action, target, start, start.plusMinutes(minutes), evidence,
                Optional.empty(), 0);
    }

    /** Plans November for the whole city; returns the number of obligations. */
    @Benchmark
    public long planMonth() {
        return planner.plan(FROM, TO).count();
    }

    /** Plans November and checks one million records against it. */
    @Benchmark
    public ComplianceReport checkMonth() {
        return planner.checker().check(records, FROM, TO);
    }
}

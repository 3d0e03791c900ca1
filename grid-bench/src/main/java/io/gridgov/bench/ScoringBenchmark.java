package io.gridgov.bench;

import io.gridgov.core.facts.FactSet;
import io.gridgov.core.facts.SubjectFacts;
import io.gridgov.scoring.Rule;
import io.gridgov.scoring.Scheme;
import io.gridgov.scoring.Scorecard;
import io.gridgov.scoring.Scoring;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Scores 100,000 subjects against a 50-indicator scheme (10 categories × 5 indicators mixing deduct,
 * rate, linear, bands, checklist and manual rules, with a bonus and a veto). Target: ≤ 1 s on 2 cores.
 *
 * <pre>
 * mvn -B -q -pl grid-bench -am package -DskipTests
 * java -jar grid-bench/target/benchmarks.jar ScoringBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgs = {"-Xms6g", "-Xmx6g"})
public class ScoringBenchmark {

    @Param("100000")
    int subjects;

    Scoring sequential;
    Scoring parallel;
    FactSet facts;

    @Setup
    public void setup() {
        Scheme scheme = scheme();
        sequential = Scoring.of(scheme);
        parallel = sequential.parallel(true);
        facts = facts(scheme, subjects, new Random(42));
    }

    static Scheme scheme() {
        Scheme.Builder b = Scheme.builder("bench-50", "50 indicators", BigDecimal.valueOf(1000));
        for (int c = 0; c < 10; c++) {
            String cc = "C" + c;
            List<Scheme.Indicator> inds = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                String code = cc + "-" + i;
                int kind = (c * 5 + i) % 6;
                Rule rule = switch (kind) {
                    case 0 -> new Rule.Deduct(List.of(new Rule.Deduct.Item(code + ".missed", BigDecimal.valueOf(5),
                            Optional.empty()), new Rule.Deduct.Item(code + ".late", BigDecimal.valueOf(2),
                            Optional.of("逾期"))));
                    case 1 -> new Rule.Rate(code + ".done", code + ".required", List.of(), List.of(), BigDecimal.ONE,
                            BigDecimal.valueOf(2), Optional.empty(), Rule.OnZero.FULL);
                    case 2 -> new Rule.Linear(code + ".reworked", Optional.of(code + ".closed"), new BigDecimal("0.2"),
                            BigDecimal.ZERO, Rule.OnZero.FULL);
                    case 3 -> new Rule.Bands(code + ".percent", Optional.empty(), List.of(
                            new Rule.Bands.Band(Optional.empty(), Optional.of(BigDecimal.valueOf(60)), BigDecimal.ZERO),
                            new Rule.Bands.Band(Optional.of(BigDecimal.valueOf(60)), Optional.of(BigDecimal.valueOf(90)),
                                    BigDecimal.TEN),
                            new Rule.Bands.Band(Optional.of(BigDecimal.valueOf(90)), Optional.empty(),
                                    BigDecimal.valueOf(20))), Rule.OnZero.ZERO);
                    case 4 -> new Rule.Checklist(List.of(new Rule.Checklist.Item(code + ".a", BigDecimal.TEN,
                            Optional.of("台账")), new Rule.Checklist.Item(code + ".b", BigDecimal.TEN, Optional.of("公示"))));
                    default -> new Rule.Manual(code + ".manual");
                };
                inds.add(new Scheme.Indicator(code, "指标" + code, BigDecimal.valueOf(20), rule));
            }
            b.category(new Scheme.Category(cc, "类别" + cc, BigDecimal.valueOf(100), inds));
        }
        b.bonus(new Scheme.Bonus(BigDecimal.valueOf(50), List.of(new Scheme.BonusItem("J1", "表彰",
                new Rule.Add("awards", BigDecimal.valueOf(20), Optional.of(BigDecimal.valueOf(40)))))));
        b.veto(new Scheme.Veto("V1", "弄虚作假", "falsification", List.of(new Scheme.Condition("gt", BigDecimal.ZERO)),
                io.gridgov.scoring.VetoEffect.ZERO));
        b.grade("优秀", BigDecimal.valueOf(900)).grade("合格", BigDecimal.valueOf(600)).grade("不合格", BigDecimal.ZERO);
        return b.lists(3, 3).build();
    }

    static FactSet facts(Scheme scheme, int n, Random r) {
        List<String> names = new ArrayList<>(scheme.referencedFacts());
        BigDecimal[] small = new BigDecimal[101];
        for (int i = 0; i < small.length; i++) {
            small[i] = BigDecimal.valueOf(i);
        }
        List<SubjectFacts> out = new ArrayList<>(n);
        for (int s = 0; s < n; s++) {
            Map<String, BigDecimal> v = new LinkedHashMap<>();
            for (String f : names) {
                int x;
                if (f.endsWith(".required") || f.endsWith(".closed")) {
                    x = 20 + r.nextInt(20);
                } else if (f.endsWith(".done")) {
                    x = 15 + r.nextInt(25);
                } else if (f.endsWith(".a") || f.endsWith(".b")) {
                    x = r.nextInt(2);
                } else if (f.endsWith(".percent")) {
                    x = 40 + r.nextInt(61);
                } else if (f.endsWith(".manual")) {
                    x = r.nextInt(21);
                } else if (f.equals("falsification")) {
                    x = r.nextInt(1000) == 0 ? 1 : 0;
                } else {
                    x = r.nextInt(4);
                }
                v.put(f, small[x]);
            }
            out.add(new SubjectFacts("s" + s, Optional.of("g" + (s % 10)), Optional.empty(), v));
        }
        return new FactSet(Optional.of("2026-11"), Optional.of("bench"), out);
    }

    /** All subjects on all cores, each scorecard consumed as it is produced (streamed output). */
    @Benchmark
    public long scoreStreamedParallel() {
        return parallel.stream(facts).mapToLong(ScoringBenchmark::touch).sum();
    }

    /** All subjects on all cores, every scorecard kept in the returned list. */
    @Benchmark
    public List<Scorecard> scoreAllParallel() {
        return parallel.scoreAll(facts);
    }

    /** All subjects on one core, streamed. */
    @Benchmark
    public long scoreStreamedSequential() {
        return sequential.stream(facts).mapToLong(ScoringBenchmark::touch).sum();
    }

    private static long touch(Scorecard c) {
        return c.total().unscaledValue().longValue() + c.lines().size() + c.lines().get(49).facts().size();
    }

    /**
     * A quick timing outside JMH.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        ScoringBenchmark b = new ScoringBenchmark();
        b.subjects = 100_000;
        b.setup();
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int i = 0; i < 6; i++) {
            long c0 = mx.getCurrentThreadCpuTime();
            long w0 = System.nanoTime();
            long y = b.scoreStreamedSequential();
            System.out.printf("sequential: cpu %d ms, wall %d ms (%d)%n", (mx.getCurrentThreadCpuTime() - c0) / 1_000_000,
                    (System.nanoTime() - w0) / 1_000_000, y);
        }
        for (int i = 0; i < 4; i++) {
            long t0 = System.nanoTime();
            long x = b.scoreStreamedParallel();
            long t1 = System.nanoTime();
            int n = b.scoreAllParallel().size();
            long t2 = System.nanoTime();
            System.out.printf("streamed %d ms, retained %d ms (%d, %d)%n", (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, x, n);
        }
    }
}

package io.gridgov.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.gridgov.geo.CoordinateSystem;
import io.gridgov.geo.io.GeoFeatures;
import io.gridgov.geo.io.GeoJsonReader;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a user gets from a failing property: the shrunk partition prints as Java that generates it again
 * (a spec they can paste into a test), a hook writes it as GeoJSON, and the defect arbitrary does not
 * fill the log with jqwik's "edge case generation exceeds number of tries".
 */
class PasteBackTest {

    /**
     * Runs the builder chain of {@link PartitionSpec#toJava()} as Java would: every {@code .name(args)}
     * after {@code PartitionSpec.builder()} is a call of the builder's method of that name.
     */
    static PartitionSpec evaluate(String source) throws Exception {
        assertThat(source).startsWith("PartitionSpec.builder().").endsWith(".build()");
        Object builder = PartitionSpec.builder();
        Matcher call = Pattern.compile("\\.(\\w+)\\(([^)]*)\\)").matcher(source.substring("PartitionSpec.builder()".length()));
        while (call.find()) {
            String name = call.group(1);
            if (name.equals("build")) {
                break;
            }
            String[] args = call.group(2).split(", ");
            Method m = List.of(PartitionSpec.Builder.class.getMethods()).stream()
                    .filter(x -> x.getName().equals(name) && (name.equals("fanOuts")
                            ? x.getParameterTypes()[0] == int[].class : x.getParameterCount() == args.length))
                    .findFirst().orElseThrow(() -> new AssertionError("no builder method " + name));
            Class<?>[] types = m.getParameterTypes();
            Object[] values;
            if (types[0] == int[].class) {
                values = new Object[] {java.util.Arrays.stream(args).mapToInt(Integer::parseInt).toArray()};
            } else {
                values = new Object[args.length];
                for (int i = 0; i < args.length; i++) {
                    values[i] = literal(args[i], types[i]);
                }
            }
            builder = m.invoke(builder, values);
        }
        return ((PartitionSpec.Builder) builder).build();
    }

    private static Object literal(String text, Class<?> type) {
        if (type == Style.class) {
            return Style.valueOf(text.substring("Style.".length()));
        }
        if (type == CoordinateSystem.class) {
            return CoordinateSystem.valueOf(text.substring("CoordinateSystem.".length()));
        }
        if (type == long.class) {
            assertThat(text).endsWith("L");
            return Long.parseLong(text.substring(0, text.length() - 1));
        }
        if (type == int.class) {
            return Integer.parseInt(text);
        }
        if (type == boolean.class) {
            return Boolean.parseBoolean(text);
        }
        return Double.parseDouble(text);
    }

    @Property(tries = 200)
    void everySpecPrintsAsJavaThatBuildsItAgain(@ForAll("specs") PartitionSpec spec) throws Exception {
        assertThat(evaluate(spec.toString())).isEqualTo(spec);
    }

    @Provide
    Arbitrary<PartitionSpec> specs() {
        return Partitions.any().levels(1, 4).fanOut(1, 9).verticesPerBorder(0, 7).maxNoise(0.08).holes(2).lakes(2)
                .specs().map(s -> s.toBuilder().dedicatedShare(s.seed() % 3 == 0 ? 0.25 : 0)
                        .densifiedParents(s.seed() % 2 == 0).origin(106.7 + (s.seed() % 100) / 1e4, 26.5).build());
    }

    @Test
    void aPartitionPrintsAsTheExpressionThatGeneratesIt() throws Exception {
        Partition p = Partitions.generate(PartitionSpec.builder().fanOuts(1, 3).verticesPerBorder(0).build());
        assertThat(p.toString()).isEqualTo("Partitions.generate(PartitionSpec.builder().style(Style.STREET_BLOCKS)"
                + ".fanOuts(1, 3).verticesPerBorder(0).noise(0.02).crs(CoordinateSystem.LON_LAT_WGS84).origin(106.7, 26.5)"
                + ".leafSizeMetres(300.0).dedicatedShare(0.0).holes(0).lakes(0).seed(0L).build()) /* grids 1+3, 24 vertices */");
        String java = p.toString().substring("Partitions.generate(".length(), p.toString().indexOf(") /*"));
        assertThat(Partitions.generate(evaluate(java))).isEqualTo(p);
    }

    @Test
    void theFailureHookWritesThePartitionsOfASampleAsGeoJsonThatReadsBack(@TempDir Path dir) throws Exception {
        Partition city = Partitions.generate(PartitionSpec.builder().fanOuts(1, 4, 3).lakes(1).seed(3).build());
        Mutation gap = Defects.inject(city, Defect.SHRINK, 0).orElseThrow();
        List<Path> files = PartitionDumpHook.write(dir, "Props.gaps", List.of("not a partition", gap, 7));
        assertThat(files).extracting(f -> f.getFileName().toString())
                .containsExactly("Props.gaps-1.geojson", "Props.gaps-1-allowed-gaps.geojson");
        GeoFeatures read = GeoJsonReader.read(files.get(0), city.crs());
        assertThat(read.geometries().keySet()).isEqualTo(gap.partition().geometries().keySet());
        assertThat(Files.readString(files.get(1))).contains("\"Polygon\"");
        assertThat(PartitionDumpHook.write(dir, "none", List.of("x"))).isEmpty();
    }

    @Test
    void theDefectArbitraryHasNoEdgeCasesToExhaustTheFilter() {
        List<LogRecord> warnings = new ArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord r) {
                warnings.add(r);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger jqwik = Logger.getLogger("net.jqwik");
        jqwik.addHandler(capture);
        try {
            Arbitrary<Mutation> all = Defects.mutations(Partitions.any().levels(2, 3), Defect.values());
            assertThat(all.edgeCases().size()).isZero();
            assertThat(all.sample()).isNotNull();
        } finally {
            jqwik.removeHandler(capture);
        }
        assertThat(warnings).extracting(LogRecord::getMessage).noneMatch(m -> m.contains("edge case"));
    }
}

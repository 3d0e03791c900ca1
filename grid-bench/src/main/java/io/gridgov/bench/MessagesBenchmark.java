package io.gridgov.bench;

import io.gridgov.core.i18n.LocalizedText;
import io.gridgov.core.i18n.Messages;
import io.gridgov.geo.validate.PartitionValidator;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A finding's bilingual message: {@link Messages#text} against the same two patterns formatted by
 * {@link MessageFormat} alone, what a user of the JDK would write. The message is a border's slivers
 * (three plain decimals and a count, as the redrawn city's 3,935 findings at the default tolerance
 * carry), with 1,024 argument sets cycled through.
 *
 * <pre>
 * mvn -B -q -pl grid-bench -am package -DskipTests
 * java -jar grid-bench/target/benchmarks.jar MessagesBenchmark
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class MessagesBenchmark {

    private static final String BUNDLE = "io.gridgov.geo.i18n.messages";
    private static final String KEY = "violation.slivers.OUTSIDE_PARENT";

    private Messages messages;
    private MessageFormat english;
    private MessageFormat chinese;
    private Object[][] arguments;
    private int next;

    @Setup
    public void setUp() {
        messages = Messages.of(BUNDLE, PartitionValidator.class);
        english = new MessageFormat(ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH).getString(KEY), Locale.ENGLISH);
        chinese = new MessageFormat(ResourceBundle.getBundle(BUNDLE, Locale.SIMPLIFIED_CHINESE).getString(KEY),
                Locale.SIMPLIFIED_CHINESE);
        SplittableRandom random = new SplittableRandom(11);
        arguments = new Object[1024][];
        for (int i = 0; i < arguments.length; i++) {
            arguments[i] = new Object[] {random.nextInt(1, 40), "'1.2.3', '1.2.4'", "1.2", random.nextDouble(0, 3000),
                    random.nextDouble(0, 500), random.nextDouble(0, 3)};
        }
    }

    /** {@return the message in both languages through GridGov's bundle} */
    @Benchmark
    public LocalizedText messagesText() {
        return messages.text(KEY, arguments[next++ & 1023]);
    }

    /** {@return the same two texts by {@code MessageFormat} alone} */
    @Benchmark
    public LocalizedText messageFormat() {
        Object[] a = arguments[next++ & 1023];
        return new LocalizedText(english.format(a), chinese.format(a));
    }
}

package io.gridgov.examples.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every module's message bundle (and the command line's help bundle) has the same keys in en and zh_CN, a
 * Chinese text for each with Chinese punctuation, an {@code _en} file that only repeats the default one, and MessageFormat patterns that keep every placeholder: a stray apostrophe quotes
 * the rest of a pattern away, so a {@code {0}} that the raw text holds must come out of the formatted text.
 */
class BundlesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    /** A lone apostrophe not next to a brace: MessageFormat would drop it and quote the rest ("the file's"). */
    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<![{}'])'(?![{}'])");
    /** An ASCII comma, semicolon or parenthesis touching a Chinese character: Chinese text takes ，；（）. */
    private static final Pattern ASCII_PUNCTUATION = Pattern.compile("\\p{IsHan}[,;(]|[,;)]\\p{IsHan}");
    /**
     * grid-scoring's Chinese line items are written with ", " (its scorecards are quoted so in the docs and
     * the fixtures); converting them is a change of its own.
     */
    private static final String ASCII_PUNCTUATION_KEPT = "io/gridgov/scoring/i18n/messages";
    /**
     * Keys whose languages use different placeholders on purpose: grid-duty's {@code catalog.more} (the
     * English plural comes from an extra argument) and grid-scoring's {@code custom} (each language picks
     * its own text from two arguments).
     */
    private static final Set<String> LANGUAGE_SPECIFIC = Set.of("catalog.more", "custom");

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"io/gridgov/core/i18n/messages", "io/gridgov/geo/i18n/messages",
        "io/gridgov/duty/i18n/messages", "io/gridgov/scoring/i18n/messages", "io/gridgov/cases/i18n/messages",
        "io/gridgov/examples/i18n/messages", "io/gridgov/examples/i18n/help"})
    void enAndZhHaveTheSameKeysAndEveryPlaceholder(String bundle) throws IOException {
        Properties en = load(bundle + ".properties");
        Properties zh = load(bundle + "_zh_CN.properties");
        Set<String> onlyEn = new TreeSet<>(en.stringPropertyNames());
        onlyEn.removeAll(zh.stringPropertyNames());
        Set<String> onlyZh = new TreeSet<>(zh.stringPropertyNames());
        onlyZh.removeAll(en.stringPropertyNames());
        assertThat(onlyEn).as("keys only in English").isEmpty();
        // an _en file overrides the default file for English: it may only repeat it
        InputStream enFile = BundlesTest.class.getClassLoader().getResourceAsStream(bundle + "_en.properties");
        if (enFile != null) {
            enFile.close();
            Properties override = load(bundle + "_en.properties");
            for (String key : override.stringPropertyNames()) {
                assertThat(override.getProperty(key)).as(bundle + "_en " + key).isEqualTo(en.getProperty(key));
            }
        }
        assertThat(onlyZh).as("keys only in Chinese").isEmpty();
        boolean messageFormat = !bundle.endsWith("/help");
        List<String> problems = new ArrayList<>();
        for (String key : new TreeSet<>(en.stringPropertyNames())) {
            String e = en.getProperty(key);
            String z = zh.getProperty(key);
            if (!HAN.matcher(z).find() && !z.isBlank() && z.chars().anyMatch(Character::isLetter)
                    && !z.equals(e)) {
                problems.add(key + ": Chinese text without Chinese: " + z);
            }
            if (!bundle.equals(ASCII_PUNCTUATION_KEPT) && ASCII_PUNCTUATION.matcher(z).find()) {
                problems.add(key + ": ASCII punctuation in Chinese text: " + z);
            }
            if (messageFormat) {
                Set<Integer> rawEn = placeholders(e);
                Set<Integer> rawZh = placeholders(z);
                if (!rawEn.equals(rawZh) && !LANGUAGE_SPECIFIC.contains(key)) {
                    problems.add(key + ": placeholders " + rawEn + " in en, " + rawZh + " in zh_CN");
                }
                for (String pattern : List.of(e, z)) {
                    if (LONE_APOSTROPHE.matcher(pattern).find()) {
                        problems.add(key + ": a lone apostrophe, write it twice: " + pattern);
                    }
                }
                check(key, e, Locale.ENGLISH, problems);
                check(key, z, Locale.SIMPLIFIED_CHINESE, problems);
            }
        }
        assertThat(problems).isEmpty();
    }

    private static void check(String key, String pattern, Locale locale, List<String> problems) {
        Set<Integer> raw = placeholders(pattern);
        Object[] args = new Object[raw.stream().mapToInt(i -> i + 1).max().orElse(0)];
        for (int i = 0; i < args.length; i++) {
            args[i] = "ARG" + i;
        }
        String text;
        try {
            text = new MessageFormat(pattern, locale).format(args);
        } catch (IllegalArgumentException ex) {
            // {0,number} with a text argument: the placeholder is there and typed
            return;
        }
        for (int i : raw) {
            if (!text.contains("ARG" + i) && !pattern.matches("(?s).*\\{" + i + ",\\s*(number|choice|date|time).*")) {
                problems.add(key + " (" + locale + "): {" + i + "} is quoted away: " + pattern);
            }
        }
    }

    private static Set<Integer> placeholders(String pattern) {
        Set<Integer> out = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(pattern);
        while (m.find()) {
            out.add(Integer.parseInt(m.group(1)));
        }
        return out;
    }

    private static Properties load(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = BundlesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}

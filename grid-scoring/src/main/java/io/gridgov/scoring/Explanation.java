package io.gridgov.scoring;

import static java.util.Objects.requireNonNull;

import io.gridgov.core.i18n.LocalizedText;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Why points were awarded or deducted: a message key of this module's bundle and its arguments,
 * rendered in English or Chinese on demand. Example: key {@code deduct.item}, arguments
 * {@code [巡查记录缺失, 3, 10, 30]} → {@code 巡查记录缺失 3 次, 每次扣 10 分, 扣 30 分}.
 *
 * <p>Arguments may be given as numbers and are formatted as text only when first needed (scoring
 * 100,000 subjects formats nothing until something is printed). Two explanations are equal when
 * their keys and formatted arguments are equal. Immutable and thread-safe.
 */
public final class Explanation {
    private final String key;
    private final Object[] raw;
    private volatile List<String> args;

    private Explanation(String key, Object[] raw) {
        this.key = requireNonNull(key, "key");
        this.raw = raw;
    }

    /**
     * An explanation from a key and its arguments.
     *
     * @param key the message key
     * @param args texts, {@link java.math.BigDecimal numbers} (printed without trailing zeros) or
     *        immutable values whose {@code toString} is the text; the array is kept, not copied
     * @return the explanation
     */
    public static Explanation of(String key, Object... args) {
        for (Object a : args) {
            requireNonNull(a, "argument");
        }
        return new Explanation(key, args);
    }

    /**
     * An explanation from a key and already formatted arguments, as read back from JSON.
     *
     * @param key the message key
     * @param args the arguments as text
     * @return the explanation
     */
    public static Explanation of(String key, List<String> args) {
        Explanation e = new Explanation(key, args.toArray());
        e.args = List.copyOf(args);
        return e;
    }

    /**
     * {@return an explanation with a ready text, as a vendor rule gives it}
     *
     * @param text the text
     */
    public static Explanation literal(LocalizedText text) {
        return of("custom", List.of(text.en(), text.zh()));
    }

    /** {@return the message key} */
    public String key() {
        return key;
    }

    /** {@return the arguments as text} */
    public List<String> args() {
        List<String> a = args;
        if (a == null) {
            List<String> out = new ArrayList<>(raw.length);
            for (Object o : raw) {
                out.add(Texts.format(o));
            }
            a = Collections.unmodifiableList(out);
            args = a;
        }
        return a;
    }

    /** {@return the text in both languages} */
    public LocalizedText text() {
        return Texts.MESSAGES.text(key, args().toArray());
    }

    /**
     * {@return the text in {@code locale}}
     *
     * @param locale the language
     */
    public String in(Locale locale) {
        return Texts.MESSAGES.format(locale, key, args().toArray());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Explanation e && key.equals(e.key) && args().equals(e.args());
    }

    @Override
    public int hashCode() {
        return key.hashCode() * 31 + args().hashCode();
    }

    @Override
    public String toString() {
        return "Explanation[key=" + key + ", args=" + args() + "]";
    }
}

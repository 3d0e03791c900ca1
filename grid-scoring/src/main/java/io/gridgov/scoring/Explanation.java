package io.gridgov.scoring;

import static java.util.Objects.requireNonNull;

import io.gridgov.core.i18n.LocalizedText;
import io.gridgov.scoring.internal.Texts;
import java.util.List;
import java.util.Locale;

/**
 * Why points were awarded or deducted: a message key of this module's bundle and its arguments,
 * rendered in English or Chinese on demand (so scoring many subjects formats nothing until printed).
 * Example: key {@code deduct.item}, arguments {@code [巡查记录缺失, 3, 10, 30]} →
 * {@code 巡查记录缺失 3 次, 每次扣 10 分, 扣 30 分}.
 *
 * @param key the message key
 * @param args the arguments, already formatted as text
 */
public record Explanation(String key, List<String> args) {
    /** Validates and copies. */
    public Explanation {
        requireNonNull(key, "key");
        args = List.copyOf(requireNonNull(args, "args"));
    }

    /** {@return an explanation} @param key the key @param args the arguments */
    public static Explanation of(String key, String... args) {
        return new Explanation(key, List.of(args));
    }

    /** {@return an explanation with a ready text, as a vendor rule gives it} @param text the text */
    public static Explanation literal(LocalizedText text) {
        return new Explanation("custom", List.of(text.en(), text.zh()));
    }

    /** {@return the text in both languages} */
    public LocalizedText text() {
        return Texts.MESSAGES.text(key, args.toArray());
    }

    /** {@return the text in {@code locale}} @param locale the language */
    public String in(Locale locale) {
        return Texts.MESSAGES.format(locale, key, args.toArray());
    }
}

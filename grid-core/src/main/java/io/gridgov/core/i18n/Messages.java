package io.gridgov.core.i18n;

import static java.util.Objects.requireNonNull;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * User-facing texts from a resource bundle with {@code en} and {@code zh_CN} variants.
 *
 * <p>Each module keeps its own bundle and one {@code Messages} instance for it; finding and
 * violation records keep a message key and arguments and render them on demand, so one report can
 * be printed in either language. Bundles are read as UTF-8 (Java 9+).
 *
 * <pre>{@code
 * Messages messages = Messages.of("io.gridgov.core.i18n.messages", Messages.class);
 * String text = messages.format(Locale.SIMPLIFIED_CHINESE, "rule.DUPLICATE_ID", "g1");
 * }</pre>
 *
 * <p>Instances are thread-safe; apart from a cache of parsed patterns (a report of tens of thousands of
 * findings formats the same few patterns over and over) they are immutable.
 */
public final class Messages {

    /** English, the default language of messages. */
    public static final Locale ENGLISH = Locale.ENGLISH;
    /** Simplified Chinese (zh_CN). */
    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    private final String baseName;
    private final Module module;
    private final ClassLoader loader;
    /** Parsed patterns by locale and key; a {@link MessageFormat} is not thread-safe, so it is used under its own lock. */
    private final ConcurrentHashMap<PatternKey, MessageFormat> patterns = new ConcurrentHashMap<>();

    private record PatternKey(Locale locale, String key) {
    }

    private Messages(String baseName, Class<?> anchor) {
        this.baseName = baseName;
        this.module = anchor.getModule();
        this.loader = anchor.getClassLoader();
    }

    /**
     * Messages from the bundle {@code baseName}, loaded next to {@code anchor}.
     *
     * @param baseName fully qualified bundle name, such as {@code io.gridgov.geo.i18n.messages}
     * @param anchor a class of the module (or class path) that holds the bundle
     * @return the messages
     */
    public static Messages of(String baseName, Class<?> anchor) {
        return new Messages(requireNonNull(baseName, "baseName"), requireNonNull(anchor, "anchor"));
    }

    /**
     * The text for {@code key} in {@code locale}, with {@code arguments} placed by
     * {@link MessageFormat}. A missing key yields the key itself followed by the arguments, so a
     * missing translation is visible but never loses information.
     *
     * @param locale the language; anything other than Chinese falls back to English
     * @param key the message key
     * @param arguments values for the {@code {0}}, {@code {1}}, … placeholders; a {@link LocalizedText}
     *        is inserted in {@code locale}'s language
     * @return the formatted text
     */
    public String format(Locale locale, String key, Object... arguments) {
        requireNonNull(locale, "locale");
        requireNonNull(key, "key");
        MessageFormat pattern = patterns.get(new PatternKey(locale, key));
        if (pattern == null) {
            try {
                pattern = PlainDecimalFormat.speedUp(new MessageFormat(bundle(locale).getString(key), locale));
            } catch (MissingResourceException e) {
                return key + (arguments.length == 0 ? "" : " " + java.util.Arrays.toString(arguments));
            }
            patterns.putIfAbsent(new PatternKey(locale, key), pattern);
        }
        Object[] args = arguments;
        for (int i = 0; i < args.length; i++) {
            if (args[i] instanceof LocalizedText t) {
                if (args == arguments) {
                    args = arguments.clone();
                }
                args[i] = t.in(locale);
            }
        }
        synchronized (pattern) {
            return pattern.format(args);
        }
    }

    /**
     * The text for {@code key} in both languages.
     *
     * @param key the message key
     * @param arguments values for the placeholders
     * @return the English and Chinese texts
     */
    public LocalizedText text(String key, Object... arguments) {
        return new LocalizedText(format(ENGLISH, key, arguments), format(CHINESE, key, arguments));
    }

    /** {@return whether the bundle has a text for {@code key}} */
    public boolean has(String key) {
        return bundle(ENGLISH).containsKey(key);
    }

    private ResourceBundle bundle(Locale locale) {
        Locale wanted = "zh".equals(locale.getLanguage()) ? CHINESE : ENGLISH;
        ResourceBundle.Control control = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
        if (module.isNamed()) {
            return ResourceBundle.getBundle(baseName, wanted, module);
        }
        return ResourceBundle.getBundle(baseName, wanted, loader, control);
    }
}

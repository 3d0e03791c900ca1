package io.gridgov.core.io;

import static io.gridgov.core.i18n.CoreMessages.MESSAGES;

import io.gridgov.core.i18n.LocalizedText;
import io.gridgov.core.i18n.Messages;
import java.util.Locale;

/**
 * Bilingual problem texts (输入错误说明) of grid-core's readers, from the core bundle
 * ({@code io.gridgov.core.i18n.messages}, en and zh_CN): the reader kit's {@link JsonTree} and the
 * core file formats ({@code io.gridgov.core.format}) word their errors with it, so that every core
 * reader says "expected …, found …" the same way. Keys are those of the core bundle. Stateless and
 * thread-safe.
 */
public final class Problems {

    private Problems() {
    }

    /**
     * The text of {@code key} in English and Chinese. Arguments are inserted as text (no number
     * grouping); a {@link LocalizedText} argument is inserted in each language.
     */
    public static LocalizedText text(String key, Object... args) {
        return new LocalizedText(format(Messages.ENGLISH, key, args), format(Messages.CHINESE, key, args));
    }

    private static String format(Locale locale, String key, Object... args) {
        Object[] texts = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            texts[i] = args[i] instanceof LocalizedText t ? t.in(locale) : String.valueOf(args[i]);
        }
        return MESSAGES.format(locale, key, texts);
    }

    /**
     * {@return the stream, buffered, after checking that it does not start like a gzip file}
     *
     * @throws InvalidInputException ({@code input.gzip}) for a gzip-compressed stream
     */
    public static java.io.InputStream notGzip(java.io.InputStream in, String file) throws java.io.IOException {
        java.io.InputStream b = in.markSupported() ? in : new java.io.BufferedInputStream(in, 1 << 16);
        b.mark(2);
        boolean gzip = b.read() == 0x1f && b.read() == 0x8b;
        b.reset();
        if (gzip) {
            throw at(InputLocation.ofFile(file), "input.gzip");
        }
        return b;
    }

    /** {@return an exception at a location with the bundle's text for {@code key}} */
    public static InvalidInputException at(InputLocation location, String key, Object... args) {
        return new InvalidInputException(location, text(key, args));
    }

    /** {@return a description of a found value: quoted text, a number, or a word in each language} */
    public static Object found(Object v) {
        if (v == null || v instanceof com.fasterxml.jackson.databind.JsonNode j && (j.isNull() || j.isMissingNode())) {
            return text("found.nothing");
        }
        if (v instanceof com.fasterxml.jackson.databind.JsonNode j) {
            if (j.isTextual()) {
                return JsonTree.quoted(j.textValue());
            }
            if (j.isObject()) {
                return text("found.object");
            }
            if (j.isArray()) {
                return text("found.array");
            }
            return JsonTree.shown(j);
        }
        if (v instanceof CharSequence c) {
            return JsonTree.quoted(c.toString());
        }
        if (v instanceof java.util.Map) {
            return text("found.object");
        }
        if (v instanceof java.util.Collection) {
            return text("found.array");
        }
        return String.valueOf(v);
    }
}

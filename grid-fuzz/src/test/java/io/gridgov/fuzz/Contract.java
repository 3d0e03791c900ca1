package io.gridgov.fuzz;

import io.gridgov.core.io.InvalidInputException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * What every input must get from a reader and the stage after it: it works, or it raises the
 * module's declared exception with a located message a person can read — one line (a list of further
 * problems may follow as further lines, a bounded number), at most {@link #MAX_LINE} characters a
 * line, no control or bidirectional-override characters, no parser internals. A reader that accepts
 * bytes that are not UTF-8 is silently wrong. Stateless.
 */
final class Contract {

    /** The longest line a message may have. */
    static final int MAX_LINE = 500;
    /** The most lines a message may have (the located line, a few further problems, "and N more"). */
    static final int MAX_LINES = 12;

    /** Words that only a parser's own messages contain. */
    static final List<String> INTERNALS = List.of("[Source:", "StreamRead", "FAIL_ON_", "com.fasterxml",
            "reference chain", "JsonToken", "getMax", "REDACTED", "Exception:", "java.", "\tat ");

    private Contract() {
    }

    /**
     * {@return what is wrong with an exception a reader raised, or empty when it keeps the contract}
     *
     * @param e what was thrown
     * @param declared the exception types the reader and its stage declare
     * @param oneLine whether the message must be exactly one line
     */
    static Optional<String> violation(Throwable e, List<Class<? extends Throwable>> declared, boolean oneLine) {
        if (declared.stream().noneMatch(c -> c.isInstance(e))) {
            return Optional.of("undeclared " + e.getClass().getName());
        }
        Optional<String> bad = message(e.getMessage(), oneLine);
        if (bad.isPresent()) {
            return bad.map(m -> "message (en): " + m);
        }
        if (e instanceof InvalidInputException i) {
            if (i.location().file().isEmpty()) {
                return Optional.of("not located: no file named");
            }
            return message(i.message(Locale.SIMPLIFIED_CHINESE), oneLine).map(m -> "message (zh): " + m);
        }
        return Optional.empty();
    }

    /** {@return what is wrong with a message, or empty} */
    static Optional<String> message(String m, boolean oneLine) {
        if (m == null || m.isBlank()) {
            return Optional.of("no message");
        }
        String[] lines = m.split("\n", -1);
        if (oneLine && lines.length > 1) {
            return Optional.of(lines.length + " lines");
        }
        if (lines.length > MAX_LINES) {
            return Optional.of(lines.length + " lines, more than " + MAX_LINES);
        }
        for (int i = 1; i < lines.length; i++) {
            if (!lines[i].startsWith("  ") || lines[i].isBlank()) {
                return Optional.of("line " + (i + 1) + " is not an indented further problem");
            }
        }
        for (String line : lines) {
            if (line.length() > MAX_LINE) {
                return Optional.of("a line of " + line.length() + " characters");
            }
            for (int i = 0; i < line.length(); ) {
                int cp = line.codePointAt(i);
                i += Character.charCount(cp);
                int type = Character.getType(cp);
                if (Character.isISOControl(cp) || type == Character.FORMAT || type == Character.SURROGATE
                        || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR) {
                    return Optional.of(String.format(Locale.ROOT, "raw character U+%04X", cp));
                }
            }
            for (String word : INTERNALS) {
                if (line.contains(word)) {
                    return Optional.of("parser internals (" + word.strip() + ")");
                }
            }
        }
        return Optional.empty();
    }

    /**
     * {@return whether the text a reader would see is UTF-8: the bytes themselves, or when the reader
     * reads gzip, the decompressed bytes}
     */
    static boolean utf8(byte[] bytes, boolean readsGzip) {
        byte[] text = bytes;
        if (readsGzip && bytes.length >= 2 && (bytes[0] & 0xff) == 0x1f && (bytes[1] & 0xff) == 0x8b) {
            try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
                text = in.readNBytes(64 << 20);
            } catch (IOException e) {
                return false;
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(text));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}

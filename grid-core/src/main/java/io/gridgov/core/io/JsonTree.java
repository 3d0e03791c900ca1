package io.gridgov.core.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.gridgov.core.i18n.LocalizedText;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The strict reader kit (严格读取) behind every GridGov JSON format: one JSON document read whole into a
 * tree, with typed questions that fail with {@link InvalidInputException} at
 * {@code file:line:col, record, field "$.duties[2].role"} and a message in English and Chinese.
 *
 * <p>One policy for every format: a key given twice in an object, content after the document, invalid
 * UTF-8 and a gzip-compressed file are errors, never a silently chosen value; numbers are exact
 * ({@link BigDecimal}, trailing zeros kept); objects of a closed format list their keys
 * ({@link #only}, {@link Cursor#object(Set)}) so that a misspelt key is an error. Line and column are
 * found only when an error is raised, by scanning the document for the failing path, so reading costs
 * nothing extra. Streaming readers use {@link #MAPPER}'s factory and {@link #unreadable} for the same
 * policy and messages.
 *
 * <pre>{@code
 * JsonTree json = new JsonTree("calendar.json");
 * JsonTree.Cursor root = json.read(in).object(Set.of("weekend", "holidays"));
 * List<String> weekend = root.opt("weekend").map(JsonTree.Cursor::texts).orElse(List.of());
 * }</pre>
 *
 * <p>An instance reads one document and is not thread-safe; {@link #MAPPER} is shared and thread-safe.
 */
public final class JsonTree {

    /**
     * The strict mapper: duplicate keys and trailing tokens rejected, floats as exact BigDecimals with
     * their trailing zeros, parser locations without the source text. Thread-safe.
     */
    public static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    /**
     * The same policy for streaming readers that read values one by one from their own parser
     * ({@code parser.readValueAsTree()}): trailing content is not checked per value, so such a reader
     * checks for it itself at the end of its document. Thread-safe.
     */
    public static final JsonMapper STREAMING = MAPPER.rebuild()
            .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

    private static final int SHOWN_MAX = 60;

    private final String file;
    private String text = "";

    /**
     * A reader for one document.
     *
     * @param file the file name used in messages
     */
    public JsonTree(String file) {
        this.file = java.util.Objects.requireNonNull(file, "file");
    }

    /** {@return the file name used in messages} */
    public String file() {
        return file;
    }

    /**
     * Reads a file and returns a cursor at its root.
     *
     * @param path the file
     * @return the root, at path {@code $}
     * @throws InvalidInputException for a missing or unreadable file and for anything but one strict JSON document
     */
    public static Cursor readFile(Path path) {
        JsonTree json = new JsonTree(path.toString());
        try (InputStream in = Files.newInputStream(path)) {
            return json.read(in);
        } catch (java.nio.file.NoSuchFileException e) {
            throw Problems.at(InputLocation.ofFile(path.toString()), "input.noFile");
        } catch (IOException e) {
            throw unreadable(e, path.toString());
        }
    }

    /**
     * Reads a whole document and returns a cursor at its root.
     *
     * @param in the stream (not closed)
     * @return the root, at path {@code $}
     * @throws InvalidInputException for anything but one strict JSON document
     */
    public Cursor read(InputStream in) {
        return new Cursor(this, parse(in), "$");
    }

    /**
     * Reads a whole document.
     *
     * @param in the stream (not closed)
     * @return the root node
     * @throws InvalidInputException for anything but one strict JSON document
     */
    public JsonNode parse(InputStream in) {
        byte[] bytes;
        try {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw unreadable(e, file);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0x1f && (bytes[1] & 0xff) == 0x8b) {
            throw Problems.at(InputLocation.ofFile(file), "input.gzip");
        }
        text = decode(bytes, file);
        try {
            JsonNode node = MAPPER.readTree(text);
            if (node == null || node.isMissingNode()) {
                throw Problems.at(InputLocation.ofFile(file), "input.empty");
            }
            return node;
        } catch (IOException e) {
            throw unreadable(e, file);
        } catch (NumberFormatException e) {
            InvalidInputException x = unreadable(e, file);
            long[] at = locateBadNumber();
            throw at == null ? x : new InvalidInputException(x.location().at(at[0], (int) at[1]), x.problem(), e);
        }
    }

    /** {@return line and column of the first number the mapper cannot hold exactly, or null} */
    private long[] locateBadNumber() {
        try (JsonParser p = MAPPER.getFactory().createParser(text)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t == JsonToken.VALUE_NUMBER_FLOAT || t == JsonToken.VALUE_NUMBER_INT) {
                    try {
                        p.getDecimalValue();
                    } catch (NumberFormatException e) {
                        var l = p.currentTokenLocation();
                        return new long[] {l.getLineNr(), l.getColumnNr()};
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
        return null;
    }

    /**
     * The located, bilingual error for a number that the parser cannot hold exactly (such as
     * {@code 1e-2147483648}, whose scale is beyond a {@link BigDecimal}'s): Jackson throws a
     * {@link NumberFormatException} for it, not a parse error. The number is quoted as a short excerpt.
     *
     * @param e what the parser threw
     * @param file the file name used in messages
     * @return the exception to throw
     */
    public static InvalidInputException unreadable(NumberFormatException e, String file) {
        String m = String.valueOf(e.getMessage());
        int open = m.indexOf('"');
        int close = open < 0 ? -1 : m.indexOf('"', open + 1);
        String value = close > open ? m.substring(open + 1, close) : "";
        return new InvalidInputException(InputLocation.ofFile(file),
                Problems.text("input.numberLimit", quoted(value)), e);
    }

    /**
     * Decodes UTF-8 strictly: an invalid byte sequence is an error at its line and column, never a
     * replacement character. A byte-order mark is dropped.
     *
     * @param bytes the bytes
     * @param file the file name used in messages
     * @return the text
     */
    public static String decode(byte[] bytes, String file) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int bad = in.position();
            int lineStart = 0;
            long line = 1;
            for (int i = 0; i < bad; i++) {
                if (bytes[i] == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            int column = new String(bytes, lineStart, bad - lineStart, StandardCharsets.UTF_8).length() + 1;
            throw Problems.at(InputLocation.ofFile(file).at(line, column), "input.utf8");
        }
        decoder.flush(out);
        out.flip();
        if (out.hasRemaining() && out.get(0) == '\uFEFF') {
            out.position(1);
        }
        return out.toString();
    }

    /**
     * The located, bilingual error for input that could not be read: the parser's line and column,
     * and in words what was wrong (a duplicated key, content after the document, invalid UTF-8, a
     * truncated document, a value beyond the reader's limits, or other invalid syntax). No parser
     * internals reach the message.
     *
     * @param e what the parser or the stream threw
     * @param file the file name used in messages
     * @return the exception to throw
     */
    public static InvalidInputException unreadable(IOException e, String file) {
        InputLocation at = InputLocation.ofFile(file);
        if (!(e instanceof JsonProcessingException j)) {
            if (e instanceof Utf8Reader.Malformed m) {
                return new InvalidInputException(at.at(m.line, m.column), Problems.text("input.utf8"), e);
            }
            if (e instanceof java.nio.charset.CharacterCodingException) {
                return new InvalidInputException(at, Problems.text("input.utf8"), e);
            }
            return new InvalidInputException(at, Problems.text("input.io", oneLine(e.getMessage())), e);
        }
        if (j.getLocation() != null) {
            at = at.at(j.getLocation().getLineNr(), j.getLocation().getColumnNr());
        }
        String original = String.valueOf(j.getOriginalMessage());
        LocalizedText problem;
        if (e instanceof StreamConstraintsException) {
            problem = Problems.text("input.limit", oneLine(original.replaceAll("\\s*\\(.*", "")));
        } else if (original.startsWith("Duplicate field '")) {
            String key = original.substring("Duplicate field '".length(), original.lastIndexOf('\''));
            problem = Problems.text("input.duplicateKey", quoted(key));
        } else if (original.startsWith("Trailing token")) {
            problem = Problems.text("input.trailingContent");
        } else if (original.contains("Invalid UTF-8") || original.contains("Invalid UTF8")) {
            problem = Problems.text("input.utf8");
        } else if (original.startsWith("Unexpected end-of-input")) {
            problem = Problems.text("input.truncated");
        } else if (original.startsWith("Unexpected character (") || original.startsWith("Illegal character (")
                || original.startsWith("Illegal unquoted character (")) {
            problem = Problems.text("input.character", character(original));
        } else {
            problem = Problems.text("input.malformed", oneLine(original));
        }
        return new InvalidInputException(at, problem, e);
    }

    /**
     * {@link #unreadable(NumberFormatException, String)} at the parser's current token, for streaming readers.
     *
     * @param e what the parser threw
     * @param file the file name used in messages
     * @param p the parser, at the number
     * @return the exception to throw
     */
    public static InvalidInputException unreadable(NumberFormatException e, String file, JsonParser p) {
        InvalidInputException x = unreadable(e, file);
        var l = p.currentTokenLocation();
        return l == null ? x : new InvalidInputException(x.location().at(l.getLineNr(), l.getColumnNr()), x.problem(), e);
    }

    /**
     * A strict UTF-8 reader: an invalid byte sequence is an error ({@link #unreadable} says so), never
     * a replacement character.
     *
     * @param in the bytes
     * @return the characters, buffered
     */
    public static java.io.BufferedReader utf8(InputStream in) {
        return new java.io.BufferedReader(new Utf8Reader(in), 1 << 16);
    }

    /** {@return an error at a JSON path, located in the document} */
    public InvalidInputException error(String path, String problem) {
        return error(null, path, new LocalizedText(problem, problem));
    }

    /** {@return an error at a JSON path, located in the document} */
    public InvalidInputException error(String path, LocalizedText problem) {
        return error(null, path, problem);
    }

    /** {@return an error at a JSON path naming a record, located in the document} */
    public InvalidInputException error(String record, String path, String problem) {
        return error(record, path, new LocalizedText(problem, problem));
    }

    /**
     * An error at a JSON path, with the line and column where the value at that path starts.
     *
     * @param record the record concerned, such as {@code template "s1"}, or {@code null}
     * @param path the JSON path, such as {@code $.duties[2].role} or {@code $.facts["x.y"]}
     * @param problem what was expected and found
     * @return the exception to throw
     */
    public InvalidInputException error(String record, String path, LocalizedText problem) {
        return error(record, path, problem, null);
    }

    /**
     * An error at a JSON path, located as by {@link #error(String, String, LocalizedText)}, keeping a cause.
     *
     * @param record the record concerned, or {@code null}
     * @param path the JSON path
     * @param problem what was expected and found
     * @param cause a detailed cause (not shown in the message), or {@code null}
     * @return the exception to throw
     */
    public InvalidInputException error(String record, String path, LocalizedText problem, Throwable cause) {
        InputLocation at = InputLocation.ofFile(file);
        long[] lc = locate(path);
        if (lc != null) {
            at = at.at(lc[0], (int) lc[1]);
        }
        if (record != null) {
            at = at.withRecord(record);
        }
        return new InvalidInputException(at.withField(path), problem, cause);
    }

    /** {@return a required text field of {@code obj} at {@code path}} */
    public String text(JsonNode obj, String name, String path) {
        return new Cursor(this, obj, path).get(name).text();
    }

    /** {@return an optional text field} */
    public Optional<String> optText(JsonNode obj, String name, String path) {
        return new Cursor(this, obj, path).opt(name).map(Cursor::anyText);
    }

    /** {@return an optional whole-number field} */
    public Optional<Integer> optInt(JsonNode obj, String name, String path) {
        return new Cursor(this, obj, path).opt(name).map(Cursor::integer);
    }

    /** {@return an optional array field as a list of elements (empty when absent)} */
    public List<JsonNode> array(JsonNode obj, String name, String path) {
        return new Cursor(this, obj, path).opt(name).map(c -> c.array().stream().map(Cursor::node).toList())
                .orElse(List.of());
    }

    /** {@return an optional array of texts (empty when absent)} */
    public List<String> texts(JsonNode obj, String name, String path) {
        return new Cursor(this, obj, path).opt(name).map(Cursor::texts).orElse(List.of());
    }

    /** {@return {@code v}, which must be an object} */
    public JsonNode object(JsonNode v, String path) {
        return new Cursor(this, v, path).objectNode();
    }

    /** Refuses keys outside {@code allowed}, so that a misspelt key is never silently ignored. */
    public void only(JsonNode obj, String path, String record, String... allowed) {
        new Cursor(this, obj, path).closed(record, Set.of(allowed));
    }

    /**
     * A short, printable rendering of a value for messages: at most 60 characters, control and
     * bidirectional-override characters escaped, so that a message stays one readable line.
     *
     * @param v the value
     * @return the rendering
     */
    public static String shown(JsonNode v) {
        if (v == null || v.isMissingNode()) {
            return "nothing";
        }
        return v.isTextual() ? quoted(v.textValue()) : printable(v.toString());
    }

    /** {@return {@code text} in double quotes, shortened and escaped as by {@link #shown}} */
    public static String quoted(String text) {
        return "\"" + printable(text) + "\"";
    }

    private static String printable(String s) {
        return escaped(s, SHOWN_MAX);
    }

    /**
     * {@return {@code s} shortened to about {@code max} characters (an ellipsis marks the cut) with
     * control, format (bidirectional overrides, byte-order marks), line- and paragraph-separator and
     * lone surrogate characters escaped as a backslash-u code: one printable line}
     */
    static String escaped(String s, int max) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length() && b.length() < max; ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            if (Character.isISOControl(cp) || type == Character.FORMAT || type == Character.SURROGATE
                    || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR) {
                b.append(String.format(Locale.ROOT, "\\u%04x", cp));
            } else {
                b.appendCodePoint(cp);
            }
            if (b.length() >= max && i < s.length()) {
                b.append('…');
            }
        }
        return b.toString();
    }

    /** {@return the character a parser's "Unexpected character ('x' (code 120))" names, as U+0078 "x"} */
    private static String character(String original) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\(code (\\d+)").matcher(original);
        if (!m.find()) {
            return quoted(original.substring(0, Math.min(original.length(), 1)));
        }
        int cp = Integer.parseInt(m.group(1));
        String c = Character.isValidCodePoint(cp) ? new String(Character.toChars(cp)) : "";
        return String.format(Locale.ROOT, "U+%04X %s", cp, quoted(c));
    }

    /**
     * {@return the first line of a low-level message (a CSV or stream library's), shortened and
     * escaped as by {@link #shown}: for readers that must quote such a message}
     *
     * @param s the message, or null
     */
    public static String line(String s) {
        return oneLine(s);
    }

    private static String oneLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        String line = nl < 0 ? s : s.substring(0, nl);
        return printable(line.length() > 120 ? line.substring(0, 120) : line);
    }

    /** {@return line and column (1-based) where the value at {@code target} starts, or null} */
    private long[] locate(String target) {
        List<Object> want = segments(target);
        if (want == null || text.isEmpty()) {
            return null;
        }
        try (JsonParser p = MAPPER.getFactory().createParser(text)) {
            List<Object> containers = new ArrayList<>();   // the step to each open container below the root
            List<int[]> nextIndex = new ArrayList<>();      // per open container: next array index, or -1 in an object
            String name = null;
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t == JsonToken.FIELD_NAME) {
                    name = p.currentName();
                    continue;
                }
                if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                    nextIndex.remove(nextIndex.size() - 1);
                    if (!containers.isEmpty()) {
                        containers.remove(containers.size() - 1);
                    }
                    continue;
                }
                List<Object> here = new ArrayList<>(containers);
                if (!nextIndex.isEmpty()) {
                    int[] i = nextIndex.get(nextIndex.size() - 1);
                    here.add(i[0] >= 0 ? (Object) i[0]++ : name);
                }
                if (here.equals(want)) {
                    var l = p.currentTokenLocation();
                    return new long[] {l.getLineNr(), l.getColumnNr()};
                }
                if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                    if (!nextIndex.isEmpty()) {
                        containers.add(here.get(here.size() - 1));
                    }
                    nextIndex.add(new int[] {t == JsonToken.START_OBJECT ? -1 : 0});
                }
            }
        } catch (IOException e) {
            return null;
        }
        return null;
    }

    /** Parses {@code $.a[0]["b.c"].d} into [a, 0, b.c, d]; null when it is not such a path. */
    private static List<Object> segments(String path) {
        if (path == null || !path.startsWith("$")) {
            return null;
        }
        List<Object> out = new ArrayList<>();
        int i = 1;
        while (i < path.length()) {
            char c = path.charAt(i);
            if (c == '.') {
                int j = i + 1;
                while (j < path.length() && path.charAt(j) != '.' && path.charAt(j) != '[') {
                    j++;
                }
                out.add(path.substring(i + 1, j));
                i = j;
            } else if (c == '[' && i + 1 < path.length() && path.charAt(i + 1) == '"') {
                int j = path.indexOf("\"]", i + 2);
                if (j < 0) {
                    return null;
                }
                out.add(path.substring(i + 2, j).replace("\\\"", "\""));
                i = j + 2;
            } else if (c == '[') {
                int j = path.indexOf(']', i);
                if (j < 0) {
                    return null;
                }
                try {
                    out.add(Integer.parseInt(path.substring(i + 1, j)));
                } catch (NumberFormatException e) {
                    return null;
                }
                i = j + 1;
            } else {
                return null;
            }
        }
        return out;
    }

    /** The longest list of expected keys a message shows; the rest are counted. */
    private static final int KEY_LIST_MAX = 200;

    /** {@return the keys, sorted, joined with commas: at most about 200 characters, then "… (+N)"} */
    static String keyList(Set<String> keys) {
        return listed(new TreeSet<>(keys), KEY_LIST_MAX);
    }

    /**
     * A bounded list for a message: the items in their order, each escaped and shortened as by
     * {@link #quoted} (without the quotes), joined with commas, as many as fit in about {@code max}
     * characters (the first always), then {@code "… (+N)"} counting the rest. One printable line.
     *
     * @param items the items
     * @param max the length the list should stay within, about
     * @return the list
     */
    public static String listed(java.util.Collection<String> items, int max) {
        StringBuilder b = new StringBuilder();
        int shown = 0;
        for (String k : items) {
            String e = escaped(k, SHOWN_MAX);
            if (shown > 0 && b.length() + e.length() + 2 > max) {
                return b.append(", … (+").append(items.size() - shown).append(')').toString();
            }
            b.append(shown++ == 0 ? "" : ", ").append(e);
        }
        return b.toString();
    }

    /** {@return {@code key} as a JSON path step: {@code .key}, or {@code ["key"]} when it is not a plain name} */
    public static String step(String key) {
        return key.matches("[A-Za-z_$][A-Za-z0-9_$-]*") ? "." + key : "[\"" + key.replace("\"", "\\\"") + "\"]";
    }

    /**
     * A value in a document with its JSON path: typed accessors fail with the path, the line and
     * column, and what was expected, in both languages. Immutable; valid while its reader is.
     */
    public static final class Cursor {
        private final JsonTree tree;
        private final JsonNode node;
        private final String path;

        Cursor(JsonTree tree, JsonNode node, String path) {
            this.tree = tree;
            this.node = node;
            this.path = path;
        }

        /** {@return the node} */
        public JsonNode node() {
            return node;
        }

        /** {@return the JSON path of this value, such as {@code $.duties[2]}} */
        public String path() {
            return path;
        }

        /** {@return the reader this value belongs to} */
        public JsonTree tree() {
            return tree;
        }

        /** {@return an error at this value} */
        public InvalidInputException fail(LocalizedText problem) {
            return tree.error(null, path, problem);
        }

        /** {@return an error at this value, the same text in both languages} */
        public InvalidInputException fail(String problem) {
            return tree.error(path, problem);
        }

        /** {@return an error at this value naming a record} */
        public InvalidInputException fail(String record, LocalizedText problem) {
            return tree.error(record, path, problem);
        }

        /** {@return an error at this value: {@code expected …, found <this value>} from the core bundle's {@code key}} */
        private InvalidInputException expected(String key) {
            return fail(Problems.text(key, Problems.found(node)));
        }

        /** {@return this value, which must be an object whose keys are all in {@code keys}} */
        public Cursor object(Set<String> keys) {
            objectNode();
            closed(null, keys);
            return this;
        }

        /** {@return this value as an object node} */
        public JsonNode objectNode() {
            if (node == null || !node.isObject()) {
                throw expected("input.object");
            }
            return node;
        }

        void closed(String record, Set<String> keys) {
            for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
                String k = it.next();
                if (!keys.contains(k)) {
                    throw tree.error(record, path + step(k), Problems.text("input.unknownKey", quoted(k), keyList(keys)));
                }
            }
        }

        /** {@return the child {@code key}, if present and not null} */
        public Optional<Cursor> opt(String key) {
            objectNode();
            JsonNode c = node.get(key);
            return c == null || c.isNull() ? Optional.empty() : Optional.of(new Cursor(tree, c, path + step(key)));
        }

        /** {@return the child {@code key}, required} */
        public Cursor get(String key) {
            return opt(key).orElseThrow(() -> fail(Problems.text("input.required", quoted(key))));
        }

        /** {@return whether this object has the key (with any value, null included)} */
        public boolean has(String key) {
            return node != null && node.has(key);
        }

        /** {@return this value converted by {@code value}; an error expecting message {@code key} unless it {@code is}} */
        private <T> T as(Predicate<JsonNode> is, String key, Function<JsonNode, T> value) {
            if (node == null || !is.test(node)) {
                throw expected(key);
            }
            return value.apply(node);
        }

        /** {@return this value as a non-blank text} */
        public String text() {
            return as(n -> n.isTextual() && !n.textValue().isBlank(), "input.text", JsonNode::textValue);
        }

        /** {@return this value as a text, blank allowed} */
        public String anyText() {
            return as(JsonNode::isTextual, "input.string", JsonNode::textValue);
        }

        /** {@return this value as an exact number} */
        public BigDecimal number() {
            return as(JsonNode::isNumber, "input.number", JsonNode::decimalValue);
        }

        /** {@return this value as a whole number in the int range} */
        public int integer() {
            return as(n -> n.isIntegralNumber() && n.canConvertToInt(), "input.integer", JsonNode::intValue);
        }

        /** {@return this value as true or false} */
        public boolean bool() {
            return as(JsonNode::isBoolean, "input.boolean", JsonNode::booleanValue);
        }

        /** {@return the elements of this array} */
        public List<Cursor> array() {
            if (node == null || !node.isArray()) {
                throw expected("input.array");
            }
            List<Cursor> out = new ArrayList<>(node.size());
            for (int i = 0; i < node.size(); i++) {
                out.add(new Cursor(tree, node.get(i), path + "[" + i + "]"));
            }
            return out;
        }

        /** {@return the elements of this array, each a non-blank text} */
        public List<String> texts() {
            return array().stream().map(Cursor::text).toList();
        }

        /** {@return the value of a key that is not a plain name, at path {@code …["key"]}, if present} */
        public Optional<Cursor> optQuoted(String key) {
            objectNode();
            JsonNode c = node.get(key);
            return c == null || c.isNull() ? Optional.empty()
                    : Optional.of(new Cursor(tree, c, path + "[\"" + key.replace("\"", "\\\"") + "\"]"));
        }

        /** {@return the keys and values of this object, in document order} */
        public List<java.util.Map.Entry<String, Cursor>> fields() {
            objectNode();
            List<java.util.Map.Entry<String, Cursor>> out = new ArrayList<>(node.size());
            node.fields().forEachRemaining(e -> out.add(java.util.Map.entry(e.getKey(),
                    new Cursor(tree, e.getValue(), path + step(e.getKey())))));
            return out;
        }

        @Override
        public String toString() {
            return tree.file + " " + path;
        }
    }

}

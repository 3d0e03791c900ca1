package io.gridgov.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.gridgov.core.io.JsonTree;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.zip.GZIPOutputStream;

/**
 * Structured mutations of a valid sample file: the document is parsed, one to three edits are made
 * to its structure (a field deleted, duplicated, retyped or renamed; a value replaced by an extreme
 * number, date or string; an array element repeated), it is written back, and then, now and then, its
 * bytes are damaged (truncated, invalid UTF-8, raw NUL, bidi override or newline, a byte-order mark,
 * gzip, the document twice). CSV files are mutated cell by cell. Deterministic for a given
 * {@link Random}. Stateless and thread-safe.
 */
final class Mutator {

    /** How a seed is structured. */
    enum Format {
        /** one JSON document */
        JSON,
        /** one JSON document per line */
        JSON_LINES,
        /** a CSV file with a header */
        CSV
    }

    /** Marks a text node whose text is written as raw JSON (a number JSON cannot hold exactly, say). */
    private static final String RAW = "\u0000raw:";

    static final List<String> NUMBERS = List.of("1e999999", "-1e999999", "-0", "-0.0", "1e-400", "4.9e-324",
            "1.7976931348623157e308", "9223372036854775807", "9223372036854775808", "-9223372036854775809",
            "2147483647", "2147483648", "-2147483649", "0", "-1", "0.1", "0.30000000000000004", "1.5", "1000000000",
            "123456789012345678901234567890123456789012345678901234567890", "1e10", "1E+2", "0.000001", "100.00",
            "1e-7", "1e2147483647", "-1e-2147483648", "33333333333333333333333333333e-30");

    static final List<String> TEXTS = List.of("", " ", "\u0000", "a\u0000b", "\u202e\u0645evil\u202c", "line\nbreak",
            "cr\rlf", "tab\there", "\u2028", "\uffff", "\ud83d\ude00", "\u6587\u660e", "null", "true", "NaN",
            "Infinity", "-Infinity", "0", "-0", "1e999999", "$", "..", "a.b.c", "\\", "\"", "${x}", "%s%n", "{0}",
            "-999999999-01-01", "+999999999-12-31", "0000-01-01", "-0001-12-31", "2026-02-30", "2026-13-01",
            "2026-11-02T25:00", "2026-11-02T09:00:00+18:00", "2026-11-02T09:00:00-18:00", "2026-11-02T09:00:60",
            "+1000000000-01-01", "9999-12-31", "1970-01-01T00:00:00Z", "-999999999-01-01T00:00:00Z",
            "+999999999-12-31T23:59:59.999999999-18:00", "2026-11", "2026-W45", "P1D", "PT-1H", "Asia/Nowhere",
            "UTC+99", "saturday", "SUNDAY", "00:00-24:00", "23:59-00:00", "08:30-08:30", "grid", "worker",
            "patrol", "daily", "quota", "Polygon", "MultiPolygon", "Feature", "FeatureCollection", "Point");

    static final List<String> DATE_LIKE = List.of("-999999999-01-01", "+999999999-12-31", "0001-01-01",
            "9999-12-31", "1900-01-01", "2100-12-31", "2026-02-29", "2026-11-02T09:00:00+14:00",
            "+999999999-12-31T23:59:59Z", "-999999999-01-01T00:00:00+18:00", "2026-11-02T09:00:00.123456789Z",
            "2026-11-02", "2026-11-02T09:00");

    private static final byte[][] BAD_UTF8 = {{(byte) 0xff}, {(byte) 0xc0, (byte) 0x80}, {(byte) 0x80},
            {(byte) 0xed, (byte) 0xa0, (byte) 0x80}, {(byte) 0xf4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
            {(byte) 0xe6, (byte) 0x96}, {(byte) 0xfe, (byte) 0xff}};

    private static final String[] RAW_CHARS = {"\u0000", "\u202e", "\n", "\r", "\u2028", "\t", "\u001b[31m",
            "\ufeff", "\"", "{", "]", ",", ":"};

    private final Format format;

    Mutator(Format format) {
        this.format = format;
    }

    /** {@return a mutation of {@code seed}} */
    byte[] mutate(byte[] seed, Random r) {
        byte[] out;
        int mode = r.nextInt(100);
        if (mode < 75) {
            out = switch (format) {
                case JSON -> json(seed, r);
                case JSON_LINES -> jsonLines(seed, r);
                case CSV -> csv(seed, r);
            };
        } else {
            out = seed;
        }
        if (mode >= 55) {
            out = bytes(out, r);
        }
        return out.length > MAX_BYTES ? java.util.Arrays.copyOf(out, MAX_BYTES) : out;
    }

    /** The largest input made (a longer one is truncated, itself a mutation): about a file of 40,000 grids. */
    static final int MAX_BYTES = 4 << 20;

    /** {@return {@code times}, lowered so that {@code times} copies of {@code length} characters stay under 1 M} */
    private static int bounded(int times, int length) {
        return Math.max(1, Math.min(times, (1 << 20) / Math.max(1, length)));
    }

    // ---- JSON ------------------------------------------------------------------------------------

    private byte[] json(byte[] seed, Random r) {
        JsonNode root;
        try {
            root = JsonTree.MAPPER.readTree(seed);
        } catch (IOException | RuntimeException e) {   // a line damaged by an earlier mutation
            return bytes(seed, r);
        }
        Set<JsonNode> twice = Collections.newSetFromMap(new IdentityHashMap<>());
        int edits = 1 + r.nextInt(3);
        for (int i = 0; i < edits; i++) {
            root = edit(root, r, twice);
        }
        return write(root, twice).getBytes(StandardCharsets.UTF_8);
    }

    private byte[] jsonLines(byte[] seed, Random r) {
        String[] lines = new String(seed, StandardCharsets.UTF_8).split("\n", -1);
        List<String> out = new ArrayList<>(List.of(lines));
        int edits = 1 + r.nextInt(3);
        for (int i = 0; i < edits; i++) {
            int at = r.nextInt(out.size());
            int what = r.nextInt(10);
            if (what == 0) {
                out.remove(at);
                if (out.isEmpty()) {
                    out.add("");
                }
            } else if (what == 1) {
                int copies = bounded(r.nextBoolean() ? 1 : 1 + r.nextInt(200), out.get(at).length());
                for (int c = 0; c < copies; c++) {
                    out.add(at, out.get(at));
                }
            } else if (what == 2) {
                Collections.swap(out, at, r.nextInt(out.size()));
            } else {
                out.set(at, new String(json(out.get(at).getBytes(StandardCharsets.UTF_8), r), StandardCharsets.UTF_8)
                        .replace("\n", " "));
            }
        }
        return String.join("\n", out).getBytes(StandardCharsets.UTF_8);
    }

    /** One structural edit somewhere in the tree; returns the (possibly new) root. */
    private JsonNode edit(JsonNode root, Random r, Set<JsonNode> twice) {
        List<JsonNode> containers = new ArrayList<>();
        collect(root, containers);
        if (containers.isEmpty() || r.nextInt(20) == 0) {
            return value(r, root);
        }
        JsonNode c = containers.get(r.nextInt(containers.size()));
        if (c instanceof ObjectNode o) {
            List<String> keys = new ArrayList<>();
            o.fieldNames().forEachRemaining(keys::add);
            String key = keys.isEmpty() ? "id" : keys.get(r.nextInt(keys.size()));
            switch (r.nextInt(9)) {
                case 0 -> o.remove(key);
                case 1 -> twice.add(o);
                case 2 -> {
                    JsonNode v = o.remove(key);
                    o.set(rename(key, r), v == null ? JsonNodeFactory.instance.nullNode() : v);
                }
                default -> o.set(key, value(r, o.get(key)));
            }
        } else if (c instanceof ArrayNode a) {
            int i = a.isEmpty() ? 0 : r.nextInt(a.size());
            switch (r.nextInt(7)) {
                case 0 -> {
                    if (!a.isEmpty()) {
                        a.remove(i);
                    }
                }
                case 1 -> {
                    if (!a.isEmpty()) {
                        int copies = bounded(r.nextInt(4) == 0 ? 1 + r.nextInt(2_000) : 1, a.get(i).toString().length());
                        for (int k = 0; k < copies; k++) {
                            a.insert(i, a.get(i).deepCopy());
                        }
                    }
                }
                case 2 -> a.removeAll();
                default -> {
                    if (a.isEmpty()) {
                        a.add(value(r, null));
                    } else {
                        a.set(i, value(r, a.get(i)));
                    }
                }
            }
        }
        return root;
    }

    private static void collect(JsonNode n, List<JsonNode> out) {
        if (n.isContainerNode()) {
            out.add(n);
            for (JsonNode c : n) {
                collect(c, out);
            }
        }
    }

    private static String rename(String key, Random r) {
        return switch (r.nextInt(6)) {
            case 0 -> key.toUpperCase(java.util.Locale.ROOT);
            case 1 -> key + "s";
            case 2 -> key.isEmpty() ? "x" : key.substring(0, key.length() - 1);
            case 3 -> "";
            case 4 -> key + "\u0000\u202e\n";
            default -> pick(TEXTS, r);
        };
    }

    /** A replacement for {@code old}: the same kind changed, another kind, an extreme or a long value. */
    private static JsonNode value(Random r, JsonNode old) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        int what = r.nextInt(16);
        if (old != null && old.isTextual() && what < 5) {
            String s = old.textValue();
            if (looksLikeDate(s) && r.nextBoolean()) {
                return f.textNode(pick(DATE_LIKE, r));
            }
            return switch (what) {
                case 0 -> f.textNode(s.repeat(bounded(1 + r.nextInt(r.nextInt(10) == 0 ? 50_000 : 20), s.length())));
                case 1 -> f.textNode(s.isEmpty() ? s : s.substring(0, r.nextInt(s.length())));
                case 2 -> f.textNode(s + pick(TEXTS, r));
                case 3 -> f.textNode(" " + s + " ");
                default -> f.textNode(s.toUpperCase(java.util.Locale.ROOT));
            };
        }
        if (old != null && old.isNumber() && what < 5) {
            return f.textNode(RAW + (r.nextBoolean() ? pick(NUMBERS, r) : "-" + old.asText()));
        }
        return switch (what % 10) {
            case 0, 1 -> f.textNode(RAW + pick(NUMBERS, r));
            case 2, 3 -> f.textNode(pick(TEXTS, r));
            case 4 -> f.nullNode();
            case 5 -> f.booleanNode(r.nextBoolean());
            case 6 -> f.objectNode();
            case 7 -> f.arrayNode();
            case 8 -> old != null ? f.arrayNode().add(old.deepCopy()) : f.arrayNode().add(1);
            default -> {
                if (r.nextInt(8) == 0) {
                    yield f.textNode(RAW + "[".repeat(3_000) + "]".repeat(3_000));
                }
                yield f.textNode("x".repeat(r.nextInt(r.nextInt(4) == 0 ? 200_000 : 300)));
            }
        };
    }

    private static boolean looksLikeDate(String s) {
        return s.length() >= 7 && Character.isDigit(s.charAt(0)) && s.charAt(4) == '-';
    }

    /** Writes JSON; objects in {@code twice} have their first key written a second time. */
    static String write(JsonNode root, Set<JsonNode> twice) {
        StringBuilder b = new StringBuilder();
        write(root, twice, b);
        return b.toString();
    }

    private static void write(JsonNode n, Set<JsonNode> twice, StringBuilder b) {
        if (n.isObject()) {
            b.append('{');
            boolean first = true;
            Map.Entry<String, JsonNode> firstEntry = null;
            for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (firstEntry == null) {
                    firstEntry = e;
                }
                if (!first) {
                    b.append(", ");
                }
                first = false;
                string(e.getKey(), b);
                b.append(": ");
                write(e.getValue(), twice, b);
            }
            if (firstEntry != null && twice.contains(n)) {
                b.append(", ");
                string(firstEntry.getKey(), b);
                b.append(": ");
                write(firstEntry.getValue(), twice, b);
            }
            b.append('}');
        } else if (n.isArray()) {
            b.append('[');
            for (int i = 0; i < n.size(); i++) {
                if (i > 0) {
                    b.append(", ");
                }
                write(n.get(i), twice, b);
            }
            b.append(']');
        } else if (n instanceof TextNode t && t.textValue().startsWith(RAW)) {
            b.append(t.textValue(), RAW.length(), t.textValue().length());
        } else if (n.isTextual()) {
            string(n.textValue(), b);
        } else {
            b.append(n);
        }
    }

    private static void string(String s, StringBuilder b) {
        b.append(new TextNode(s));
    }

    // ---- CSV -------------------------------------------------------------------------------------

    private byte[] csv(byte[] seed, Random r) {
        List<List<String>> rows = new ArrayList<>();
        for (String line : new String(seed, StandardCharsets.UTF_8).split("\n", -1)) {
            rows.add(new ArrayList<>(List.of(line.split(",", -1))));
        }
        int edits = 1 + r.nextInt(3);
        for (int i = 0; i < edits; i++) {
            int row = r.nextInt(rows.size());
            List<String> cells = rows.get(row);
            int col = cells.isEmpty() ? 0 : r.nextInt(cells.size());
            switch (r.nextInt(10)) {
                case 0 -> {
                    if (!cells.isEmpty()) {
                        cells.remove(col);
                    }
                }
                case 1 -> cells.add(col, cells.isEmpty() ? "" : cells.get(col));
                case 2 -> {
                    int copies = bounded(r.nextInt(4) == 0 ? 1 + r.nextInt(2_000) : 1, String.join(",", cells).length());
                    for (int k = 0; k < copies; k++) {
                        rows.add(row, new ArrayList<>(cells));
                    }
                }
                case 3 -> rows.remove(row == 0 && rows.size() > 1 ? 1 : row);
                case 4 -> cells.add(pick(TEXTS, r));
                case 5 -> {
                    if (!cells.isEmpty()) {
                        cells.set(col, "\"" + cells.get(col));
                    }
                }
                case 6 -> {
                    if (!cells.isEmpty()) {
                        cells.set(col, cells.get(col).repeat(bounded(1 + r.nextInt(r.nextInt(10) == 0 ? 20_000 : 10),
                                cells.get(col).length())));
                    }
                }
                default -> {
                    if (!cells.isEmpty()) {
                        String old = cells.get(col);
                        cells.set(col, looksLikeDate(old) && r.nextBoolean() ? pick(DATE_LIKE, r)
                                : r.nextBoolean() ? pick(NUMBERS, r) : csvCell(pick(TEXTS, r), r));
                    }
                }
            }
            if (rows.isEmpty()) {
                rows.add(new ArrayList<>());
            }
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < rows.size(); i++) {
            if (i > 0) {
                b.append(r.nextInt(30) == 0 ? "\r\n" : "\n");
            }
            b.append(String.join(",", rows.get(i)));
        }
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String csvCell(String s, Random r) {
        return r.nextBoolean() ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    // ---- bytes -----------------------------------------------------------------------------------

    private static byte[] bytes(byte[] in, Random r) {
        int n = in.length;
        int at = n == 0 ? 0 : r.nextInt(n + 1);
        return switch (r.nextInt(10)) {
            case 0 -> java.util.Arrays.copyOf(in, at);
            case 1 -> insert(in, at, BAD_UTF8[r.nextInt(BAD_UTF8.length)]);
            case 2 -> insert(in, at, RAW_CHARS[r.nextInt(RAW_CHARS.length)].getBytes(StandardCharsets.UTF_8));
            case 3 -> gzip(in);
            case 4 -> insert(in, 0, new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf});
            case 5 -> concat(in, in);
            case 6 -> {
                byte[] out = in.clone();
                if (n > 0) {
                    out[r.nextInt(n)] ^= (byte) (1 << r.nextInt(8));
                }
                yield out;
            }
            case 7 -> new byte[0];
            case 8 -> insert(in, at, " \t\n\r".getBytes(StandardCharsets.UTF_8));
            default -> insert(in, at, BAD_UTF8[r.nextInt(BAD_UTF8.length)]);
        };
    }

    private static byte[] insert(byte[] in, int at, byte[] what) {
        byte[] out = new byte[in.length + what.length];
        System.arraycopy(in, 0, out, 0, at);
        System.arraycopy(what, 0, out, at, what.length);
        System.arraycopy(in, at, out, at + what.length, in.length - at);
        return out;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        return insert(a, a.length, b);
    }

    private static byte[] gzip(byte[] in) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(out)) {
            z.write(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static <T> T pick(List<T> list, Random r) {
        return list.get(r.nextInt(list.size()));
    }
}

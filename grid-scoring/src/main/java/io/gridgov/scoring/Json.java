package io.gridgov.scoring;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gridgov.core.io.InputLocation;
import io.gridgov.core.io.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Jackson set up for exact decimals, and a cursor over a JSON tree that reports JSON paths. */
final class Json {
    /** The mapper: exact BigDecimals (no trailing zeros stripped), trailing tokens rejected. */
    public static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    /** Keys allowed anywhere and ignored: comments and citations. */
    public static final Set<String> IGNORED = Set.of("description", "note", "source", "$comment");

    private Json() {
    }

    /** {@return the tree of a JSON text, or an InvalidInputException naming line and column} */
    public static JsonNode tree(InputStream in, String file) {
        try {
            JsonNode n = MAPPER.readTree(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            if (n == null || n.isMissingNode()) {
                throw new InvalidInputException(InputLocation.ofFile(file), "expected a JSON object, found an empty file");
            }
            return n;
        } catch (IOException e) {
            throw unreadable(e, file, "JSON");
        }
    }

    /**
     * {@return the error for a text that could not be read: for invalid syntax, its line and column and
     * Jackson's description; otherwise "cannot read"}
     *
     * @param e what the parser or the stream threw
     * @param file the name used in messages
     * @param format the format expected, {@code JSON} or {@code CSV}
     */
    public static InvalidInputException unreadable(IOException e, String file, String format) {
        if (e instanceof JsonProcessingException j) {
            InputLocation at = InputLocation.ofFile(file);
            if (j.getLocation() != null) {
                at = at.at(j.getLocation().getLineNr(), j.getLocation().getColumnNr());
            }
            return new InvalidInputException(at, "expected valid " + format + ": " + j.getOriginalMessage(), j);
        }
        return new InvalidInputException(InputLocation.ofFile(file), "cannot read: " + e.getMessage(), e);
    }


    /**
     * Finds where the value at a JSON path (as this module writes paths: {@code $.a[0].b}, and
     * {@code $.facts["x.y"]} for fact declarations) starts in a JSON text.
     *
     * @param json the text
     * @param target the path
     * @return the 1-based line and column, if the text is valid JSON up to there and holds the path
     */
    public static Optional<long[]> locate(byte[] json, String target) {
        try (com.fasterxml.jackson.core.JsonParser p = MAPPER.getFactory()
                .createParser(new String(json, java.nio.charset.StandardCharsets.UTF_8))) {
            java.util.ArrayDeque<String> paths = new java.util.ArrayDeque<>();
            java.util.ArrayDeque<int[]> index = new java.util.ArrayDeque<>();
            String name = null;
            com.fasterxml.jackson.core.JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t == com.fasterxml.jackson.core.JsonToken.FIELD_NAME) {
                    name = p.currentName();
                    continue;
                }
                if (t == com.fasterxml.jackson.core.JsonToken.END_OBJECT
                        || t == com.fasterxml.jackson.core.JsonToken.END_ARRAY) {
                    paths.pop();
                    index.pop();
                    continue;
                }
                String path;
                if (paths.isEmpty()) {
                    path = "$";
                } else if (index.peek()[0] >= 0) {
                    path = paths.peek() + "[" + index.peek()[0]++ + "]";
                } else {
                    path = paths.peek() + ("$.facts".equals(paths.peek()) ? "[\"" + name + "\"]" : "." + name);
                }
                if (path.equals(target)) {
                    var l = p.currentTokenLocation();
                    return Optional.of(new long[] {l.getLineNr(), l.getColumnNr()});
                }
                if (t == com.fasterxml.jackson.core.JsonToken.START_OBJECT) {
                    paths.push(path);
                    index.push(new int[] {-1});
                } else if (t == com.fasterxml.jackson.core.JsonToken.START_ARRAY) {
                    paths.push(path);
                    index.push(new int[] {0});
                }
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** {@return the exception with line and column added from the JSON path it names, when found} */
    public static InvalidInputException located(InvalidInputException e, byte[] json) {
        InputLocation at = e.location();
        if (at.line().isPresent() || at.field().isEmpty()) {
            return e;
        }
        return locate(json, at.field().get())
                .map(lc -> new InvalidInputException(at.at(lc[0], (int) lc[1]), e.expected(), e.getCause()))
                .orElse(e);
    }

    /** A node with its JSON path; accessors fail with the path and what was expected. */
    public record At(JsonNode node, String path, String file) {

        /** {@return an error at this path} */
        public InvalidInputException fail(String expected) {
            return new InvalidInputException(InputLocation.ofFile(file).withField(path), expected);
        }

        /** {@return this node as an object, checking its keys} */
        public At object(Set<String> keys) {
            if (!node.isObject()) {
                throw fail("expected an object, found " + kind(node));
            }
            Iterator<String> it = node.fieldNames();
            while (it.hasNext()) {
                String k = it.next();
                if (!keys.contains(k) && !IGNORED.contains(k)) {
                    throw new At(node.get(k), path + "." + k, file).fail("unknown key \"" + k + "\" (expected one of "
                            + keys.stream().sorted().toList() + ")");
                }
            }
            return this;
        }

        /** {@return the child, if present and not null} */
        public Optional<At> opt(String key) {
            JsonNode c = node.get(key);
            return c == null || c.isNull() ? Optional.empty() : Optional.of(new At(c, path + "." + key, file));
        }

        /** {@return the child, required} */
        public At get(String key) {
            return opt(key).orElseThrow(() -> fail("missing required key \"" + key + "\""));
        }

        /** {@return this node as text} */
        public String text() {
            if (!node.isTextual()) {
                throw fail("expected a string, found " + kind(node));
            }
            return node.textValue();
        }

        /** {@return this node as an exact number} */
        public BigDecimal number() {
            if (!node.isNumber()) {
                throw fail("expected a number, found " + kind(node));
            }
            return node.decimalValue();
        }

        /** {@return this node as a whole number} */
        public int integer() {
            if (!node.isIntegralNumber() || !node.canConvertToInt()) {
                throw fail("expected a whole number, found " + kind(node));
            }
            return node.intValue();
        }

        /** {@return the elements of this array} */
        public List<At> array() {
            if (!node.isArray()) {
                throw fail("expected an array, found " + kind(node));
            }
            List<At> out = new ArrayList<>();
            for (int i = 0; i < node.size(); i++) {
                out.add(new At(node.get(i), path + "[" + i + "]", file));
            }
            return out;
        }

        /** {@return this node as an object node} */
        public ObjectNode objectNode() {
            if (!node.isObject()) {
                throw fail("expected an object, found " + kind(node));
            }
            return (ObjectNode) node;
        }
    }

    /** {@return a short description of a node for messages} */
    public static String kind(JsonNode n) {
        if (n == null || n.isMissingNode()) {
            return "nothing";
        }
        if (n.isTextual()) {
            String t = n.textValue();
            return "\"" + (t.length() > 40 ? t.substring(0, 40) + "…" : t) + "\"";
        }
        if (n.isNumber() || n.isBoolean() || n.isNull()) {
            return n.toString();
        }
        return n.isArray() ? "an array" : "an object";
    }
}

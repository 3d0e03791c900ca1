package io.gridgov.scoring.internal;

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
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Jackson set up for exact decimals, and a cursor over a JSON tree that reports JSON paths. */
public final class Json {
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
            JsonNode n = MAPPER.readTree(in);
            if (n == null || n.isMissingNode()) {
                throw new InvalidInputException(InputLocation.ofFile(file), "expected a JSON object, found an empty file");
            }
            return n;
        } catch (JsonProcessingException e) {
            InputLocation at = InputLocation.ofFile(file);
            if (e.getLocation() != null) {
                at = at.at(e.getLocation().getLineNr(), e.getLocation().getColumnNr());
            }
            throw new InvalidInputException(at, "expected valid JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new InvalidInputException(InputLocation.ofFile(file), "cannot read: " + e.getMessage(), e);
        }
    }

    /** Writes a text to a temporary file beside {@code target} and moves it into place. */
    public static void writeAtomically(Path target, String text) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Path tmp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
        try {
            Files.writeString(tmp, text);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
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

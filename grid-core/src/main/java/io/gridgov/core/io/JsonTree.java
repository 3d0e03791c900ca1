package io.gridgov.core.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads JSON trees and answers typed questions about them, throwing {@link InvalidInputException}
 * with file and JSON path ({@code $.duties[2].role}) for anything of the wrong shape. Not API.
 */
public final class JsonTree {

    /** The shared mapper (thread-safe once configured). */
    public static final ObjectMapper MAPPER = new ObjectMapper();

    private final String file;

    /** @param file the file name for messages */
    public JsonTree(String file) {
        this.file = file;
    }

    /** {@return the file name} */
    public String file() {
        return file;
    }

    /** Parses a whole document. */
    public JsonNode parse(InputStream in) {
        try {
            JsonNode node = MAPPER.readTree(in);
            if (node == null || node.isMissingNode()) {
                throw new InvalidInputException(InputLocation.ofFile(file), "expected a JSON document, found nothing");
            }
            return node;
        } catch (JsonProcessingException e) {
            JsonLocation l = e.getLocation();
            InputLocation loc = InputLocation.ofFile(file);
            if (l != null) {
                loc = loc.at(l.getLineNr(), l.getColumnNr());
            }
            throw new InvalidInputException(loc, "not valid JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@return an error at a JSON path} */
    public InvalidInputException error(String path, String problem) {
        return new InvalidInputException(InputLocation.ofFile(file).withField(path), problem);
    }

    /** {@return an error at a JSON path naming a record} */
    public InvalidInputException error(String record, String path, String problem) {
        return new InvalidInputException(InputLocation.ofFile(file).withRecord(record).withField(path), problem);
    }

    /** {@return a required text field} */
    public String text(JsonNode obj, String name, String path) {
        JsonNode v = obj.get(name);
        if (v == null || v.isNull()) {
            throw error(path + "." + name, "expected a text, found nothing (the field is required)");
        }
        if (!v.isTextual() || v.asText().isBlank()) {
            throw error(path + "." + name, "expected a non-empty text, found " + shown(v));
        }
        return v.asText();
    }

    /** {@return an optional text field} */
    public Optional<String> optText(JsonNode obj, String name, String path) {
        JsonNode v = obj.get(name);
        if (v == null || v.isNull()) {
            return Optional.empty();
        }
        if (!v.isTextual()) {
            throw error(path + "." + name, "expected a text, found " + shown(v));
        }
        return Optional.of(v.asText());
    }

    /** {@return an optional whole number field} */
    public Optional<Integer> optInt(JsonNode obj, String name, String path) {
        JsonNode v = obj.get(name);
        if (v == null || v.isNull()) {
            return Optional.empty();
        }
        if (!v.isIntegralNumber() || !v.canConvertToInt()) {
            throw error(path + "." + name, "expected a whole number, found " + shown(v));
        }
        return Optional.of(v.intValue());
    }

    /** {@return an optional array field as a list of elements (empty when absent)} */
    public List<JsonNode> array(JsonNode obj, String name, String path) {
        JsonNode v = obj.get(name);
        if (v == null || v.isNull()) {
            return List.of();
        }
        if (!v.isArray()) {
            throw error(path + "." + name, "expected an array, found " + shown(v));
        }
        List<JsonNode> out = new ArrayList<>(v.size());
        v.forEach(out::add);
        return out;
    }

    /** {@return an optional array of texts} */
    public List<String> texts(JsonNode obj, String name, String path) {
        List<JsonNode> items = array(obj, name, path);
        List<String> out = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            JsonNode v = items.get(i);
            if (!v.isTextual()) {
                throw error(path + "." + name + "[" + i + "]", "expected a text, found " + shown(v));
            }
            out.add(v.asText());
        }
        return out;
    }

    /** Requires an object at a path. */
    public JsonNode object(JsonNode v, String path) {
        if (v == null || !v.isObject()) {
            throw error(path, "expected an object, found " + (v == null ? "nothing" : shown(v)));
        }
        return v;
    }

    /** Refuses fields outside {@code allowed}, so that a misspelt field is never silently ignored. */
    public void only(JsonNode obj, String path, String record, String... allowed) {
        java.util.Set<String> ok = java.util.Set.of(allowed);
        for (java.util.Iterator<String> it = obj.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!ok.contains(name)) {
                String where = path + "." + name;
                String problem = "unknown field \"" + name + "\"; expected one of "
                        + String.join(", ", new java.util.TreeSet<>(ok));
                throw record == null ? error(where, problem) : error(record, where, problem);
            }
        }
    }

    /** {@return a short rendering of a value for messages} */
    public static String shown(JsonNode v) {
        String s = v.isTextual() ? "\"" + v.asText() + "\"" : v.toString();
        return s.length() > 60 ? s.substring(0, 57) + "…" : s;
    }
}

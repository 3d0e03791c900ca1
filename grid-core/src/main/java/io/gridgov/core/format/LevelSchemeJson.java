package io.gridgov.core.format;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gridgov.core.io.InputLocation;
import io.gridgov.core.io.InvalidInputException;
import io.gridgov.core.io.JsonTree;
import io.gridgov.core.io.Problems;
import io.gridgov.core.tree.Band;
import io.gridgov.core.tree.Level;
import io.gridgov.core.tree.LevelScheme;
import io.gridgov.core.tree.LevelSchemes;
import io.gridgov.core.tree.RoleRequirement;
import io.gridgov.core.tree.Span;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Level schemes in JSON: a preset id such as {@code "urban"}, or an object
 * <pre>{@code
 * {"id": "plant", "nameZh": "厂区网格", "nameEn": "plant grids", "levels": [
 *   {"key": "department", "nameZh": "部门", "nameEn": "department"},
 *   {"key": "post", "codeLength": 3, "households": {"min": 0, "max": 50},
 *    "roles": [{"role": "worker", "min": 1, "max": 1}],
 *    "spans": [{"role": "worker", "unit": "households", "min": 20, "max": 30}],
 *    "singlePiece": false}]}
 * }</pre>
 * Band ends default to 0 and unbounded; {@code singlePiece} defaults to true; span units are
 * {@code child-grids}, {@code subordinate-workers}, {@code households}. See {@code docs/formats/tree.md}.
 * Stateless and thread-safe.
 */
public final class LevelSchemeJson {

    private static final ObjectMapper MAPPER = JsonTree.STREAMING;

    private LevelSchemeJson() {
    }

    /**
     * Reads a scheme file: a JSON object as above, or a JSON string naming a preset.
     *
     * @param file the file
     * @return the scheme
     * @throws InvalidInputException naming file, line, column and field
     */
    public static LevelScheme read(Path file) {
        requireNonNull(file, "file");
        InputLocation where = InputLocation.ofFile(file.toString());
        try (java.io.InputStream bytes = Files.newInputStream(file);
                JsonParser p = MAPPER.createParser(JsonTree.utf8(Problems.notGzip(bytes, file.toString())))) {
            if (p.nextToken() == null) {
                throw Problems.at(where, "input.emptyScheme");
            }
            InputLocation at = where.at(p.currentTokenLocation().getLineNr(), p.currentTokenLocation().getColumnNr());
            JsonNode node;
            try {
                node = p.readValueAsTree();
            } catch (NumberFormatException e) {
                throw JsonTree.unreadable(e, file.toString(), p);
            }
            if (p.nextToken() != null) {
                throw Problems.at(where.at(p.currentTokenLocation().getLineNr(), p.currentTokenLocation().getColumnNr()),
                        "input.trailingContent");
            }
            return fromJson(node, at, "scheme");
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(where, Problems.text("input.scheme.noFile"), e);
        } catch (java.nio.charset.CharacterCodingException | JsonProcessingException e) {
            throw JsonTree.unreadable(e, file.toString());
        } catch (IOException e) {
            throw new InvalidInputException(where, Problems.text("input.scheme.io", e.getMessage()), e);
        }
    }

    /**
     * Converts a parsed scheme: a textual node naming a preset, or an object.
     *
     * @param json the value
     * @param location where the value starts, for errors
     * @param path the value's path in its file, such as {@code scheme}, prefixed to field names in errors
     * @return the scheme
     * @throws InvalidInputException naming the field and what was expected
     */
    public static LevelScheme fromJson(JsonNode json, InputLocation location, String path) {
        requireNonNull(json, "json");
        requireNonNull(location, "location");
        requireNonNull(path, "path");
        if (json.isTextual()) {
            return LevelSchemes.byId(json.textValue()).orElseThrow(() -> Problems.at(location.withField(path),
                    "input.schemeValue", LevelSchemes.ids(), JsonTree.quoted(json.textValue())));
        }
        Reader r = new Reader(location);
        JsonNode obj = r.object(json, path, Set.of("id", "nameZh", "nameEn", "levels"));
        String id = r.text(obj, path, "id", true);
        String zh = orElse(r.display(obj, path, "nameZh"), id);
        String en = orElse(r.display(obj, path, "nameEn"), id);
        JsonNode levelsNode = obj.get("levels");
        if (levelsNode == null || !levelsNode.isArray() || levelsNode.isEmpty()) {
            throw Problems.at(location.withField(path + ".levels"), "input.levels", Problems.found(levelsNode));
        }
        List<Level> levels = new ArrayList<>();
        Set<String> keys = new java.util.HashSet<>();
        for (int i = 0; i < levelsNode.size(); i++) {
            Level level = r.level(levelsNode.get(i), path + ".levels[" + i + "]");
            if (!keys.add(level.key())) {
                throw Problems.at(location.withField(path + ".levels[" + i + "].key"), "input.levelTwice",
                        JsonTree.quoted(level.key()));
            }
            levels.add(level);
        }
        try {
            return new LevelScheme(id, zh, en, levels);
        } catch (IllegalArgumentException e) {
            throw Problems.at(location.withField(path + ".levels"), "input.schemeInvalid", e.getMessage());
        }
    }

    private static String orElse(String value, String fallback) {
        return value == null ? fallback : value;
    }

    /**
     * Writes a scheme as an object (never as a preset id).
     *
     * @param scheme the scheme
     * @param g the generator, positioned where a value may be written
     * @throws IOException from the generator
     */
    public static void write(LevelScheme scheme, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", scheme.id());
        g.writeStringField("nameZh", scheme.nameZh());
        g.writeStringField("nameEn", scheme.nameEn());
        g.writeArrayFieldStart("levels");
        for (Level l : scheme.levels()) {
            g.writeStartObject();
            g.writeStringField("key", l.key());
            g.writeStringField("nameZh", l.nameZh());
            g.writeStringField("nameEn", l.nameEn());
            if (l.codeLength().isPresent()) {
                g.writeNumberField("codeLength", l.codeLength().getAsInt());
            }
            if (l.households().isPresent()) {
                g.writeFieldName("households");
                band(l.households().get(), g);
            }
            if (l.population().isPresent()) {
                g.writeFieldName("population");
                band(l.population().get(), g);
            }
            ObjectArrays.writeUnlessEmpty(g, "roles", l.roles(), (rr, o) -> {
                o.writeStringField("role", rr.role());
                bandFields(rr.count(), o);
            });
            ObjectArrays.writeUnlessEmpty(g, "spans", l.spans(), (s, o) -> {
                o.writeStringField("role", s.role());
                o.writeStringField("unit", s.unit().name().toLowerCase(Locale.ROOT).replace('_', '-'));
                bandFields(s.bounds(), o);
            });
            if (!l.singlePiece()) {
                g.writeBooleanField("singlePiece", false);
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void band(Band b, JsonGenerator g) throws IOException {
        g.writeStartObject();
        bandFields(b, g);
        g.writeEndObject();
    }

    private static void bandFields(Band b, JsonGenerator g) throws IOException {
        if (b.minInclusive() != 0) {
            g.writeNumberField("min", b.minInclusive());
        }
        if (b.maxInclusive() != Long.MAX_VALUE) {
            g.writeNumberField("max", b.maxInclusive());
        }
    }

    /** Field-by-field conversion with errors that name the path. */
    private static final class Reader {
        private final InputLocation location;

        Reader(InputLocation location) {
            this.location = location;
        }

        InvalidInputException error(String field, String key, Object... args) {
            return Problems.at(location.withField(field), key, args);
        }

        JsonNode object(JsonNode json, String path, Set<String> allowed) {
            if (json == null || !json.isObject()) {
                throw error(path, "input.object", Problems.found(json));
            }
            for (Iterator<String> it = json.fieldNames(); it.hasNext();) {
                String name = it.next();
                if (!allowed.contains(name)) {
                    throw error(path + "." + name, "input.unknownField", allowed.stream().sorted().toList());
                }
            }
            return json;
        }

        String text(JsonNode obj, String path, String name, boolean required) {
            JsonNode v = obj.get(name);
            if (v == null || v.isNull()) {
                if (required) {
                    throw error(path + "." + name, "input.text", Problems.found(null));
                }
                return null;
            }
            if (!v.isTextual() || v.textValue().isBlank()) {
                throw error(path + "." + name, "input.text", Problems.found(v));
            }
            return v.textValue();
        }

        /** {@return a display name: any string, empty included, as the values hold it; null when absent} */
        String display(JsonNode obj, String path, String name) {
            JsonNode v = obj.get(name);
            if (v == null || v.isNull()) {
                return null;
            }
            if (!v.isTextual()) {
                throw error(path + "." + name, "input.string", Problems.found(v));
            }
            return v.textValue();
        }

        long number(JsonNode obj, String path, String name, long fallback) {
            JsonNode v = obj.get(name);
            if (v == null || v.isNull()) {
                return fallback;
            }
            if (!v.isIntegralNumber() || !v.canConvertToLong() || v.longValue() < 0) {
                throw error(path + "." + name, "input.count", Problems.found(v));
            }
            return v.longValue();
        }

        Band band(JsonNode obj, String path) {
            long min = number(obj, path, "min", 0);
            long max = number(obj, path, "max", Long.MAX_VALUE);
            if (min > max) {
                throw error(path + ".max", "input.bandMax", min, max);
            }
            return Band.of(min, max);
        }

        Level level(JsonNode json, String path) {
            JsonNode obj = object(json, path, Set.of("key", "nameZh", "nameEn", "codeLength", "households",
                    "population", "roles", "spans", "singlePiece"));
            String key = text(obj, path, "key", true);
            Level.Builder b = Level.builder(key).names(orElse(display(obj, path, "nameZh"), key),
                    orElse(display(obj, path, "nameEn"), key));
            if (obj.has("codeLength")) {
                long len = number(obj, path, "codeLength", 0);
                if (len < 1 || len > 30) {
                    throw error(path + ".codeLength", "input.codeLength", len);
                }
                b.codeLength((int) len);
            }
            if (obj.has("households")) {
                b.households(band(object(obj.get("households"), path + ".households", Set.of("min", "max")),
                        path + ".households"));
            }
            if (obj.has("population")) {
                b.population(band(object(obj.get("population"), path + ".population", Set.of("min", "max")),
                        path + ".population"));
            }
            for (JsonNode rr : array(obj, path, "roles")) {
                String p = path + ".roles[" + indexOf(obj.get("roles"), rr) + "]";
                JsonNode o = object(rr, p, Set.of("role", "min", "max"));
                b.require(new RoleRequirement(text(o, p, "role", true), band(o, p)));
            }
            for (JsonNode sp : array(obj, path, "spans")) {
                String p = path + ".spans[" + indexOf(obj.get("spans"), sp) + "]";
                JsonNode o = object(sp, p, Set.of("role", "unit", "min", "max"));
                String unit = text(o, p, "unit", true);
                Span.Unit u;
                try {
                    u = Span.Unit.valueOf(unit.toUpperCase(Locale.ROOT).replace('-', '_'));
                } catch (IllegalArgumentException e) {
                    throw error(p + ".unit", "input.spanUnit", JsonTree.quoted(unit));
                }
                b.span(new Span(text(o, p, "role", true), u, band(o, p)));
            }
            JsonNode single = obj.get("singlePiece");
            if (single != null && !single.isNull()) {
                if (!single.isBoolean()) {
                    throw error(path + ".singlePiece", "input.boolean", Problems.found(single));
                }
                b.singlePiece(single.booleanValue());
            }
            return b.build();
        }

        private List<JsonNode> array(JsonNode obj, String path, String name) {
            JsonNode v = obj.get(name);
            if (v == null || v.isNull()) {
                return List.of();
            }
            if (!v.isArray()) {
                throw error(path + "." + name, "input.array", Problems.found(v));
            }
            List<JsonNode> items = new ArrayList<>();
            v.forEach(items::add);
            return items;
        }

        private static int indexOf(JsonNode array, JsonNode item) {
            for (int i = 0; i < array.size(); i++) {
                if (array.get(i) == item) {
                    return i;
                }
            }
            return -1;
        }
    }
}

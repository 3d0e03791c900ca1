package io.gridgov.core.format;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gridgov.core.code.CodeScheme;
import io.gridgov.core.code.CodeSchemes;
import io.gridgov.core.io.InputLocation;
import io.gridgov.core.io.InvalidInputException;
import io.gridgov.core.io.JsonTree;
import io.gridgov.core.io.Problems;
import io.gridgov.core.staff.Assignment;
import io.gridgov.core.staff.Person;
import io.gridgov.core.staff.Role;
import io.gridgov.core.staff.Staffing;
import io.gridgov.core.tree.GridNode;
import io.gridgov.core.tree.GridTree;
import io.gridgov.core.tree.LevelScheme;
import io.gridgov.core.tree.LevelSchemes;
import io.gridgov.core.tree.TreeAssembly;
import io.gridgov.core.tree.Validity;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The reader of the tree format: one streaming pass over a JSON input (a 700,000-node file is read
 * node by node) into a {@link TreeDocument}, bad input reported as an {@link InvalidInputException}
 * naming file, line, column, record and field. Package-private; {@link TreeJson} is the entry point.
 * Stateless and thread-safe (each read has its own parse).
 */
final class TreeJsonReader {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(TreeJsonReader.class);

    private static final ObjectMapper MAPPER = JsonTree.STREAMING;

    private static final List<String> TOP_FIELDS = List.of("scheme", "codeScheme", "nodes", "roles", "people",
            "assignments");

    private TreeJsonReader() {
    }

    /**
     * Reads a tree from a stream (not closed); {@link TreeJson#read(InputStream, String, Optional)}
     * has checked the arguments.
     */
    static TreeDocument read(InputStream in, String sourceName, Optional<LevelScheme> scheme) {
        InputLocation file = InputLocation.ofFile(sourceName);
        // A character reader, so that columns count characters (Chinese names are 3 bytes in UTF-8).
        try (JsonParser p = MAPPER.createParser(JsonTree.utf8(Problems.notGzip(in, sourceName)))) {
            p.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
            long started = System.nanoTime();
            TreeDocument document;
            try {
                document = new Parse(p, file).document(scheme);
            } catch (NumberFormatException e) {
                throw JsonTree.unreadable(e, sourceName, p);
            }
            LOG.debug("read {} nodes and {} assignments from {} in {} ms ({} assembly findings)",
                    document.tree().size(), document.staffing().size(), sourceName,
                    (System.nanoTime() - started) / 1_000_000, document.assembly().findings().size());
            return document;
        } catch (JsonProcessingException | java.nio.charset.CharacterCodingException e) {
            throw JsonTree.unreadable(e, sourceName);
        } catch (IOException e) {
            throw new InvalidInputException(file, Problems.text("input.tree.io", e.getMessage()), e);
        }
    }

    private static String codeSchemeIds() {
        return String.join(", ", CodeSchemes.all().stream().map(CodeScheme::id).toList());
    }

    /** An assignment with the positions of its fields, checked once people and nodes are known. */
    private record LocatedAssignment(Assignment assignment, Map<String, InputLocation> where) {
    }

    /** One pass over one input. */
    private static final class Parse {
        private final JsonParser p;
        private final InputLocation file;
        private final NodeProperties converter = NodeProperties.sharing();

        Parse(JsonParser p, InputLocation file) {
            this.p = p;
            this.file = file;
        }

        InputLocation here() {
            JsonLocation l = p.currentTokenLocation();
            return file.at(l.getLineNr(), l.getColumnNr());
        }

        InputLocation at(JsonLocation l) {
            return file.at(l.getLineNr(), l.getColumnNr());
        }

        InvalidInputException error(InputLocation at, String key, Object... args) {
            return Problems.at(at, key, args);
        }

        Object found() {
            JsonToken t = p.currentToken();
            if (t == null) {
                return Problems.text("found.end");
            }
            return switch (t) {
                case START_OBJECT -> Problems.text("found.object");
                case START_ARRAY -> Problems.text("found.array");
                case VALUE_STRING -> {
                    try {
                        yield JsonTree.quoted(p.getText());
                    } catch (IOException e) {
                        yield "\"…\"";
                    }
                }
                case VALUE_NULL -> "null";
                case VALUE_TRUE, VALUE_FALSE -> Problems.text("found.boolean");
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> Problems.text("found.number");
                default -> t.toString();
            };
        }

        TreeDocument document(Optional<LevelScheme> override) throws IOException {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw error(here(), "input.top", found());
            }
            LevelScheme fileScheme = null;
            Optional<CodeScheme> codeScheme = Optional.empty();
            List<GridNode> nodes = null;
            Staffing.Builder staff = Staffing.builder();
            Map<String, Person> people = new LinkedHashMap<>();
            List<LocatedAssignment> assignments = new ArrayList<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                InputLocation fieldAt = here().withField(field);
                if (!TOP_FIELDS.contains(field)) {
                    throw error(fieldAt, "input.unknownTop", TOP_FIELDS);
                }
                p.nextToken();
                switch (field) {
                    case "scheme" -> {
                        InputLocation valueAt = here();
                        JsonNode value = p.readValueAsTree();
                        if (value == null || !(value.isTextual() || value.isObject())) {
                            throw error(valueAt.withField("scheme"), "input.schemeValue", LevelSchemes.ids(),
                                    Problems.found(value));
                        }
                        fileScheme = LevelSchemeJson.fromJson(value, valueAt, "scheme");
                    }
                    case "codeScheme" -> {
                        if (p.currentToken() != JsonToken.VALUE_STRING) {
                            throw error(here().withField(field), "input.codeScheme", codeSchemeIds(), found());
                        }
                        String id = p.getText();
                        codeScheme = Optional.of(CodeSchemes.byId(id).orElseThrow(() -> error(here().withField(field),
                                "input.codeScheme", codeSchemeIds(), JsonTree.quoted(id))));
                    }
                    case "nodes" -> nodes = nodes();
                    case "roles" -> roles(staff);
                    case "people" -> people(people);
                    case "assignments" -> assignments(assignments);
                    default -> throw new AssertionError(field);
                }
            }
            if (p.currentToken() != JsonToken.END_OBJECT) {
                throw error(here(), "input.fieldName", found());
            }
            if (p.nextToken() != null) {
                throw error(here(), "input.trailing", found());
            }
            if (nodes == null) {
                throw error(file.withField("nodes"), "input.noNodes");
            }
            LevelScheme scheme = override.orElse(fileScheme);
            if (scheme == null) {
                scheme = LevelSchemes.generic(nodes);   // any parent–child file loads as it is
            }
            staff.people(people.values());
            Set<String> nodeIds = new HashSet<>(assignments.isEmpty() ? 0 : nodes.size() * 2);
            if (!assignments.isEmpty()) {
                nodes.forEach(n -> nodeIds.add(n.id()));
            }
            Map<String, Role> roles = staff.build().roles();
            for (LocatedAssignment located : assignments) {
                Assignment assignment = located.assignment();
                Map<String, InputLocation> where = located.where();
                if (!people.containsKey(assignment.personId())) {
                    throw error(where.get("person"), "input.person", JsonTree.quoted(assignment.personId()));
                }
                if (!roles.containsKey(assignment.role())) {
                    throw error(where.get("role"), "input.role", String.join(", ", roles.keySet()), JsonTree.quoted(assignment.role()));
                }
                if (!nodeIds.contains(assignment.gridId())) {
                    throw error(where.get("grid"), "input.grid", JsonTree.quoted(assignment.gridId()));
                }
                staff.assign(assignment);
            }
            TreeAssembly assembly = GridTree.assemble(scheme, nodes);
            return new TreeDocument(scheme, assembly.tree(), staff.build(), assembly.findings(), codeScheme);
        }

        private void expectArray(String field) throws IOException {
            if (p.currentToken() != JsonToken.START_ARRAY) {
                throw error(here().withField(field), "input.array", found());
            }
        }

        /** Reads one flat object: field → value, with each value's location. */
        private Map<String, JsonNode> object(String what, Map<String, JsonLocation> locations) throws IOException {
            if (p.currentToken() != JsonToken.START_OBJECT) {
                throw error(here().withRecord(what), "input.object", found());
            }
            Map<String, JsonNode> fields = new LinkedHashMap<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                p.nextToken();
                locations.put(name, p.currentTokenLocation());
                fields.put(name, p.readValueAsTree());
            }
            return fields;
        }

        /** {@return the current token's line and column packed in a long, without allocating} */
        private long tokenPosition() {
            if (p instanceof com.fasterxml.jackson.core.base.ParserBase pb) {
                // ParserBase.getTokenColumnNr() is one more than currentTokenLocation().getColumnNr() in
                // Jackson 2.22 (checked by the bad-input tests, which assert exact columns).
                return ((long) pb.getTokenLineNr() << 32) | ((pb.getTokenColumnNr() - 1) & 0xFFFF_FFFFL);
            }
            JsonLocation l = p.currentTokenLocation();
            return ((long) l.getLineNr() << 32) | (l.getColumnNr() & 0xFFFF_FFFFL);
        }

        private InputLocation at(long position) {
            return file.at(position >>> 32, (int) position);
        }

        /**
         * Reads one node object into {@code fields} as plain values (strings, longs, decimals, booleans;
         * arrays and objects as JsonNode), recording each value's position: the hot path for large files.
         */
        private void plainObject(int index, FieldMap fields) throws IOException {
            if (p.currentToken() != JsonToken.START_OBJECT) {
                throw error(here().withRecord("nodes[" + index + "]"), "input.object", found());
            }
            fields.clear0();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken t = p.nextToken();
                long position = tokenPosition();
                fields.add(name, plainValue(t), position);
            }
        }

        private Object plainValue(JsonToken t) throws IOException {
            switch (t) {
                case VALUE_STRING:
                    return p.getText();
                case VALUE_NUMBER_INT:
                    return p.getNumberType() == JsonParser.NumberType.BIG_INTEGER ? p.getBigIntegerValue()
                            : (Object) p.getLongValue();
                case VALUE_NUMBER_FLOAT:
                    return p.getDecimalValue();
                case VALUE_TRUE:
                    return Boolean.TRUE;
                case VALUE_FALSE:
                    return Boolean.FALSE;
                case VALUE_NULL:
                    return null;
                default:
                    return p.readValueAsTree();
            }
        }

        private List<GridNode> nodes() throws IOException {
            expectArray("nodes");
            List<GridNode> nodes = new ArrayList<>();
            FieldMap fields = new FieldMap();
            int index = 0;
            while (p.nextToken() != JsonToken.END_ARRAY) {
                int current = index++;
                long start = tokenPosition();
                plainObject(current, fields);
                nodes.add(converter.convert(fields, field -> {
                    int bracket = field.indexOf('[');
                    String key = bracket < 0 ? field : field.substring(0, bracket);
                    InputLocation at = at(fields.position(key, start)).withField(field);
                    return field.equals(NodeProperties.ID) ? at.withRecord("nodes[" + current + "]") : at;
                }));
            }
            return nodes;
        }

        private void roles(Staffing.Builder staff) throws IOException {
            eachRecord("roles", Set.of("key", "nameZh", "nameEn"), in -> {
                String key = in.text("key", true);
                staff.role(Role.of(key, in.displayOr("nameZh", key), in.displayOr("nameEn", key)));
            });
        }

        private void people(Map<String, Person> people) throws IOException {
            eachRecord("people", Set.of("id", "name", "phone"), in -> {
                String id = in.text("id", true);
                Person person = new Person(id, in.displayOr("name", id), Optional.ofNullable(in.display("phone")));
                if (people.putIfAbsent(id, person) != null) {
                    throw in.error("id", "input.personTwice", JsonTree.quoted(id));
                }
            });
        }

        private void assignments(List<LocatedAssignment> out) throws IOException {
            eachRecord("assignments", Set.of("person", "role", "grid", "validFrom", "validUntil"), in -> {
                String person = in.text("person", true);
                String role = in.text("role", true);
                String grid = in.text("grid", true);
                LocalDate from = in.date("validFrom");
                LocalDate until = in.date("validUntil");
                if (from != null && until != null && !from.isBefore(until)) {
                    throw in.error("validUntil", "input.dateOrder", from, until);
                }
                Map<String, InputLocation> where = new HashMap<>();
                for (String k : List.of("person", "role", "grid")) {
                    where.put(k, in.location(k));
                }
                out.add(new LocatedAssignment(new Assignment(person, role, grid,
                        new Validity(Optional.ofNullable(from), Optional.ofNullable(until))), where));
            });
        }

        /** Reads one record of a section. */
        @FunctionalInterface
        private interface RecordReader {
            void read(Fields in) throws IOException;
        }

        /**
         * Reads each flat object of the array section {@code section} (the current token) as a record
         * {@code section[i]} with the keys it allows.
         */
        private void eachRecord(String section, Set<String> keys, RecordReader reader) throws IOException {
            expectArray(section);
            int index = 0;
            while (p.nextToken() != JsonToken.END_ARRAY) {
                String record = section + "[" + index++ + "]";
                Map<String, JsonLocation> loc = new HashMap<>();
                JsonLocation start = p.currentTokenLocation();
                Map<String, JsonNode> f = object(record, loc);
                reader.read(new Fields(f, loc, start, record, keys));
            }
        }

        /** Typed access to one flat object's fields. */
        private final class Fields {
            private final Map<String, JsonNode> fields;
            private final Map<String, JsonLocation> locations;
            private final JsonLocation start;
            private final String record;

            Fields(Map<String, JsonNode> fields, Map<String, JsonLocation> locations, JsonLocation start,
                    String record, Set<String> allowed) {
                this.fields = fields;
                this.locations = Map.copyOf(locations);
                this.start = start;
                this.record = record;
                for (String name : fields.keySet()) {
                    if (!allowed.contains(name)) {
                        throw error(name, "input.unknownField", allowed.stream().sorted().toList());
                    }
                }
            }

            InputLocation location(String field) {
                InputLocation base = at(locations.getOrDefault(field, start));
                return base.withRecord(record).withField(field);
            }

            InvalidInputException error(String field, String key, Object... args) {
                return Problems.at(location(field), key, args);
            }

            String text(String field, boolean required) {
                JsonNode v = fields.get(field);
                if (v == null || v.isNull()) {
                    if (required) {
                        throw error(field, "input.text", Problems.found(null));
                    }
                    return null;
                }
                if (!v.isTextual() || v.textValue().isBlank()) {
                    throw error(field, "input.text", Problems.found(v));
                }
                return v.textValue();
            }

            /**
             * A display text (a name, a phone): any string, empty included, as the values hold it;
             * {@code null} when absent.
             */
            String display(String field) {
                JsonNode v = fields.get(field);
                if (v == null || v.isNull()) {
                    return null;
                }
                if (!v.isTextual()) {
                    throw error(field, "input.string", Problems.found(v));
                }
                return v.textValue();
            }

            String displayOr(String field, String fallback) {
                String s = display(field);
                return s == null ? fallback : s;
            }

            LocalDate date(String field) {
                String s = text(field, false);
                if (s == null) {
                    return null;
                }
                try {
                    return LocalDate.parse(s);
                } catch (DateTimeParseException e) {
                    throw error(field, "input.date", JsonTree.quoted(s));
                }
            }
        }
    }
}

package io.gridgov.core.facts;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.gridgov.core.io.DecimalLimits;
import io.gridgov.core.io.InputLocation;
import io.gridgov.core.io.InvalidInputException;
import io.gridgov.core.io.JsonTree;
import io.gridgov.core.io.Problems;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The facts JSON format, streamed both ways; see {@link FactFiles}. Stateless and thread-safe. */
final class FactsJson {
    /** The reader kit's policy: duplicate keys anywhere are errors; locations carry no source text. */
    private static final JsonFactory FACTORY = JsonTree.STREAMING.getFactory();

    private FactsJson() {
    }

    static FactSet read(InputStream in, String file) {
        try (JsonParser p = FACTORY.createParser(JsonTree.utf8(in))) {
            try {
                return new Run(p, file).run();
            } catch (NumberFormatException e) {
                throw JsonTree.unreadable(e, file, p);
            }
        } catch (IOException e) {
            throw JsonTree.unreadable(e, file);
        }
    }

    static void write(FactSet facts, OutputStream out) throws IOException {
        try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            if (facts.period().isPresent()) {
                g.writeStringField("period", facts.period().get());
            }
            g.writeArrayFieldStart("subjects");
            for (SubjectFacts s : facts.subjects()) {
                g.writeStartObject();
                g.writeStringField("id", s.id());
                if (s.group().isPresent()) {
                    g.writeStringField("group", s.group().get());
                }
                if (s.weight().isPresent()) {
                    g.writeFieldName("weight");
                    g.writeNumber(s.weight().get());
                }
                g.writeObjectFieldStart("facts");
                for (Map.Entry<String, BigDecimal> f : s.values().entrySet()) {
                    g.writeFieldName(f.getKey());
                    g.writeNumber(f.getValue());
                }
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }

    private static final class Run {
        private final JsonParser p;
        private final String file;
        /** The record being read, for a duplicate key reported by the parser. */
        private String record;
        private String prefix = "";

        Run(JsonParser p, String file) {
            this.p = p;
            this.file = file;
        }

        InvalidInputException fail(String rec, String field, String key, Object... args) {
            JsonLocation l = p.currentTokenLocation();
            InputLocation at = InputLocation.ofFile(file).at(l.getLineNr(), l.getColumnNr());
            if (rec != null) {
                at = at.withRecord(rec);
            }
            if (field != null) {
                at = at.withField(field);
            }
            return Problems.at(at, key, args);
        }

        /**
         * Moves to the next key of the current object and onto its value ({@code p.currentName()} is
         * the key).
         *
         * @return false at the end of the object
         */
        boolean nextKey() throws IOException {
            if (next() != JsonToken.FIELD_NAME) {
                return false;
            }
            next();
            return true;
        }

        /** The next token; a key given twice is an error naming the record and the key. */
        JsonToken next() throws IOException {
            try {
                return p.nextToken();
            } catch (JsonParseException e) {
                String m = e.getOriginalMessage();
                if (m != null && m.startsWith("Duplicate field '")) {
                    String key = m.substring("Duplicate field '".length(), m.lastIndexOf('\''));
                    JsonLocation l = e.getLocation();
                    InputLocation at = InputLocation.ofFile(file).at(l.getLineNr(), l.getColumnNr());
                    if (record != null) {
                        at = at.withRecord(record);
                    }
                    throw new InvalidInputException(at.withField(prefix + key),
                            Problems.text("facts.json.keyTwice", JsonTree.quoted(key)), e);
                }
                throw e;
            }
        }

        Object found() throws IOException {
            JsonToken t = p.currentToken();
            if (t == null) {
                return Problems.text("found.end");
            }
            return switch (t) {
                case START_OBJECT -> Problems.text("found.object");
                case START_ARRAY -> Problems.text("found.array");
                case VALUE_STRING -> JsonTree.quoted(p.getText());
                default -> p.getText();
            };
        }

        void expect(JsonToken t, String rec, String field, String key) throws IOException {
            if (p.currentToken() != t) {
                throw fail(rec, field, key, found());
            }
        }

        /**
         * The current number, within {@link DecimalLimits}; an exponent the parser cannot even hold
         * ({@code 1E+21474836477}) is the same located error, never a NumberFormatException.
         */
        BigDecimal decimal(String rec, String field) throws IOException {
            BigDecimal v;
            try {
                v = p.getDecimalValue();
            } catch (NumberFormatException e) {
                throw fail(rec, field, "input.numberRange", JsonTree.quoted(p.getText()));
            }
            if (!DecimalLimits.within(v)) {
                throw fail(rec, field, "input.numberRange", JsonTree.quoted(p.getText()));
            }
            return v;
        }

        FactSet run() throws IOException {
            next();
            expect(JsonToken.START_OBJECT, null, null, "facts.json.top");
            Optional<String> period = Optional.empty();
            List<SubjectFacts> subjects = null;
            while (nextKey()) {
                String key = p.currentName();
                switch (key) {
                    case "period" -> {
                        expect(JsonToken.VALUE_STRING, null, "period", "facts.json.period");
                        period = Optional.of(p.getText());
                    }
                    case "subjects" -> subjects = subjects();
                    case "description", "note", "source", "$comment" -> p.skipChildren();
                    default -> throw fail(null, key, "input.unknownKey", JsonTree.quoted(key), "period, subjects");
                }
                record = null;
                prefix = "";
            }
            if (subjects == null) {
                throw fail(null, "subjects", "input.required", JsonTree.quoted("subjects"));
            }
            if (next() != null) {
                throw fail(null, null, "facts.json.trailing", found());
            }
            return new FactSet(period, Optional.of(file), subjects);
        }

        List<SubjectFacts> subjects() throws IOException {
            expect(JsonToken.START_ARRAY, null, "subjects", "facts.json.subjects");
            List<SubjectFacts> out = new ArrayList<>();
            Set<String> ids = new HashSet<>();
            int index = 0;
            while (next() != JsonToken.END_ARRAY) {
                String rec = "subject #" + (index + 1);
                record = rec;
                prefix = "";
                expect(JsonToken.START_OBJECT, rec, null, "facts.json.subject");
                JsonLocation start = p.currentTokenLocation();
                String id = null;
                Optional<String> group = Optional.empty();
                Optional<BigDecimal> weight = Optional.empty();
                Map<String, BigDecimal> values = null;
                while (nextKey()) {
                    String key = p.currentName();
                    switch (key) {
                        case "id" -> {
                            expect(JsonToken.VALUE_STRING, rec, "id", "input.text");
                            id = p.getText();
                            if (id.isBlank()) {
                                throw fail(rec, "id", "input.text", JsonTree.quoted(id));
                            }
                            if (!ids.add(id)) {
                                throw fail("subject \"" + id + "\"", "id", "facts.subjectTwice", JsonTree.quoted(id));
                            }
                            rec = "subject \"" + id + "\"";
                            record = rec;
                        }
                        case "group" -> {
                            expect(JsonToken.VALUE_STRING, rec, "group", "facts.json.group");
                            if (p.getText().isBlank()) {
                                throw fail(rec, "group", "input.text", JsonTree.quoted(p.getText()));
                            }
                            group = Optional.of(p.getText());
                        }
                        case "weight" -> {
                            if (!p.currentToken().isNumeric() || decimal(rec, "weight").signum() < 0) {
                                throw fail(rec, "weight", "facts.weight", found());
                            }
                            weight = Optional.of(decimal(rec, "weight"));
                        }
                        case "facts" -> {
                            prefix = "facts.";
                            values = facts(rec);
                            prefix = "";
                        }
                        case "name", "description", "note" -> p.skipChildren();
                        default -> throw fail(rec, key, "input.unknownKey", JsonTree.quoted(key),
                                "id, group, weight, facts");
                    }
                }
                if (id == null) {
                    throw new InvalidInputException(InputLocation.ofFile(file).at(start.getLineNr(),
                            start.getColumnNr()).withRecord(rec).withField("id"),
                            Problems.text("input.required", JsonTree.quoted("id")));
                }
                if (values == null) {
                    throw new InvalidInputException(InputLocation.ofFile(file).at(start.getLineNr(),
                            start.getColumnNr()).withRecord(rec).withField("facts"),
                            Problems.text("input.required", JsonTree.quoted("facts")));
                }
                out.add(new SubjectFacts(id, group, weight, values));
                index++;
            }
            return out;
        }


        Map<String, BigDecimal> facts(String rec) throws IOException {
            expect(JsonToken.START_OBJECT, rec, "facts", "facts.json.facts");
            Map<String, BigDecimal> values = new LinkedHashMap<>();
            while (next() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                if (name.isBlank()) {
                    throw fail(rec, "facts", "facts.json.factName", JsonTree.quoted(name));
                }
                JsonToken t = next();
                BigDecimal v;
                if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
                    v = decimal(rec, "facts." + name);
                } else if (t == JsonToken.VALUE_TRUE) {
                    v = BigDecimal.ONE;
                } else if (t == JsonToken.VALUE_FALSE) {
                    v = BigDecimal.ZERO;
                } else {
                    throw fail(rec, "facts." + name, "facts.value", found());
                }
                values.put(name, v);
            }
            return values;
        }
    }
}

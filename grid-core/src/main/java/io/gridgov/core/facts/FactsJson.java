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
import java.util.HashSet;
import java.util.LinkedHashMap;
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
        Run run = open(in, file, null);
        try {
            return new FactReader(file, run).readAll();
        } finally {
            run.close();
        }
    }

    /**
     * {@return the subjects of a JSON text, pulled one at a time}
     *
     * @param in the bytes, not closed by the puller
     * @param file the name used in messages
     * @param again opens the same bytes again (to look for a {@code period} after the subjects), or null
     */
    static Run open(InputStream in, String file, java.util.function.Supplier<InputStream> again) {
        try {
            return new Run(FACTORY.createParser(JsonTree.utf8(in)), file, again);
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

    /** Where the reader is in the document. */
    private enum State { START, KEYS, SUBJECTS, DONE }

    /** The JSON facts pulled subject by subject: the top-level keys in order, the subjects one at a time. */
    static final class Run implements FactReader.Pull {
        private final JsonParser p;
        private final String file;
        private final java.util.function.Supplier<InputStream> again;
        /** The record being read, for a duplicate key reported by the parser. */
        private String record;
        private String prefix = "";
        private State state = State.START;
        private Optional<String> period = Optional.empty();
        private boolean subjectsSeen;
        private final Set<String> ids = new HashSet<>();
        private int index;

        Run(JsonParser p, String file, java.util.function.Supplier<InputStream> again) {
            this.p = p;
            this.file = file;
            this.again = again;
        }

        @Override
        public Optional<String> period() {
            return period;
        }

        @Override
        public void close() {
            state = State.DONE;
            try {
                p.close();
            } catch (IOException e) {
                throw JsonTree.unreadable(e, file);
            }
        }

        @Override
        public SubjectFacts next() {
            try {
                try {
                    return pull();
                } catch (NumberFormatException e) {
                    throw JsonTree.unreadable(e, file, p);
                }
            } catch (IOException e) {
                throw JsonTree.unreadable(e, file);
            }
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
            if (token() != JsonToken.FIELD_NAME) {
                return false;
            }
            token();
            return true;
        }

        /** The next token; a key given twice is an error naming the record and the key. */
        JsonToken token() throws IOException {
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

        private SubjectFacts pull() throws IOException {
            if (state == State.START) {
                token();
                expect(JsonToken.START_OBJECT, null, null, "facts.json.top");
                state = State.KEYS;
            }
            while (state != State.DONE) {
                if (state == State.SUBJECTS) {
                    if (token() != JsonToken.END_ARRAY) {
                        return subject();
                    }
                    state = State.KEYS;
                    record = null;
                    prefix = "";
                    continue;
                }
                if (!nextKey()) {
                    if (!subjectsSeen) {
                        throw fail(null, "subjects", "input.required", JsonTree.quoted("subjects"));
                    }
                    if (token() != null) {
                        throw fail(null, null, "facts.json.trailing", found());
                    }
                    state = State.DONE;
                    break;
                }
                String key = p.currentName();
                switch (key) {
                    case "period" -> {
                        expect(JsonToken.VALUE_STRING, null, "period", "facts.json.period");
                        period = Optional.of(p.getText());
                    }
                    case "subjects" -> {
                        expect(JsonToken.START_ARRAY, null, "subjects", "facts.json.subjects");
                        subjectsSeen = true;
                        state = State.SUBJECTS;
                        if (period.isEmpty() && again != null) {
                            period = periodAhead();
                        }
                    }
                    case "description", "note", "source", "$comment" -> p.skipChildren();
                    default -> throw fail(null, key, "input.unknownKey", JsonTree.quoted(key), "period, subjects");
                }
            }
            return null;
        }

        /**
         * {@return a top-level {@code period} given after the subjects, read from a second pass over the
         * document that skips everything else} Empty when there is none or the document is bad (the first
         * pass reports that where it is).
         */
        private Optional<String> periodAhead() {
            try (InputStream in = again.get(); JsonParser q = FACTORY.createParser(JsonTree.utf8(in))) {
                if (q.nextToken() != JsonToken.START_OBJECT) {
                    return Optional.empty();
                }
                while (q.nextToken() == JsonToken.FIELD_NAME) {
                    String key = q.currentName();
                    JsonToken t = q.nextToken();
                    if (key.equals("period") && t == JsonToken.VALUE_STRING) {
                        return Optional.of(q.getText());
                    }
                    q.skipChildren();
                }
            } catch (IOException | RuntimeException unreadable) {
                // the first pass reports it where it is
            }
            return Optional.empty();
        }

        private SubjectFacts subject() throws IOException {
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
            index++;
            return new SubjectFacts(id, group, weight, values);
        }

        Map<String, BigDecimal> facts(String rec) throws IOException {
            expect(JsonToken.START_OBJECT, rec, "facts", "facts.json.facts");
            Map<String, BigDecimal> values = new LinkedHashMap<>();
            while (token() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                if (name.isBlank()) {
                    throw fail(rec, "facts", "facts.json.factName", JsonTree.quoted(name));
                }
                JsonToken t = token();
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

package io.gridgov.scoring;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import io.gridgov.core.io.InputLocation;
import io.gridgov.core.io.InvalidInputException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads facts (考核数据) as JSON or CSV.
 *
 * <p>JSON: {@code {"period": "2026-11", "subjects": [{"id": "g1", "group": "L3/comprehensive",
 * "weight": 320, "facts": {"duty.patrol.done": 57, "board.posted": true}}]}}. CSV: a header row with
 * {@code id} and optional {@code group}, {@code weight} and {@code period} columns; every other column
 * is a fact; one row per subject; an empty cell means the subject lacks that fact. Values are numbers
 * or {@code true}/{@code false} (stored as 1/0).
 *
 * <p>Any problem is an {@link InvalidInputException} with the file, line and column, the subject and
 * the field; nothing is returned for a bad file. Stateless and thread-safe.
 */
public final class FactsReader {
    private static final CsvMapper CSV = new CsvMapper();

    private FactsReader() {
    }

    /**
     * Reads a file: CSV when its name ends in {@code .csv}, JSON otherwise.
     *
     * @param file the file
     * @return the facts, with the file as their source
     */
    public static Facts read(Path file) {
        String name = file.toString();
        try {
            if (name.toLowerCase(java.util.Locale.ROOT).endsWith(".csv")) {
                try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    return readCsv(r, name);
                }
            }
            try (InputStream in = Files.newInputStream(file)) {
                return readJson(in, name);
            }
        } catch (IOException e) {
            throw new InvalidInputException(InputLocation.ofFile(name), "cannot read: " + e.getMessage(), e);
        }
    }

    /**
     * {@return facts from a JSON text}
     *
     * @param json the text
     * @param file the name used in messages
     */
    public static Facts readJson(String json, String file) {
        return readJson(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), file);
    }

    /**
     * {@return facts from a CSV text}
     *
     * @param csv the text
     * @param file the name used in messages
     */
    public static Facts readCsv(String csv, String file) {
        return readCsv(new StringReader(csv), file);
    }

    /**
     * Reads JSON facts, streaming (large files are fine).
     *
     * @param in the bytes (UTF-8)
     * @param file the name used in messages
     * @return the facts
     */
    public static Facts readJson(InputStream in, String file) {
        try (JsonParser p = Json.MAPPER.getFactory().createParser(new java.io.InputStreamReader(in, StandardCharsets.UTF_8))) {
            return new JsonRun(p, file).run();
        } catch (IOException e) {
            throw Json.unreadable(e, file, "JSON");
        }
    }

    private static final class JsonRun {
        private final JsonParser p;
        private final String file;

        JsonRun(JsonParser p, String file) {
            this.p = p;
            this.file = file;
        }

        InvalidInputException fail(String record, String field, String expected) {
            JsonLocation l = p.currentTokenLocation();
            InputLocation at = InputLocation.ofFile(file).at(l.getLineNr(), l.getColumnNr());
            if (record != null) {
                at = at.withRecord(record);
            }
            if (field != null) {
                at = at.withField(field);
            }
            return new InvalidInputException(at, expected);
        }

        String found() throws IOException {
            JsonToken t = p.currentToken();
            if (t == null) {
                return "the end of the file";
            }
            return switch (t) {
                case START_OBJECT -> "an object";
                case START_ARRAY -> "an array";
                case VALUE_STRING -> "\"" + p.getText() + "\"";
                default -> p.getText();
            };
        }

        void expect(JsonToken t, String record, String field, String what) throws IOException {
            if (p.currentToken() != t) {
                throw fail(record, field, "expected " + what + ", found " + found());
            }
        }

        Facts run() throws IOException {
            p.nextToken();
            expect(JsonToken.START_OBJECT, null, null, "a JSON object {\"period\": ..., \"subjects\": [...]}");
            Optional<String> period = Optional.empty();
            List<Facts.Subject> subjects = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                p.nextToken();
                switch (key) {
                    case "period" -> {
                        expect(JsonToken.VALUE_STRING, null, "period", "a string such as \"2026-11\"");
                        period = Optional.of(p.getText());
                    }
                    case "subjects" -> subjects = subjects();
                    case "description", "note", "source", "$comment" -> p.skipChildren();
                    default -> throw fail(null, key, "unknown key \"" + key + "\" (expected period, subjects)");
                }
            }
            if (subjects == null) {
                throw fail(null, "subjects", "missing required key \"subjects\"");
            }
            if (p.nextToken() != null) {
                throw fail(null, null, "expected the end of the file after the object, found " + found());
            }
            return new Facts(period, Optional.of(file), subjects);
        }

        List<Facts.Subject> subjects() throws IOException {
            expect(JsonToken.START_ARRAY, null, "subjects", "an array of subjects");
            List<Facts.Subject> out = new ArrayList<>();
            Set<String> ids = new HashSet<>();
            int index = 0;
            while (p.nextToken() != JsonToken.END_ARRAY) {
                String rec = "subject #" + (index + 1);
                expect(JsonToken.START_OBJECT, rec, null, "a subject object {\"id\": ..., \"facts\": {...}}");
                JsonLocation start = p.currentTokenLocation();
                String id = null;
                Optional<String> group = Optional.empty();
                Optional<BigDecimal> weight = Optional.empty();
                Map<String, BigDecimal> values = null;
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    p.nextToken();
                    switch (key) {
                        case "id" -> {
                            expect(JsonToken.VALUE_STRING, rec, "id", "a non-empty string");
                            id = p.getText();
                            if (id.isBlank()) {
                                throw fail(rec, "id", "expected a non-empty string, found \"" + id + "\"");
                            }
                            if (!ids.add(id)) {
                                throw fail("subject \"" + id + "\"", "id", "expected a unique subject id, \""
                                        + id + "\" appears twice");
                            }
                            rec = "subject \"" + id + "\"";
                        }
                        case "group" -> {
                            expect(JsonToken.VALUE_STRING, rec, "group", "a string such as \"L3/comprehensive\"");
                            group = Optional.of(p.getText());
                        }
                        case "weight" -> {
                            if (!p.currentToken().isNumeric() || p.getDecimalValue().signum() < 0) {
                                throw fail(rec, "weight", "expected a number ≥ 0, found " + found());
                            }
                            weight = Optional.of(p.getDecimalValue());
                        }
                        case "facts" -> values = facts(rec);
                        case "name", "description", "note" -> p.skipChildren();
                        default -> throw fail(rec, key, "unknown key \"" + key + "\" (expected id, group, weight, facts)");
                    }
                }
                if (id == null) {
                    throw new InvalidInputException(InputLocation.ofFile(file).at(start.getLineNr(),
                            start.getColumnNr()).withRecord(rec).withField("id"), "missing required key \"id\"");
                }
                if (values == null) {
                    throw new InvalidInputException(InputLocation.ofFile(file).at(start.getLineNr(),
                            start.getColumnNr()).withRecord(rec).withField("facts"), "missing required key \"facts\"");
                }
                out.add(new Facts.Subject(id, group, weight, values));
                index++;
            }
            return out;
        }

        Map<String, BigDecimal> facts(String rec) throws IOException {
            expect(JsonToken.START_OBJECT, rec, "facts", "an object of fact values");
            Map<String, BigDecimal> values = new LinkedHashMap<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken t = p.nextToken();
                BigDecimal v;
                if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
                    v = p.getDecimalValue();
                } else if (t == JsonToken.VALUE_TRUE) {
                    v = BigDecimal.ONE;
                } else if (t == JsonToken.VALUE_FALSE) {
                    v = BigDecimal.ZERO;
                } else {
                    throw fail(rec, "facts." + name, "expected a number or true/false, found " + found());
                }
                if (values.put(name, v) != null) {
                    throw fail(rec, "facts." + name, "expected each fact once, \"" + name + "\" appears twice");
                }
            }
            return values;
        }
    }

    /**
     * Reads CSV facts: one row per subject.
     *
     * @param reader the text
     * @param file the name used in messages
     * @return the facts
     */
    public static Facts readCsv(Reader reader, String file) {
        try (CsvParser p = (CsvParser) CSV.getFactory().createParser(reader)) {
            p.enable(CsvParser.Feature.WRAP_AS_ARRAY);
            List<String> header = new ArrayList<>();
            List<Facts.Subject> subjects = new ArrayList<>();
            Set<String> ids = new HashSet<>();
            Optional<String> period = Optional.empty();
            if (p.nextToken() != JsonToken.START_ARRAY) {
                throw new InvalidInputException(InputLocation.ofFile(file), "expected a header row, found an empty file");
            }
            if (p.nextToken() != JsonToken.START_ARRAY) {
                throw new InvalidInputException(InputLocation.ofFile(file).at(1, 1),
                        "expected a header row with an \"id\" column, found nothing");
            }
            while (p.nextToken() == JsonToken.VALUE_STRING) {
                String h = p.getText().strip();
                if (header.contains(h) || h.isEmpty()) {
                    JsonLocation l = p.currentTokenLocation();
                    throw new InvalidInputException(InputLocation.ofFile(file).at(l.getLineNr(), l.getColumnNr())
                            .withField(h), h.isEmpty() ? "expected a column name, found an empty one"
                            : "expected each column once, \"" + h + "\" appears twice");
                }
                header.add(h);
            }
            int idCol = header.indexOf("id");
            if (idCol < 0) {
                throw new InvalidInputException(InputLocation.ofFile(file).at(1, 1).withField("id"),
                        "expected an \"id\" column in the header, found " + header);
            }
            while (p.nextToken() == JsonToken.START_ARRAY) {
                long line = -1;
                List<String> cells = new ArrayList<>();
                List<Integer> cols = new ArrayList<>();
                while (p.nextToken() == JsonToken.VALUE_STRING) {
                    if (line < 0) {
                        line = p.currentTokenLocation().getLineNr();
                    }
                    cells.add(p.getText());
                    cols.add(p.currentTokenLocation().getColumnNr());
                }
                if (cells.size() == 1 && cells.get(0).isBlank()) {
                    continue; // a blank line
                }
                InputLocation rowAt = InputLocation.ofFile(file).at(line, 1);
                if (cells.size() != header.size()) {
                    throw new InvalidInputException(rowAt, "expected " + header.size() + " cells as in the header, found "
                            + cells.size());
                }
                String id = cells.get(idCol).strip();
                if (id.isEmpty()) {
                    throw new InvalidInputException(rowAt.at(line, cols.get(idCol)).withField("id"),
                            "expected a subject id, found an empty cell");
                }
                String rec = "subject \"" + id + "\"";
                if (!ids.add(id)) {
                    throw new InvalidInputException(rowAt.at(line, cols.get(idCol)).withRecord(rec).withField("id"),
                            "expected a unique subject id, \"" + id + "\" appears twice");
                }
                Optional<String> group = Optional.empty();
                Optional<BigDecimal> weight = Optional.empty();
                Map<String, BigDecimal> values = new LinkedHashMap<>();
                for (int c = 0; c < header.size(); c++) {
                    String h = header.get(c);
                    String cell = cells.get(c).strip();
                    InputLocation at = rowAt.at(line, cols.get(c)).withRecord(rec).withField(h);
                    switch (h) {
                        case "id" -> {
                        }
                        case "group" -> group = cell.isEmpty() ? Optional.empty() : Optional.of(cell);
                        case "period" -> {
                            if (!cell.isEmpty()) {
                                if (period.isPresent() && !period.get().equals(cell)) {
                                    throw new InvalidInputException(at, "expected one period for the whole file ("
                                            + period.get() + "), found \"" + cell + "\"");
                                }
                                period = Optional.of(cell);
                            }
                        }
                        case "weight" -> {
                            if (!cell.isEmpty()) {
                                BigDecimal w = number(cell, at);
                                if (w.signum() < 0) {
                                    throw new InvalidInputException(at, "expected a weight ≥ 0, found " + cell);
                                }
                                weight = Optional.of(w);
                            }
                        }
                        default -> {
                            if (!cell.isEmpty()) {
                                values.put(h, value(cell, at));
                            }
                        }
                    }
                }
                subjects.add(new Facts.Subject(id, group, weight, values));
            }
            return new Facts(period, Optional.of(file), subjects);
        } catch (IOException e) {
            throw Json.unreadable(e, file, "CSV");
        }
    }

    private static BigDecimal value(String cell, InputLocation at) {
        if (cell.equalsIgnoreCase("true")) {
            return BigDecimal.ONE;
        }
        if (cell.equalsIgnoreCase("false")) {
            return BigDecimal.ZERO;
        }
        return number(cell, at);
    }

    private static BigDecimal number(String cell, InputLocation at) {
        try {
            return new BigDecimal(cell);
        } catch (NumberFormatException e) {
            throw new InvalidInputException(at, "expected a number or true/false, found \"" + cell + "\"");
        }
    }
}

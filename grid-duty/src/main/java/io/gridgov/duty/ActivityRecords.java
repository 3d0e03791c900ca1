package io.gridgov.duty;

import static io.gridgov.duty.DutyMessages.MESSAGES;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.fasterxml.jackson.databind.MappingIterator;
import io.gridgov.core.io.JsonTree;
import io.gridgov.core.io.InputLocation;
import io.gridgov.core.io.InvalidInputException;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads activity records from JSON lines (one object per line) or CSV with a header row; the
 * columns and fields are {@code who, role, grid, action, target, start, end, evidence} and the
 * optional {@code duty} (format:
 * {@code docs/formats/duties.md}). Evidence is a JSON array or, in CSV, kinds separated by
 * {@code |}. Times are ISO-8601 local date-times ({@code 2026-11-03T09:00}); an offset, if given,
 * is dropped (the local time is kept). Any bad line aborts the read with an
 * {@link InvalidInputException} naming file, line, field and what was expected, in English and
 * Chinese — nothing is returned partially. Each JSON line is read under the strict reader policy
 * ({@link JsonTree}): a key given twice, content after the object and invalid UTF-8 are errors at
 * their line and column; a gzip-compressed file is refused. Stateless and thread-safe.
 */
public final class ActivityRecords {

    private static final List<String> COLUMNS = List.of("who", "role", "grid", "action", "target", "start", "end",
            "evidence");

    private ActivityRecords() {
    }

    /**
     * Reads a file: CSV when its name ends in {@code .csv}, JSON lines otherwise.
     *
     * @param file the file
     * @return the records in file order
     * @throws InvalidInputException for the first bad line
     */
    public static List<ActivityRecord> read(Path file) {
        String name = file.toString();
        try (InputStream bytes = new BufferedInputStream(Files.newInputStream(file))) {
            bytes.mark(2);
            if (bytes.read() == 0x1f && bytes.read() == 0x8b) {
                throw fail(InputLocation.ofFile(name), "gzip");
            }
            bytes.reset();
            Reader in = JsonTree.utf8(bytes);
            return name.toLowerCase(Locale.ROOT).endsWith(".csv") ? readCsv(in, name) : readJsonLines(in, name);
        } catch (NoSuchFileException e) {
            throw fail(InputLocation.ofFile(name), "noFile");
        } catch (IOException e) {
            throw JsonTree.unreadable(e, name);
        } catch (NumberFormatException e) {
            throw JsonTree.unreadable(e, name);
        }
    }

    /**
     * Reads JSON lines; blank lines are skipped.
     *
     * @param in the text (not closed)
     * @param name the name used in messages
     * @return the records
     */
    public static List<ActivityRecord> readJsonLines(Reader in, String name) {
        BufferedReader r = in instanceof BufferedReader b ? b : new BufferedReader(in);
        List<ActivityRecord> out = new ArrayList<>();
        long lineNo = 0;
        try {
            for (String line; (line = r.readLine()) != null; ) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                InputLocation at = InputLocation.ofFile(name).at(lineNo, 0);
                JsonNode node;
                try {
                    node = JsonTree.MAPPER.readTree(line);
                } catch (JsonProcessingException e) {
                    InvalidInputException bad = JsonTree.unreadable(e, name);
                    throw new InvalidInputException(bad.location().at(lineNo, bad.location().column().orElse(0)),
                            bad.problem(), e);
                }
                if (!node.isObject()) {
                    throw fail(at, "objectPerLine", JsonTree.shown(node));
                }
                out.add(record(field -> {
                    JsonNode v = node.get(field);
                    if (v == null || v.isNull()) {
                        return null;
                    }
                    if (field.equals("evidence") && v.isArray()) {
                        List<String> parts = new ArrayList<>();
                        for (int i = 0; i < v.size(); i++) {
                            if (!v.get(i).isTextual()) {
                                throw fail(at.withField(field + "[" + i + "]"), "text", JsonTree.shown(v.get(i)));
                            }
                            parts.add(v.get(i).textValue());
                        }
                        return String.join("|", parts);
                    }
                    if (!v.isValueNode()) {
                        throw fail(at.withField(field), "text", JsonTree.shown(v));
                    }
                    return v.asText();
                }, at, lineNo));
            }
        } catch (IOException e) {
            throw located(e, name, lineNo + 1);
        }
        return out;
    }

    /**
     * Reads CSV with a header row naming the columns (any order; {@code target} and
     * {@code evidence} may be absent).
     *
     * @param in the text (not closed)
     * @param name the name used in messages
     * @return the records
     */
    public static List<ActivityRecord> readCsv(Reader in, String name) {
        CsvMapper mapper = new CsvMapper();
        mapper.enable(CsvParser.Feature.TRIM_SPACES);
        mapper.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
        CsvSchema schema = CsvSchema.emptySchema().withHeader();
        List<ActivityRecord> out = new ArrayList<>();
        long rows = 0;
        try (MappingIterator<Map<String, String>> it = mapper.readerForMapOf(String.class).with(schema).readValues(in)) {
            while (true) {
                boolean more;
                try {
                    more = it.hasNextValue();
                } catch (JsonProcessingException e) {
                    throw csvError(name, e);
                }
                if (!more) {
                    break;
                }
                // The header is line 1; a record is one line (quoted line breaks are not expected here).
                long line = ++rows + 1;
                Map<String, String> row;
                try {
                    row = it.nextValue();
                } catch (JsonProcessingException e) {
                    throw csvError(name, e);
                }
                InputLocation at = InputLocation.ofFile(name).at(line, 0);
                out.add(record(field -> {
                    String v = row.get(field);
                    return v == null || v.isEmpty() ? null : v;
                }, at, line));
            }
        } catch (IOException e) {
            if (e instanceof JsonProcessingException jpe && !(jpe.getCause() instanceof java.nio.charset.CharacterCodingException)) {
                throw csvError(name, jpe);
            }
            throw located(e, name, rows + 2);
        }
        return out;
    }

    /**
     * The error for a stream that failed while reading: at the line and column of invalid UTF-8 when
     * the strict reader knows them, else at {@code line}.
     */
    private static InvalidInputException located(IOException e, String name, long line) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof java.nio.charset.CharacterCodingException bad) {
                return JsonTree.unreadable(bad, name);   // the strict reader's line and column
            }
            if (c.getCause() == c) {
                break;
            }
        }
        InvalidInputException bad = JsonTree.unreadable(e, name);
        return new InvalidInputException(bad.location().at(line, 0), bad.problem(), e);
    }

    private static InvalidInputException csvError(String name, JsonProcessingException e) {
        if (e.getCause() instanceof java.nio.charset.CharacterCodingException) {
            return located(e, name, 0);
        }
        InputLocation at = InputLocation.ofFile(name);
        if (e.getLocation() != null) {
            at = at.at(e.getLocation().getLineNr(), e.getLocation().getColumnNr());
        }
        return new InvalidInputException(at, MESSAGES.text("activity.csv",
                JsonTree.line(e.getOriginalMessage())), e);
    }

    private interface Fields {
        String get(String field);
    }

    private static ActivityRecord record(Fields f, InputLocation at, long line) {
        String who = required(f, "who", at);
        String role = required(f, "role", at);
        String grid = required(f, "grid", at);
        String action = required(f, "action", at);
        String target = f.get("target") == null ? "" : f.get("target").trim();
        LocalDateTime start = time(required(f, "start", at), at.withField("start"));
        String endText = f.get("end");
        LocalDateTime end = endText == null ? start : time(endText, at.withField("end"));
        if (end.isBefore(start)) {
            throw fail(at.withField("end"), "endBeforeStart", start.toString(), end.toString());
        }
        Set<Evidence> evidence = EnumSet.noneOf(Evidence.class);
        String ev = f.get("evidence");
        if (ev != null) {
            for (String part : ev.split("[|;]")) {
                if (part.isBlank()) {
                    continue;
                }
                try {
                    evidence.add(Evidence.parse(part));
                } catch (IllegalArgumentException e) {
                    throw fail(at.withField("evidence"), "evidence", JsonTree.quoted(part));
                }
            }
        }
        String duty = f.get("duty");
        return new ActivityRecord(who, role, grid, action, target, start, end, evidence,
                duty == null || duty.isBlank() ? java.util.Optional.empty() : java.util.Optional.of(duty.trim()), line);
    }

    private static String required(Fields f, String field, InputLocation at) {
        String v = f.get(field);
        if (v == null || v.isBlank()) {
            throw fail(at.withField(field), "required", field, String.join(", ", COLUMNS));
        }
        return v.trim();
    }

    private static LocalDateTime time(String text, InputLocation at) {
        String t = text.trim();
        try {
            return LocalDateTime.parse(t);
        } catch (DateTimeParseException e) {
            try {
                return OffsetDateTime.parse(t).toLocalDateTime();
            } catch (DateTimeParseException e2) {
                throw fail(at, "dateTime", JsonTree.quoted(t));
            }
        }
    }

    private static InvalidInputException fail(InputLocation at, String key, Object... args) {
        return new InvalidInputException(at, MESSAGES.text("activity." + key, args));
    }
}

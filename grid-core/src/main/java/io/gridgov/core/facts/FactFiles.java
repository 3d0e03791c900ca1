package io.gridgov.core.facts;

import static java.util.Objects.requireNonNull;

import io.gridgov.core.io.AtomicFiles;
import io.gridgov.core.io.InputLocation;
import io.gridgov.core.io.InvalidInputException;
import io.gridgov.core.io.Problems;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads and writes facts (考核数据) as JSON or CSV — the one format every producer writes and scoring
 * reads (docs/formats/facts.md).
 *
 * <p>JSON: {@code {"period": "2026-11", "subjects": [{"id": "g1", "group": "L3/comprehensive",
 * "weight": 320, "facts": {"duty.patrol.done": 57, "board.posted": true}}]}}; a key given twice, an
 * unknown key or anything after the object is an error. CSV: a header row with {@code id} and optional
 * {@code group}, {@code weight} and {@code period} columns; every other column is a fact; one row per
 * subject; an empty cell means the subject lacks that fact. Values are numbers or
 * {@code true}/{@code false} (stored as 1/0).
 *
 * <p>Any problem is an {@link InvalidInputException} with the file, line and column, the subject and
 * the field; nothing is returned for a bad file. Files are written whole or not at all
 * ({@link AtomicFiles}). Stateless and thread-safe.
 */
public final class FactFiles {

    private FactFiles() {
    }

    private static boolean csv(Path file) {
        return file.getFileName() != null
                && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv");
    }

    /**
     * Reads a file: CSV when its name ends in {@code .csv}, JSON otherwise.
     *
     * @param file the file
     * @return the facts, with the file as their source
     */
    public static FactSet read(Path file) {
        requireNonNull(file, "file");
        String name = file.toString();
        try {
            if (csv(file)) {
                try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    return FactsCsv.read(r, name);
                }
            }
            try (InputStream in = Files.newInputStream(file)) {
                return FactsJson.read(in, name);
            }
        } catch (IOException e) {
            throw new InvalidInputException(InputLocation.ofFile(name), Problems.text("input.io", e.getMessage()), e);
        }
    }

    /**
     * Reads several files and merges them by subject ({@link FactSet#merge(List)}).
     *
     * @param files the files, at least one
     * @return the merged facts; their source names every file
     * @throws InvalidInputException when a file cannot be read, or two files give different values for
     *         one fact of one subject (the message names both files, the subject and the fact)
     */
    public static FactSet read(List<Path> files) {
        requireNonNull(files, "files");
        if (files.isEmpty()) {
            throw new IllegalArgumentException("expected at least one facts file");
        }
        List<FactSet> sets = new ArrayList<>(files.size());
        files.forEach(f -> sets.add(read(f)));
        return FactSet.merge(sets);
    }

    /**
     * {@return facts from a JSON text}
     *
     * @param json the text
     * @param file the name used in messages
     */
    public static FactSet readJson(String json, String file) {
        return readJson(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), file);
    }

    /**
     * Reads JSON facts, streaming (large files are fine).
     *
     * @param in the bytes (UTF-8), not closed
     * @param file the name used in messages
     * @return the facts
     */
    public static FactSet readJson(InputStream in, String file) {
        return FactsJson.read(requireNonNull(in, "in"), requireNonNull(file, "file"));
    }

    /**
     * {@return facts from a CSV text}
     *
     * @param csv the text
     * @param file the name used in messages
     */
    public static FactSet readCsv(String csv, String file) {
        return readCsv(new StringReader(csv), file);
    }

    /**
     * Reads CSV facts: one row per subject.
     *
     * @param reader the text, not closed
     * @param file the name used in messages
     * @return the facts
     */
    public static FactSet readCsv(Reader reader, String file) {
        return FactsCsv.read(requireNonNull(reader, "reader"), requireNonNull(file, "file"));
    }

    /**
     * Writes facts to a file, whole or not at all: CSV when its name ends in {@code .csv}, JSON otherwise.
     *
     * @param facts the facts
     * @param file the target, replaced if it exists
     * @return the absolute path written
     * @throws IllegalArgumentException for CSV, when a fact is named {@code id}, {@code group},
     *         {@code weight} or {@code period} (those are columns; write JSON instead)
     */
    public static Path write(FactSet facts, Path file) {
        requireNonNull(facts, "facts");
        requireNonNull(file, "file");
        if (csv(file)) {
            return AtomicFiles.writeText(file, out -> FactsCsv.write(facts, out));
        }
        return AtomicFiles.writeBytes(file, out -> FactsJson.write(facts, out));
    }

    /**
     * Writes facts as JSON (UTF-8, indented).
     *
     * @param facts the facts
     * @param out the stream, not closed
     */
    public static void writeJson(FactSet facts, OutputStream out) {
        try {
            FactsJson.write(requireNonNull(facts, "facts"), requireNonNull(out, "out"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes facts as CSV.
     *
     * @param facts the facts
     * @param out the writer, not closed
     * @throws IllegalArgumentException when a fact is named {@code id}, {@code group}, {@code weight} or {@code period}
     */
    public static void writeCsv(FactSet facts, Writer out) {
        try {
            FactsCsv.write(requireNonNull(facts, "facts"), requireNonNull(out, "out"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * {@return facts as a JSON text}
     *
     * @param facts the facts
     */
    public static String toJson(FactSet facts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        writeJson(facts, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    /**
     * {@return facts as a CSV text}
     *
     * @param facts the facts
     */
    public static String toCsv(FactSet facts) {
        StringWriter out = new StringWriter();
        writeCsv(facts, out);
        return out.toString();
    }
}

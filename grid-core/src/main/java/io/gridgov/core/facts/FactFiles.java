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
 * the field; nothing is returned for a bad file. Files too large to hold are read one subject at a time
 * with {@link #open(Path)} (a {@link FactReader}: the same checks, each problem reported when the reader
 * reaches it). Files are written whole or not at all ({@link AtomicFiles}). Stateless and thread-safe.
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
        try (FactReader r = open(file)) {
            return r.readAll();
        }
    }

    /**
     * Opens a file to read its subjects one at a time (CSV when its name ends in {@code .csv}, JSON
     * otherwise), for files too large to hold: what {@link #read(Path)} checks is checked as the reader
     * reaches it.
     *
     * @param file the file
     * @return the reader, to be closed
     * @throws InvalidInputException when the file cannot be opened, or its CSV header is bad
     */
    public static FactReader open(Path file) {
        requireNonNull(file, "file");
        String name = file.toString();
        try {
            if (csv(file)) {
                Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                try {
                    return new FactReader(name, FactsCsv.open(r, name));
                } catch (RuntimeException e) {
                    r.close();
                    throw e;
                }
            }
            InputStream in = Files.newInputStream(file);
            return new FactReader(name, FactsJson.open(in, name, () -> {
                try {
                    return Files.newInputStream(file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }));
        } catch (IOException e) {
            throw new InvalidInputException(InputLocation.ofFile(name), Problems.text("input.io", e.getMessage()), e);
        }
    }

    /**
     * Opens several files to read their subjects one at a time, merged by subject as
     * {@link #read(List)} merges them ({@link FactSet#merge(List)}: the same subjects, in the same order,
     * with the same values and the same conflict messages). Only the first file is streamed: the others
     * are read whole and held until the first ends (so put the largest file first); a subject the first
     * file lacks comes after the first file's subjects, as in a merge.
     *
     * @param files the files, at least one
     * @return the reader, to be closed; its source names every file
     * @throws InvalidInputException when the first file cannot be opened or a file after it cannot be read
     */
    public static FactReader open(List<Path> files) {
        requireNonNull(files, "files");
        if (files.isEmpty()) {
            throw new IllegalArgumentException("expected at least one facts file");
        }
        if (files.size() == 1) {
            return open(files.get(0));
        }
        FactReader first = open(files.get(0));
        List<FactSet> others = new ArrayList<>();
        List<String> names = new ArrayList<>();
        try {
            for (Path f : files.subList(1, files.size())) {
                others.add(read(f));
                names.add(f.toString());
            }
        } catch (RuntimeException e) {
            first.close();
            throw e;
        }
        String name = first.source();
        List<String> all = new ArrayList<>(List.of(name));
        all.addAll(names);
        return new FactReader(String.join(" + ", all), new MergedPull(first.pull(), name, others, names));
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

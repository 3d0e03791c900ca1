package io.gridgov.core.format;

import static java.util.Objects.requireNonNull;

import io.gridgov.core.io.AtomicFiles;
import io.gridgov.core.io.InputLocation;
import io.gridgov.core.io.InvalidInputException;
import io.gridgov.core.io.Problems;
import io.gridgov.core.tree.LevelScheme;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads and writes GridGov's tree format (documented in {@code docs/formats/tree.md}):
 * <pre>{@code
 * {"scheme": "urban",
 *  "codeScheme": "county-15",
 *  "nodes": [{"id": "g-001", "parent": "c-01", "name": "翠湖一网格", "code": "520102001001001",
 *             "households": 320, "population": 1050}, ...],
 *  "roles": [{"key": "mediator", "nameZh": "调解员", "nameEn": "mediator"}],
 *  "people": [{"id": "p-001", "name": "张敏", "phone": "13800000000"}],
 *  "assignments": [{"person": "p-001", "role": "worker", "grid": "g-001", "validFrom": "2026-01-01"}]}
 * }</pre>
 * Nodes may come in any order; a file without {@code "scheme"} gets generic levels numbered from the
 * roots ({@link io.gridgov.core.tree.LevelSchemes#generic}), so any parent–child list loads as it is.
 * The reader streams (a 700,000-node file is read node by node) and
 * reports bad input as an {@link InvalidInputException} naming file, line, column, record and field;
 * it never returns a partial document. Inconsistent trees (duplicate ids, unknown parents, cycles)
 * are not input errors: they are the document's {@link TreeDocument#findings() findings}.
 * The writer writes to a temporary file and moves it into place.
 *
 * <pre>{@code
 * TreeDocument doc = TreeJson.read(Path.of("city-tree.json"));
 * StructuralReport report = StructuralValidator.validate(doc.assembly(), doc.staffing(), LocalDate.now());
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class TreeJson {

    private TreeJson() {
    }

    /** {@return the document in a file, with the file's own scheme} */
    public static TreeDocument read(Path file) {
        return read(file, Optional.empty());
    }

    /**
     * Reads a tree file.
     *
     * @param file the file
     * @param scheme a scheme that replaces the file's {@code scheme}; without either, the
     *        {@linkplain io.gridgov.core.tree.LevelSchemes#generic generic levels} numbered from the roots
     * @return the document
     * @throws InvalidInputException naming file, line, column, record and field
     */
    public static TreeDocument read(Path file, Optional<LevelScheme> scheme) {
        requireNonNull(file, "file");
        requireNonNull(scheme, "scheme");
        String name = file.toString();
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, name, scheme);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(InputLocation.ofFile(name), Problems.text("input.tree.noFile"), e);
        } catch (IOException e) {
            throw new InvalidInputException(InputLocation.ofFile(name), Problems.text("input.tree.io", e.getMessage()),
                    e);
        }
    }

    /**
     * Reads a tree from a stream (not closed).
     *
     * @param in the UTF-8 JSON
     * @param sourceName the name used in error messages, such as a file or resource name
     * @param scheme a scheme that replaces the file's {@code scheme}
     * @return the document
     * @throws InvalidInputException naming source, line, column, record and field
     */
    public static TreeDocument read(InputStream in, String sourceName, Optional<LevelScheme> scheme) {
        requireNonNull(in, "in");
        requireNonNull(sourceName, "sourceName");
        requireNonNull(scheme, "scheme");
        return TreeJsonReader.read(in, sourceName, scheme);
    }

    /**
     * Writes a document to a file, atomically: to a temporary file in the same directory, then moved
     * into place, so a failed write leaves no partial file.
     *
     * @param document the document (its findings are not written: they follow from the nodes)
     * @param file the target
     * @throws UncheckedIOException when the file cannot be written
     */
    public static void write(TreeDocument document, Path file) {
        requireNonNull(document, "document");
        requireNonNull(file, "file");
        AtomicFiles.writeBytes(file, out -> write(document, out));
    }

    /**
     * Writes a document to a stream (not closed) as UTF-8, one node, person or assignment per line.
     * The scheme is written as its preset id when it equals that preset, else as an object; the code
     * scheme only when it is a preset. Nodes are written in the tree's pre-order.
     *
     * @param document the document
     * @param out the stream
     * @throws IOException from the stream
     */
    public static void write(TreeDocument document, OutputStream out) throws IOException {
        requireNonNull(document, "document");
        requireNonNull(out, "out");
        TreeJsonWriter.write(document, out);
    }
}

package io.gridgov.core.io;

import static java.util.Objects.requireNonNull;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes a file whole or not at all — the one mechanism behind every writer of GridGov (trees,
 * reports, facts, maps, the command line's outputs). The content goes to a hidden temporary file
 * next to the target, which is then moved into place (atomically where the file system can). The
 * result gets the target's previous permissions, or {@code rw-r--r--} for a new file. Missing
 * parent directories are created. When writing fails — an I/O error or any exception thrown by
 * the content — the target is left as it was and the temporary file is removed.
 *
 * <pre>{@code
 * AtomicFiles.writeText(Path.of("out/report.txt"), out -> out.write("valid\n"));
 * }</pre>
 *
 * <p>Stateless and thread-safe; two threads writing the same target leave one complete version.
 */
public final class AtomicFiles {

    /** Content written as UTF-8 text. */
    @FunctionalInterface
    public interface Text {
        /**
         * Writes the content.
         *
         * @param out the buffered UTF-8 writer (closed by {@link AtomicFiles})
         * @throws IOException when writing fails
         */
        void writeTo(Writer out) throws IOException;
    }

    /** Content written as bytes. */
    @FunctionalInterface
    public interface Bytes {
        /**
         * Writes the content.
         *
         * @param out the buffered stream (closed by {@link AtomicFiles})
         * @throws IOException when writing fails
         */
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFiles() {
    }

    /**
     * Writes a text file (UTF-8).
     *
     * @param file the target, replaced if it exists
     * @param content what to write
     * @return the absolute path of the written file
     * @throws UncheckedIOException naming the file when it cannot be written; the target is then unchanged
     */
    public static Path writeText(Path file, Text content) {
        requireNonNull(content, "content");
        return writeBytes(file, out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            content.writeTo(writer);
            writer.flush();
        });
    }

    /**
     * Writes a file of bytes.
     *
     * @param file the target, replaced if it exists
     * @param content what to write
     * @return the absolute path of the written file
     * @throws UncheckedIOException naming the file when it cannot be written; the target is then unchanged
     */
    public static Path writeBytes(Path file, Bytes content) {
        requireNonNull(file, "file");
        requireNonNull(content, "content");
        Path target = file.toAbsolutePath();
        Path temp = null;
        try {
            Files.createDirectories(target.getParent());
            temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16)) {
                content.writeTo(out);
            }
            PosixFileAttributeView posix = Files.getFileAttributeView(temp, PosixFileAttributeView.class);
            if (posix != null) {
                posix.setPermissions(Files.exists(target) ? Files.getPosixFilePermissions(target)
                        : PosixFilePermissions.fromString("rw-r--r--"));
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // best effort: the temporary file is hidden and named after the target
                }
            }
        }
    }
}

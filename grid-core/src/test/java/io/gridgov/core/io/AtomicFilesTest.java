package io.gridgov.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path dir;

    @Test
    void writesTheWholeFileAndCreatesMissingDirectories() throws IOException {
        Path file = dir.resolve("reports/2026-11/report.txt");
        Path written = AtomicFiles.writeText(file, out -> out.write("网格 g1: valid\n"));
        assertThat(written).isEqualTo(file.toAbsolutePath());
        assertThat(Files.readString(file)).isEqualTo("网格 g1: valid\n");
        if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-r--r--");
        }
    }

    @Test
    void aFailingWriteLeavesThePreviousFileAndNoTemporaryFile() throws IOException {
        Path file = dir.resolve("tree.json");
        Files.writeString(file, "previous");
        assertThatThrownBy(() -> AtomicFiles.writeBytes(file, out -> {
            out.write("half of the new".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            throw new IOException("disk full");
        })).isInstanceOf(UncheckedIOException.class).hasMessageContaining("tree.json").hasMessageContaining("disk full");
        assertThat(Files.readString(file)).isEqualTo("previous");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void anUncheckedExceptionFromTheContentAlsoLeavesNothingBehind() throws IOException {
        Path file = dir.resolve("plan.csv");
        assertThatThrownBy(() -> AtomicFiles.writeText(file, out -> {
            out.write("id,grid\n");
            throw new IllegalStateException("bad record");
        })).isInstanceOf(IllegalStateException.class);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }
}

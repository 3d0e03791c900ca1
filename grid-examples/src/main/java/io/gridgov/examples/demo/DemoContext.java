package io.gridgov.examples.demo;

import io.gridgov.core.format.TreeDocument;
import io.gridgov.core.io.AtomicFiles;
import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What the demo's steps share: the sample tree, the day checked, the output directory, and results
 * that earlier steps leave for later ones ({@link #put}/{@link #get}). Not thread-safe; one per run.
 */
public final class DemoContext {

    private final TreeDocument sample;
    private final LocalDate asOf;
    private final Path out;
    private final Map<Class<?>, Object> results = new HashMap<>();
    private final StringBuilder summary = new StringBuilder();

    /**
     * Creates the context.
     *
     * @param sample the sample tree
     * @param asOf the day checked
     * @param out the output directory (created when missing)
     */
    public DemoContext(TreeDocument sample, LocalDate asOf, Path out) {
        this.sample = requireNonNull(sample, "sample");
        this.asOf = requireNonNull(asOf, "asOf");
        this.out = requireNonNull(out, "out");
    }

    /** {@return the sample tree} */
    public TreeDocument sample() {
        return sample;
    }

    /** {@return the day checked} */
    public LocalDate asOf() {
        return asOf;
    }

    /** {@return the output directory} */
    public Path out() {
        return out;
    }

    /** {@return the summary printed so far (the steps before the current one)} */
    public String summarySoFar() {
        return summary.toString();
    }

    StringBuilder summary() {
        return summary;
    }

    /** Leaves a result for later steps. */
    public <T> void put(Class<T> type, T value) {
        results.put(requireNonNull(type, "type"), requireNonNull(value, "value"));
    }

    /** {@return a result an earlier step left} */
    public <T> Optional<T> get(Class<T> type) {
        return Optional.ofNullable(type.cast(results.get(requireNonNull(type, "type"))));
    }

    /**
     * Writes a text file in the output directory, atomically (temporary file, then move).
     *
     * @param name the file name
     * @param text the content
     * @return the file
     * @throws IOException when it cannot be written
     */
    public Path write(String name, String text) throws IOException {
        return AtomicFiles.writeText(out.resolve(name), w -> w.write(text));
    }
}

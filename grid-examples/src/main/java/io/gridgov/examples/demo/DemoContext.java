package io.gridgov.examples.demo;

import io.gridgov.core.format.TreeDocument;
import io.gridgov.core.io.AtomicFiles;
import static java.util.Objects.requireNonNull;

import io.gridgov.examples.sample.SampleCity;
import java.io.IOException;
import java.io.InputStream;
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
        AtomicFiles.writeText(out.resolve(name), w -> w.write(text));
        return out.resolve(name);
    }

    /**
     * Copies a file of the bundled sample into the output directory, byte for byte, so that the commands
     * the demo prints run on the same input.
     *
     * @param name the sample file's name, such as {@code city-tree.json}
     * @return the copy
     * @throws IOException when it cannot be read or written
     */
    public Path copySample(String name) throws IOException {
        try (InputStream in = SampleCity.class.getResourceAsStream(SampleCity.DIRECTORY + name)) {
            if (in == null) {
                throw new IOException("the sample file " + name + " is missing from the class path");
            }
            byte[] bytes = in.readAllBytes();
            AtomicFiles.writeBytes(out.resolve(name), o -> o.write(bytes));
        }
        return out.resolve(name);
    }

    /**
     * {@return a path as the demo prints it: relative to the working directory when it lies below it,
     * else absolute; one style for every path of the summary}
     *
     * @param path the path
     */
    public static String display(Path path) {
        Path here = Path.of("").toAbsolutePath().normalize();
        Path p = path.toAbsolutePath().normalize();
        return p.startsWith(here) && !p.equals(here) ? here.relativize(p).toString() : p.toString();
    }

    /**
     * {@return a {@code gridgov} command line as the demo prints it: the words joined by spaces, paths
     * shown with {@link #display(Path)}}
     *
     * @param words the words: strings and paths
     */
    public static String command(Object... words) {
        StringBuilder b = new StringBuilder("gridgov");
        for (Object w : words) {
            b.append(' ').append(w instanceof Path p ? display(p) : requireNonNull(w, "word").toString());
        }
        return b.toString();
    }
}

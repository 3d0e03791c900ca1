package io.gridgov.examples.cli;

import static io.gridgov.examples.i18n.ExamplesMessages.MESSAGES;

import io.gridgov.core.io.InputLocation;
import io.gridgov.core.io.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;

/**
 * The files a parsed command names, sorted by role, and the checks made on them before the command
 * runs. The roles follow from the declarations, so a new command needs no registration:
 * <ul>
 *   <li>an option named {@code --out} or {@code --…-out} is an <em>output</em>: a folder when its
 *       label is {@code DIR}, a file otherwise;</li>
 *   <li>every other argument of type {@link Path} (or a list of them) is an <em>input file</em>;</li>
 *   <li>a text argument whose label contains {@code FILE} (such as {@code ID|FILE}) is an input file
 *       when its value names something that exists (a preset id otherwise).</li>
 * </ul>
 * An input that starts with the gzip magic bytes {@code 1f 8b} (whatever its name) is decompressed
 * before the command runs ({@link #gunzip(ParseResult)}), into a temporary file named like the input
 * without {@code .gz} (so {@code activities.csv.gz} is read as CSV), and the command is given that
 * file; messages name the original file again. Immutable and thread-safe.
 */
final class CommandFiles {

    private final List<Path> inputs;
    private final List<Path> outputFiles;
    private final List<Path> outputFolders;

    private CommandFiles(List<Path> inputs, List<Path> outputFiles, List<Path> outputFolders) {
        this.inputs = List.copyOf(inputs);
        this.outputFiles = List.copyOf(outputFiles);
        this.outputFolders = List.copyOf(outputFolders);
    }

    /** {@return the given files (for tests)} */
    static CommandFiles of(List<Path> inputs, List<Path> outputFiles, List<Path> outputFolders) {
        return new CommandFiles(inputs, outputFiles, outputFolders);
    }

    /** {@return the files named by the command that runs: the deepest subcommand of a parse result} */
    static CommandFiles of(ParseResult parsed) {
        ParseResult last = parsed;
        while (last.hasSubcommand()) {
            last = last.subcommand();
        }
        return of(last.commandSpec());
    }

    /** {@return the files named by a command's arguments, defaults included} */
    static CommandFiles of(CommandSpec command) {
        List<Path> inputs = new ArrayList<>();
        List<Path> outputFiles = new ArrayList<>();
        List<Path> outputFolders = new ArrayList<>();
        for (ArgSpec arg : command.args()) {
            Object value = arg.getValue();
            if (value == null) {
                continue;
            }
            List<Object> values = value instanceof Collection<?> c ? new ArrayList<>(c) : List.of(value);
            if (isOutput(arg)) {
                for (Object v : values) {
                    if (v instanceof Path p) {
                        ("DIR".equals(arg.paramLabel()) ? outputFolders : outputFiles).add(p);
                    }
                }
                continue;
            }
            for (Object v : values) {
                if (v instanceof Path p) {
                    inputs.add(p);
                } else if (v instanceof String s && arg.paramLabel().contains("FILE") && !s.isBlank()) {
                    existing(s).ifPresent(inputs::add);
                }
            }
        }
        return new CommandFiles(inputs, outputFiles, outputFolders);
    }

    private static boolean isOutput(ArgSpec arg) {
        return arg instanceof OptionSpec o && (o.longestName().equals("--out") || o.longestName().endsWith("-out"));
    }

    private static Optional<Path> existing(String name) {
        try {
            Path p = Path.of(name);
            return Files.exists(p) ? Optional.of(p) : Optional.empty();
        } catch (java.nio.file.InvalidPathException e) {
            return Optional.empty();
        }
    }

    /** {@return the input files, in the order of the command's declarations} */
    List<Path> inputs() {
        return inputs;
    }

    /**
     * {@return whether {@code file} is one of the command's outputs, a file beside an output file (a
     * temporary file written first) or a folder on the way to an output}
     */
    boolean isOutput(Path file) {
        Path f = absolute(file);
        for (Path o : outputFiles) {
            Path a = absolute(o);
            if (a.startsWith(f) || (f.getParent() != null && f.getParent().equals(a.getParent()))) {
                return true;
            }
        }
        return outputFolders.stream().map(CommandFiles::absolute).anyMatch(a -> f.startsWith(a) || a.startsWith(f));
    }

    private static Path absolute(Path p) {
        return p.toAbsolutePath().normalize();
    }

    /**
     * Checks that every input is an existing, readable, uncompressed file, that no output file is a
     * folder and that no output folder is a file.
     *
     * @throws InvalidInputException naming the first file that fails, and what was expected
     */
    void check() {
        for (Path in : inputs) {
            if (!Files.exists(in)) {
                throw problem(in, "exit.noSuchFile", in);
            }
            if (Files.isDirectory(in)) {
                throw problem(in, "exit.isFolder", in);
            }
            if (!Files.isReadable(in)) {
                throw problem(in, "exit.cannotRead", in);
            }
        }
        for (Path out : outputFiles) {
            if (Files.isDirectory(out)) {
                throw problem(out, "exit.outIsFolder", out);
            }
        }
        for (Path out : outputFolders) {
            if (Files.exists(out) && !Files.isDirectory(out)) {
                throw problem(out, "exit.outIsFile", out);
            }
        }
    }

    /**
     * The temporary, decompressed copies of a command's gzip inputs; closing deletes them.
     *
     * @param folder the temporary folder holding the copies, empty when no input was compressed
     * @param names each copy's path (as text) and the original file's path (as the user gave it)
     */
    record Unpacked(Optional<Path> folder, java.util.Map<String, String> names) implements AutoCloseable {
        /** {@return a text with each copy's path replaced by the original file's} */
        String original(String text) {
            String t = text;
            for (var e : names.entrySet()) {
                t = t.replace(e.getKey(), e.getValue());
            }
            return t;
        }

        @Override
        public void close() {
            if (folder.isEmpty()) {
                return;
            }
            try (var files = Files.list(folder.get())) {
                for (Path p : (Iterable<Path>) files::iterator) {
                    Files.deleteIfExists(p);
                }
                Files.deleteIfExists(folder.get());
            } catch (IOException e) {
                // a temporary file left behind is not the user's problem
            }
        }
    }

    /**
     * Decompresses every gzip input of the command that runs (found by the magic bytes, not the name)
     * into a temporary folder and gives the command the copy instead.
     *
     * @param parsed the parsed command line
     * @return the copies, to close when the command has run
     * @throws InvalidInputException naming the file when it is not a complete gzip stream
     */
    static Unpacked gunzip(ParseResult parsed) {
        ParseResult last = parsed;
        while (last.hasSubcommand()) {
            last = last.subcommand();
        }
        java.util.Map<String, String> names = new java.util.LinkedHashMap<>();
        Path[] folder = new Path[1];
        for (ArgSpec arg : last.commandSpec().args()) {
            Object value = arg.getValue();
            if (value == null || (arg instanceof OptionSpec o && isOutput(o))) {
                continue;
            }
            if (value instanceof Collection<?> c) {
                List<Object> copy = new ArrayList<>();
                boolean changed = false;
                for (Object v : c) {
                    Object u = unpacked(v, arg, folder, names);
                    changed |= u != v;
                    copy.add(u);
                }
                if (changed) {
                    arg.setValue(value instanceof java.util.Set<?> ? new java.util.LinkedHashSet<>(copy) : copy);
                }
            } else {
                Object u = unpacked(value, arg, folder, names);
                if (u != value) {
                    arg.setValue(u);
                }
            }
        }
        return new Unpacked(Optional.ofNullable(folder[0]), names);
    }

    private static Object unpacked(Object value, ArgSpec arg, Path[] folder, java.util.Map<String, String> names) {
        Optional<Path> file = value instanceof Path p ? Optional.of(p)
                : value instanceof String s && arg.paramLabel().contains("FILE") ? existing(s) : Optional.empty();
        if (file.isEmpty() || !isGzip(file.get())) {
            return value;
        }
        Path in = file.get();
        String name = in.getFileName().toString();
        String plain = name.toLowerCase(Locale.ROOT).endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
        try {
            if (folder[0] == null) {
                folder[0] = Files.createTempDirectory("gridgov-gunzip-");
            }
            Path out = folder[0].resolve(plain.isEmpty() ? "input" : plain);
            int n = 1;
            while (Files.exists(out)) {
                out = folder[0].resolve(n++ + "-" + plain);
            }
            try (InputStream gz = new java.util.zip.GZIPInputStream(Files.newInputStream(in), 1 << 16)) {
                Files.copy(gz, out);
            }
            names.put(out.toString(), in.toString());
            return value instanceof Path ? out : out.toString();
        } catch (IOException e) {
            throw new InvalidInputException(InputLocation.ofFile(in.toString()), MESSAGES.text("exit.badGzip",
                    String.valueOf(e.getMessage())), e);
        }
    }

    /** {@return the first input compressed with gzip} */
    Optional<Path> gzipInput() {
        return inputs.stream().filter(CommandFiles::isGzip).findFirst();
    }

    /** {@return the first input that is not UTF-8 text} */
    Optional<Path> nonUtf8Input() {
        return inputs.stream().filter(p -> !isUtf8(p)).findFirst();
    }

    /** {@return whether a file starts with the gzip magic bytes 1f 8b} */
    static boolean isGzip(Path file) {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(file)) {
            return in.read() == 0x1f && in.read() == 0x8b;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean isUtf8(Path file) {
        if (!Files.isRegularFile(file)) {
            return true;
        }
        char[] buffer = new char[1 << 14];
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            while (r.read(buffer) >= 0) {
                // decoding is the check
            }
            return true;
        } catch (CharacterCodingException e) {
            return false;
        } catch (IOException e) {
            return true;
        }
    }

    /** {@return a bad-input exception naming a file, with a problem from the bundle in both languages} */
    static InvalidInputException problem(Path file, String key, Object... arguments) {
        return new InvalidInputException(InputLocation.ofFile(file.toString()), MESSAGES.text(key, arguments));
    }

    /** {@return the text of a key in a language} */
    static String text(Locale locale, String key, Object... arguments) {
        return MESSAGES.format(locale, key, arguments);
    }
}

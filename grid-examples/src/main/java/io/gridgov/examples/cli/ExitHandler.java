package io.gridgov.examples.cli;

import io.gridgov.core.io.InvalidInputException;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.ExecutionException;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IExecutionStrategy;
import picocli.CommandLine.IExitCodeExceptionMapper;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.RunLast;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The one place where a {@code gridgov} command ends (命令结束与退出码). Commands return
 * {@link GridGovCli#OK} or {@link GridGovCli#FINDINGS} and throw everything else; this class turns
 * what they throw, and every usage error, into exit code {@link GridGovCli#BAD_INPUT} and exactly one
 * line on standard error, in the {@code --lang} language, naming the file and what was expected:
 * <ul>
 *   <li>before a command runs, its files are checked ({@link CommandFiles}): a missing input, a folder
 *       given as a file, a gzip-compressed input, an output file that is a folder or an output folder
 *       that is a file;</li>
 *   <li>{@link InvalidInputException} prints its located message; missing files, permissions,
 *       folders, gzip and non-UTF-8 input found while reading (also inside
 *       {@link UncheckedIOException}) are translated from the bundle;</li>
 *   <li>{@link OutOfMemoryError} prints how to give the launcher more heap;</li>
 *   <li>usage errors (unknown option, bad value, missing argument) print one line and the hint
 *       {@code see gridgov <command> --help}, not the whole help.</li>
 * </ul>
 * Any other exception is a bug: one line, exit code {@link #INTERNAL_ERROR}. No stack trace is printed
 * unless the environment variable {@code GRIDGOV_DEBUG} is set (to anything but {@code 0} or empty).
 * Stateless apart from its debug flag; thread-safe.
 */
final class ExitHandler implements IExecutionStrategy, IExecutionExceptionHandler, IParameterExceptionHandler,
        IExitCodeExceptionMapper {

    /** Exit code for a bug in gridgov (an exception no input explains). */
    static final int INTERNAL_ERROR = 3;

    private final boolean debug;
    /** The decompressed copies of the running command's gzip inputs, whose paths messages put back. */
    private volatile CommandFiles.Unpacked renames = new CommandFiles.Unpacked(Optional.empty(), java.util.Map.of());

    ExitHandler(boolean debug) {
        this.debug = debug;
    }

    /** {@return a handler whose debug flag comes from the environment variable {@code GRIDGOV_DEBUG}} */
    static ExitHandler fromEnvironment() {
        String v = System.getenv("GRIDGOV_DEBUG");
        return new ExitHandler(v != null && !v.isBlank() && !v.equals("0"));
    }

    /** Installs this handler on a command line and (picocli propagates it) its subcommands. */
    CommandLine install(CommandLine cli) {
        HelpTexts.apply(cli, Locale.ENGLISH);
        return cli.setExecutionStrategy(this).setExecutionExceptionHandler(this).setParameterExceptionHandler(this)
                .setExitCodeExceptionMapper(this).setCaseInsensitiveEnumValuesAllowed(true);
    }

    // ---------------------------------------------------------------- running

    @Override
    public int execute(ParseResult parsed) {
        HelpTexts.apply(parsed.commandSpec().root().commandLine(), language(parsed.originalArgs()));
        Integer help = CommandLine.executeHelpRequest(parsed);
        if (help != null) {
            return help;
        }
        CommandLine command = last(parsed).commandSpec().commandLine();
        try {
            CommandFiles.of(parsed).check();
        } catch (InvalidInputException e) {
            throw new ExecutionException(command, e.getMessage(), e);
        }
        try (CommandFiles.Unpacked unpacked = CommandFiles.gunzip(parsed)) {
            renames = unpacked;
            return new RunLast().execute(parsed);
        } catch (InvalidInputException e) {
            throw new ExecutionException(command, e.getMessage(), e);
        } catch (OutOfMemoryError e) {
            throw new ExecutionException(command, "out of memory", e);
        }
    }

    private static ParseResult last(ParseResult parsed) {
        ParseResult last = parsed;
        while (last.hasSubcommand()) {
            last = last.subcommand();
        }
        return last;
    }

    // ---------------------------------------------------------------- exit codes

    @Override
    public int getExitCode(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof ParameterException || c instanceof InvalidInputException || c instanceof IOException
                    || c instanceof UncheckedIOException || c instanceof OutOfMemoryError
                    || c instanceof IllegalArgumentException || c instanceof io.gridgov.scoring.InvalidSchemeException) {
                return GridGovCli.BAD_INPUT;
            }
            if (c.getCause() == c) {
                break;
            }
        }
        return INTERNAL_ERROR;
    }

    // ---------------------------------------------------------------- execution errors

    @Override
    public int handleExecutionException(Exception ex, CommandLine command, ParseResult parsed) {
        Locale locale = language(parsed.originalArgs());
        String name = command.getCommandSpec().qualifiedName();
        CommandFiles files = CommandFiles.of(parsed);
        Throwable t = ex instanceof ExecutionException && ex.getCause() != null ? ex.getCause() : ex;
        print(command.getErr(), CommandFiles.text(locale, "exit.line", name, describe(t, files, name, locale)), t);
        return getExitCode(t);
    }

    /**
     * The located one-line description of a failure, without the command name.
     *
     * @param failure what the command threw
     * @param files the files the command names
     * @param command the command's qualified name, such as {@code gridgov validate}
     * @param locale the language
     * @return the description
     */
    static String describe(Throwable failure, CommandFiles files, String command, Locale locale) {
        if (find(failure, OutOfMemoryError.class).isPresent()) {
            Optional<Path> biggest = files.inputs().stream().findFirst();
            return biggest.isPresent()
                    ? CommandFiles.text(locale, "exit.memory", biggest.get(), command)
                    : CommandFiles.text(locale, "exit.memory.noFile", command);
        }
        Optional<InvalidInputException> input = find(failure, InvalidInputException.class);
        Optional<Path> named = input.flatMap(e -> e.location().file()).map(ExitHandler::path);
        Optional<String> io = fileProblem(failure, named, files, locale);
        if (io.isPresent()) {
            return io.get();
        }
        if (input.isPresent()) {
            InvalidInputException e = input.get();
            if (e.getMessage().contains("Invalid UTF-8") && named.isPresent()) {
                return located(named.get(), "exit.notUtf8", locale);
            }
            return e.message(locale);
        }
        if (failure instanceof io.gridgov.scoring.InvalidSchemeException scheme) {
            return schemeProblems(scheme, locale);
        }
        if (failure instanceof io.gridgov.core.i18n.LocalizedArgumentException localized) {
            return CommandFiles.text(locale, "exit.argument", localized.message(locale), command);
        }
        if (failure instanceof IllegalArgumentException) {
            return CommandFiles.text(locale, "exit.argument", failure.getMessage(), command);
        }
        return CommandFiles.text(locale, "exit.bug", failure.getClass().getName(), String.valueOf(failure.getMessage()));
    }

    /** How many of a scheme's problems the one line quotes before it counts the rest. */
    static final int SCHEME_PROBLEMS_SHOWN = 3;

    /** {@return a scheme's problems in a language: the first few with their JSON paths, then how many more} */
    static String schemeProblems(io.gridgov.scoring.InvalidSchemeException e, Locale locale) {
        List<io.gridgov.core.Finding> all = e.findings();
        String shown = all.stream().limit(SCHEME_PROBLEMS_SHOWN)
                .map(f -> f.location().flatMap(io.gridgov.core.io.InputLocation::field).orElse("$") + ": "
                        + f.message().in(locale))
                .collect(Collectors.joining("; "));
        return all.size() > SCHEME_PROBLEMS_SHOWN
                ? CommandFiles.text(locale, "exit.scheme.more", shown, all.size() - SCHEME_PROBLEMS_SHOWN)
                : CommandFiles.text(locale, "exit.scheme", shown);
    }

    /** Translates a file-system failure (missing, denied, folder, not text) anywhere in the cause chain. */
    private static Optional<String> fileProblem(Throwable failure, Optional<Path> named, CommandFiles files,
            Locale locale) {
        Optional<FileSystemException> fs = find(failure, FileSystemException.class);
        if (fs.isPresent() && fs.get().getFile() != null) {
            Path file = path(fs.get().getFile());
            boolean output = files.isOutput(file);
            FileSystemException e = fs.get();
            String reason = String.valueOf(e.getReason());
            if (e instanceof NoSuchFileException) {
                return Optional.of(located(file, output ? "exit.outNoFolder" : "exit.noSuchFile", locale));
            }
            if (e instanceof AccessDeniedException) {
                return Optional.of(located(file, output ? "exit.cannotWrite" : "exit.cannotRead", locale));
            }
            if (e instanceof NotDirectoryException) {
                return Optional.of(located(file, "exit.outIsFile", locale));
            }
            if (reason.contains("Is a directory")) {
                return Optional.of(located(file, output ? "exit.outIsFolder" : "exit.isFolder", locale));
            }
            return Optional.of(CommandFiles.problem(file, output ? "exit.writeFailed" : "exit.readFailed", file, reason)
                    .message(locale));
        }
        Optional<FileNotFoundException> fnf = find(failure, FileNotFoundException.class);
        if (fnf.isPresent() && fnf.get().getMessage() != null) {
            // java.io reports "NAME (Is a directory)", "NAME (No such file or directory)", "NAME (Permission denied)"
            String m = fnf.get().getMessage();
            int open = m.lastIndexOf(" (");
            Path file = path(open > 0 ? m.substring(0, open) : m);
            boolean output = files.isOutput(file);
            String key = m.contains("Is a directory") ? (output ? "exit.outIsFolder" : "exit.isFolder")
                    : m.contains("Permission denied") ? (output ? "exit.cannotWrite" : "exit.cannotRead")
                    : output ? "exit.outNoFolder" : "exit.noSuchFile";
            return Optional.of(located(file, key, locale));
        }
        Optional<IOException> folder = find(failure, IOException.class)
                .filter(e -> String.valueOf(e.getMessage()).contains("Is a directory"));
        if (folder.isPresent()) {
            // reading a folder opened as a file fails with a bare "Is a directory" that names nothing
            Optional<Path> file = named.or(() -> files.inputs().stream().filter(java.nio.file.Files::isDirectory)
                    .findFirst());
            if (file.isPresent()) {
                return Optional.of(located(file.get(), "exit.isFolder", locale));
            }
        }
        if (find(failure, CharacterCodingException.class).isPresent()) {
            Optional<Path> gzip = named.filter(CommandFiles::isGzip).or(files::gzipInput);
            if (gzip.isPresent()) {
                return Optional.of(located(gzip.get(), "exit.gzip", locale));
            }
            Optional<Path> bad = named.or(files::nonUtf8Input);
            return Optional.of(bad.isPresent() ? located(bad.get(), "exit.notUtf8", locale)
                    : CommandFiles.text(locale, "exit.notUtf8.noFile"));
        }
        return Optional.empty();
    }

    /** {@return "FILE: problem" in a language, as {@link InvalidInputException#message(Locale)} prints it} */
    private static String located(Path file, String key, Locale locale) {
        return CommandFiles.problem(file, key, file).message(locale);
    }

    private static Path path(String name) {
        try {
            return Path.of(name);
        } catch (java.nio.file.InvalidPathException e) {
            return Path.of(".");
        }
    }

    private static <T extends Throwable> Optional<T> find(Throwable t, Class<T> type) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (type.isInstance(c)) {
                return Optional.of(type.cast(c));
            }
        }
        return Optional.empty();
    }

    // ---------------------------------------------------------------- usage errors

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        Locale locale = language(Arrays.asList(args));
        CommandLine command = ex.getCommandLine();
        String name = command.getCommandSpec().qualifiedName();
        print(command.getErr(), CommandFiles.text(locale, "exit.line", name, usage(ex, Arrays.asList(args), name, locale)), ex);
        return GridGovCli.BAD_INPUT;
    }

    /** {@return the one-line description of a usage error, with the hint to see the command's help} */
    static String usage(ParameterException ex, List<String> args, String command, Locale locale) {
        if (ex instanceof UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
            String first = u.getUnmatched().get(0);
            String key = first.startsWith("-") ? "usage.unknownOption"
                    : command.equals("gridgov") ? "usage.unknownCommand" : "usage.unexpected";
            return CommandFiles.text(locale, key, first, command);
        }
        Optional<String> unknown = unknownOption(ex, args);
        if (unknown.isPresent()) {
            return CommandFiles.text(locale, "usage.unknownOption", unknown.get(), command);
        }
        if (ex instanceof CommandLine.OverwrittenOptionException o && o.getOverwritten() != null) {
            return CommandFiles.text(locale, "usage.twice", name(o.getOverwritten()), command);
        }
        if (ex instanceof MissingParameterException m && !m.getMissing().isEmpty()) {
            String missing = m.getMissing().stream().map(ExitHandler::label).collect(Collectors.joining(", "));
            return CommandFiles.text(locale, "usage.missing", missing, command);
        }
        ArgSpec arg = ex.getArgSpec();
        if (arg != null && ex.getValue() != null) {
            String expected = expected(arg, locale);
            return CommandFiles.text(locale, "usage.invalid", name(arg), expected, ex.getValue(), command);
        }
        return CommandFiles.text(locale, "usage.other", ex.getMessage(), command);
    }

    /**
     * {@return the first argument that looks like an option the command does not have} picocli reports
     * a missing argument before an unknown option; the unknown option is the likelier mistake.
     */
    private static Optional<String> unknownOption(ParameterException ex, List<String> args) {
        if (!(ex instanceof MissingParameterException)) {
            return Optional.empty();
        }
        var spec = ex.getCommandLine().getCommandSpec();
        return args.stream()
                .filter(a -> a.startsWith("-") && a.length() > 1 && !a.equals("--"))
                .filter(a -> spec.findOption(a.contains("=") ? a.substring(0, a.indexOf('=')) : a) == null)
                .filter(a -> !isNumber(a))
                .findFirst();
    }

    private static boolean isNumber(String a) {
        try {
            Double.parseDouble(a);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static String expected(ArgSpec arg, Locale locale) {
        Class<?> type = arg.auxiliaryTypes().length > 0 ? arg.auxiliaryTypes()[0] : arg.type();
        if (type.isEnum()) {
            return CommandFiles.text(locale, "type.enum", Arrays.stream(type.getEnumConstants())
                    .map(v -> String.valueOf(v).toLowerCase(Locale.ROOT))
                    .collect(Collectors.joining(", ")));
        }
        String key;
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            key = "type.integer";
        } else if (type == double.class || type == Double.class) {
            key = "type.number";
        } else if (type == LocalDate.class) {
            key = "type.date";
        } else if (type == YearMonth.class) {
            key = "type.month";
        } else if (type == Locale.class) {
            key = "type.language";
        } else {
            return CommandFiles.text(locale, "type.other", type.getSimpleName());
        }
        return CommandFiles.text(locale, key);
    }

    private static String name(ArgSpec arg) {
        return arg instanceof OptionSpec o ? o.longestName() : arg.paramLabel();
    }

    private static String label(ArgSpec arg) {
        return arg instanceof OptionSpec o ? o.longestName() + " " + o.paramLabel() : arg.paramLabel();
    }

    // ---------------------------------------------------------------- common

    /** Prints exactly one line (a library message with a line break is joined), the stack trace only when debugging. */
    private void print(PrintWriter err, String line, Throwable t) {
        err.println(renames.original(line.strip().replaceAll("\\s*\\R\\s*", " ")));
        if (debug) {
            t.printStackTrace(err);
        }
        err.flush();
    }

    /** {@return the language asked for with {@code --lang X} or {@code --lang=X}; English when absent or unknown} */
    static Locale language(List<String> args) {
        String value = null;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--lang") && i + 1 < args.size()) {
                value = args.get(i + 1);
            } else if (a.startsWith("--lang=")) {
                value = a.substring("--lang=".length());
            }
        }
        if (value == null) {
            return Locale.ENGLISH;
        }
        try {
            return new LanguageOption.Converter().convert(value);
        } catch (TypeConversionException e) {
            return Locale.ENGLISH;
        }
    }
}

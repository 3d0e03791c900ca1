package io.gridgov.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.MalformedInputException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Every command ends the same way: exit 2 and one line on standard error, in the {@code --lang}
 * language, naming the file and what was expected, for a folder given as a file, a missing file, a
 * gzip file and an unknown option; no stack trace and no exception class name.
 */
class ExitCodesTest {

    @TempDir
    static Path dir;

    static String fixture(String resource) {
        try {
            return Path.of(ExitCodesTest.class.getResource(resource).toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static String points() {
        try {
            return Files.writeString(dir.resolve("points.csv"), "id,x,y\np1,106.705,26.505\n").toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A command whose main input file is the argument. */
    record Cmd(String name, Function<String, List<String>> args) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Cmd> commandsWithInput() {
        List<String> period = List.of("--templates", "preset:s7-presence", "--from", "2026-11-01", "--to", "2026-12-01");
        return List.of(
                new Cmd("tree", f -> List.of("tree", f)),
                new Cmd("validate", f -> List.of("validate", f)),
                new Cmd("locate", f -> List.of("locate", f, "--points", points())),
                new Cmd("duties plan", f -> concat(List.of("duties", "plan", "--tree", f), period)),
                new Cmd("duties check", f -> concat(List.of("duties", "check", "--tree", fixture("/duties/tree.json"),
                        "--activities", f), period)),
                new Cmd("assess", f -> List.of("assess", "--scheme", "grid-worker-monthly", "--facts", f)),
                new Cmd("render", f -> List.of("render", f, "--out", dir.resolve("map.svg").toString())));
    }

    static List<Cmd> commandsWithOutputFolder() {
        return List.of(new Cmd("demo", f -> List.of("demo", "--out", f)),
                new Cmd("duties demo", f -> List.of("duties", "demo", "--out", f)));
    }

    static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    static Stream<Arguments> inputCases() {
        return commandsWithInput().stream().flatMap(c -> Stream.of("en", "zh").map(lang -> Arguments.of(c, lang)));
    }

    static Stream<Arguments> everyCommand() {
        return Stream.concat(commandsWithInput().stream(), commandsWithOutputFolder().stream())
                .flatMap(c -> Stream.of("en", "zh").map(lang -> Arguments.of(c, lang)));
    }

    static Run run(Cmd command, String file, String lang) {
        return Run.of(concat(command.args().apply(file), List.of("--lang", lang)).toArray(String[]::new));
    }

    /** Exit 2, one line, no stack trace, no exception class, naming {@code what}. */
    static void assertOneLine(Run r, String what) {
        assertThat(r.exit()).as(r.err()).isEqualTo(GridGovCli.BAD_INPUT);
        assertThat(r.err().strip().lines()).as(r.err()).hasSize(1);
        assertThat(r.err()).doesNotContain("\tat ").doesNotContain("Exception").contains(what);
    }

    static String zh(String lang, String en, String zh) {
        return lang.equals("zh") ? zh : en;
    }

    @ParameterizedTest(name = "{0} --lang {1}")
    @MethodSource("inputCases")
    void aFolderGivenAsTheInputFileIsExitTwoNamingIt(Cmd command, String lang) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("a-folder.json"));
        Run r = run(command, folder.toString(), lang);
        assertOneLine(r, folder.toString());
        assertThat(r.err()).contains(zh(lang, "is a folder; expected a file", "是文件夹；应为文件"))
                .startsWith("gridgov " + command.name());
    }

    @ParameterizedTest(name = "{0} --lang {1}")
    @MethodSource("inputCases")
    void aMissingInputFileIsExitTwoNamingIt(Cmd command, String lang) {
        String missing = dir.resolve("no-such-file.json").toString();
        Run r = run(command, missing, lang);
        assertOneLine(r, missing);
        assertThat(r.err()).contains(zh(lang, "no such file; expected an existing file", "文件不存在；应为已有的文件"));
    }

    @ParameterizedTest(name = "{0} --lang {1}")
    @MethodSource("inputCases")
    void aGzipInputIsReadAsItsContentAndAnErrorNamesTheCompressedFile(Cmd command, String lang) throws IOException {
        Path gz = dir.resolve("input.csv.gz");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(bytes)) {
            z.write("id,x,y\np1,1,2\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        Files.write(gz, bytes.toByteArray());
        Run r = run(command, gz.toString(), lang);
        // the content is not what the command reads: the error is about the content, in the file the user named
        assertOneLine(r, gz.toString());
        assertThat(r.err()).doesNotContain("gzip-compressed").doesNotContain("gzip 压缩文件").doesNotContain("gridgov-gunzip");
    }

    @Test
    void aGzipFileIsFoundByItsBytesNotItsName() throws IOException {
        Path plain = Files.writeString(dir.resolve("points-plain.csv"), "id,lon,lat\np1,106.705,26.505\n");
        Path renamed = dir.resolve("points-no-gz-suffix.csv");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(bytes)) {
            z.write(Files.readAllBytes(plain));
        }
        Files.write(renamed, bytes.toByteArray());
        Run r = Run.of("locate", city(), "--points", renamed.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("p1,");
        Path broken = Files.write(dir.resolve("broken.csv.gz"), new byte[] {0x1f, (byte) 0x8b, 8, 0});
        assertOneLine(Run.of("locate", city(), "--points", broken.toString()), broken + ": starts like a gzip file");
    }

    @ParameterizedTest(name = "{0} --lang {1}")
    @MethodSource("everyCommand")
    void anUnknownOptionIsExitTwoWithTheHintToSeeHelp(Cmd command, String lang) throws IOException {
        Path input = Files.writeString(dir.resolve("any.json"), "{}");
        List<String> args = concat(command.args().apply(input.toString()), List.of("--lang", lang, "--bogus"));
        Run r = Run.of(args.toArray(String[]::new));
        assertOneLine(r, "--bogus");
        assertThat(r.err()).contains(zh(lang, "unknown option --bogus; see gridgov " + command.name() + " --help",
                "未知选项 --bogus；参见 gridgov " + command.name() + " --help"));
        assertThat(r.out()).isEmpty();
    }

    @ParameterizedTest(name = "{0} --lang {1}")
    @MethodSource("everyCommand")
    void anOutputFolderThatIsAFileOrAnOutputFileThatIsAFolderIsExitTwo(Cmd command, String lang) throws IOException {
        Path file = Files.writeString(dir.resolve("a-file.txt"), "taken");
        Path folder = Files.createDirectories(dir.resolve("a-folder"));
        List<String> args;
        String named;
        if (commandsWithOutputFolder().stream().anyMatch(c -> c.name().equals(command.name()))) {
            args = command.args().apply(file.toString());
            named = file.toString();
        } else {
            args = switch (command.name()) {
                case "tree", "assess" -> null;   // no output option
                case "render" -> List.of("render", city(), "--out", folder.resolve("x.svg").toString());
                default -> concat(command.args().apply(
                        command.name().equals("duties check") ? fixture("/duties/activities.csv")
                                : command.name().startsWith("duties") ? fixture("/duties/tree.json") : city()),
                        List.of(command.name().equals("duties check") ? "--facts-out" : "--out", folder.toString()));
            };
            named = folder.toString();
            if (args == null) {
                return;
            }
            if (command.name().equals("render")) {
                Files.createDirectories(folder.resolve("x.svg"));
                named = folder.resolve("x.svg").toString();
            }
        }
        Run r = Run.of(concat(args, List.of("--lang", lang)).toArray(String[]::new));
        assertOneLine(r, named);
        assertThat(r.err()).containsAnyOf("expected a folder", "expected a file name to write to",
                "应为要写入的文件夹", "应为要写入的文件名");
    }

    static String city() {
        try {
            return Files.writeString(dir.resolve("city.geojson"), GeoCommandsTest.CITY).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void bareGridgovPrintsTheUsageAndExitsTwo() {
        Run r = Run.of();
        assertThat(r.exit()).isEqualTo(GridGovCli.BAD_INPUT);
        assertThat(r.err()).contains("Usage: gridgov").contains("validate");
        Run duties = Run.of("duties");
        assertThat(duties.exit()).isEqualTo(GridGovCli.BAD_INPUT);
        assertThat(duties.err()).contains("Usage: gridgov duties");
    }

    @Test
    void anUnknownCommandATypeErrorAndAMissingArgumentAreOneLineEach() {
        Run unknown = Run.of("frobnicate");
        assertOneLine(unknown, "frobnicate");
        assertThat(unknown.err()).contains("see gridgov --help");
        Run date = Run.of("tree", fixture("clean.json"), "--as-of", "someday", "--lang", "zh");
        assertOneLine(date, "--as-of");
        assertThat(date.err()).contains("应为日期 yyyy-MM-dd，实际为'someday'；参见 gridgov tree --help");
        Run format = Run.of("validate", city(), "--format", "xml");
        assertOneLine(format, "--format");
        assertThat(format.err()).contains("expected one of text, json, geojson, found 'xml'");
        Run period = Run.of("duties", "plan", "--tree", fixture("/duties/tree.json"), "--templates", "preset:s7-presence",
                "--from", "2026-12-01", "--to", "2026-11-01", "--lang", "zh");
        assertOneLine(period, "--to：应为 --from 2026-12-01 之后的日期，实际为 2026-11-01；参见 gridgov duties plan --help");
        Run preset = Run.of("duties", "plan", "--tree", fixture("/duties/tree.json"), "--templates", "preset:nope",
                "--from", "2026-11-01", "--to", "2026-12-01");
        assertOneLine(preset, "found 'nope'; see gridgov duties plan --help");
        Run unknownFirst = Run.of("tree", "--bogus");
        assertOneLine(unknownFirst, "unknown option --bogus; see gridgov tree --help");
        Run missing = Run.of("locate", city());
        assertOneLine(missing, "--points");
        assertThat(missing.err()).contains("missing --points CSV; see gridgov locate --help");
    }

    @Test
    void helpStillWorksAndExitsZero() {
        Run r = Run.of("validate", "--help");
        assertThat(r.exit()).isEqualTo(GridGovCli.OK);
        assertThat(r.out()).contains("Usage: gridgov validate");
    }

    /** A command that fails the way a reader might, to show the translation in the one handler. */
    @Command(name = "fail")
    static final class Failing implements Callable<Integer> {
        static Throwable next;

        @picocli.CommandLine.Parameters(index = "0", arity = "0..1")
        Path file;

        @picocli.CommandLine.Mixin
        LanguageOption language;

        @Override
        public Integer call() throws Exception {
            if (next instanceof Error e) {
                throw e;
            }
            throw (Exception) next;
        }
    }

    static Run failing(Throwable t, String... args) {
        Failing.next = t;
        CommandLine cli = GridGovCli.commandLine();
        cli.addSubcommand(new Failing());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        List<String> all = new ArrayList<>(List.of("fail"));
        all.addAll(List.of(args));
        return new Run(cli.execute(all.toArray(String[]::new)), out.toString(), err.toString());
    }

    @Test
    void outOfMemoryIsOneLineSuggestingTheLaunchersHeapOption() throws IOException {
        Path big = Files.writeString(dir.resolve("big.json"), "{}");
        Run r = failing(new OutOfMemoryError("Java heap space"), big.toString());
        assertOneLine(r, big.toString());
        assertThat(r.err()).contains("not enough memory").contains("GRIDGOV_JAVA_OPTS=-Xmx4g ./gridgov fail");
        Run zh = failing(new OutOfMemoryError("Java heap space"), big.toString(), "--lang", "zh");
        assertThat(zh.err()).contains("内存不足").contains("GRIDGOV_JAVA_OPTS=-Xmx4g");
    }

    @Test
    void fileSystemFailuresWhileReadingAreTranslatedNamingTheFile() throws IOException {
        Path in = Files.writeString(dir.resolve("in.json"), "{}");
        assertOneLine(failing(new UncheckedIOException(new NoSuchFileException("gone.json")), in.toString()),
                "gone.json: no such file");
        assertOneLine(failing(new FileSystemException("sub/dir", null, "Is a directory"), in.toString(), "--lang", "zh"),
                "sub/dir: 是文件夹");
        assertOneLine(failing(new java.io.FileNotFoundException("data/x.json (Is a directory)"), in.toString()),
                "data/x.json: is a folder");
        assertOneLine(failing(new java.nio.file.AccessDeniedException("secret.json"), in.toString()),
                "secret.json: cannot be read (permission denied)");
        Path folder = Files.createDirectories(dir.resolve("folder.json"));
        assertOneLine(failing(new UncheckedIOException(new IOException("Is a directory")), folder.toString()),
                folder + ": is a folder; expected a file");
    }

    @Test
    void undecodableInputNamesTheFileThatIsNotUtf8() throws IOException {
        Path latin1 = Files.write(dir.resolve("latin1.csv"), "name\nM\u00fcller\n".getBytes("ISO-8859-1"));
        Run r = failing(new UncheckedIOException(new MalformedInputException(1)), latin1.toString());
        assertOneLine(r, latin1 + ": not UTF-8 text; expected JSON/CSV encoded in UTF-8");
    }

    @Test
    void aBugIsOneLineWithItsOwnExitCode() {
        Run r = failing(new IllegalStateException("oops"));
        assertThat(r.exit()).isEqualTo(GridGovCli.INTERNAL_ERROR);
        assertThat(r.err().strip().lines()).hasSize(1);
        assertThat(r.err()).contains("internal error").contains("GRIDGOV_DEBUG=1").doesNotContain("\tat ");
    }

    @Test
    void theLanguageIsTakenFromTheArguments() {
        assertThat(ExitHandler.language(List.of("tree", "x", "--lang", "zh"))).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(ExitHandler.language(List.of("tree", "--lang=zh_CN"))).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(ExitHandler.language(List.of("tree", "--lang", "fr"))).isEqualTo(Locale.ENGLISH);
        assertThat(ExitHandler.language(List.of("tree"))).isEqualTo(Locale.ENGLISH);
    }
}

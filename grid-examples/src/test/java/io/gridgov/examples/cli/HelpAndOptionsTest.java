package io.gridgov.examples.cli;

import static io.gridgov.examples.cli.ExitCodesTest.assertOneLine;
import static org.assertj.core.api.Assertions.assertThat;

import io.gridgov.core.Finding;
import io.gridgov.core.Severity;
import io.gridgov.core.i18n.LocalizedText;
import io.gridgov.core.io.InputLocation;
import io.gridgov.scoring.InvalidSchemeException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * What a user reads from the command line besides results: every command's help has an example and
 * the exit codes in the {@code --lang} language; every command takes {@code --lang}; a bad option value
 * names the option as typed, never the library's parameter; a type error is one line with the hint, not
 * the whole help; a scheme's problems are in the chosen language.
 */
class HelpAndOptionsTest {

    @TempDir
    static Path dir;

    static String city() {
        try {
            return Files.writeString(dir.resolve("city.geojson"), GeoCommandsTest.CITY).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every command and subcommand but {@code help} (tested on its own), by the words that run it. */
    static List<List<String>> commands() {
        List<List<String>> out = new ArrayList<>();
        collect(GridGovCli.commandLine(), new ArrayList<>(), out);
        return out;
    }

    private static void collect(CommandLine c, List<String> words, List<List<String>> out) {
        c.getSubcommands().forEach((name, sub) -> {
            if (name.equals("help")) {
                return;
            }
            List<String> w = new ArrayList<>(words);
            w.add(name);
            out.add(w);
            collect(sub, w, out);
        });
    }

    static Stream<Arguments> commandsAndLanguages() {
        return commands().stream().flatMap(c -> Stream.of("en", "zh").map(l -> Arguments.of(String.join(" ", c), l)));
    }

    @ParameterizedTest(name = "gridgov {0} --help --lang {1}")
    @MethodSource("commandsAndLanguages")
    void everyHelpHasAnExampleAndTheExitCodes(String command, String lang) {
        List<String> args = new ArrayList<>(List.of(command.split(" ")));
        args.addAll(List.of("--help", "--lang", lang));
        Run r = Run.of(args.toArray(String[]::new));
        assertThat(r.exit()).as(r.err()).isZero();
        String help = r.out().replaceAll("\\s+", " ");
        assertThat(help).contains((lang.equals("zh") ? "用法：gridgov " : "Usage: gridgov ") + command)
                .contains(lang.equals("zh") ? "示例：" : "Example:")
                .contains("gridgov " + command.split(" ")[0])
                .contains(lang.equals("zh") ? "退出码：0 处理完毕且无错误，1 发现错误级问题，2 输入不可用或命令行有误"
                        : "Exit codes: 0 processed without ERROR, 1 an ERROR finding or violation, 2 an unusable input");
    }

    @Test
    void everyCommandTakesLang() {
        CommandLine root = GridGovCli.commandLine();
        for (List<String> words : commands()) {
            CommandLine c = root;
            for (String w : words) {
                c = c.getSubcommands().get(w);
            }
            boolean group = !c.getSubcommands().isEmpty();
            if (!group) {
                assertThat(c.getCommandSpec().findOption("--lang")).as(String.join(" ", words)).isNotNull();
            }
        }
        assertThat(commands()).extracting(w -> String.join(" ", w)).contains("locate", "render", "demo");
    }

    @Test
    void aValueOutOfBoundsNamesTheOptionAsTyped() {
        String city = city();
        Run en = Run.of("validate", city, "--tolerance-m", "-1");
        assertOneLine(en, "gridgov validate: --tolerance-m: expected a number of at least 0, found -1; "
                + "see gridgov validate --help");
        assertThat(en.err()).doesNotContain("toleranceMetres");
        Run zh = Run.of("validate", city, "--min-area-m2", "-0.5", "--lang", "zh");
        assertOneLine(zh, "--min-area-m2：应为不小于 0 的数，实际为 -0.5");
        assertThat(zh.err()).doesNotContain("minAreaM2");
        Run width = Run.of("render", city, "--out", dir.resolve("w.svg").toString(), "--width", "5");
        assertOneLine(width, "--width: expected 200 to 10000, found 5; see gridgov render --help");
    }

    @Test
    void aTypeErrorIsOneLineWithTheHintNotTheWholeHelp() {
        Run r = Run.of("validate", city(), "--tolerance-m", "abc");
        assertOneLine(r, "gridgov validate: --tolerance-m: expected a number, found 'abc'; see gridgov validate --help");
        assertThat(r.err()).doesNotContain("Usage:");
        Run missing = Run.of("validate");
        assertOneLine(missing, "missing FILE; see gridgov validate --help");
        assertThat(missing.err()).doesNotContain("<input>");
    }

    @Test
    void anOptionGivenTwiceIsOneLineInTheChosenLanguage() {
        assertOneLine(Run.of("demo", "--out", "a", "--out", "b"),
                "gridgov demo: --out is given more than once; expected it once; see gridgov demo --help");
        assertOneLine(Run.of("demo", "--out", "a", "--out", "b", "--lang", "zh"),
                "gridgov demo：--out 给出了不止一次，只能给出一次；参见 gridgov demo --help");
    }

    @Test
    void inputErrorsOfTheCommandLineItselfAreInTheChosenLanguage() throws IOException {
        Path points = Files.writeString(dir.resolve("bad-points.csv"), "id,lon,lat\np1,east,26.5\n");
        Run zh = Run.of("locate", city(), "--points", points.toString(), "--lang", "zh");
        assertOneLine(zh, "应为有限的数，实际为 \"east\"");
        Run en = Run.of("locate", city(), "--points", points.toString());
        assertOneLine(en, "expected a finite number, found \"east\"");
        Path staff = Files.writeString(dir.resolve("staff.json"), "{\"people\": []}");
        Path tree = Path.of(ExitCodesTest.fixture("/duties/tree.json"));
        Run noStaff = Run.of("duties", "plan", "--tree", tree.toString(), "--staff", staff.toString(), "--templates",
                "preset:s7-presence", "--from", "2026-11-01", "--to", "2026-12-01", "--lang", "zh");
        assertOneLine(noStaff, "应为 {\"assignments\": [...]}");
    }

    @Test
    void aSchemesProblemsAreInTheChosenLanguageFirstFewThenHowManyMore() {
        List<Finding> problems = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            problems.add(new Finding("SCHEME", Severity.ERROR, List.of("s"),
                    Optional.of(InputLocation.UNKNOWN.withField("$.categories[" + i + "].points")),
                    new LocalizedText("category " + i + " adds up wrong", "类别 " + i + " 合计不符")));
        }
        InvalidSchemeException e = new InvalidSchemeException("s", problems);
        Run zh = ExitCodesTest.failing(e, "--lang", "zh");
        assertOneLine(zh, "考核方案无效：$.categories[0].points: 类别 0 合计不符; $.categories[1].points: 类别 1 合计不符; "
                + "$.categories[2].points: 类别 2 合计不符；另有 2 个问题");
        assertThat(zh.err()).doesNotContain("adds up wrong");
        Run en = ExitCodesTest.failing(e);
        assertOneLine(en, "the scheme is invalid: $.categories[0].points: category 0 adds up wrong;");
        assertThat(en.err()).contains("and 2 more problems").doesNotContain("category 3");
    }
}

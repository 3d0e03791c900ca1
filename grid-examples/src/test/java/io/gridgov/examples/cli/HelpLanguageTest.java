package io.gridgov.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code gridgov <command> --help --lang zh} is wholly Chinese: every description of a command, option and
 * parameter comes from the help bundle in the chosen language (option names, file names, examples and
 * values such as {@code text|json} stay as typed), and in English every description is there.
 */
class HelpLanguageTest {

    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    /** Three English words in a row: a sentence left untranslated. */
    private static final Pattern ENGLISH_RUN = Pattern.compile("\\b[A-Za-z]{2,}[,;:]? [A-Za-z]{2,}[,;:]? [A-Za-z]{2,}\\b");

    static Stream<String> commands() {
        return Stream.concat(Stream.of(""), HelpAndOptionsTest.commands().stream().map(w -> String.join(" ", w)));
    }

    @ParameterizedTest(name = "gridgov {0} --help --lang zh")
    @MethodSource("commands")
    void theChineseHelpHasNoEnglishSentence(String command) {
        List<String> args = new ArrayList<>(command.isEmpty() ? List.of() : List.of(command.split(" ")));
        args.addAll(List.of("--help", "--lang", "zh"));
        Run r = Run.of(args.toArray(String[]::new));
        assertThat(r.exit()).as(r.err()).isZero();
        String help = r.out();
        assertThat(help).startsWith("用法：gridgov").contains("显示本帮助并退出。");
        // the examples are command lines, kept as typed
        String described = help.substring(0, help.indexOf("示例："));
        List<String> english = described.lines()
                .map(l -> l.replaceAll("gridgov( [a-z]+)*", "gridgov"))
                .filter(l -> ENGLISH_RUN.matcher(l).find())
                .toList();
        assertThat(english).as(help).isEmpty();
    }

    @Test
    void withoutACommandTheUsageIsInTheChosenLanguage() {
        for (String group : List.of("", "cases", "duties")) {
            List<String> args = new ArrayList<>(group.isEmpty() ? List.of() : List.of(group));
            args.addAll(List.of("--lang", "zh"));
            Run r = Run.of(args.toArray(String[]::new));
            assertThat(r.exit()).as(group).isEqualTo(GridGovCli.BAD_INPUT);
            assertThat(r.err()).as(group).startsWith("用法：gridgov" + (group.isEmpty() ? "" : " " + group))
                    .contains("命令：").doesNotContain("Usage");
        }
    }

    @Test
    void theHelpCommandTakesLangToo() {
        Run main = Run.of("help", "--lang", "zh");
        assertThat(main.exit()).as(main.err()).isZero();
        assertThat(main.out()).startsWith("用法：gridgov [-hV] [--lang=en|zh] [COMMAND]").contains("命令：").contains("显示指定命令的帮助信息。");
        Run tree = Run.of("help", "tree", "--lang", "zh");
        assertThat(tree.out()).startsWith("用法：gridgov tree").contains("网格树文件");
        Run self = Run.of("help", "--help", "--lang", "zh");
        assertThat(self.out()).startsWith("显示指定命令的帮助信息。").contains("要显示其帮助的命令。");
        Run unknown = Run.of("help", "nope", "--lang", "zh");
        assertThat(unknown.exit()).isEqualTo(GridGovCli.BAD_INPUT);
        assertThat(unknown.err()).contains("nope").contains("gridgov --help").doesNotContain("Unknown");
    }

    @Test
    void everyDescriptionIsInTheBundleOfEachLanguage() {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
            CommandLine root = GridGovCli.commandLine();
            HelpTexts.apply(root, locale);
            List<CommandSpec> specs = new ArrayList<>();
            collect(root, specs);
            assertThat(specs).hasSizeGreaterThan(15);
            for (CommandSpec spec : specs) {
                String name = spec.qualifiedName();
                String description = String.join(" ", spec.usageMessage().description())
                        + String.join(" ", spec.usageMessage().header());
                check(name, description, locale);
                for (ArgSpec arg : spec.args()) {
                    String what = name + " " + (arg instanceof CommandLine.Model.OptionSpec o ? o.longestName()
                            : arg.paramLabel());
                    check(what, String.join(" ", arg.description()), locale);
                }
            }
        }
    }

    private static void check(String what, String description, Locale locale) {
        assertThat(description).as(what).isNotBlank();
        Matcher han = HAN.matcher(description);
        if (locale.getLanguage().equals("zh")) {
            assertThat(han.find()).as(what + ": " + description).isTrue();
        }
    }

    private static void collect(CommandLine c, List<CommandSpec> out) {
        out.add(c.getCommandSpec());
        c.getSubcommands().values().forEach(sub -> collect(sub, out));
    }
}

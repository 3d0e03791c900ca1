package io.gridgov.examples.cli;

import static io.gridgov.examples.i18n.ExamplesMessages.MESSAGES;

import io.gridgov.examples.i18n.ExamplesMessages;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import picocli.CommandLine;

/**
 * The help (帮助) of every command in the {@code --lang} language: the descriptions of commands and options
 * from the help bundle ({@link ExamplesMessages#HELP_BUNDLE}), and the footer, an example command line and the
 * exit codes. The examples run on the files that {@code gridgov demo} writes to
 * {@code target/gridgov-demo} (they are the demo's own commands, shortened). Stateless and thread-safe.
 */
final class HelpTexts {

    private static final String D = "target/gridgov-demo/";

    /** One or more example command lines per command, by qualified name. */
    static final Map<String, List<String>> EXAMPLES = Map.ofEntries(
            Map.entry("gridgov", List.of("gridgov demo --lang zh", "gridgov validate --help")),
            Map.entry("gridgov help", List.of("gridgov help validate")),
            Map.entry("gridgov demo", List.of("gridgov demo --out target/gridgov-demo --lang zh")),
            Map.entry("gridgov tree", List.of("gridgov tree " + D + "city-tree.json --format json")),
            Map.entry("gridgov validate", List.of("gridgov validate " + D + "city.geojson --scheme urban --allowed-gaps "
                    + D + "lake.geojson --tolerance-m 0.5")),
            Map.entry("gridgov clean", List.of("gridgov clean " + D + "city.geojson --allowed-gaps " + D
                    + "lake.geojson --snap-m 0.5 --max-gap-width-m 5 --out fixed.geojson --report changes.json")),
            Map.entry("gridgov locate", List.of("gridgov locate " + D + "city.geojson --points " + D
                    + "reports-2026-11.csv --out located.csv")),
            Map.entry("gridgov render", List.of("gridgov render " + D + "city.geojson --colour-by households --level 4 "
                    + "--out households.png")),
            Map.entry("gridgov duties", List.of("gridgov duties check --help")),
            Map.entry("gridgov duties plan", List.of("gridgov duties plan --tree " + D + "city-tree.json --templates "
                    + "preset:s1-civilised-city --from 2026-11-01 --to 2026-12-01")),
            Map.entry("gridgov duties check", List.of("gridgov duties check --tree " + D
                    + "city-tree.json --templates preset:s1-civilised-city --from 2026-11-01 --to 2026-12-01 "
                    + "--activities " + D + "activities-2026-11.csv.gz --facts-out facts.json")),
            Map.entry("gridgov duties demo", List.of("gridgov duties demo --out target/duties-demo")),
            Map.entry("gridgov assess", List.of("gridgov assess --scheme grid-worker-monthly --tree " + D
                    + "city-tree.json --facts " + D + "facts-2026-11.json --facts " + D + "assessment-2026-11.csv")),
            Map.entry("gridgov cases", List.of("gridgov cases stats --help")),
            Map.entry("gridgov cases status", List.of("gridgov cases status --events " + D + "cases-2026-11.jsonl "
                    + "--tree " + D + "city-tree.json --as-of 2026-11-20T18:00")),
            Map.entry("gridgov cases lists", List.of("gridgov cases lists --events " + D + "cases-2026-11.jsonl --tree "
                    + D + "city-tree.json --node s1 --as-of 2026-12-01")),
            Map.entry("gridgov cases stats", List.of("gridgov cases stats --events " + D + "cases-2026-11.jsonl --tree "
                    + D + "city-tree.json --from 2026-11-01 --to 2026-12-01 --facts-out cases-facts.json")));

    private HelpTexts() {
    }

    /**
     * Sets the footer of a command and of each of its subcommands in a language.
     *
     * @param command the command line (the root, usually)
     * @param locale the language
     */
    static void apply(CommandLine command, Locale locale) {
        command.setResourceBundle(helpBundle(locale));
        footers(command, locale);
    }

    /** {@return the help bundle (descriptions of commands and options) in a language: Chinese for any zh locale} */
    static ResourceBundle helpBundle(Locale locale) {
        Locale wanted = "zh".equals(locale.getLanguage()) ? Locale.SIMPLIFIED_CHINESE : Locale.ROOT;
        return ResourceBundle.getBundle(ExamplesMessages.HELP_BUNDLE, wanted, HelpTexts.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    private static void footers(CommandLine command, Locale locale) {
        StringBuilder footer = new StringBuilder("%n");
        List<String> examples = EXAMPLES.getOrDefault(command.getCommandSpec().qualifiedName(), List.of());
        if (!examples.isEmpty()) {
            footer.append(MESSAGES.format(locale, "help.example")).append("%n");
            examples.forEach(e -> footer.append("  ").append(e.replace("%", "%%")).append("%n"));
            footer.append("%n");
        }
        footer.append(MESSAGES.format(locale, "help.exitCodes").replace("%", "%%"));
        command.getCommandSpec().usageMessage().footer(footer.toString());
        command.getSubcommands().values().forEach(sub -> footers(sub, locale));
    }
}

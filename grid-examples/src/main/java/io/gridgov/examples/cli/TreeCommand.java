package io.gridgov.examples.cli;

import static io.gridgov.examples.i18n.ExamplesMessages.MESSAGES;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.gridgov.core.format.LevelSchemeJson;
import io.gridgov.core.format.TreeDocument;
import io.gridgov.core.format.TreeJson;
import io.gridgov.core.io.InvalidInputException;
import io.gridgov.core.rule.StructuralValidator;
import io.gridgov.core.rule.StructuralReport;
import io.gridgov.core.tree.LevelScheme;
import io.gridgov.core.tree.LevelSchemes;
import io.gridgov.examples.render.TreeReport;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Mixin;

/**
 * {@code gridgov tree FILE}: loads a tree file, prints the nodes per level, depth, leaves and the
 * structural findings. Exit 0 without ERROR findings, 1 with; bad input ends in {@link ExitHandler}.
 */
@Command(name = "tree", mixinStandardHelpOptions = true)
public final class TreeCommand implements Callable<Integer> {

    /** Output formats. */
    public enum Format {
        /** Human-readable text in one language. */
        text,
        /** A JSON object with every finding in both languages. */
        json
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE")
    Path file;

    @Option(names = "--scheme", paramLabel = "ID|FILE")
    String scheme;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text")
    Format format;

    @Mixin
    LanguageOption language;

    @Option(names = "--as-of", paramLabel = "DATE")
    LocalDate asOf;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Locale locale = language.locale();
        TreeDocument doc = TreeJson.read(file, scheme == null ? Optional.empty() : Optional.of(scheme(scheme, locale)));
        StructuralValidator.Builder validator = StructuralValidator.builder();
        doc.codeScheme().ifPresent(validator::codeScheme);
        StructuralReport report = validator.build().check(doc.assembly(), doc.staffing(),
                asOf == null ? LocalDate.now() : asOf);
        String source = file.getFileName().toString();
        if (format == Format.json) {
            out.println(new ObjectMapper().writerWithDefaultPrettyPrinter()
                    .writeValueAsString(TreeReport.json(source, doc, report)));
        } else {
            out.print(TreeReport.text(source, doc, report, locale));
        }
        out.flush();
        return !report.isValid() ? GridGovCli.FINDINGS : GridGovCli.OK;
    }

    /** {@return the preset with this id, or the scheme in this file} */
    static LevelScheme scheme(String idOrFile, Locale locale) {
        Optional<LevelScheme> preset = LevelSchemes.byId(idOrFile);
        if (preset.isPresent()) {
            return preset.get();
        }
        Path path = Path.of(idOrFile);
        if (!Files.isRegularFile(path)) {
            throw new InvalidInputException(io.gridgov.core.io.InputLocation.ofFile(idOrFile).withField("--scheme"),
                    MESSAGES.text("scheme.unknown", LevelSchemes.ids()));
        }
        return LevelSchemeJson.read(path);
    }
}

package io.gridgov.examples.demo;

import static io.gridgov.examples.i18n.ExamplesMessages.MESSAGES;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.gridgov.core.Severity;
import io.gridgov.core.format.TreeDocument;
import io.gridgov.core.i18n.LocalizedText;
import io.gridgov.core.rule.StructuralValidator;
import io.gridgov.core.rule.StructuralReport;
import io.gridgov.core.tree.GridTree;
import io.gridgov.examples.render.TreeReport;
import io.gridgov.examples.sample.SampleCity;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The demo's tree step: checks the sample tree's structure and staffing with the built-in rules and
 * writes {@code tree-report.txt} (English, then Chinese) and {@code tree-findings.json}. Leaves the
 * {@link StructuralReport} in the context for later steps.
 */
public final class TreeStep extends BaseStep {

    /** Creates the step. */
    public TreeStep() {
        super("tree");
    }

    @Override
    public StepOutcome run(DemoContext context) throws IOException {
        TreeDocument doc = context.sample();
        StructuralValidator.Builder validator = StructuralValidator.builder();
        doc.codeScheme().ifPresent(validator::codeScheme);
        StructuralReport report = validator.build().check(doc.assembly(), doc.staffing(), context.asOf());
        context.put(StructuralReport.class, report);
        String text = englishThenChinese(language -> TreeReport.text("city-tree.json", doc, report, language));
        List<Path> outputs = new ArrayList<>();
        Path input = context.copySample(SampleCity.TREE);
        outputs.add(input);
        outputs.add(context.write("tree-report.txt", text));
        outputs.add(context.write("tree-findings.json", new ObjectMapper().writerWithDefaultPrettyPrinter()
                .writeValueAsString(TreeReport.json("city-tree.json", doc, report)) + "\n"));
        GridTree tree = doc.tree();
        String levelsEn = tree.countsByLevel().entrySet().stream()
                .map(e -> doc.scheme().level(e.getKey()).nameEn() + " " + e.getValue()).collect(Collectors.joining(", "));
        String levelsZh = tree.countsByLevel().entrySet().stream()
                .map(e -> doc.scheme().level(e.getKey()).nameZh() + " " + e.getValue()).collect(Collectors.joining("，"));
        long errors = report.count(Severity.ERROR);
        long warnings = report.count(Severity.WARNING);
        Object[] args = {tree.size(), tree.maxLevelNumber(), null, doc.staffing().people().size(), errors, warnings};
        args[2] = levelsEn;
        String en = MESSAGES.format(Locale.ENGLISH, "demo.tree", args);
        args[2] = levelsZh;
        String zh = MESSAGES.format(Locale.SIMPLIFIED_CHINESE, "demo.tree", args);
        return new StepOutcome(List.of(new LocalizedText(en, zh)), errors, warnings, outputs,
                List.of(DemoContext.command("tree", input)));
    }
}

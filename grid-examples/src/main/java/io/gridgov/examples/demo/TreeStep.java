package io.gridgov.examples.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.gridgov.core.Severity;
import io.gridgov.core.format.TreeDocument;
import io.gridgov.core.i18n.LocalizedText;
import io.gridgov.core.i18n.Messages;
import io.gridgov.core.rule.StructuralValidator;
import io.gridgov.core.rule.ValidationReport;
import io.gridgov.core.tree.GridTree;
import io.gridgov.examples.render.TreeReport;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The demo's tree step: checks the sample tree's structure and staffing with the built-in rules and
 * writes {@code tree-report.txt} (English, then Chinese) and {@code tree-findings.json}. Leaves the
 * {@link ValidationReport} in the context for later steps.
 */
public final class TreeStep implements DemoStep {

    private static final Messages MESSAGES = Messages.of("io.gridgov.examples.i18n.messages", TreeStep.class);

    @Override
    public String id() {
        return "tree";
    }

    @Override
    public LocalizedText title() {
        return new LocalizedText("grid tree structure and staffing", "网格树结构与人员配置");
    }

    @Override
    public StepOutcome run(DemoContext context) throws IOException {
        TreeDocument doc = context.sample();
        StructuralValidator.Builder validator = StructuralValidator.builder();
        doc.codeScheme().ifPresent(validator::codeScheme);
        ValidationReport report = validator.build().check(doc.assembly(), doc.staffing(), context.asOf());
        context.put(ValidationReport.class, report);
        String text = TreeReport.text("city-tree.json", doc, report, Locale.ENGLISH) + "\n"
                + TreeReport.text("city-tree.json", doc, report, Locale.SIMPLIFIED_CHINESE);
        List<Path> outputs = new ArrayList<>();
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
        return new StepOutcome(List.of(new LocalizedText(en, zh)), errors, warnings, outputs);
    }
}

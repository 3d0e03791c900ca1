package io.gridgov.examples.docs;

import io.gridgov.core.Finding;
import io.gridgov.core.edit.TreeEdit;
import io.gridgov.core.edit.TreeHistory;
import io.gridgov.core.format.TreeDocument;
import io.gridgov.core.format.TreeJson;
import io.gridgov.core.rule.StructuralValidator;
import io.gridgov.core.rule.ValidationReport;
import io.gridgov.core.tree.GridTree;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The code samples of {@code docs/formats/tree.md}; a test runs them and checks the doc quotes them. */
public final class TreeFormatSample {

    private TreeFormatSample() {
    }

    /**
     * Reads a tree file, validates it and moves a grid from a date on.
     *
     * @param file a tree file, such as the sample city
     * @return what the sample prints
     */
    public static List<String> run(Path file) {
        List<String> out = new ArrayList<>();
        // tag::read[]
        TreeDocument doc = TreeJson.read(file);
        ValidationReport report = StructuralValidator.validate(doc.assembly(), doc.staffing(),
                LocalDate.of(2026, 11, 1));
        for (Finding f : report.findings()) {
            out.add(f.severity() + " " + f.rule() + " " + f.nodeIds() + " " + f.message(Locale.SIMPLIFIED_CHINESE));
        }
        // end::read[]
        // tag::history[]
        TreeHistory history = TreeHistory.start(doc.tree(), LocalDate.of(2026, 1, 1))
                .apply(new TreeEdit.Move("g002", "c02"), LocalDate.of(2026, 10, 1));
        GridTree september = history.asOf(LocalDate.of(2026, 9, 30)).orElseThrow();
        GridTree october = history.asOf(LocalDate.of(2026, 10, 1)).orElseThrow();
        out.add("g002 in " + september.parent("g002").orElseThrow().id() + ", then in "
                + october.parent("g002").orElseThrow().id());
        // end::history[]
        return out;
    }
}

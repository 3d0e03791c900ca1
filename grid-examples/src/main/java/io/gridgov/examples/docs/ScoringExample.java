package io.gridgov.examples.docs;

import io.gridgov.core.facts.FactFiles;
import io.gridgov.core.facts.FactSet;
import io.gridgov.scoring.LineItem;
import io.gridgov.scoring.Ranking;
import io.gridgov.scoring.Scheme;
import io.gridgov.scoring.SchemeJson;
import io.gridgov.scoring.Scorecard;
import io.gridgov.scoring.Scoring;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The worked example of {@code docs/formats/scheme.md}: read a scheme and a month's facts, score,
 * print every explained line, rank. The doc includes the code between the tag markers; a test checks
 * that it is the same text and that the printed output matches the doc.
 */
public final class ScoringExample {
    private ScoringExample() {
    }

    /**
     * Runs the example.
     *
     * @param schemeFile the scheme, {@code docs/scoring/worked-example.json}
     * @param factsFile the facts, {@code docs/scoring/worked-example-facts.json}
     * @return the printed lines
     */
    public static List<String> run(Path schemeFile, Path factsFile) {
        List<String> out = new ArrayList<>();
        // tag::assess[]
        Scheme scheme = SchemeJson.read(schemeFile);        // validated: sums, codes, bands, facts
        FactSet facts = FactFiles.read(factsFile);          // JSON or CSV, errors name file:line:column
        List<Scorecard> cards = Scoring.score(scheme, facts);
        for (Scorecard card : cards) {
            out.add(card.subject() + "  " + card.total() + "  " + card.grade().orElse("-"));
            for (LineItem line : card.lines()) {
                out.add("  " + line.code() + "  " + line.awarded() + "  " + line.reason(Locale.SIMPLIFIED_CHINESE));
            }
            for (LineItem line : card.bonusLines()) {
                out.add("  " + line.code() + "  +" + line.awarded() + "  " + line.reason(Locale.SIMPLIFIED_CHINESE));
            }
            card.vetoes().forEach(v -> out.add("  " + v.code() + "  " + v.reason().in(Locale.SIMPLIFIED_CHINESE)));
        }
        Ranking ranking = Ranking.of(cards, scheme.lists());
        for (Ranking.Entry e : ranking.entries()) {
            out.add(e.rank() + ". " + e.subject() + (e.red() ? "  红榜" : "") + (e.black() ? "  黑榜" : ""));
        }
        // end::assess[]
        return out;
    }

    /**
     * Prints the example's output.
     *
     * @param args the scheme and facts files
     */
    public static void main(String[] args) {
        run(Path.of(args[0]), Path.of(args[1])).forEach(System.out::println);
    }
}

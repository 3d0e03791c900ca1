package io.gridgov.service;

import static io.gridgov.service.ServiceMessages.MESSAGES;

import io.gridgov.core.facts.FactSet;
import io.gridgov.duty.ComplianceReport;
import io.gridgov.duty.DutyPlanner;
import io.gridgov.examples.demo.ScoringStep;
import io.gridgov.examples.sample.SampleCity;
import io.gridgov.scoring.Ranking;
import io.gridgov.scoring.Scorecard;
import io.gridgov.scoring.ScorecardJson;
import io.gridgov.spring.GridGovModel;
import io.gridgov.spring.scoring.ScoringService;
import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Scorecards over HTTP (考核接口): {@code GET /scores?period=} ranks every grid of a period on the
 * configured scheme with the red and black lists; {@code GET /scores/{grid}?period=} is one grid's
 * explained scorecard (every line item with its rule, fact and points). The sample holds the facts of
 * {@value SampleCity#PERIOD}: duty compliance from the month's activity records plus the survey,
 * discipline and veto facts. A period's scorecards are computed once and dropped when the model reloads.
 * Thread-safe.
 */
@RestController
public class ScoreController {

    private final ScoringService scoring;
    private final ObjectProvider<DutyPlanner> planner;
    private final GridGovModel model;
    private final ConcurrentMap<String, List<Scorecard>> cards = new ConcurrentHashMap<>();

    /**
     * Creates the controller.
     *
     * @param scoring the scoring service
     * @param planner the duty planner on the current snapshot
     * @param model the grid model
     */
    public ScoreController(ScoringService scoring, ObjectProvider<DutyPlanner> planner, GridGovModel model) {
        this.scoring = scoring;
        this.planner = planner;
        this.model = model;
        model.onReload(next -> cards.clear());
    }

    private List<Scorecard> cards(String period) {
        if (!SampleCity.PERIOD.equals(period)) {
            throw new NotFoundException(MESSAGES.text("period.unknown", period, SampleCity.PERIOD));
        }
        return cards.computeIfAbsent(period, p -> {
            ComplianceReport compliance = planner.getObject().checker()
                    .check(SampleCity.activities(), SampleCity.FROM, SampleCity.TO);
            FactSet facts = ScoringStep.facts(model.tree(), compliance, SampleCity.assessment());
            return scoring.score(facts);
        });
    }

    /** A grid's place. @param grid the grid @param group its peer group @param rank its rank in the group @param total its score @param grade its grade, or null */
    public record Row(String grid, String group, int rank, BigDecimal total, String grade) {
        static Row of(Ranking.Entry e) {
            return new Row(e.subject(), e.group().orElse(null), e.rank(), e.total(), e.grade().orElse(null));
        }
    }

    /** A period's ranking. @param scheme the scheme @param period the period @param ranking every grid @param red 红榜 @param black 黑榜 */
    public record Scores(String scheme, String period, List<Row> ranking, List<Row> red, List<Row> black) {
    }

    /**
     * The ranking of a period.
     *
     * @param period the period (default: the sample month)
     * @return the ranking with the lists; 404 for a period without facts
     */
    @GetMapping("/scores")
    public Scores scores(@RequestParam(defaultValue = SampleCity.PERIOD) String period) {
        Ranking ranking = scoring.rank(cards(period));
        return new Scores(scoring.scheme().id(), period, rows(ranking.entries()), rows(ranking.red()),
                rows(ranking.black()));
    }

    private static List<Row> rows(List<Ranking.Entry> entries) {
        return entries.stream().map(Row::of).toList();
    }

    /**
     * One grid's explained scorecard (docs/formats/scheme.md, scorecards).
     *
     * @param grid the grid
     * @param period the period (default: the sample month)
     * @return the scorecard as JSON; 404 for an unknown grid or period
     */
    @GetMapping(path = "/scores/{grid}", produces = "application/json")
    public String scorecard(@PathVariable String grid, @RequestParam(defaultValue = SampleCity.PERIOD) String period) {
        Scorecard card = cards(period).stream().filter(c -> c.subject().equals(grid)).findFirst()
                .orElseThrow(() -> new NotFoundException(MESSAGES.text("grid.unknown", grid)));
        return ScorecardJson.text(ScorecardJson.tree(card));
    }
}

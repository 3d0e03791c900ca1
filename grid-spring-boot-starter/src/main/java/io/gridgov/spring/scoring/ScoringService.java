package io.gridgov.spring.scoring;

import static java.util.Objects.requireNonNull;

import io.gridgov.core.facts.FactSet;
import io.gridgov.scoring.Ranking;
import io.gridgov.scoring.Scheme;
import io.gridgov.scoring.Scorecard;
import io.gridgov.scoring.Scoring;
import io.gridgov.spring.GridGovMetrics;
import java.util.List;

/**
 * Scores facts on the configured scheme (考核计分) and ranks the scorecards with the scheme's red and
 * black lists; counts computed scorecards in {@code gridgov.scorecards.computed}. Thread-safe.
 */
public final class ScoringService {

    private final Scoring scoring;
    private final GridGovMetrics metrics;

    /**
     * Creates the service.
     *
     * @param scoring the engine on the scheme
     * @param metrics where computed scorecards are counted
     */
    public ScoringService(Scoring scoring, GridGovMetrics metrics) {
        this.scoring = requireNonNull(scoring, "scoring");
        this.metrics = requireNonNull(metrics, "metrics");
    }

    /** {@return the scheme} */
    public Scheme scheme() {
        return scoring.scheme();
    }

    /**
     * Scores every subject.
     *
     * @param facts the facts of a period
     * @return a scorecard per subject, in the facts' order
     */
    public List<Scorecard> score(FactSet facts) {
        List<Scorecard> cards = scoring.scoreAll(facts);
        metrics.scored(cards.size());
        return cards;
    }

    /**
     * Ranks scorecards within their peer groups and draws the scheme's lists.
     *
     * @param cards the scorecards
     * @return the ranking
     */
    public Ranking rank(List<Scorecard> cards) {
        return Ranking.of(cards, scoring.scheme());
    }
}

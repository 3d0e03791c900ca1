package io.gridgov.scoring;

import static java.util.Objects.requireNonNull;

import io.gridgov.core.Diagnostics;
import io.gridgov.core.Finding;
import io.gridgov.core.facts.FactReader;
import io.gridgov.core.facts.SubjectFacts;
import io.gridgov.core.io.InvalidInputException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One streamed pass of an assessment over a period's subjects (逐个考核): each subject is checked,
 * scored and handed back as its scorecard, which the caller writes and lets go; the pass keeps only
 * what the ranking needs of each subject (id, group, total, base, grade, and the category totals when
 * the scheme cuts ties by them) and what the fact check reports (bounded by the scheme). So a million
 * subjects are assessed in a few hundred megabytes, where {@link Scoring#scoreAll} would hold their
 * facts and scorecards.
 *
 * <pre>{@code
 * Scoring engine = Scoring.of(scheme);
 * try (FactReader facts = FactFiles.open(Path.of("november.csv"))) {
 *     ScoringPass pass = engine.scoreEach(facts, card -> out.println(card.subject() + " " + card.total()));
 *     Ranking ranking = pass.ranking();                 // equal to Ranking.of(cards, scheme)
 *     Diagnostics<Finding> check = pass.check();        // equal to engine.check(facts)
 * }
 * }</pre>
 *
 * <p>Results equal the one-call API's for the same subjects: each scorecard equals
 * {@link Scoring#score(SubjectFacts, Optional)}'s, {@link #ranking()} equals
 * {@link Ranking#of(List, Scheme)} of those scorecards (its excluded subjects are listed as scorecards
 * without their lines: their vetoes, base, bonus, total and grade are kept), and {@link #check()} equals
 * {@link Scoring#check}. Subjects are expected to have distinct ids, as the facts readers guarantee.
 * After a scoring error ({@link InvalidInputException}) the pass is not to be used further.
 *
 * <p>Not thread-safe: a pass is driven by one thread.
 */
public final class ScoringPass {
    /** Numbers and groups shared between subjects, up to this many distinct values each. */
    private static final int SHARED = 1 << 16;

    private final Engine engine;
    private final FactCheck check;
    private final boolean categories;
    private final List<Ranking.Ranked> ranked = new ArrayList<>();
    private final Map<BigDecimal, BigDecimal> numbers = new HashMap<>();
    private final Map<String, Optional<String>> labels = new HashMap<>();

    ScoringPass(Engine engine, String source) {
        this.engine = engine;
        this.check = new FactCheck(engine.scheme(), requireNonNull(source, "source"));
        this.categories = Ranking.needsCategories(engine.scheme().lists());
    }

    /** {@return the scheme} */
    public Scheme scheme() {
        return engine.scheme();
    }

    /**
     * Checks and scores one more subject, and keeps what the ranking needs of it.
     *
     * @param subject the subject's facts
     * @param period the period
     * @return its scorecard, which the pass does not keep
     * @throws InvalidInputException when a fact is missing without a default or has an impossible value
     */
    public Scorecard score(SubjectFacts subject, Optional<String> period) {
        requireNonNull(subject, "subject");
        requireNonNull(period, "period");
        check.add(subject);
        Scorecard c = engine.score(subject, period, check.source());
        BigDecimal[] cats = null;
        if (categories) {
            cats = c.categoryTotals().values().toArray(new BigDecimal[0]);
            for (int i = 0; i < cats.length; i++) {
                cats[i] = shared(cats[i]);
            }
        }
        Scorecard excluded = c.excluded() ? new Scorecard(c.schemeId(), c.subject(), c.period(), c.group(), List.of(),
                List.of(), c.vetoes(), c.base(), c.bonus(), c.total(), c.grade(), true) : null;
        ranked.add(new Ranking.Ranked(c.subject(), label(c.group()), shared(c.total()), shared(c.base()),
                label(c.grade()), cats, excluded));
        return c;
    }

    /** {@return the number of subjects scored} */
    public int count() {
        return ranked.size();
    }

    /** {@return the ranking of the subjects scored, with the scheme's lists and grades} */
    public Ranking ranking() {
        return Ranking.rank(ranked, scheme().lists(), Ranking.grades(scheme()), List.of());
    }

    /**
     * {@return the ranking of the subjects scored, compared with a previous period's pass}
     *
     * @param previous the previous period's pass, on the same scheme
     */
    public Ranking ranking(ScoringPass previous) {
        requireNonNull(previous, "previous");
        return Ranking.rank(ranked, scheme().lists(), Ranking.grades(scheme()), previous.ranked);
    }

    /**
     * {@return the fact check of the subjects scored} (the findings {@link Scoring#check} gives for them:
     * unread fact names, subjects lacking a fact, at most 10 per line and fact and then one that counts
     * the rest)
     */
    public Diagnostics<Finding> check() {
        return Diagnostics.of(check.findings());
    }

    private BigDecimal shared(BigDecimal v) {
        BigDecimal s = numbers.get(v);
        if (s != null) {
            return s;
        }
        if (numbers.size() < SHARED) {
            numbers.put(v, v);
        }
        return v;
    }

    private Optional<String> label(Optional<String> v) {
        if (v.isEmpty()) {
            return v;
        }
        Optional<String> s = labels.get(v.get());
        if (s != null) {
            return s;
        }
        if (labels.size() < SHARED) {
            labels.put(v.get(), v);
        }
        return v;
    }

    /**
     * Scores every remaining subject of a reader, handing each scorecard to {@code each} (period: the
     * reader's, as known when the subject is read).
     *
     * @param facts the reader, not closed here
     * @param each what to do with each scorecard
     * @return this pass
     * @throws InvalidInputException when the facts are bad or a subject cannot be scored
     */
    ScoringPass scoreEach(FactReader facts, java.util.function.Consumer<? super Scorecard> each) {
        while (facts.hasNext()) {
            SubjectFacts s = facts.next();
            each.accept(score(s, facts.period()));
        }
        return this;
    }
}

package io.gridgov.scoring;

import static java.util.Objects.requireNonNull;

import io.gridgov.core.Diagnostics;
import io.gridgov.core.Finding;
import io.gridgov.core.facts.FactReader;
import io.gridgov.core.facts.FactSet;
import io.gridgov.core.facts.SubjectFacts;
import io.gridgov.core.io.InvalidInputException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.IntStream;

/**
 * The assessment engine (考核引擎): scores subjects' facts against a scheme.
 *
 * <pre>{@code
 * List<Scorecard> cards = Scoring.score(scheme, facts);           // one call
 * Scoring engine = Scoring.of(scheme).parallel(true);             // or a configured instance
 * ScoringPass pass = engine.scoreEach(FactFiles.open(file), out); // or streamed, for millions of subjects
 * }</pre>
 *
 * <p>Every line is explained, rounded with the scheme's rounding, and the output is deterministic
 * (the same order as the input subjects, whether run in parallel or not). A fact a subject lacks
 * counts as the scheme says ({@link Scheme.Missing}); {@link #check} lists every such subject. When
 * the scheme says nothing, or {@code missing: "error"}, the whole run fails with an
 * {@link InvalidInputException} naming the subject and the fact — never a partial result; in parallel mode the error reported is the one
 * of the first failing subject in input order. Instances are immutable and thread-safe.
 */
public final class Scoring {
    private final Engine engine;
    private final boolean parallel;

    private Scoring(Engine engine, boolean parallel) {
        this.engine = engine;
        this.parallel = parallel;
    }

    /**
     * Scores every subject.
     *
     * @param scheme a valid scheme
     * @param facts the facts
     * @return one scorecard per subject, in input order
     * @throws InvalidSchemeException when the scheme is invalid
     * @throws InvalidInputException when a fact is missing or impossible
     */
    public static List<Scorecard> score(Scheme scheme, FactSet facts) {
        return of(scheme).scoreAll(facts);
    }

    /**
     * {@return an engine for a scheme, sequential}
     *
     * @param scheme a scheme; validated here
     * @throws InvalidSchemeException when the scheme is invalid
     */
    public static Scoring of(Scheme scheme) {
        return new Scoring(new Engine(requireNonNull(scheme, "scheme")), false);
    }

    /**
     * {@return a copy that scores subjects on all cores when {@code on}}
     *
     * @param on whether to run in parallel
     */
    public Scoring parallel(boolean on) {
        return new Scoring(engine, on);
    }

    /** {@return the scheme} */
    public Scheme scheme() {
        return engine.scheme();
    }

    /**
     * Scores one subject.
     *
     * @param subject the subject's facts
     * @param period the period
     * @return the scorecard
     */
    public Scorecard score(SubjectFacts subject, Optional<String> period) {
        return engine.score(requireNonNull(subject, "subject"), requireNonNull(period, "period"), "<facts>");
    }

    /**
     * Scores subjects lazily, for output that is written as it is produced (nothing is retained): an
     * ordered stream, parallel when this engine is. A bad fact fails the terminal operation with an
     * {@link InvalidInputException}; in parallel, which of several bad subjects is reported is not
     * defined (use {@link #scoreAll} for that). For facts too large to hold as a {@link FactSet}, see
     * {@link #scoreEach}.
     *
     * @param facts the facts
     * @return the scorecards, in input order
     */
    public java.util.stream.Stream<Scorecard> stream(FactSet facts) {
        requireNonNull(facts, "facts");
        String source = facts.source().orElse("<facts>");
        java.util.stream.Stream<SubjectFacts> s = facts.subjects().stream();
        return (parallel ? s.parallel() : s).map(x -> engine.score(x, facts.period(), source));
    }

    /**
     * Starts a streamed pass over a period's subjects: each is scored as it is given, and only what the
     * ranking and the fact check need is kept ({@link ScoringPass}). Sequential, whatever
     * {@link #parallel} says.
     *
     * @param source the facts' source, for messages (such as a file name)
     * @return the pass
     */
    public ScoringPass pass(String source) {
        return new ScoringPass(engine, source);
    }

    /**
     * Scores every remaining subject of a reader as it is read, handing each scorecard to {@code each}
     * and keeping none ({@link ScoringPass}); the period is the reader's, as known when the subject is
     * read. A bad record or a subject that cannot be scored ends the pass with an
     * {@link InvalidInputException}, after the scorecards of the subjects before it were handed out.
     *
     * @param facts the reader, not closed here
     * @param each what to do with each scorecard, in input order
     * @return the pass, for its {@link ScoringPass#ranking() ranking} and {@link ScoringPass#check() check}
     */
    public ScoringPass scoreEach(FactReader facts, Consumer<? super Scorecard> each) {
        requireNonNull(facts, "facts");
        requireNonNull(each, "each");
        return pass(facts.source()).scoreEach(facts, each);
    }

    /**
     * Checks facts against the scheme before (or beside) scoring them (考核数据检查): a WARNING
     * {@code UNREAD_FACT} for each fact name no rule reads, naming the closest name the scheme reads
     * (a misspelling must not go unnoticed), and a {@code MISSING_FACT} for each subject that lacks a
     * fact a line reads, saying what it counts as — its declared default (INFO), 0 or not assessed
     * ({@code missing: "zero"|"skip"}, WARNING; a veto's always WARNING), or nothing (ERROR: scoring
     * fails). At most 10 findings per line and fact and 20 unread names, then one that counts the rest.
     *
     * @param facts the facts
     * @return the findings, valid when scoring will not fail on a missing fact
     */
    public Diagnostics<Finding> check(FactSet facts) {
        return Diagnostics.of(FactCheck.check(engine.scheme(), requireNonNull(facts, "facts")));
    }

    /**
     * Scores every subject of a period.
     *
     * @param facts the facts
     * @return one scorecard per subject, in input order
     */
    public List<Scorecard> scoreAll(FactSet facts) {
        requireNonNull(facts, "facts");
        String source = facts.source().orElse("<facts>");
        List<SubjectFacts> subjects = facts.subjects();
        if (!parallel) {
            return subjects.stream().map(s -> engine.score(s, facts.period(), source)).toList();
        }
        Scorecard[] out = new Scorecard[subjects.size()];
        RuntimeException[] errors = new RuntimeException[subjects.size()];
        IntStream.range(0, subjects.size()).parallel().forEach(i -> {
            try {
                out[i] = engine.score(subjects.get(i), facts.period(), source);
            } catch (RuntimeException e) {
                errors[i] = e;
            }
        });
        for (RuntimeException e : errors) {
            if (e != null) {
                throw e;
            }
        }
        return Arrays.asList(out).stream().toList();
    }
}

package io.gridgov.core.facts;

import static java.util.Objects.requireNonNull;

import io.gridgov.core.io.InvalidInputException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * Facts read one subject at a time (逐个读取的考核数据), for inputs too large to hold as a
 * {@link FactSet}: open one with {@link FactFiles#open(java.nio.file.Path)} (or several files, merged by
 * subject, with {@link FactFiles#open(List)}), take the subjects with {@link #hasNext()} and
 * {@link #next()} (or a for-each loop over {@link #subjects()}), and close it.
 *
 * <pre>{@code
 * try (FactReader facts = FactFiles.open(Path.of("november.csv"))) {
 *     while (facts.hasNext()) {
 *         SubjectFacts s = facts.next();   // checked as FactFiles.read checks it
 *     }
 * }
 * }</pre>
 *
 * <p>The reader keeps only what it needs to check what follows (the subject ids seen, to refuse an id
 * given twice; with several files, every file but the first: see {@link FactFiles#open(List)}). Every
 * problem is the same located {@link InvalidInputException} that {@link FactFiles#read} throws, but it
 * comes when the reader reaches it: the subjects before a bad record have already been handed out, so a
 * caller that must not act on part of a file writes its results to a temporary place first (as
 * {@code gridgov assess --out} does). A problem after the last subject (content after the JSON document,
 * a missing {@code subjects} key) comes from the {@link #hasNext()} that would have said false.
 *
 * <p>Not thread-safe: one reader is read by one thread, once.
 */
public final class FactReader implements Iterator<SubjectFacts>, AutoCloseable {

    /** Where the subjects come from: the next one, or null at the end (after checking what follows). */
    interface Pull {
        /** {@return the next subject, or null when there is none} */
        SubjectFacts next();

        /** {@return the period as far as it is known} */
        Optional<String> period();

        /** Releases the input. */
        void close();
    }

    private final String source;
    private final Pull pull;
    private SubjectFacts ahead;
    private boolean done;

    FactReader(String source, Pull pull) {
        this.source = requireNonNull(source, "source");
        this.pull = requireNonNull(pull, "pull");
    }

    /** {@return where the subjects come from (for a merge of this reader with others)} */
    Pull pull() {
        return pull;
    }

    /** {@return the source's name, as {@link FactSet#source()} would give it (files joined by {@code " + "})} */
    public String source() {
        return source;
    }

    /**
     * {@return the period, as far as it is known} A JSON file's {@code period} is known from the start
     * when it comes before the subjects (as {@link FactFiles} writes it; when it comes after them and the
     * file can be read twice, it is looked for ahead); a CSV file's once a row gives it.
     */
    public Optional<String> period() {
        return pull.period();
    }

    /**
     * {@return whether another subject follows}
     *
     * @throws InvalidInputException when the input is bad at this point
     */
    @Override
    public boolean hasNext() {
        if (ahead == null && !done) {
            ahead = pull.next();
            done = ahead == null;
        }
        return ahead != null;
    }

    /**
     * {@return the next subject}
     *
     * @throws InvalidInputException when the input is bad at this point
     * @throws NoSuchElementException after the last subject
     */
    @Override
    public SubjectFacts next() {
        if (!hasNext()) {
            throw new NoSuchElementException("no more subjects in " + source);
        }
        SubjectFacts s = ahead;
        ahead = null;
        return s;
    }

    /** {@return the remaining subjects, for a for-each loop (one iteration only)} */
    public Iterable<SubjectFacts> subjects() {
        return () -> this;
    }

    /**
     * {@return every remaining subject, held as a {@link FactSet}} (what {@link FactFiles#read} returns)
     *
     * @throws InvalidInputException when the input is bad
     */
    public FactSet readAll() {
        List<SubjectFacts> all = new ArrayList<>();
        while (hasNext()) {
            all.add(next());
        }
        return new FactSet(period(), Optional.of(source), all);
    }

    /** Closes the input; further calls find no subject. */
    @Override
    public void close() {
        done = true;
        ahead = null;
        pull.close();
    }
}

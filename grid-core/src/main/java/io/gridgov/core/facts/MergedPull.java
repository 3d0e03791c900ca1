package io.gridgov.core.facts;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Several facts sources merged by subject as {@link FactSet#merge(List)} merges them, the first one
 * streamed: every other source is held whole (by subject id), each subject of the first is joined with
 * its namesakes in the others as it is read, and the others' remaining subjects follow in the order of
 * their first appearance. The result equals {@code FactSet.merge}'s: the same subjects in the same order,
 * the same values, the same conflict message for a subject (when several subjects conflict, the first
 * one read is reported, which need not be the one {@code merge} reports). Not thread-safe.
 */
final class MergedPull implements FactReader.Pull {
    private final FactReader.Pull first;
    private final String firstName;
    private final List<String> names;
    private final List<Optional<String>> periods;
    /** The sources after the first, by subject id in their order; a subject is removed once merged. */
    private final List<Map<String, SubjectFacts>> rest;
    private boolean firstDone;
    private boolean periodChecked;
    private int restIndex;
    private Iterator<SubjectFacts> restIterator;

    MergedPull(FactReader.Pull first, String firstName, List<FactSet> others, List<String> otherNames) {
        this.first = first;
        this.firstName = firstName;
        this.names = new ArrayList<>();
        names.add(firstName);
        names.addAll(otherNames);
        this.periods = new ArrayList<>();
        this.rest = new ArrayList<>();
        for (FactSet f : others) {
            periods.add(f.period());
            Map<String, SubjectFacts> byId = new LinkedHashMap<>();
            f.subjects().forEach(s -> byId.put(s.id(), s));
            rest.add(byId);
        }
    }

    /** {@return the merged period: the first one given, in source order; a different one is a conflict} */
    @Override
    public Optional<String> period() {
        Optional<String> period = first.period();
        String from = firstName;
        for (int i = 0; i < periods.size(); i++) {
            Optional<String> p = periods.get(i);
            if (p.isPresent()) {
                if (period.isPresent() && !period.get().equals(p.get())) {
                    throw FactSet.conflict(names.get(i + 1), null, "period", from, period.get(), p.get());
                }
                if (period.isEmpty()) {
                    period = p;
                    from = names.get(i + 1);
                }
            }
        }
        return period;
    }

    @Override
    public SubjectFacts next() {
        if (!firstDone) {
            SubjectFacts s = first.next();
            if (s != null) {
                if (!periodChecked) {
                    period();
                    periodChecked = true;
                }
                return join(s, firstName, 0);
            }
            firstDone = true;
            period();
        }
        while (restIndex < rest.size()) {
            if (restIterator == null) {
                restIterator = rest.get(restIndex).values().iterator();
            }
            if (restIterator.hasNext()) {
                SubjectFacts s = restIterator.next();
                restIterator.remove();
                return join(s, names.get(restIndex + 1), restIndex + 1);
            }
            restIndex++;
            restIterator = null;
        }
        return null;
    }

    /**
     * {@return a subject joined with its namesakes in the held sources from {@code rest[from]} on} (the
     * first source's subjects join from 0, those of {@code rest[j]} from {@code j + 1}).
     */
    private SubjectFacts join(SubjectFacts s, String name, int from) {
        FactSet.Acc acc = null;
        for (int i = from; i < rest.size(); i++) {
            SubjectFacts other = rest.get(i).remove(s.id());
            if (other == null) {
                continue;
            }
            if (acc == null) {
                acc = new FactSet.Acc(s.id());
                acc.add(s, name);
            }
            acc.add(other, names.get(i + 1));
        }
        return acc == null ? s : acc.build();
    }

    @Override
    public void close() {
        first.close();
    }
}

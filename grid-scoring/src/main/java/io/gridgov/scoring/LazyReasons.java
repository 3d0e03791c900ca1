package io.gridgov.scoring;

import io.gridgov.scoring.LineItem.FactValue;
import java.math.BigDecimal;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.RandomAccess;

/**
 * The reasons of a line, worked out when first read by evaluating the rule again on the facts the
 * line recorded (the evaluation is deterministic, so they are the reasons of the scoring). Keeps a
 * scorecard small: 100,000 scorecards hold no text. Immutable (the computed list is cached) and
 * thread-safe.
 */
final class LazyReasons extends AbstractList<Explanation> implements RandomAccess {
    private final Engine engine;
    private final String name;
    private final BigDecimal points;
    private final Rule rule;
    private final List<FactValue> facts;
    private volatile List<Explanation> reasons;

    LazyReasons(Engine engine, String name, BigDecimal points, Rule rule, List<FactValue> facts) {
        this.engine = engine;
        this.name = name;
        this.points = points;
        this.rule = rule;
        this.facts = facts;
    }

    private List<Explanation> reasons() {
        List<Explanation> r = reasons;
        if (r == null) {
            List<Explanation> out = new ArrayList<>(2);
            engine.evaluate(new Engine.Replay(facts), name, points, rule, out);
            r = Collections.unmodifiableList(out);
            reasons = r;
        }
        return r;
    }

    @Override
    public Explanation get(int index) {
        return reasons().get(index);
    }

    @Override
    public int size() {
        return reasons().size();
    }
}

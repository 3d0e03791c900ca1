package io.gridgov.scoring;

import io.gridgov.scoring.LineItem.FactValue;
import java.math.BigDecimal;
import java.util.AbstractList;
import java.util.Map;
import java.util.RandomAccess;

/**
 * The facts a built-in rule read, as a view of the subject's (immutable) facts and the scheme's
 * defaults: a built-in rule always reads all of its facts, in the order of {@code Rule.facts()}, so a
 * line need not copy them. Immutable and thread-safe.
 */
final class FactList extends AbstractList<FactValue> implements RandomAccess {
    private final String[] names;
    private final Map<String, BigDecimal> values;
    private final Map<String, BigDecimal> defaults;

    FactList(String[] names, Map<String, BigDecimal> values, Map<String, BigDecimal> defaults) {
        this.names = names;
        this.values = values;
        this.defaults = defaults;
    }

    @Override
    public FactValue get(int index) {
        String name = names[index];
        BigDecimal v = values.get(name);
        return v != null ? new FactValue(name, v, false) : new FactValue(name, defaults.get(name), true);
    }

    @Override
    public int size() {
        return names.length;
    }
}

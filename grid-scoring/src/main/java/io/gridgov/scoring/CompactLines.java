package io.gridgov.scoring;

import java.math.BigDecimal;
import java.util.AbstractList;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.RandomAccess;

/**
 * The indicator lines of one scorecard, kept compact: the points each line awarded as an unscaled
 * number at the scheme's scale, plus the subject's (immutable) facts; everything else a line holds
 * (code, name, category, rule, points, the facts it read, its reasons) is the indicator's and is shared
 * through the engine. A {@link LineItem} is built when asked for, equal to the one the engine would
 * have built eagerly (same values, same scales), so 100,000 scorecards of 50 lines keep about 8 bytes
 * a line instead of a few hundred. Lines of vendor rule kinds are kept as built. Immutable and
 * thread-safe; {@code get} returns equal, not identical, items on repeated calls.
 */
final class CompactLines extends AbstractList<LineItem> implements RandomAccess {
    private final Engine engine;
    private final Map<String, BigDecimal> values;
    private final long[] awarded;
    private final LineItem[] kept;

    CompactLines(Engine engine, Map<String, BigDecimal> values, long[] awarded, LineItem[] kept) {
        this.engine = engine;
        this.values = values;
        this.awarded = awarded;
        this.kept = kept;
    }

    @Override
    public LineItem get(int index) {
        Objects.checkIndex(index, awarded.length);
        if (kept != null && kept[index] != null) {
            return kept[index];
        }
        return engine.materialize(index, values, awarded[index]);
    }

    /**
     * {@return the first line with this code, building only that line}
     *
     * @param code an indicator code
     */
    public Optional<LineItem> byCode(String code) {
        for (int i = 0; i < awarded.length; i++) {
            if (engine.code(i).equals(code)) {
                return Optional.of(get(i));
            }
        }
        return Optional.empty();
    }

    @Override
    public int size() {
        return awarded.length;
    }
}

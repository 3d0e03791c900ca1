package io.gridgov.cases;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The case counts of one subject (a grid, a node with its subtree, a department or a category) over a
 * period {@code [from, to)} (案件统计). See {@link CaseStatistics} for the definitions; {@code onTime +
 * overdueOpen + late + postponed = due} always. Immutable and thread-safe.
 *
 * @param reported reported within the period
 * @param due handling deadline within the period
 * @param postponed due, with an approved postponement
 * @param onTime due, not postponed, handled by the deadline (the last {@code handled} before the first passing verification)
 * @param overdueOpen due, not postponed, not on time, and not closed or cancelled at the end of the period
 * @param late due, not postponed, not on time, closed or cancelled by the end of the period
 * @param closed closed within the period (their latest closure)
 * @param reworked closed within the period after at least one failed verification
 * @param escalated first escalated (explicitly or automatically) within the period
 * @param supervised first supervised within the period
 * @param bySource the same counts per source ({@code media}, {@code leader}...); empty inside a by-source count
 */
public record CaseCounts(long reported, long due, long postponed, long onTime, long overdueOpen, long late, long closed,
        long reworked, long escalated, long supervised, Map<String, CaseCounts> bySource) {

    /** The fact names, in the order of the counts. */
    static final String[] NAMES = {"cases.reported", "cases.due", "cases.postponed", "cases.on_time",
        "cases.overdue_open", "cases.late", "cases.closed", "cases.reworked", "cases.escalated", "cases.supervised"};

    /** Validates the components. */
    public CaseCounts {
        requireNonNull(bySource, "bySource");
        bySource = Map.copyOf(bySource);
    }

    static CaseCounts of(long[] c, Map<String, CaseCounts> bySource) {
        return new CaseCounts(c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], c[8], c[9], bySource);
    }

    long[] array() {
        return new long[] {reported, due, postponed, onTime, overdueOpen, late, closed, reworked, escalated, supervised};
    }

    /**
     * The honest on-time rate (按期结案率): {@code onTime / (due − postponed)}, so that open overdue cases
     * count against it; empty when no case was due.
     *
     * @return the rate between 0 and 1, four decimals
     */
    public Optional<BigDecimal> onTimeRate() {
        long base = due - postponed;
        return base <= 0 ? Optional.empty()
                : Optional.of(BigDecimal.valueOf(onTime).divide(BigDecimal.valueOf(base), 4, RoundingMode.HALF_EVEN));
    }

    /**
     * The counts as facts: {@code cases.reported}, {@code cases.due}, {@code cases.postponed},
     * {@code cases.on_time}, {@code cases.overdue_open}, {@code cases.late}, {@code cases.closed},
     * {@code cases.reworked}, {@code cases.escalated}, {@code cases.supervised}, each also as
     * {@code <name>.by_source.<source>} per source.
     *
     * @return fact name to value, in that order
     */
    public Map<String, Long> facts() {
        Map<String, Long> out = new LinkedHashMap<>();
        long[] a = array();
        for (int i = 0; i < NAMES.length; i++) {
            out.put(NAMES[i], a[i]);
        }
        new java.util.TreeMap<>(bySource).forEach((src, c) -> {
            long[] b = c.array();
            for (int i = 0; i < NAMES.length; i++) {
                out.put(NAMES[i] + ".by_source." + src, b[i]);
            }
        });
        return out;
    }
}

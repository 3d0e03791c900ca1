package io.gridgov.core.code;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * A code made of decimal segments, one per level, optionally after a fixed-length prefix and
 * optionally padded with zeros to the full length (as the 12-digit statistical division code is:
 * a province is {@code 520000000000}). Immutable and thread-safe.
 *
 * <pre>{@code
 * CodeScheme codes = SegmentedCodeScheme.of("county-15", List.of(6, 3, 3, 3));
 * codes.length(3);                              // 12: a community's code
 * codes.childCode("520102001", 2, 7);           // "520102001007"
 * }</pre>
 *
 * @see CodeSchemes
 */
public final class SegmentedCodeScheme implements CodeScheme {

    private final String id;
    private final int prefixLength;
    private final List<Integer> segments;
    private final boolean padded;
    private final int[] cumulative;

    private SegmentedCodeScheme(String id, int prefixLength, List<Integer> segments, boolean padded) {
        this.id = requireNonNull(id, "id");
        this.segments = List.copyOf(segments);
        if (this.segments.isEmpty()) {
            throw new IllegalArgumentException("code scheme '" + id + "' has no segments");
        }
        if (prefixLength < 0) {
            throw new IllegalArgumentException("code scheme '" + id + "' prefix length " + prefixLength + " is negative");
        }
        this.prefixLength = prefixLength;
        this.padded = padded;
        this.cumulative = new int[this.segments.size() + 1];
        cumulative[0] = prefixLength;
        for (int i = 0; i < this.segments.size(); i++) {
            int s = this.segments.get(i);
            if (s <= 0 || s > 9) {
                throw new IllegalArgumentException("code scheme '" + id + "' segment " + (i + 1) + " has length " + s
                        + "; expected 1–9 digits");
            }
            cumulative[i + 1] = cumulative[i] + s;
        }
    }

    /**
     * A scheme whose level {@code i} adds {@code segments.get(i - 1)} digits, not padded.
     *
     * @param id the scheme id
     * @param segments digits per level, top first, each 1–9
     * @return the scheme
     */
    public static SegmentedCodeScheme of(String id, List<Integer> segments) {
        return new SegmentedCodeScheme(id, 0, segments, false);
    }

    /**
     * A scheme with every option.
     *
     * @param id the scheme id
     * @param prefixLength digits in front of the first level's segment that every code carries
     *        (CJ/T 349's 6-digit object code), 0 for none
     * @param segments digits per level, top first, each 1–9
     * @param padded whether every code has the full length, zeros standing for the levels below
     * @return the scheme
     */
    public static SegmentedCodeScheme of(String id, int prefixLength, List<Integer> segments, boolean padded) {
        return new SegmentedCodeScheme(id, prefixLength, segments, padded);
    }

    /**
     * The same format for a tree whose top level covers the first {@code count} segments, e.g. the
     * statistical code for a tree of county → township → village: {@code statistical12().topSpanning(3)}.
     *
     * @param count how many segments the tree's level 1 spans, at least 1
     * @return the derived scheme, with id {@code <id>/<count>}
     */
    public SegmentedCodeScheme topSpanning(int count) {
        if (count < 1 || count > segments.size()) {
            throw new IllegalArgumentException("top level cannot span " + count + " of the " + segments.size()
                    + " segments of code scheme '" + id + "'");
        }
        if (count == 1) {
            return this;
        }
        List<Integer> merged = new ArrayList<>();
        merged.add(cumulative[count] - prefixLength);
        merged.addAll(segments.subList(count, segments.size()));
        if (merged.get(0) > 9) {
            // A top segment longer than 9 digits: keep the prefix-based representation instead.
            return new SegmentedCodeScheme(id + "/" + count, cumulative[count - 1],
                    segments.subList(count - 1, segments.size()), padded);
        }
        return new SegmentedCodeScheme(id + "/" + count, prefixLength, merged, padded);
    }

    @Override
    public String id() {
        return id;
    }

    /** {@return the digits each level adds, top first} */
    public List<Integer> segments() {
        return segments;
    }

    /** {@return the number of fixed digits in front of the first level's segment} */
    public int prefixLength() {
        return prefixLength;
    }

    /** {@return whether codes are padded with zeros to the full length} */
    public boolean padded() {
        return padded;
    }

    /** {@return the full length of a code} */
    public int fullLength() {
        return cumulative[segments.size()];
    }

    private int significant(int levelNumber) {
        return cumulative[levelNumber];
    }

    private boolean covers(int levelNumber) {
        return levelNumber >= 1 && levelNumber <= segments.size();
    }

    @Override
    public OptionalInt length(int levelNumber) {
        if (!covers(levelNumber)) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(padded ? fullLength() : significant(levelNumber));
    }

    @Override
    public boolean wellFormed(String code, int levelNumber) {
        requireNonNull(code, "code");
        if (!covers(levelNumber)) {
            return true;
        }
        if (code.length() != length(levelNumber).getAsInt()) {
            return false;
        }
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
            if (padded && i >= significant(levelNumber) && c != '0') {
                return false;
            }
        }
        return true;
    }

    @Override
    public String childPrefix(String code, int levelNumber) {
        requireNonNull(code, "code");
        if (padded && covers(levelNumber) && code.length() >= significant(levelNumber)) {
            return code.substring(0, significant(levelNumber));
        }
        return code;
    }

    @Override
    public String childCode(String parentCode, int parentLevel, int sequence) {
        requireNonNull(parentCode, "parentCode");
        int childLevel = parentLevel + 1;
        if (!covers(childLevel)) {
            throw new IllegalArgumentException("code scheme '" + id + "' has no segment for level " + childLevel);
        }
        int digits = segments.get(childLevel - 1);
        String seq = Integer.toString(sequence);
        if (sequence < 0 || seq.length() > digits) {
            throw new IllegalArgumentException("sequence " + sequence + " does not fit the " + digits
                    + "-digit segment of level " + childLevel + " in code scheme '" + id + "'");
        }
        StringBuilder b = new StringBuilder(childPrefix(parentCode, parentLevel));
        b.append("0".repeat(digits - seq.length())).append(seq);
        if (padded) {
            b.append("0".repeat(Math.max(0, fullLength() - b.length())));
        }
        return b.toString();
    }

    @Override
    public String topCode(String segment) {
        requireNonNull(segment, "segment");
        return padded && segment.length() < fullLength() ? segment + "0".repeat(fullLength() - segment.length())
                : segment;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SegmentedCodeScheme s && s.id.equals(id) && s.prefixLength == prefixLength
                && s.segments.equals(segments) && s.padded == padded;
    }

    @Override
    public int hashCode() {
        return id.hashCode() * 31 + segments.hashCode();
    }

    @Override
    public String toString() {
        return "CodeScheme[" + id + (prefixLength > 0 ? ", prefix " + prefixLength : "") + ", segments " + segments
                + (padded ? ", padded to " + fullLength() : "") + "]";
    }
}

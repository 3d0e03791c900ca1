package io.gridgov.core.tree;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import java.util.Optional;

/**
 * Whether a grid is a comprehensive grid (综合网格), covering everything in a territory, or a
 * dedicated grid (专属网格) for one unit such as a school or an enterprise.
 *
 * <p>In files a kind is written {@code "comprehensive"}, {@code "dedicated"} (subtype
 * {@link DedicatedType#OTHER}), {@code "dedicated:school"} or just the subtype {@code "school"}.
 *
 * @param dedicatedType the subtype when the grid is dedicated, empty when comprehensive
 */
public record GridKind(Optional<DedicatedType> dedicatedType) {

    /** The comprehensive grid (综合网格). */
    public static final GridKind COMPREHENSIVE = new GridKind(Optional.empty());

    /** Validates the component. */
    public GridKind {
        requireNonNull(dedicatedType, "dedicatedType");
    }

    /** {@return a dedicated grid of the given subtype} */
    public static GridKind dedicated(DedicatedType type) {
        return new GridKind(Optional.of(requireNonNull(type, "type")));
    }

    /** {@return whether this is a dedicated grid (专属网格)} */
    public boolean isDedicated() {
        return dedicatedType.isPresent();
    }

    /**
     * Parses the file form of a kind.
     *
     * @param text {@code comprehensive}, {@code dedicated}, {@code dedicated:TYPE} or {@code TYPE}
     * @return the kind
     * @throws IllegalArgumentException naming the accepted values when {@code text} is none of them
     */
    public static GridKind parse(String text) {
        requireNonNull(text, "text");
        String t = text.trim().toLowerCase(Locale.ROOT);
        if (t.equals("comprehensive")) {
            return COMPREHENSIVE;
        }
        if (t.equals("dedicated")) {
            return dedicated(DedicatedType.OTHER);
        }
        String type = t.startsWith("dedicated:") ? t.substring("dedicated:".length()) : t;
        for (DedicatedType d : DedicatedType.values()) {
            if (d.key().equals(type)) {
                return dedicated(d);
            }
        }
        throw new IllegalArgumentException("unknown grid kind '" + text
                + "'; expected comprehensive, dedicated, or one of enterprise, school, market,"
                + " hospital, park, government, campus, other (optionally as dedicated:TYPE)");
    }

    /** {@return the file form: {@code comprehensive} or {@code dedicated:TYPE}} */
    @Override
    public String toString() {
        return dedicatedType.map(d -> "dedicated:" + d.key()).orElse("comprehensive");
    }
}

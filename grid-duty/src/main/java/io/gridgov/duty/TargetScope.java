package io.gridgov.duty;

import static java.util.Objects.requireNonNull;

import io.gridgov.core.io.JsonTree;
/**
 * What a duty is done to (对象). A closed family:
 * <ul>
 * <li>{@link OwnGrid}: the grid itself (patrol the grid, hold the meeting) — one target;</li>
 * <li>{@link Households}: each household of a category, e.g. S9's six key categories
 *     ({@code key}) or ordinary households ({@code ordinary}); the number comes from the grid node's
 *     attribute {@code households.<category>} ({@code all} uses the node's household count);</li>
 * <li>{@link Units}: each unit of a kind (enterprise, shop, market, …), counted by the node attribute
 *     {@code units.<kind>}; a dedicated grid of that kind without the attribute counts as one unit;</li>
 * <li>{@link Subordinates}: each child grid, or each worker holding a role in a child grid.</li>
 * </ul>
 * The {@link #category()} names the target class in fact names ({@code duty.visit.key.missed}).
 * Immutable and thread-safe.
 */
public sealed interface TargetScope permits TargetScope.OwnGrid, TargetScope.Households, TargetScope.Units,
        TargetScope.Subordinates {

    /** {@return the target class used in fact names and activity targets; empty for the grid itself} */
    String category();

    /**
     * Checks a key used in files and fact names: lower-case letters, digits and '-', starting with a letter.
     *
     * @param key the key
     * @param what what the key names, for the message, such as {@code unit kind}
     * @throws IllegalArgumentException when the key has another form
     */
    private static void requireKey(String key, String what) {
        if (!key.matches("[a-z][a-z0-9-]*")) {
            throw InvalidDutyException.of("value.targetKey." + what, JsonTree.quoted(key));
        }
    }

    /** The grid itself. */
    record OwnGrid() implements TargetScope {
        @Override
        public String category() {
            return "";
        }
    }

    /**
     * Each household of a category.
     *
     * @param householdCategory {@code key}, {@code ordinary}, {@code all} or a specific category such as
     *        {@code empty-nest}
     */
    record Households(String householdCategory) implements TargetScope {
        /** Validates the component. */
        public Households {
            requireNonNull(householdCategory, "householdCategory");
            requireKey(householdCategory, "householdCategory");
        }

        @Override
        public String category() {
            return householdCategory;
        }
    }

    /**
     * Each unit of a kind.
     *
     * @param unitKind such as {@code enterprise}, {@code shop}, {@code market}
     */
    record Units(String unitKind) implements TargetScope {
        /** Validates the component. */
        public Units {
            requireNonNull(unitKind, "unitKind");
            requireKey(unitKind, "unitKind");
        }

        @Override
        public String category() {
            return unitKind;
        }
    }

    /** Whom a {@link Subordinates} scope counts. */
    enum SubordinateKind {
        /** Each child grid. */
        GRIDS,
        /** Each worker of a child grid. */
        WORKERS
    }

    /**
     * Each subordinate grid or worker.
     *
     * @param of grids or workers
     */
    record Subordinates(SubordinateKind of) implements TargetScope {
        /** Validates the component. */
        public Subordinates {
            requireNonNull(of, "of");
        }

        @Override
        public String category() {
            return of == SubordinateKind.GRIDS ? "grids" : "workers";
        }
    }
}

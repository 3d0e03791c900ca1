package io.gridgov.geo.validate;

import static java.util.Objects.requireNonNull;

import io.gridgov.core.Arguments;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygonal;

/**
 * How to clean a partition (边界清理): the snapping distance, the widest gap that is filled, who wins
 * an overlap and whether parents or children are authoritative. Immutable and thread-safe; build
 * with {@link #builder()}.
 *
 * <pre>{@code
 * CleaningOptions options = CleaningOptions.builder()
 *         .snapMetres(1.0).maxGapWidthMetres(12).overlaps(CleaningOptions.OverlapStrategy.LARGEST_AREA)
 *         .authority(CleaningOptions.Authority.PARENT).build();
 * }</pre>
 *
 * @param snapMetres the snapping distance (聚类容差): in each sibling group that needs cleaning,
 *        vertices closer than this become one and vertices within it of another grid's (or the
 *        parent's) edge are inserted into that edge before the group is noded; 0 turns snapping off.
 *        Validate the output with the same value as tolerance.
 * @param maxGapWidthMetres a gap (area inside the parent, or enclosed by the siblings, that no child
 *        covers) narrower than this — no disc of this diameter fits in it — is merged into the
 *        neighbouring child with the longest shared border; wider gaps are left and reported. The
 *        width is measured after snapping, against this plus {@code snapMetres} (snapping moves a
 *        border by up to that distance, so it may widen a gap by as much)
 * @param overlaps which of the grids that overlap keeps an overlapping piece
 * @param authority whether the parent outlines (default) or the children are kept
 * @param allowedGaps polygons (in the partition's coordinates) inside which gaps are left as they
 *        are, in addition to the partition's own allowed gaps
 * @param parallelism how many threads clean the sibling groups of one level (1 = the caller's
 *        thread; default: the available processors); the result does not depend on it
 */
public record CleaningOptions(double snapMetres, double maxGapWidthMetres, OverlapStrategy overlaps,
        Authority authority, List<Geometry> allowedGaps, int parallelism) {

    /** The default snapping distance: half a metre, the validation's default tolerance. */
    public static final double DEFAULT_SNAP_METRES = ValidationOptions.DEFAULT_TOLERANCE_METRES;
    /** The default widest gap filled: five metres. */
    public static final double DEFAULT_MAX_GAP_WIDTH_METRES = 5.0;
    /** The defaults: 0.5 m snapping, gaps up to 5 m filled, longest border, parents authoritative. */
    public static final CleaningOptions DEFAULTS = builder().build();

    /** Who keeps a piece covered by two or more siblings (重叠归属). */
    public enum OverlapStrategy {
        /** The grid that shares the longest border with the piece (ties: sibling order). */
        LONGEST_BORDER,
        /** The grid with the largest area (ties: sibling order). */
        LARGEST_AREA,
        /** The grid with the smallest area (ties: sibling order). */
        SMALLEST_AREA,
        /** The grid whose id is first in {@link String#compareTo} order. */
        LOWEST_ID
    }

    /** Which outline is authoritative where a parent and its children disagree (以谁为准). */
    public enum Authority {
        /**
         * The parent (civil-affairs outlines): children are fitted to it, top down — parts outside
         * the parent are cut, narrow gaps between the children and the parent's outline filled.
         */
        PARENT,
        /**
         * The children: the leaves are cleaned as one coverage and every parent is redrawn as the
         * union of its children, cascading upward.
         */
        CHILDREN
    }

    /** Validates and copies the components. */
    public CleaningOptions {
        Arguments.finiteNonNegative(snapMetres, "snapMetres");
        Arguments.finiteNonNegative(maxGapWidthMetres, "maxGapWidthMetres");
        requireNonNull(overlaps, "overlaps");
        requireNonNull(authority, "authority");
        allowedGaps = List.copyOf(allowedGaps);
        if (parallelism < 1) {
            throw new IllegalArgumentException("parallelism must be ≥ 1 but was " + parallelism);
        }
        for (Geometry g : allowedGaps) {
            if (!(g instanceof Polygonal)) {
                throw new IllegalArgumentException("an allowed gap must be a Polygon or MultiPolygon but was a "
                        + g.getGeometryType());
            }
        }
    }

    /** {@return a builder with the defaults} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return the validation options that check this cleaning's output: tolerance = the snapping distance} */
    public ValidationOptions validationOptions() {
        return ValidationOptions.builder().toleranceMetres(snapMetres).allowedGaps(allowedGaps)
                .parallelism(parallelism).build();
    }

    /** Builds {@link CleaningOptions}; setters fail fast on bad values. Not thread-safe. */
    public static final class Builder {
        private double snapMetres = DEFAULT_SNAP_METRES;
        private double maxGapWidthMetres = DEFAULT_MAX_GAP_WIDTH_METRES;
        private OverlapStrategy overlaps = OverlapStrategy.LONGEST_BORDER;
        private Authority authority = Authority.PARENT;
        private final List<Geometry> allowedGaps = new ArrayList<>();
        private int parallelism = Runtime.getRuntime().availableProcessors();

        private Builder() {
        }

        /** Sets the snapping distance in metres (≥ 0). @return this builder */
        public Builder snapMetres(double metres) {
            Arguments.finiteNonNegative(metres, "snapMetres");
            this.snapMetres = metres;
            return this;
        }

        /** Sets the widest gap, in metres (≥ 0), that is merged into a neighbour. @return this builder */
        public Builder maxGapWidthMetres(double metres) {
            Arguments.finiteNonNegative(metres, "maxGapWidthMetres");
            this.maxGapWidthMetres = metres;
            return this;
        }

        /** Sets who keeps an overlapping piece. @return this builder */
        public Builder overlaps(OverlapStrategy strategy) {
            this.overlaps = requireNonNull(strategy, "strategy");
            return this;
        }

        /** Sets which outline is authoritative. @return this builder */
        public Builder authority(Authority authority) {
            this.authority = requireNonNull(authority, "authority");
            return this;
        }

        /** Replaces the allowed gaps (polygons). @return this builder */
        public Builder allowedGaps(Collection<? extends Geometry> gaps) {
            List<Geometry> copy = ValidationOptions.gapsCopy(gaps);
            allowedGaps.clear();
            allowedGaps.addAll(copy);
            return this;
        }

        /** Sets how many threads clean the sibling groups of one level (≥ 1). @return this builder */
        public Builder parallelism(int threads) {
            this.parallelism = Arguments.atLeast(threads, 1, "parallelism");
            return this;
        }

        /** {@return the options} */
        public CleaningOptions build() {
            return new CleaningOptions(snapMetres, maxGapWidthMetres, overlaps, authority, allowedGaps, parallelism);
        }
    }
}

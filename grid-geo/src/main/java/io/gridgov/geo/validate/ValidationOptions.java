package io.gridgov.geo.validate;

import static java.util.Objects.requireNonNull;

import io.gridgov.core.Arguments;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygonal;

/**
 * How to validate a partition. Immutable and thread-safe; build with {@link #builder()}.
 *
 * <pre>{@code
 * ValidationOptions options = ValidationOptions.builder()
 *         .toleranceMetres(0.5).minAreaM2(1.0).parallelism(2).build();
 * }</pre>
 *
 * @param toleranceMetres the cluster tolerance (聚类容差), as in ArcGIS topology: in each sibling group
 *        the exact certificates do not take, vertices closer than this become one and vertices within
 *        it of another grid's edge are inserted into that edge before the checks, so differences within
 *        it are no violations at all; a piece still narrower than this after snapping (twice the radius
 *        of its maximum inscribed circle) is a WARNING sliver; 0 turns snapping off
 * @param minAreaM2 a gap or overlap piece smaller than this many m² is a WARNING, not an ERROR
 * @param allowedGaps polygons (in the partition's coordinates) inside which gaps are not reported,
 *        in addition to the partition's own allowed gaps
 * @param parallelism how many threads validate independent sibling groups (1 = the caller's thread)
 */
public record ValidationOptions(double toleranceMetres, double minAreaM2, List<Geometry> allowedGaps,
        int parallelism) {

    /** The default tolerance: half a metre. */
    public static final double DEFAULT_TOLERANCE_METRES = 0.5;
    /** The default minimum area: one square metre. */
    public static final double DEFAULT_MIN_AREA_M2 = 1.0;

    /** The defaults: 0.5 m tolerance, 1 m² minimum area, no allowed gaps, one thread per processor. */
    public static final ValidationOptions DEFAULTS = builder().build();

    /** Validates and copies the components. */
    public ValidationOptions {
        Arguments.finiteNonNegative(toleranceMetres, "toleranceMetres");
        Arguments.finiteNonNegative(minAreaM2, "minAreaM2");
        allowedGaps = List.copyOf(allowedGaps);
        for (Geometry g : allowedGaps) {
            if (!(g instanceof Polygonal)) {
                throw new IllegalArgumentException("an allowed gap must be a Polygon or MultiPolygon but was a "
                        + g.getGeometryType());
            }
        }
        if (parallelism < 1) {
            throw new IllegalArgumentException("parallelism must be ≥ 1 but was " + parallelism);
        }
    }

    /** {@return a builder with the defaults} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return a builder holding these options} */
    public Builder toBuilder() {
        return new Builder().toleranceMetres(toleranceMetres).minAreaM2(minAreaM2).allowedGaps(allowedGaps)
                .parallelism(parallelism);
    }

    /** Builds {@link ValidationOptions}; setters fail fast on bad values. Not thread-safe. */
    public static final class Builder {
        private double toleranceMetres = DEFAULT_TOLERANCE_METRES;
        private double minAreaM2 = DEFAULT_MIN_AREA_M2;
        private final List<Geometry> allowedGaps = new ArrayList<>();
        private int parallelism = Runtime.getRuntime().availableProcessors();

        private Builder() {
        }

        /** Sets the cluster tolerance in metres (≥ 0). @return this builder */
        public Builder toleranceMetres(double metres) {
            Arguments.finiteNonNegative(metres, "toleranceMetres");
            this.toleranceMetres = metres;
            return this;
        }

        /** Sets the minimum area in m² (≥ 0) below which a piece is a warning. @return this builder */
        public Builder minAreaM2(double m2) {
            Arguments.finiteNonNegative(m2, "minAreaM2");
            this.minAreaM2 = m2;
            return this;
        }

        /** Replaces the allowed gaps (polygons). @return this builder */
        public Builder allowedGaps(Collection<? extends Geometry> gaps) {
            List<Geometry> copy = gapsCopy(gaps);
            allowedGaps.clear();
            allowedGaps.addAll(copy);
            return this;
        }

        /** Sets the number of threads (≥ 1). @return this builder */
        public Builder parallelism(int threads) {
            this.parallelism = Arguments.atLeast(threads, 1, "parallelism");
            return this;
        }

        /** {@return the options} */
        public ValidationOptions build() {
            return new ValidationOptions(toleranceMetres, minAreaM2, allowedGaps, parallelism);
        }
    }

    /** {@return a copy of the allowed gaps, none of them null} */
    static List<Geometry> gapsCopy(Collection<? extends Geometry> gaps) {
        requireNonNull(gaps, "gaps");
        List<Geometry> copy = new ArrayList<>(gaps);
        copy.forEach(g -> requireNonNull(g, "allowed gap"));
        return copy;
    }
}

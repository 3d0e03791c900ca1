package io.gridgov.geo.validate;

import static java.util.Objects.requireNonNull;

import io.gridgov.core.i18n.LocalizedText;
import io.gridgov.geo.GeoPartition;
import io.gridgov.geo.GeoPoint;
import java.util.List;
import java.util.Optional;
import org.locationtech.jts.geom.Geometry;

/**
 * What {@link PartitionCleaner} did (边界清理结果): the cleaned partition and, per grid, what changed;
 * the grids it refused to change and the gaps it left. Immutable and thread-safe (geometries must not
 * be modified).
 *
 * @param partition the cleaned partition: the same tree (ids, properties, order), allowed gaps and
 *        coordinate system; only geometries differ
 * @param changes one entry per grid whose geometry changed, in tree order
 * @param refusals grids that would have vanished or split into pieces; their sibling group was left
 *        as it was (see {@link PartitionCleaner})
 * @param gapsLeft gaps left as they are: wider than the maximum gap width, or inside an allowed gap
 */
public record CleaningResult(GeoPartition partition, List<Change> changes, List<Refusal> refusals,
        List<LeftGap> gapsLeft) {

    /** Validates and copies the components. */
    public CleaningResult {
        requireNonNull(partition, "partition");
        changes = List.copyOf(changes);
        refusals = List.copyOf(refusals);
        gapsLeft = List.copyOf(gapsLeft);
    }

    /**
     * {@return whether everything the cleaner handles was cleaned: nothing refused and no gap left
     * for being too wide} (gaps inside allowed gaps do not count)
     */
    public boolean isComplete() {
        return refusals.isEmpty() && gapsLeft.stream().noneMatch(g -> g.kind() == LeftGap.Kind.WIDER_THAN_MAX);
    }

    /** {@return the change of a grid, if its geometry changed} */
    public Optional<Change> change(String id) {
        requireNonNull(id, "id");
        return changes.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /**
     * How one grid's geometry changed.
     *
     * @param id the grid id
     * @param areaGainedM2 area the grid has now and did not have, in m² (from the pieces between the
     *        old and the new outline, which differ only along some stretches; {@code gained − lost}
     *        is the change of area)
     * @param areaLostM2 area the grid had and has no more, in m²
     * @param largestDisplacementMetres the largest distance between the old and the new outline (the
     *        discrete Hausdorff distance of the boundaries, in a local metric frame), in metres
     */
    public record Change(String id, double areaGainedM2, double areaLostM2, double largestDisplacementMetres) {
        /** Validates the components. */
        public Change {
            requireNonNull(id, "id");
        }
    }

    /**
     * A grid the cleaner refused to change.
     *
     * @param id the grid id
     * @param parentId its parent, empty for a root (or under {@link CleaningOptions.Authority#CHILDREN})
     * @param level its level number
     * @param reason why
     * @param pieces how many pieces it would have had (0 when it would vanish)
     * @param message the bilingual explanation
     */
    public record Refusal(String id, Optional<String> parentId, int level, Reason reason, int pieces,
            LocalizedText message) {
        /** Why a grid was not changed. */
        public enum Reason {
            /** Nothing would be left of it (all of it outside its parent, or given to siblings). */
            VANISH,
            /** It would fall apart into more pieces than it had. */
            SPLIT
        }

        /** Validates the components. */
        public Refusal {
            requireNonNull(id, "id");
            requireNonNull(parentId, "parentId");
            requireNonNull(reason, "reason");
            requireNonNull(message, "message");
        }
    }

    /**
     * A gap the cleaner left as it is.
     *
     * @param parentId the parent whose children leave the gap, empty for a gap between roots (or
     *        between leaves under {@link CleaningOptions.Authority#CHILDREN})
     * @param level the level number of the children around the gap
     * @param kind why it was left
     * @param areaM2 its area in m²
     * @param bordering the grids it borders, sorted
     * @param point a point inside it
     * @param geometry the gap
     * @param message the bilingual explanation
     */
    public record LeftGap(Optional<String> parentId, int level, Kind kind, double areaM2, List<String> bordering,
            GeoPoint point, Geometry geometry, LocalizedText message) {
        /** Why a gap was left. */
        public enum Kind {
            /** Wider somewhere than the maximum gap width. */
            WIDER_THAN_MAX,
            /** Inside an allowed gap (a lake, unassigned land). */
            ALLOWED
        }

        /** Validates and copies the components. */
        public LeftGap {
            requireNonNull(parentId, "parentId");
            requireNonNull(kind, "kind");
            bordering = List.copyOf(bordering);
            requireNonNull(point, "point");
            requireNonNull(geometry, "geometry");
            requireNonNull(message, "message");
        }
    }
}

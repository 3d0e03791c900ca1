package io.gridgov.geo.validate;

import static java.util.Objects.requireNonNull;

import io.gridgov.geo.GeoPartition;

/**
 * Validates that children tile their parent (无缝覆盖、不交叉、不遗漏) at every level of a grid tree,
 * in one call: invalid and missing geometries, overlaps between siblings, gaps (holes and notches
 * on the parent's edge), parts outside the parent, mismatched shared edges, non-contiguous grids,
 * and grid-core's structural findings.
 *
 * <pre>{@code
 * ValidationReport report = PartitionValidator.validate(partition);            // defaults
 * PartitionValidator validator = new PartitionValidator(
 *         ValidationOptions.builder().toleranceMetres(1.0).build());
 * ValidationReport again = validator.check(partition);
 * }</pre>
 *
 * <p>How: every geometry is checked for validity ({@code IsValidOp}, after a cheap exact test
 * that certifies a hole-free polygon whose shell is a simple ring; anything else, and every
 * invalid geometry, goes through {@code IsValidOp}, which gives the reason and location). A
 * sibling group whose valid children tile their valid parent exactly, vertex for vertex (their
 * oriented boundaries add up to the parent's, segment for segment — one hash pass), has no
 * overlap, gap, part outside or edge mismatch, and needs nothing more. Nor does a group whose
 * children's interior borders cancel exactly and whose outer boundary (a simple ring) runs through
 * the parent's vertices in order, the parent's other vertices lying so close to that boundary that
 * every piece of {@code parent − union} and {@code union − parent} is provably below the noise
 * threshold at which such pieces are discarded anyway (a parent densified independently of its
 * children). Every other group is first snapped to the cluster tolerance
 * ({@link ValidationOptions#toleranceMetres()}: vertices closer than it become one, vertices within
 * it of another grid's edge are inserted into that edge — {@link ValidationReport#snappedVertices()}
 * counts them per parent); a group whose differences were all within the tolerance is then an exact
 * tiling. What remains is checked on the snapped geometries — JTS {@code CoverageValidator} for the
 * children's shared edges, the children's union ({@code CoverageUnion}, falling back to OverlayNG
 * when its result is invalid) compared with the parent for gaps and parts outside, pairwise
 * intersections on an STRtree for overlaps — and independent groups run in parallel; the report
 * order does not depend on scheduling. A piece narrower than the tolerance or smaller than the
 * minimum area is a WARNING. Groups with an invalid member report the invalid geometry, and do not
 * report gap, overlap or outside pieces touching that member's envelope (they are explained by it).
 * Thin pieces along one border are reported as one {@link Violation.BorderSlivers} finding.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class PartitionValidator {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(PartitionValidator.class);

    /** Receives progress: {@code done} of {@code total} sibling groups validated. May be called from any thread. */
    @FunctionalInterface
    public interface Progress {
        /** A listener that ignores progress. */
        Progress NONE = (done, total) -> { };

        /**
         * Called after each sibling group.
         *
         * @param done groups done so far
         * @param total all groups
         */
        void groupsDone(int done, int total);
    }

    private final ValidationOptions options;

    /**
     * A validator with the given options.
     *
     * @param options the options
     */
    public PartitionValidator(ValidationOptions options) {
        this.options = requireNonNull(options, "options");
    }

    /** {@return the options} */
    public ValidationOptions options() {
        return options;
    }

    /**
     * Validates a partition with the {@link ValidationOptions#DEFAULTS default options}.
     *
     * @param partition the partition
     * @return the report
     */
    public static ValidationReport validate(GeoPartition partition) {
        return new PartitionValidator(ValidationOptions.DEFAULTS).check(partition, Progress.NONE);
    }

    /**
     * Validates a partition.
     *
     * @param partition the partition
     * @param options the options
     * @return the report
     */
    public static ValidationReport validate(GeoPartition partition, ValidationOptions options) {
        return new PartitionValidator(options).check(partition, Progress.NONE);
    }

    /**
     * Validates one sibling group with every rule (the rule classes such as {@link GapRule} return
     * one rule's violations).
     *
     * @param group the group
     * @param options the options (their allowed gaps apply)
     * @return the violations, in report order
     */
    public static java.util.List<Violation> validate(SiblingGroup group, ValidationOptions options) {
        requireNonNull(group, "group");
        requireNonNull(options, "options");
        return SiblingGroupChecks.check(group, options, null);
    }

    /**
     * Validates a partition with this validator's options.
     *
     * @param partition the partition
     * @return the report
     */
    public ValidationReport check(GeoPartition partition) {
        return check(partition, Progress.NONE);
    }

    /**
     * Validates a partition, reporting progress.
     *
     * @param partition the partition
     * @param progress the progress listener
     * @return the report
     */
    public ValidationReport check(GeoPartition partition, Progress progress) {
        requireNonNull(partition, "partition");
        requireNonNull(progress, "progress");
        long started = System.nanoTime();
        ValidationReport report = new HierarchicalValidation(partition, options, progress).run();
        LOG.debug("validated {} grids on {} levels in {} ms: {} violations", partition.tree().size(),
                partition.tree().maxLevelNumber(), (System.nanoTime() - started) / 1_000_000,
                report.violations().size());
        return report;
    }
}

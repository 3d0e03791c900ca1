package io.gridgov.geo.validate;

import static java.util.Objects.requireNonNull;

import io.gridgov.geo.GeoPartition;

/**
 * Cleans a partition so that it validates (边界清理, 拓扑修复): a hierarchical coverage cleaner for
 * grid files whose parents come from another survey, or whose grids were digitised one by one.
 *
 * <pre>{@code
 * CleaningResult result = PartitionCleaner.clean(partition);                 // defaults
 * PartitionCleaner cleaner = new PartitionCleaner(CleaningOptions.builder()
 *         .snapMetres(1.0).maxGapWidthMetres(12).build());
 * CleaningResult again = cleaner.apply(partition);
 * ValidationReport check = PartitionValidator.validate(again.partition(), cleaner.options().validationOptions());
 * }</pre>
 *
 * <p>With {@link CleaningOptions.Authority#PARENT} (the default: civil-affairs outlines are
 * authoritative) every sibling group is cleaned top down, the roots first, each against its
 * parent's already cleaned outline, which is kept as it is: the children are snapped to each other
 * and to the parent ({@link CleaningOptions#snapMetres()}); the vertices of their outer borders
 * within the maximum gap width of the parent's outline are moved onto it; the group is noded (JTS
 * {@code SnappingNoder}, snap-rounding when that leaves crossings) and polygonized; every face goes
 * to the child that covers it, a face two children cover to one of them by the
 * {@link CleaningOptions.OverlapStrategy}, a face outside the parent to nobody, and a gap narrower
 * than {@link CleaningOptions#maxGapWidthMetres()} to the neighbour with the longest shared border.
 * Wider gaps and gaps inside allowed gaps are left and reported. With
 * {@link CleaningOptions.Authority#CHILDREN} the leaves are cleaned the same way as one coverage
 * (without a parent) and each parent is redrawn as the union of its children, bottom up.
 *
 * <p>A group whose children already tile their parent (the exact certificates of validation) is
 * not touched, so a clean partition comes back unchanged. A group whose children, once snapped,
 * share all their borders vertex for vertex (a parent drawn by another survey than its children)
 * is fitted to the parent without noding: each child's run of the children's outline between two
 * junctions becomes the stretch of the parent's outline between the junctions' nearest points
 * (the same grids as the faces; see {@code OutlineFitting}, package-private). A grid that would
 * vanish or fall apart into more pieces than it had is refused (a sliver narrower than the
 * snapping distance that snapping broke off it is not a piece: it goes to the neighbour along
 * which it lies longest): its whole sibling group is left as it was (cleaning the
 * others around it would leave a gap or overlap where it is) and the refusal is reported; the groups
 * below are still cleaned against the unchanged parents. Ids, properties, order, allowed gaps and
 * the coordinate system are kept; invalid input geometries are repaired ({@code GeometryFixer}).
 * The result is checked by {@link PartitionValidator} with
 * {@link CleaningOptions#validationOptions()} (tolerance = the snapping distance). The groups under
 * the parents of one level are cleaned in parallel ({@link CleaningOptions#parallelism()}); the
 * change report's areas come from the pieces between each grid's old and new outline (see
 * {@link CleaningResult.Change}), not from an overlay of the two.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class PartitionCleaner {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(PartitionCleaner.class);

    private final CleaningOptions options;

    /**
     * A cleaner with the given options.
     *
     * @param options the options
     */
    public PartitionCleaner(CleaningOptions options) {
        this.options = requireNonNull(options, "options");
    }

    /** {@return the options} */
    public CleaningOptions options() {
        return options;
    }

    /**
     * Cleans a partition with the {@link CleaningOptions#DEFAULTS default options}.
     *
     * @param partition the partition
     * @return the result
     */
    public static CleaningResult clean(GeoPartition partition) {
        return new PartitionCleaner(CleaningOptions.DEFAULTS).apply(partition);
    }

    /**
     * Cleans a partition.
     *
     * @param partition the partition
     * @param options the options
     * @return the result
     */
    public static CleaningResult clean(GeoPartition partition, CleaningOptions options) {
        return new PartitionCleaner(options).apply(partition);
    }

    /**
     * Cleans a partition with this cleaner's options.
     *
     * @param partition the partition
     * @return the result
     */
    public CleaningResult apply(GeoPartition partition) {
        requireNonNull(partition, "partition");
        long started = System.nanoTime();
        CleaningResult result = new CleaningRun(partition, options).run();
        LOG.debug("cleaned {} grids in {} ms: {} changed, {} refused, {} gaps left", partition.tree().size(),
                (System.nanoTime() - started) / 1_000_000, result.changes().size(), result.refusals().size(),
                result.gapsLeft().size());
        return result;
    }
}

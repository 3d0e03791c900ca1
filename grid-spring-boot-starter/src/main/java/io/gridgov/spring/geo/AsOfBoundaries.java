package io.gridgov.spring.geo;

import static java.util.Objects.requireNonNull;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.gridgov.core.tree.GridTree;
import io.gridgov.geo.GeoPartition;
import io.gridgov.geo.locate.GridLocator;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.locationtech.jts.geom.Geometry;

/**
 * The boundaries as they stood on a day (历史版本边界): the tree restricted to the nodes valid that day
 * ({@link GridTree#asOf(LocalDate)}), their boundaries and a locator on them, built once per day and
 * boundaries and kept in a Caffeine cache bounded by the vertices it holds. A service asked "as of"
 * different dates would otherwise rebuild the tree, the partition and the locator's index on each
 * request (see docs/BENCHMARKS.md, {@code AsOfBenchmark}). The key holds the boundaries' identity, so a
 * reload of the model never answers from the previous files; {@link #invalidate()} drops the rest.
 * Thread-safe.
 */
public final class AsOfBoundaries {

    /** The default bound: vertices held by all cached days together. */
    public static final long DEFAULT_MAX_VERTICES = 5_000_000L;

    /** The boundaries of one day. @param date the day @param tree the tree of the nodes valid that day
     * @param partition their boundaries (with the allowed gaps) @param locator a locator on them */
    public record View(LocalDate date, GridTree tree, GeoPartition partition, GridLocator locator) {
        /** Validates. */
        public View {
            requireNonNull(date, "date");
            requireNonNull(tree, "tree");
            requireNonNull(partition, "partition");
            requireNonNull(locator, "locator");
        }
    }

    private record Key(GridBoundaries boundaries, LocalDate date) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.boundaries == boundaries && k.date.equals(date);
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(boundaries) * 31 + date.hashCode();
        }
    }

    private final Supplier<GridBoundaries> current;
    private final Cache<Object, View> cache;

    /**
     * Creates the cache.
     *
     * @param current the current boundaries (such as {@link LocatorService#boundaries()})
     * @param maxVertices the bound on the vertices of all cached days together; 0 caches nothing
     */
    public AsOfBoundaries(Supplier<GridBoundaries> current, long maxVertices) {
        this.current = requireNonNull(current, "current");
        if (maxVertices < 0) {
            throw new IllegalArgumentException("maxVertices must be ≥ 0, not " + maxVertices);
        }
        this.cache = Caffeine.newBuilder().maximumWeight(maxVertices)
                .weigher((Object k, View v) -> (int) Math.min(Integer.MAX_VALUE, vertices(v.partition())))
                .recordStats().build();
    }

    /**
     * The boundaries on a day, from the cache or built now.
     *
     * @param date the day
     * @return the view
     */
    public View asOf(LocalDate date) {
        GridBoundaries now = current.get();
        return cache.get(new Key(now, requireNonNull(date, "date")), k -> build(now.partition(), date));
    }

    /**
     * Builds the boundaries of a day without a cache.
     *
     * @param partition the partition of the whole tree
     * @param date the day
     * @return the view
     */
    public static View build(GeoPartition partition, LocalDate date) {
        GridTree tree = partition.tree().asOf(date);
        GeoPartition day = partition;
        if (tree != partition.tree()) {
            Map<String, Geometry> kept = new HashMap<>();
            partition.geometries().forEach((id, g) -> {
                if (tree.contains(id)) {
                    kept.put(id, g);
                }
            });
            day = GeoPartition.of(tree, kept, partition.crs()).withAllowedGaps(partition.allowedGaps());
        }
        return new View(date, tree, day, GridLocator.of(day));
    }

    /** Drops every cached day (the model calls this after a reload). */
    public void invalidate() {
        cache.invalidateAll();
    }

    /** {@return the Caffeine cache, to bind its hit rate to a meter registry} */
    public Cache<Object, View> cache() {
        return cache;
    }

    private static long vertices(GeoPartition p) {
        long n = 0;
        for (Geometry g : p.geometries().values()) {
            n += g.getNumPoints();
        }
        return Math.max(1, n);
    }
}

package io.gridgov.testkit;

import static java.util.Objects.requireNonNull;

import io.gridgov.core.Arguments;
import io.gridgov.geo.CoordinateSystem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.arbitraries.ArbitraryDecorator;

/**
 * A configurable jqwik arbitrary of generated partitions. It draws a {@link PartitionSpec} from
 * shrinkable parameters — number of levels, fan-out per level, vertices per border, noise, holes,
 * lakes, seed — and generates it, so a failing property shrinks towards few levels, small
 * fan-outs, straight borders and seed 0: a small partition.
 *
 * <pre>{@code
 * Arbitrary<Partition> cities = Partitions.organic()
 *         .levels(3, 3)
 *         .fanOutAt(2, 4, 8)        // 4–8 communities per district
 *         .fanOutAt(3, 10, 20)      // 10–20 grids per community
 *         .verticesPerBorder(2, 10)
 *         .crs(CoordinateSystem.PROJECTED_METRES);
 * }</pre>
 *
 * <p>Defaults: both styles, 2–3 levels, one root, fan-out 2–6 per level below the roots, 0–6
 * vertices per border, noise 0–0.04, lon/lat around Guiyang (26.5°N 106.7°E), 300 m leaves, at most
 * 5,000 leaves, no dedicated grids, holes or lakes. Each configuration method returns a new
 * arbitrary and leaves this one unchanged; a configured arbitrary is never modified, so it may be
 * shared between threads once published (e.g. through a {@code static final} field).
 */
public final class PartitionArbitrary extends ArbitraryDecorator<Partition> {

    private List<Style> styles = List.of(Style.STREET_BLOCKS, Style.ORGANIC);
    private int minLevels = 2;
    private int maxLevels = 3;
    private int minRoots = 1;
    private int maxRoots = 1;
    private int minFanOut = 2;
    private int maxFanOut = 6;
    private Map<Integer, int[]> fanOutAt = Map.of();
    private int minVertices;
    private int maxVertices = 6;
    private double maxNoise = 0.04;
    private List<CoordinateSystem> crss = List.of(CoordinateSystem.LON_LAT_WGS84);
    private double dedicatedShare;
    private int maxHoles;
    private int maxLakes;
    private double leafSizeMetres = 300;
    private long maxLeaves = 5_000;
    private double originLon = PartitionSpec.GUIYANG_LON;
    private double originLat = PartitionSpec.GUIYANG_LAT;

    PartitionArbitrary() {
    }

    private PartitionArbitrary copy() {
        PartitionArbitrary c = new PartitionArbitrary();
        c.styles = styles;
        c.minLevels = minLevels;
        c.maxLevels = maxLevels;
        c.minRoots = minRoots;
        c.maxRoots = maxRoots;
        c.minFanOut = minFanOut;
        c.maxFanOut = maxFanOut;
        c.fanOutAt = fanOutAt;
        c.minVertices = minVertices;
        c.maxVertices = maxVertices;
        c.maxNoise = maxNoise;
        c.crss = crss;
        c.dedicatedShare = dedicatedShare;
        c.maxHoles = maxHoles;
        c.maxLakes = maxLakes;
        c.leafSizeMetres = leafSizeMetres;
        c.maxLeaves = maxLeaves;
        c.originLon = originLon;
        c.originLat = originLat;
        return c;
    }

    /** {@return a copy of this arbitrary with {@code change} applied to it} */
    private PartitionArbitrary with(Consumer<PartitionArbitrary> change) {
        PartitionArbitrary c = copy();
        change.accept(c);
        return c;
    }

    private static void range(int min, int max, int lowest, int highest, String what) {
        if (min < lowest || max > highest || min > max) {
            throw new IllegalArgumentException(what + " must be a range within " + lowest + ".." + highest
                    + " but was " + min + ".." + max);
        }
    }

    /** {@return an arbitrary drawing from these styles} */
    public PartitionArbitrary styles(Style... styles) {
        requireNonNull(styles, "styles");
        if (styles.length == 0) {
            throw new IllegalArgumentException("at least one style is needed");
        }
        return with(c -> c.styles = List.of(styles));
    }

    /** {@return an arbitrary with min..max levels (1..8), roots included} */
    public PartitionArbitrary levels(int min, int max) {
        range(min, max, 1, 8, "levels");
        return with(c -> {
            c.minLevels = min;
            c.maxLevels = max;
        });
    }

    /** {@return an arbitrary with min..max roots (1..1000)} */
    public PartitionArbitrary roots(int min, int max) {
        range(min, max, 1, 1000, "roots");
        return with(c -> {
            c.minRoots = min;
            c.maxRoots = max;
        });
    }

    /** {@return an arbitrary with min..max children per grid at every level below the roots (1..1000)} */
    public PartitionArbitrary fanOut(int min, int max) {
        range(min, max, 1, 1000, "fanOut");
        return with(c -> {
            c.minFanOut = min;
            c.maxFanOut = max;
        });
    }

    /**
     * {@return an arbitrary with min..max children per grid of level {@code level − 1}, i.e. grids of
     * level {@code level} per parent (level 2..8; overrides {@link #fanOut} for that level)}
     *
     * @param level the children's level number (2 = children of the roots)
     * @param min the fewest children
     * @param max the most children
     */
    public PartitionArbitrary fanOutAt(int level, int min, int max) {
        range(level, level, 2, 8, "level");
        range(min, max, 1, 1000, "fanOut at level " + level);
        return with(c -> {
            Map<Integer, int[]> m = new TreeMap<>(fanOutAt);
            m.put(level, new int[] {min, max});
            c.fanOutAt = Map.copyOf(m);
        });
    }

    /** {@return an arbitrary with min..max intermediate vertices per border (0..200)} */
    public PartitionArbitrary verticesPerBorder(int min, int max) {
        range(min, max, 0, 200, "verticesPerBorder");
        return with(c -> {
            c.minVertices = min;
            c.maxVertices = max;
        });
    }

    /** {@return an arbitrary with border noise up to this fraction of a border's length (0..0.08)} */
    public PartitionArbitrary maxNoise(double noise) {
        Arguments.within(noise, 0, 0.08, "maxNoise");
        return with(c -> c.maxNoise = noise);
    }

    /** {@return an arbitrary drawing from these coordinate systems} */
    public PartitionArbitrary crs(CoordinateSystem... crs) {
        requireNonNull(crs, "crs");
        if (crs.length == 0) {
            throw new IllegalArgumentException("at least one coordinate system is needed");
        }
        return with(c -> c.crss = List.of(crs));
    }

    /**
     * {@return an arbitrary whose lon/lat partitions start at this south-west corner (degrees)}
     *
     * @param lon the longitude
     * @param lat the latitude
     */
    public PartitionArbitrary origin(double lon, double lat) {
        PartitionSpec.builder().origin(lon, lat); // fails fast on a bad origin
        return with(c -> {
            c.originLon = lon;
            c.originLat = lat;
        });
    }

    /** {@return an arbitrary where this share (0..1) of leaves are dedicated grids} */
    public PartitionArbitrary dedicatedShare(double share) {
        Arguments.within(share, 0, 1, "dedicatedShare");
        return with(c -> c.dedicatedShare = share);
    }

    /** {@return an arbitrary with 0..max enterprise grids placed as holes of leaves} */
    public PartitionArbitrary holes(int max) {
        range(0, max, 0, 100, "holes");
        return with(c -> c.maxHoles = max);
    }

    /** {@return an arbitrary with 0..max lakes (allowed gaps)} */
    public PartitionArbitrary lakes(int max) {
        range(0, max, 0, 100, "lakes");
        return with(c -> c.maxLakes = max);
    }

    /** {@return an arbitrary with leaves of about this side in metres} */
    public PartitionArbitrary leafSizeMetres(double metres) {
        Arguments.within(metres, 10, 100_000, "leafSizeMetres");
        return with(c -> c.leafSizeMetres = metres);
    }

    /** {@return an arbitrary whose partitions have at most this many leaves (fan-outs are capped)} */
    public PartitionArbitrary maxLeaves(long max) {
        Arguments.within(max, 1, 2_000_000, "maxLeaves");
        return with(c -> c.maxLeaves = max);
    }

    /** {@return an arbitrary of the specs this arbitrary generates from (shrinkable)} */
    public Arbitrary<PartitionSpec> specs() {
        Arbitrary<List<Integer>> fanOuts = Arbitraries.integers().between(minLevels, maxLevels).flatMap(levels -> {
            List<Arbitrary<Integer>> perLevel = new ArrayList<>();
            perLevel.add(Arbitraries.integers().between(minRoots, maxRoots));
            for (int level = 2; level <= levels; level++) {
                int[] r = fanOutAt.getOrDefault(level, new int[] {minFanOut, maxFanOut});
                perLevel.add(Arbitraries.integers().between(r[0], r[1]));
            }
            return Combinators.combine(perLevel).as(this::capped);
        });
        Arbitrary<Integer> vertices = Arbitraries.integers().between(minVertices, maxVertices);
        Arbitrary<Double> noise = maxNoise == 0 ? Arbitraries.just(0.0)
                : Arbitraries.doubles().between(0, maxNoise).ofScale(3);
        Arbitrary<Integer> holes = Arbitraries.integers().between(0, maxHoles);
        Arbitrary<Integer> lakes = Arbitraries.integers().between(0, maxLakes);
        Arbitrary<Long> seeds = Arbitraries.longs();
        return Combinators.combine(Arbitraries.of(styles), fanOuts, vertices, noise, Arbitraries.of(crss), holes,
                lakes, seeds).as((style, f, v, n, crs, h, l, seed) -> {
                    long leaves = f.stream().mapToLong(Integer::longValue).reduce(1, Math::multiplyExact);
                    int hh = (int) Math.min(h, leaves);
                    int ll = (int) Math.min(l, leaves - hh);
                    return PartitionSpec.builder().style(style).fanOuts(f).verticesPerBorder(v).noise(n).crs(crs)
                            .origin(originLon, originLat).leafSizeMetres(leafSizeMetres)
                            .dedicatedShare(dedicatedShare).holes(hh).lakes(ll).seed(seed).build();
                });
    }

    private List<Integer> capped(List<Integer> fanOuts) {
        List<Integer> out = new ArrayList<>(fanOuts);
        long product = out.stream().mapToLong(Integer::longValue).reduce(1, (a, b) -> a * b);
        for (int i = out.size() - 1; i >= 0 && product > maxLeaves; i--) {
            while (out.get(i) > 1 && product > maxLeaves) {
                product = product / out.get(i) * (out.get(i) - 1);
                out.set(i, out.get(i) - 1);
            }
        }
        return out;
    }

    @Override
    protected Arbitrary<Partition> arbitrary() {
        return specs().map(Partitions::generate);
    }
}

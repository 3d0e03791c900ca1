package io.gridgov.testkit;

import static java.util.Objects.requireNonNull;

import io.gridgov.geo.CoordinateSystem;
import java.util.List;
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
 * <p>Defaults: both styles, 2–3 levels, one root, fan-out 2–6 per level below the root, 0–6
 * vertices per border, noise 0–0.04, lon/lat around Guiyang, no dedicated grids, holes or lakes.
 * Each configuration method returns a new arbitrary; instances are immutable and thread-safe.
 */
public final class PartitionArbitrary extends ArbitraryDecorator<Partition> {

    private final List<Style> styles;
    private final int minLevels;
    private final int maxLevels;
    private final int minRoots;
    private final int maxRoots;
    private final int minFanOut;
    private final int maxFanOut;
    private final int minVertices;
    private final int maxVertices;
    private final double maxNoise;
    private final List<CoordinateSystem> crss;
    private final double dedicatedShare;
    private final int maxHoles;
    private final int maxLakes;
    private final double leafSizeMetres;
    private final long maxLeaves;
    private final double originLon;
    private final double originLat;

    PartitionArbitrary() {
        this(List.of(Style.STREET_BLOCKS, Style.ORGANIC), 2, 3, 1, 1, 2, 6, 0, 6, 0.04,
                List.of(CoordinateSystem.LON_LAT_WGS84), 0, 0, 0, 300, 5_000,
                PartitionSpec.GUIYANG_LON, PartitionSpec.GUIYANG_LAT);
    }

    private PartitionArbitrary(List<Style> styles, int minLevels, int maxLevels, int minRoots, int maxRoots,
            int minFanOut, int maxFanOut, int minVertices, int maxVertices, double maxNoise,
            List<CoordinateSystem> crss, double dedicatedShare, int maxHoles, int maxLakes, double leafSizeMetres,
            long maxLeaves, double originLon, double originLat) {
        this.originLon = originLon;
        this.originLat = originLat;
        this.styles = List.copyOf(styles);
        this.minLevels = minLevels;
        this.maxLevels = maxLevels;
        this.minRoots = minRoots;
        this.maxRoots = maxRoots;
        this.minFanOut = minFanOut;
        this.maxFanOut = maxFanOut;
        this.minVertices = minVertices;
        this.maxVertices = maxVertices;
        this.maxNoise = maxNoise;
        this.crss = List.copyOf(crss);
        this.dedicatedShare = dedicatedShare;
        this.maxHoles = maxHoles;
        this.maxLakes = maxLakes;
        this.leafSizeMetres = leafSizeMetres;
        this.maxLeaves = maxLeaves;
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
        return new PartitionArbitrary(List.of(styles), minLevels, maxLevels, minRoots, maxRoots, minFanOut,
                maxFanOut, minVertices, maxVertices, maxNoise, crss, dedicatedShare, maxHoles, maxLakes,
                leafSizeMetres, maxLeaves, originLon, originLat);
    }

    /** {@return an arbitrary with min..max levels (1..8), roots included} */
    public PartitionArbitrary levels(int min, int max) {
        range(min, max, 1, 8, "levels");
        return new PartitionArbitrary(styles, min, max, minRoots, maxRoots, minFanOut, maxFanOut, minVertices,
                maxVertices, maxNoise, crss, dedicatedShare, maxHoles, maxLakes, leafSizeMetres, maxLeaves,
                originLon, originLat);
    }

    /** {@return an arbitrary with min..max roots (1..1000)} */
    public PartitionArbitrary roots(int min, int max) {
        range(min, max, 1, 1000, "roots");
        return new PartitionArbitrary(styles, minLevels, maxLevels, min, max, minFanOut, maxFanOut, minVertices,
                maxVertices, maxNoise, crss, dedicatedShare, maxHoles, maxLakes, leafSizeMetres, maxLeaves,
                originLon, originLat);
    }

    /** {@return an arbitrary with min..max children per grid at every level below the roots (1..1000)} */
    public PartitionArbitrary fanOut(int min, int max) {
        range(min, max, 1, 1000, "fanOut");
        return new PartitionArbitrary(styles, minLevels, maxLevels, minRoots, maxRoots, min, max, minVertices,
                maxVertices, maxNoise, crss, dedicatedShare, maxHoles, maxLakes, leafSizeMetres, maxLeaves,
                originLon, originLat);
    }

    /** {@return an arbitrary with min..max intermediate vertices per border (0..200)} */
    public PartitionArbitrary verticesPerBorder(int min, int max) {
        range(min, max, 0, 200, "verticesPerBorder");
        return new PartitionArbitrary(styles, minLevels, maxLevels, minRoots, maxRoots, minFanOut, maxFanOut, min,
                max, maxNoise, crss, dedicatedShare, maxHoles, maxLakes, leafSizeMetres, maxLeaves,
                originLon, originLat);
    }

    /** {@return an arbitrary with border noise up to this fraction of a border's length (0..0.08)} */
    public PartitionArbitrary maxNoise(double noise) {
        if (!(noise >= 0 && noise <= 0.08)) {
            throw new IllegalArgumentException("maxNoise must be in 0..0.08 but was " + noise);
        }
        return new PartitionArbitrary(styles, minLevels, maxLevels, minRoots, maxRoots, minFanOut, maxFanOut,
                minVertices, maxVertices, noise, crss, dedicatedShare, maxHoles, maxLakes, leafSizeMetres, maxLeaves,
                originLon, originLat);
    }

    /** {@return an arbitrary drawing from these coordinate systems} */
    public PartitionArbitrary crs(CoordinateSystem... crs) {
        requireNonNull(crs, "crs");
        if (crs.length == 0) {
            throw new IllegalArgumentException("at least one coordinate system is needed");
        }
        return new PartitionArbitrary(styles, minLevels, maxLevels, minRoots, maxRoots, minFanOut, maxFanOut,
                minVertices, maxVertices, maxNoise, List.of(crs), dedicatedShare, maxHoles, maxLakes, leafSizeMetres,
                maxLeaves, originLon, originLat);
    }

    /** {@return an arbitrary where this share (0..1) of leaves are dedicated grids} */
    public PartitionArbitrary dedicatedShare(double share) {
        if (!(share >= 0 && share <= 1)) {
            throw new IllegalArgumentException("dedicatedShare must be in 0..1 but was " + share);
        }
        return new PartitionArbitrary(styles, minLevels, maxLevels, minRoots, maxRoots, minFanOut, maxFanOut,
                minVertices, maxVertices, maxNoise, crss, share, maxHoles, maxLakes, leafSizeMetres, maxLeaves,
                originLon, originLat);
    }

    /** {@return an arbitrary with 0..max enterprise grids placed as holes of leaves} */
    public PartitionArbitrary holes(int max) {
        range(0, max, 0, 100, "holes");
        return new PartitionArbitrary(styles, minLevels, maxLevels, minRoots, maxRoots, minFanOut, maxFanOut,
                minVertices, maxVertices, maxNoise, crss, dedicatedShare, max, maxLakes, leafSizeMetres, maxLeaves,
                originLon, originLat);
    }

    /** {@return an arbitrary with 0..max lakes (allowed gaps)} */
    public PartitionArbitrary lakes(int max) {
        range(0, max, 0, 100, "lakes");
        return new PartitionArbitrary(styles, minLevels, maxLevels, minRoots, maxRoots, minFanOut, maxFanOut,
                minVertices, maxVertices, maxNoise, crss, dedicatedShare, maxHoles, max, leafSizeMetres, maxLeaves,
                originLon, originLat);
    }

    /** {@return an arbitrary with leaves of about this side in metres} */
    public PartitionArbitrary leafSizeMetres(double metres) {
        if (!(metres >= 10 && metres <= 100_000)) {
            throw new IllegalArgumentException("leafSizeMetres must be in 10..100000 but was " + metres);
        }
        return new PartitionArbitrary(styles, minLevels, maxLevels, minRoots, maxRoots, minFanOut, maxFanOut,
                minVertices, maxVertices, maxNoise, crss, dedicatedShare, maxHoles, maxLakes, metres, maxLeaves,
                originLon, originLat);
    }

    /** {@return an arbitrary whose partitions have at most this many leaves (fan-outs are capped)} */
    public PartitionArbitrary maxLeaves(long max) {
        if (max < 1 || max > 2_000_000) {
            throw new IllegalArgumentException("maxLeaves must be in 1..2000000 but was " + max);
        }
        return new PartitionArbitrary(styles, minLevels, maxLevels, minRoots, maxRoots, minFanOut, maxFanOut,
                minVertices, maxVertices, maxNoise, crss, dedicatedShare, maxHoles, maxLakes, leafSizeMetres, max,
                originLon, originLat);
    }

    /**
     * {@return an arbitrary whose lon/lat partitions start at this south-west corner (degrees)}
     *
     * @param lon the longitude
     * @param lat the latitude
     */
    public PartitionArbitrary origin(double lon, double lat) {
        PartitionSpec.builder().origin(lon, lat); // fails fast on a bad origin
        return new PartitionArbitrary(styles, minLevels, maxLevels, minRoots, maxRoots, minFanOut, maxFanOut,
                minVertices, maxVertices, maxNoise, crss, dedicatedShare, maxHoles, maxLakes, leafSizeMetres, maxLeaves,
                lon, lat);
    }

    /** {@return an arbitrary of the specs this arbitrary generates from (shrinkable)} */
    public Arbitrary<PartitionSpec> specs() {
        Arbitrary<List<Integer>> fanOuts = Arbitraries.integers().between(minLevels, maxLevels).flatMap(levels ->
                Combinators.combine(Arbitraries.integers().between(minRoots, maxRoots),
                        Arbitraries.integers().between(minFanOut, maxFanOut).list().ofSize(levels - 1))
                        .as((roots, below) -> {
                            java.util.ArrayList<Integer> all = new java.util.ArrayList<>();
                            all.add(roots);
                            all.addAll(below);
                            return capped(all);
                        }));
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
                            .origin(originLon, originLat).leafSizeMetres(leafSizeMetres).dedicatedShare(dedicatedShare)
                            .holes(hh).lakes(ll)
                            .seed(seed).build();
                });
    }

    private List<Integer> capped(List<Integer> fanOuts) {
        java.util.ArrayList<Integer> out = new java.util.ArrayList<>(fanOuts);
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

package io.gridgov.testkit;

import static java.util.Objects.requireNonNull;

import io.gridgov.core.Arguments;
import io.gridgov.geo.CoordinateSystem;
import java.util.List;

/**
 * Everything that determines a generated partition: {@link Partitions#generate(PartitionSpec)} is a
 * pure function of the spec, so the same spec (seed included) always gives the same partition.
 * Immutable and thread-safe; build with {@link #builder()}.
 *
 * <pre>{@code
 * PartitionSpec spec = PartitionSpec.builder()
 *         .style(Style.ORGANIC)
 *         .fanOuts(1, 8, 12)          // 1 district, 8 communities, 12 grids per community
 *         .verticesPerBorder(6)
 *         .seed(42)
 *         .build();
 * Partition city = Partitions.generate(spec);
 * }</pre>
 *
 * @param style how parents are cut into children
 * @param fanOuts the number of grids per parent at each level, top first: {@code fanOuts[0]} roots,
 *        then {@code fanOuts[k]} children per grid of level {@code k}; the number of levels is the
 *        length; the number of leaves their product
 * @param verticesPerBorder intermediate vertices added to each border between two junctions (0 = straight)
 * @param noise the perpendicular displacement of those vertices as a fraction of the border's
 *        length (0 = collinear vertices; at most 0.08)
 * @param crs projected metres (UTM zone 48N-like origin) or lon/lat around {@code originLon, originLat}
 * @param originLon the longitude of the south-west corner, in degrees (used for lon/lat)
 * @param originLat the latitude of the south-west corner, in degrees (used for lon/lat)
 * @param leafSizeMetres the typical side of a leaf grid in metres (a 300–500 household urban grid is
 *        about 200–400 m)
 * @param dedicatedShare the share of leaves that are dedicated grids (专属网格: schools, markets, …), 0–1
 * @param holes how many enterprise grids (企业专属网格) to place inside a comprehensive leaf as a hole of it
 * @param lakes how many lakes to cut out of leaves as allowed gaps (水域)
 * @param seed the seed of every random choice
 * @param densifiedParents whether every grid that has children (roots included) gets a midpoint in
 *        every segment of its border once it has been built from its children: the same shapes and
 *        still a valid partition (neighbouring parents get the same midpoints, each a rounding error
 *        off the children's outline), but no child group shares its parent's vertices any more — a
 *        parent digitised with more vertices than its children's outline, for which grid-geo's
 *        exact-tiling shortcut does not apply (父级边界加密); {@code false} by default
 */
public record PartitionSpec(Style style, List<Integer> fanOuts, int verticesPerBorder, double noise,
        CoordinateSystem crs, double originLon, double originLat, double leafSizeMetres,
        double dedicatedShare, int holes, int lakes, long seed, boolean densifiedParents) {

    /** The default origin: Guiyang (贵阳), 26.5°N 106.7°E. */
    public static final double GUIYANG_LON = 106.7;
    /** The default origin's latitude. */
    public static final double GUIYANG_LAT = 26.5;

    /** Validates and copies the components. */
    public PartitionSpec {
        requireNonNull(style, "style");
        requireNonNull(crs, "crs");
        fanOuts = List.copyOf(fanOuts);
        if (fanOuts.isEmpty()) {
            throw new IllegalArgumentException("fanOuts must name at least one level");
        }
        for (int f : fanOuts) {
            if (f < 1 || f > 10_000) {
                throw new IllegalArgumentException("every fan-out must be in 1..10000 but fanOuts were " + fanOuts);
            }
        }
        Arguments.within(verticesPerBorder, 0, 1000, "verticesPerBorder");
        Arguments.within(noise, 0, 0.08, "noise");
        if (!(originLon >= -180 && originLon <= 179) || !(originLat >= -80 && originLat <= 80)) {
            throw new IllegalArgumentException("origin must be a lon in -180..179 and a lat in -80..80 but was "
                    + originLon + ", " + originLat);
        }
        Arguments.within(leafSizeMetres, 10, 100_000, "leafSizeMetres");
        Arguments.within(dedicatedShare, 0, 1, "dedicatedShare");
        if (holes < 0 || lakes < 0) {
            throw new IllegalArgumentException("holes and lakes must be ≥ 0 but were " + holes + " and " + lakes);
        }
        long leaves = leafCount(fanOuts);
        if (holes + lakes > leaves) {
            throw new IllegalArgumentException("holes + lakes (" + (holes + lakes) + ") exceed the " + leaves + " leaves");
        }
    }

    private static long leafCount(List<Integer> fanOuts) {
        long n = 1;
        for (int f : fanOuts) {
            n = Math.multiplyExact(n, f);
        }
        if (n > 2_000_000) {
            throw new IllegalArgumentException("at most 2,000,000 leaves but fanOuts " + fanOuts + " give " + n);
        }
        return n;
    }

    /**
     * {@return this spec as Java source that builds it again, every parameter spelled out} A shrunk
     * sample prints this way ({@link Partition#toString()}), so it can be pasted into a test:
     * {@code Partitions.generate(PartitionSpec.builder().style(Style.STREET_BLOCKS).fanOuts(1, 3)...build())}.
     * Numbers are written so they read back to the same {@code double}.
     */
    public String toJava() {
        StringBuilder b = new StringBuilder("PartitionSpec.builder().style(Style.").append(style.name())
                .append(").fanOuts(");
        for (int i = 0; i < fanOuts.size(); i++) {
            b.append(i == 0 ? "" : ", ").append(fanOuts.get(i));
        }
        b.append(").verticesPerBorder(").append(verticesPerBorder).append(").noise(").append(noise)
                .append(").crs(CoordinateSystem.").append(crs.name()).append(").origin(").append(originLon).append(", ")
                .append(originLat).append(").leafSizeMetres(").append(leafSizeMetres).append(").dedicatedShare(")
                .append(dedicatedShare).append(").holes(").append(holes).append(").lakes(").append(lakes)
                .append(").seed(").append(seed).append("L)");
        if (densifiedParents) {
            b.append(".densifiedParents(true)");
        }
        return b.append(".build()").toString();
    }

    /** {@return the Java source of {@link #toJava()}} */
    @Override
    public String toString() {
        return toJava();
    }

    /** {@return the number of levels} */
    public int levels() {
        return fanOuts.size();
    }

    /** {@return the number of leaf grids (without the enterprise grids placed as holes)} */
    public long leafCount() {
        return leafCount(fanOuts);
    }

    /** {@return a builder with this spec's values} */
    public Builder toBuilder() {
        return new Builder().style(style).fanOuts(fanOuts).verticesPerBorder(verticesPerBorder).noise(noise)
                .crs(crs).origin(originLon, originLat).leafSizeMetres(leafSizeMetres)
                .dedicatedShare(dedicatedShare).holes(holes).lakes(lakes).seed(seed)
                .densifiedParents(densifiedParents);
    }

    /**
     * {@return a builder with the defaults: street blocks, fan-outs 1 × 4 × 6, 4 vertices per border,
     * noise 0.02, lon/lat around Guiyang, 300 m leaves, no dedicated grids, holes or lakes, seed 0,
     * parents exactly the union of their children (not densified)}
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link PartitionSpec}; setters fail fast on bad values. Not thread-safe. */
    public static final class Builder {
        private Style style = Style.STREET_BLOCKS;
        private List<Integer> fanOuts = List.of(1, 4, 6);
        private int verticesPerBorder = 4;
        private double noise = 0.02;
        private CoordinateSystem crs = CoordinateSystem.LON_LAT_WGS84;
        private double originLon = GUIYANG_LON;
        private double originLat = GUIYANG_LAT;
        private double leafSizeMetres = 300;
        private double dedicatedShare;
        private int holes;
        private int lakes;
        private long seed;
        private boolean densifiedParents;

        private Builder() {
        }

        /** Sets the style. @return this builder */
        public Builder style(Style style) {
            this.style = requireNonNull(style, "style");
            return this;
        }

        /** Sets the fan-out of each level, top first (see {@link PartitionSpec#fanOuts()}). @return this builder */
        public Builder fanOuts(int... fanOuts) {
            requireNonNull(fanOuts, "fanOuts");
            return fanOuts(java.util.Arrays.stream(fanOuts).boxed().toList());
        }

        /** Sets the fan-out of each level, top first. @return this builder */
        public Builder fanOuts(List<Integer> fanOuts) {
            requireNonNull(fanOuts, "fanOuts");
            if (fanOuts.isEmpty() || fanOuts.stream().anyMatch(f -> f == null || f < 1 || f > 10_000)) {
                throw new IllegalArgumentException("fanOuts must be 1..10000 for at least one level but were " + fanOuts);
            }
            this.fanOuts = List.copyOf(fanOuts);
            return this;
        }

        /** Sets the intermediate vertices per border (0..1000). @return this builder */
        public Builder verticesPerBorder(int vertices) {
            this.verticesPerBorder = Arguments.within(vertices, 0, 1000, "verticesPerBorder");
            return this;
        }

        /** Sets the border noise (0..0.08 of a border's length). @return this builder */
        public Builder noise(double noise) {
            this.noise = Arguments.within(noise, 0, 0.08, "noise");
            return this;
        }

        /** Sets the coordinate system. @return this builder */
        public Builder crs(CoordinateSystem crs) {
            this.crs = requireNonNull(crs, "crs");
            return this;
        }

        /** Sets the south-west corner for lon/lat output, in degrees. @return this builder */
        public Builder origin(double lon, double lat) {
            if (!(lon >= -180 && lon <= 179) || !(lat >= -80 && lat <= 80)) {
                throw new IllegalArgumentException("origin must be a lon in -180..179 and a lat in -80..80 but was "
                        + lon + ", " + lat);
            }
            this.originLon = lon;
            this.originLat = lat;
            return this;
        }

        /** Sets the typical side of a leaf in metres (10..100000). @return this builder */
        public Builder leafSizeMetres(double metres) {
            this.leafSizeMetres = Arguments.within(metres, 10, 100_000, "leafSizeMetres");
            return this;
        }

        /** Sets the share of dedicated leaves (0..1). @return this builder */
        public Builder dedicatedShare(double share) {
            this.dedicatedShare = Arguments.within(share, 0, 1, "dedicatedShare");
            return this;
        }

        /** Sets the number of enterprise grids placed as holes of a leaf (≥ 0). @return this builder */
        public Builder holes(int holes) {
            this.holes = Arguments.atLeast(holes, 0, "holes");
            return this;
        }

        /** Sets the number of lakes (allowed gaps) cut out of leaves (≥ 0). @return this builder */
        public Builder lakes(int lakes) {
            this.lakes = Arguments.atLeast(lakes, 0, "lakes");
            return this;
        }

        /** Sets the seed. @return this builder */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /**
         * Sets whether parents get a midpoint in every segment (see {@link PartitionSpec#densifiedParents()}).
         *
         * @param densified {@code true} for densified parents, {@code false} (the default) for parents
         *        with exactly their children's outer vertices
         * @return this builder
         */
        public Builder densifiedParents(boolean densified) {
            this.densifiedParents = densified;
            return this;
        }

        /** {@return the spec} */
        public PartitionSpec build() {
            return new PartitionSpec(style, fanOuts, verticesPerBorder, noise, crs, originLon, originLat,
                    leafSizeMetres, dedicatedShare, holes, lakes, seed, densifiedParents);
        }
    }
}

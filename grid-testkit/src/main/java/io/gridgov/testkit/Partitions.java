package io.gridgov.testkit;

import static java.util.Objects.requireNonNull;


/**
 * Generated grid partitions (网格划分): a deterministic generator and jqwik arbitraries over it.
 *
 * <pre>{@code
 * @Property
 * void everyGeneratedCityIsValid(@ForAll("cities") Partition city) {
 *     GridAssertions.assertThat(PartitionValidator.validate(city.toGeoPartition())).hasNoErrors();
 * }
 *
 * @Provide
 * Arbitrary<Partition> cities() {
 *     return Partitions.organic().levels(2, 3).fanOut(2, 6).verticesPerBorder(0, 8);
 * }
 * }</pre>
 *
 * <p>Valid by construction: shared borders are vertex-identical on both sides, every parent is the
 * union of its children (the same vertices along its border, or a midpoint added in each of their
 * segments with {@link PartitionSpec#densifiedParents()}), enterprise holes are rings shared
 * with the enterprise grid, lakes are listed as allowed gaps. A 10,000-grid city is generated in
 * a few seconds (see docs/BENCHMARKS.md). Thread-safe: generation keeps no shared state.
 */
public final class Partitions {

    private Partitions() {
    }

    /**
     * Generates the partition of a spec: a pure function of the spec.
     *
     * @param spec the spec
     * @return the partition
     * @throws IllegalStateException in the unlikely case that a cell is too small to survive
     *         millimetre rounding (use larger leaves)
     */
    public static Partition generate(PartitionSpec spec) {
        Partition partition = Generator.generate(requireNonNull(spec, "spec"));
        return spec.densifiedParents() ? ParentDensifier.densify(partition) : partition;
    }

    /** {@return an arbitrary of street-block partitions (街巷定界) with the default ranges of {@link PartitionArbitrary}} */
    public static PartitionArbitrary streetBlocks() {
        return new PartitionArbitrary().styles(Style.STREET_BLOCKS);
    }

    /** {@return an arbitrary of organic (Voronoi) partitions with the default ranges of {@link PartitionArbitrary}} */
    public static PartitionArbitrary organic() {
        return new PartitionArbitrary().styles(Style.ORGANIC);
    }

    /** {@return an arbitrary of partitions of both styles with the default ranges of {@link PartitionArbitrary}} */
    public static PartitionArbitrary any() {
        return new PartitionArbitrary();
    }
}

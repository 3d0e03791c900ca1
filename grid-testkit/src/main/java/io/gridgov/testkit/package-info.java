/**
 * Property-based testing of boundary rules (边界规则的性质测试).
 *
 * <ul>
 * <li>{@link io.gridgov.testkit.Partitions} — jqwik arbitraries of N-level partitions in two styles,
 *     street blocks (街巷定界) and organic (Voronoi), valid by construction: every shared border is
 *     vertex-identical on both sides and every parent is exactly the union of its children.
 *     Generation is deterministic from a {@link io.gridgov.testkit.PartitionSpec} (seed included) and
 *     shrinks through the spec's parameters (fan-outs, vertices, seed).</li>
 * <li>{@link io.gridgov.testkit.Defect} / {@link io.gridgov.testkit.Defects} — mutators that inject
 *     exactly one defect and return a {@link io.gridgov.testkit.Mutation}: the mutated partition and
 *     the {@link io.gridgov.testkit.ExpectedViolation violations} a correct validator must report
 *     (rule, severity, parent, grids, area and the piece itself).</li>
 * <li>{@link io.gridgov.testkit.GridAssertions} — AssertJ assertions over a
 *     {@link io.gridgov.geo.validate.ValidationReport}, with failure messages that print the
 *     offending pieces as WKT.</li>
 * </ul>
 *
 * <p>Every value of this package is immutable and thread-safe; the arbitraries are jqwik arbitraries
 * (use them from jqwik properties).
 */
package io.gridgov.testkit;

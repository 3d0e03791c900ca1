/**
 * JMH benchmarks of grid-core (tree loading and lookups, duty plans and compliance) and grid-scoring,
 * with the generators of their synthetic data. Figures and the commands that reproduce them are in
 * {@code docs/BENCHMARKS.md}.
 */
package io.gridgov.bench;

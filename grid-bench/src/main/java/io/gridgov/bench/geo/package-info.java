/**
 * JMH benchmarks and a CPU-time probe of grid-geo: hierarchical validation against JTS
 * {@code CoverageValidator} alone and against a brute-force pairwise overlay, and point location.
 */
package io.gridgov.bench.geo;

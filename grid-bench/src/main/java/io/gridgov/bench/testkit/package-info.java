/**
 * JMH benchmarks of grid-testkit's partition generators (street blocks and organic cities).
 */
package io.gridgov.bench.testkit;

/**
 * The {@code gridgov demo} main job on the bundled sample city ({@link io.gridgov.examples.sample.SampleCity}),
 * as ordered {@link io.gridgov.examples.demo.DemoStep steps} sharing a
 * {@link io.gridgov.examples.demo.DemoContext}: the tree and its structural findings, boundary
 * validation, the same city with an injected gap and overlap, locating reported problems, the month's
 * duty plan and compliance, the 1,000-point scorecards with ranking and red/black lists, and an HTML
 * report with a score map. {@link io.gridgov.examples.demo.Demo#run} returns the bilingual summary.
 */
package io.gridgov.examples.demo;

/**
 * The {@code gridgov demo} main job on the bundled sample city, as ordered
 * {@link io.gridgov.examples.demo.DemoStep steps} sharing a {@link io.gridgov.examples.demo.DemoContext}.
 */
package io.gridgov.examples.demo;

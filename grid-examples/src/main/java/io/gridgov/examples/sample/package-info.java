/**
 * The bundled sample city (明湖区, ~600 grids) and its deterministic generator.
 */
package io.gridgov.examples.sample;

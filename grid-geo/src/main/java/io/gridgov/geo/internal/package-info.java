/**
 * Implementation of grid-geo; not exported, not API.
 */
package io.gridgov.geo.internal;

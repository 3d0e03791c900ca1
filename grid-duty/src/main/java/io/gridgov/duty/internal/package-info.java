/** Implementation of {@link io.gridgov.duty}: JSON parsing, windows, expansion. Not API; not exported. */
package io.gridgov.duty.internal;

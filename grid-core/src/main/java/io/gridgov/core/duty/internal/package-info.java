/** Implementation of {@link io.gridgov.core.duty}: JSON parsing, windows, expansion. Not API; not exported. */
package io.gridgov.core.duty.internal;

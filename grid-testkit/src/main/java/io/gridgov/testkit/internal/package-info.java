/** Implementation of the testkit: the partition generator and the defect mutators. Not API. */
package io.gridgov.testkit.internal;

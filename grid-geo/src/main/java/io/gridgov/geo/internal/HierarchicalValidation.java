package io.gridgov.geo.internal;

import io.gridgov.geo.GeoPartition;
import io.gridgov.geo.validate.PartitionValidator;
import io.gridgov.geo.validate.ValidationOptions;
import io.gridgov.geo.validate.ValidationReport;

/** One run of the hierarchical validation. */
public final class HierarchicalValidation {
    public HierarchicalValidation(GeoPartition partition, ValidationOptions options, PartitionValidator.Progress progress) {
    }

    public ValidationReport run() {
        throw new UnsupportedOperationException("in progress");
    }
}

package io.gridgov.geo.internal;

import io.gridgov.core.rule.Finding;
import io.gridgov.geo.GeoPartition;
import java.util.ArrayList;
import java.util.List;

/**
 * The structural (non-spatial) findings that go into a boundary report.
 *
 * <p>Today: the findings of assembling the tree ({@code DUPLICATE_ID}, {@code UNKNOWN_PARENT},
 * {@code CYCLE}), carried by {@link GeoPartition#assemblyFindings()}.
 */
final class StructuralFindings {

    private StructuralFindings() {
    }

    static List<Finding> of(GeoPartition partition) {
        List<Finding> findings = new ArrayList<>(partition.assemblyFindings());
        // ==================================================================================
        // PLUG-IN POINT for grid-core's StructuralValidator (written on another branch).
        // At merge, append its findings on the same tree here, e.g.
        //     findings.addAll(StructuralValidator.validate(partition.tree()).findings());
        // Everything downstream (report order, counts, writers, CLI exit code) already handles
        // any Finding: it becomes a Violation.Structural whose ruleId() is the finding's rule.
        // ==================================================================================
        return findings;
    }
}

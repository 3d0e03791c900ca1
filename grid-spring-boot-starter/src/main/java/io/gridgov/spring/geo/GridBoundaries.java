package io.gridgov.spring.geo;

import static java.util.Objects.requireNonNull;

import io.gridgov.core.Severity;
import io.gridgov.geo.GeoPartition;
import io.gridgov.geo.locate.GridLocator;
import io.gridgov.geo.validate.ValidationReport;
import io.gridgov.spring.GridPart;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The boundaries part of a {@link io.gridgov.spring.GridSnapshot} (网格边界): the partition of the
 * snapshot's tree, its validation report and a locator built on it. Immutable and thread-safe.
 *
 * @param partition the boundaries on the tree, with the allowed gaps
 * @param report the validation of every level
 * @param locator the point locator on the partition
 * @param validationTime how long the validation took
 */
public record GridBoundaries(GeoPartition partition, ValidationReport report, GridLocator locator,
        Duration validationTime) implements GridPart {

    /** Validates. */
    public GridBoundaries {
        requireNonNull(partition, "partition");
        requireNonNull(report, "report");
        requireNonNull(locator, "locator");
        requireNonNull(validationTime, "validationTime");
    }

    @Override
    public String name() {
        return "boundaries";
    }

    @Override
    public Map<String, Object> details() {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("grids", partition.geometries().size());
        d.put("valid", report.isValid());
        d.put("errors", report.count(Severity.ERROR));
        d.put("warnings", report.count(Severity.WARNING));
        d.put("validationMillis", validationTime.toMillis());
        return d;
    }
}

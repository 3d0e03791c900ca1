package io.gridgov.spring.geo;

import static io.gridgov.spring.SpringMessages.MESSAGES;
import static java.util.Objects.requireNonNull;

import io.gridgov.core.format.TreeDocument;
import io.gridgov.core.i18n.LocalizedText;
import io.gridgov.core.i18n.Messages;
import io.gridgov.core.io.InputLocation;
import io.gridgov.core.io.InvalidInputException;
import io.gridgov.geo.CoordinateSystem;
import io.gridgov.geo.GeoPartition;
import io.gridgov.geo.io.GeoJsonReader;
import io.gridgov.geo.locate.GridLocator;
import io.gridgov.geo.validate.PartitionValidator;
import io.gridgov.geo.validate.ValidationReport;
import io.gridgov.geo.validate.Violation;
import io.gridgov.spring.GridContributor;
import io.gridgov.spring.GridGovMetrics;
import io.gridgov.spring.GridGovProperties;
import io.gridgov.spring.GridResources;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import org.springframework.core.io.Resource;

/** Reads {@code gridgov.boundaries.*} onto each snapshot's tree, validates and indexes them. Thread-safe. */
final class BoundariesContributor implements GridContributor<GridBoundaries> {

    private final GridGovProperties.Boundaries properties;
    private final PartitionValidator validator;
    private final GridGovMetrics metrics;

    BoundariesContributor(GridGovProperties.Boundaries properties, PartitionValidator validator, GridGovMetrics metrics) {
        this.properties = requireNonNull(properties, "properties");
        this.validator = requireNonNull(validator, "validator");
        this.metrics = requireNonNull(metrics, "metrics");
    }

    @Override
    public Class<GridBoundaries> type() {
        return GridBoundaries.class;
    }

    @Override
    public GridBoundaries load(TreeDocument document) {
        CoordinateSystem crs = properties.isProjected() ? CoordinateSystem.PROJECTED_METRES
                : CoordinateSystem.LON_LAT_WGS84;
        Resource file = properties.getFile();
        Map<String, Geometry> geometries = GridResources.read(file, (in, name) -> GeoJsonReader.read(in, name, crs))
                .geometries();
        GeoPartition partition = GeoPartition.of(document.tree(), geometries, crs);
        Resource gaps = properties.getAllowedGaps();
        if (gaps != null) {
            List<Geometry> allowed = List.copyOf(GridResources.read(gaps, (in, name) -> GeoJsonReader.read(in, name, crs))
                    .geometries().values());
            partition = partition.withAllowedGaps(allowed);
        }
        long start = System.nanoTime();
        ValidationReport report = validator.check(partition);
        Duration time = Duration.ofNanos(System.nanoTime() - start);
        metrics.validated(time);
        if (properties.isFailOnError() && !report.isValid()) {
            Violation first = report.errors().get(0);
            long errors = report.errors().size();
            throw new InvalidInputException(InputLocation.ofFile(GridResources.name(file)), new LocalizedText(
                    MESSAGES.format(Messages.ENGLISH, "boundaries.errors", errors, first.message(Messages.ENGLISH)),
                    MESSAGES.format(Messages.CHINESE, "boundaries.errors", errors, first.message(Messages.CHINESE))));
        }
        return new GridBoundaries(partition, report, GridLocator.of(partition), time);
    }
}

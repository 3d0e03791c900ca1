package io.gridgov.spring.actuate;

import static java.util.Objects.requireNonNull;

import io.gridgov.spring.GridGovModel;
import io.gridgov.spring.GridPart;
import io.gridgov.spring.GridSnapshot;
import java.util.Map;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * The {@code gridgov} health indicator (健康检查): UP with the loaded snapshot's version, load time, node
 * count per level, and each part's details — for the boundaries: grids, {@code valid} (no ERROR
 * violation), errors, warnings and validation time. Boundaries with ERROR violations keep the status UP
 * (the service still answers; {@code valid} says false) unless {@code gridgov.boundaries.fail-on-error}
 * refused them at start-up. Thread-safe.
 */
public final class GridGovHealthIndicator implements HealthIndicator {

    private final GridGovModel model;

    /**
     * Creates the indicator.
     *
     * @param model the model
     */
    public GridGovHealthIndicator(GridGovModel model) {
        this.model = requireNonNull(model, "model");
    }

    @Override
    public Health health() {
        GridSnapshot now = model.current();
        Health.Builder b = Health.up().withDetail("version", now.version())
                .withDetail("loadedAt", now.loadedAt().toString())
                .withDetail("nodes", now.tree().size())
                .withDetail("nodesPerLevel", now.tree().countsByLevel())
                .withDetail("people", now.staffing().people().size());
        for (GridPart part : now.parts().values()) {
            b.withDetail(part.name(), Map.copyOf(part.details()));
        }
        return b.build();
    }
}

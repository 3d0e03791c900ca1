package io.gridgov.spring.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.gridgov.core.io.InvalidInputException;
import io.gridgov.duty.DutyPlanner;
import io.gridgov.duty.Obligation;
import io.gridgov.geo.locate.Location;
import io.gridgov.geo.validate.PartitionValidator;
import io.gridgov.geo.validate.ValidationOptions;
import io.gridgov.spring.GridGovAutoConfigurationTest;
import io.gridgov.spring.GridGovModel;
import io.gridgov.spring.GridSnapshot;
import io.gridgov.spring.geo.AsOfBoundaries;
import io.gridgov.spring.geo.GridBoundaries;
import io.gridgov.spring.geo.LocatorService;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Point;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Service;

/** The Java samples of docs/spring-boot.md, compiled and run on the sample city. */
class SpringBootDocSamplesTest {

    // tag::override[]
    @Configuration
    static class GridGovOverrides {
        /** Replaces the starter's validator: exact boundaries, slivers below 10 m² are warnings. */
        @Bean
        PartitionValidator partitionValidator() {
            return new PartitionValidator(ValidationOptions.builder().toleranceMetres(0).minAreaM2(10).build());
        }
    }
    // end::override[]

    // tag::service[]
    @Service
    static class GridDesk {
        private final GridGovModel model;
        private final LocatorService locator;
        private final ObjectProvider<DutyPlanner> planner;   // a prototype: each lookup plans on the current tree

        GridDesk(GridGovModel model, LocatorService locator, ObjectProvider<DutyPlanner> planner) {
            this.model = model;
            this.locator = locator;
            this.planner = planner;
        }

        /** The grid of a point and its workers' duties due that day. */
        List<Obligation> dutiesAt(double lon, double lat, LocalDate day) {
            Optional<Location> at = locator.locate(lon, lat);            // counted in gridgov.points.located
            if (at.isEmpty()) {
                return List.of();
            }
            try (Stream<Obligation> plan = planner.getObject().plan(day, day.plusDays(1))) {
                return plan.filter(o -> o.gridId().equals(at.get().gridId())).toList();
            }
        }

        /** Reads one snapshot and uses it throughout: tree and boundaries always match. */
        String summary() {
            GridSnapshot now = model.current();
            GridBoundaries boundaries = now.part(GridBoundaries.class).orElseThrow();
            return "version " + now.version() + ": " + now.tree().size() + " nodes, boundaries "
                    + (boundaries.report().isValid() ? "valid" : boundaries.report().errors().size() + " errors");
        }

        /** Reads the files again; a bad file leaves the current grid in place. */
        String reload() {
            try {
                return "now version " + model.reload().version();
            } catch (InvalidInputException e) {
                return "kept version " + model.current().version() + ": " + e.getMessage();
            }
        }
    }
    // end::service[]

    @Test
    void theOverrideAndTheServiceRunOnTheSampleCity() {
        GridGovAutoConfigurationTest.sampleCity().withUserConfiguration(GridGovOverrides.class)
                .withBean(GridDesk.class).run(context -> {
                    assertThat(context.getBean(PartitionValidator.class).options().minAreaM2()).isEqualTo(10.0);
                    GridDesk desk = context.getBean(GridDesk.class);
                    assertThat(desk.summary()).isEqualTo("version 1: 714 nodes, boundaries valid");
                    Point p = context.getBean(LocatorService.class).boundaries().partition().geometry("g001")
                            .orElseThrow().getInteriorPoint();
                    assertThat(desk.dutiesAt(p.getX(), p.getY(), LocalDate.of(2026, 11, 30)))
                            .isNotEmpty().allMatch(o -> o.gridId().equals("g001"));
                    assertThat(desk.reload()).isEqualTo("now version 2");

                    // tag::asOf[]
                    AsOfBoundaries asOf = context.getBean(AsOfBoundaries.class);   // Caffeine, bounded by vertices
                    AsOfBoundaries.View june = asOf.asOf(LocalDate.of(2026, 6, 30));
                    Optional<Location> then = june.locator().locate(p.getX(), p.getY());
                    // end::asOf[]
                    assertThat(then.orElseThrow().gridId()).isEqualTo("g001");
                    assertThat(asOf.asOf(LocalDate.of(2026, 6, 30))).isSameAs(june);
                    assertThat(asOf.cache().stats().hitCount()).isEqualTo(1);
                    context.getBean(GridGovModel.class).reload();                  // the cache starts afresh
                    assertThat(asOf.asOf(LocalDate.of(2026, 6, 30))).isNotSameAs(june);
                });
    }
}

package io.gridgov.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.gridgov.cases.CaseCategories;
import io.gridgov.core.calendar.WorkCalendar;
import io.gridgov.core.staff.Staffing;
import io.gridgov.core.tree.GridTree;
import io.gridgov.duty.DutyCatalog;
import io.gridgov.duty.DutyPlanner;
import io.gridgov.duty.DutyTemplates;
import io.gridgov.examples.sample.SampleCity;
import io.gridgov.geo.GeoPartition;
import io.gridgov.geo.locate.GridLocator;
import io.gridgov.geo.validate.PartitionValidator;
import io.gridgov.geo.validate.ValidationReport;
import io.gridgov.scoring.Scheme;
import io.gridgov.spring.actuate.GridGovHealthIndicator;
import io.gridgov.spring.cases.CaseReplayService;
import io.gridgov.spring.duty.GridGovDutyAutoConfiguration;
import io.gridgov.spring.geo.GridBoundaries;
import io.gridgov.spring.geo.GridGovGeoAutoConfiguration;
import io.gridgov.spring.geo.LocatorService;
import io.gridgov.spring.scoring.ScoringService;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Point;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What a vendor gets from the starter and a few properties: every bean on the bundled sample city,
 * beans replaced by the application's own, capabilities absent when their module is, metrics and health.
 */
public class GridGovAutoConfigurationTest {

    /** The starter's auto-configurations, as the application would load them from the imports file. */
    static final AutoConfigurations ALL = AutoConfigurations.of(GridGovAutoConfiguration.class,
            GridGovGeoAutoConfiguration.class, GridGovDutyAutoConfiguration.class,
            io.gridgov.spring.cases.GridGovCasesAutoConfiguration.class,
            io.gridgov.spring.scoring.GridGovScoringAutoConfiguration.class,
            io.gridgov.spring.actuate.GridGovMetricsAutoConfiguration.class,
            io.gridgov.spring.actuate.GridGovHealthAutoConfiguration.class);

    static final String SAMPLE = "classpath:" + SampleCity.DIRECTORY.substring(1);

    /** The four properties of the sample city, plus the scheme. */
    public static ApplicationContextRunner sampleCity() {
        return new ApplicationContextRunner().withConfiguration(ALL).withPropertyValues(
                "gridgov.tree.file=" + SAMPLE + SampleCity.TREE,
                "gridgov.boundaries.file=" + SAMPLE + SampleCity.GEOJSON,
                "gridgov.boundaries.allowed-gaps=" + SAMPLE + SampleCity.ALLOWED_GAPS,
                "gridgov.duties.presets=" + String.join(",", SampleCity.PRESETS),
                "gridgov.duties.templates=" + SAMPLE + SampleCity.TEMPLATES,
                "gridgov.scoring.scheme=grid-worker-monthly");
    }

    @Test
    void theSampleCityGivesEveryBean() {
        sampleCity().withBean(SimpleMeterRegistry.class).run(context -> {
            assertThat(context).hasNotFailed();
            GridTree tree = context.getBean(GridTree.class);
            assertThat(tree.leaves()).hasSize(641);
            assertThat(context.getBean(Staffing.class).people()).isNotEmpty();
            assertThat(context.getBean(GeoPartition.class).tree()).isSameAs(tree);
            assertThat(context.getBean(ValidationReport.class).isValid()).isTrue();
            assertThat(context.getBean(PartitionValidator.class).options().toleranceMetres()).isEqualTo(0.5);
            assertThat(context.getBean(GridLocator.class).size()).isPositive();
            assertThat(context.getBean(DutyCatalog.class).template(SampleCity.PRESETS.get(0))).isPresent();
            assertThat(context.getBean(DutyPlanner.class).plan(SampleCity.FROM, SampleCity.FROM.plusDays(1)).count())
                    .isPositive();
            assertThat(context.getBean(CaseCategories.class).size()).isEqualTo(19);
            assertThat(context.getBean(WorkCalendar.class)).isSameAs(WorkCalendar.DEFAULT);
            assertThat(context.getBean(Scheme.class).id()).isEqualTo("grid-worker-monthly");
            assertThat(context).hasSingleBean(CaseReplayService.class).hasSingleBean(ScoringService.class);

            // a point inside g001 lands in g001, under its community, street and district; the meter counts it
            Point inside = context.getBean(GeoPartition.class).geometry("g001").orElseThrow().getInteriorPoint();
            assertThat(context.getBean(LocatorService.class).locate(inside.getX(), inside.getY()).orElseThrow().path())
                    .containsExactly("d", "s1", "c01", "g001");
            MeterRegistry meters = context.getBean(MeterRegistry.class);
            assertThat(meters.get("gridgov.points.located").counter().count()).isEqualTo(1.0);
            assertThat(meters.get("gridgov.validation").timer().count()).isEqualTo(1);

            Health health = context.getBean(GridGovHealthIndicator.class).health();
            assertThat(health.getStatus()).isEqualTo(Status.UP);
            assertThat(health.getDetails()).containsEntry("nodes", tree.size()).containsEntry("version", 1L);
            @SuppressWarnings("unchecked")
            Map<String, Object> boundaries = (Map<String, Object>) health.getDetails().get("boundaries");
            assertThat(boundaries).containsEntry("valid", true).containsEntry("errors", 0L).containsEntry("grids", 714);
        });
    }

    @Test
    void withoutPropertiesOnlyTheFileFreeBeansExist() {
        new ApplicationContextRunner().withConfiguration(ALL).run(context -> {
            assertThat(context).hasNotFailed().doesNotHaveBean(GridGovModel.class).doesNotHaveBean(GridTree.class)
                    .doesNotHaveBean(LocatorService.class).doesNotHaveBean(Scheme.class)
                    .doesNotHaveBean(GridGovHealthIndicator.class);
            assertThat(context.getBean(DutyCatalog.class).templates()).hasSize(DutyTemplates.PRESET_IDS.size());
            assertThat(context).hasSingleBean(PartitionValidator.class).hasSingleBean(CaseReplayService.class);
        });
    }

    @Test
    void aModuleMissingFromTheClassPathTakesItsBeansWithIt() {
        sampleCity().withClassLoader(new FilteredClassLoader(GeoPartition.class, Scheme.class)).run(context -> {
            assertThat(context).hasNotFailed().hasSingleBean(GridGovModel.class).hasSingleBean(DutyPlanner.class)
                    .doesNotHaveBean(PartitionValidator.class).doesNotHaveBean(LocatorService.class)
                    .doesNotHaveBean(ScoringService.class);
            assertThat(context.getBean(GridGovModel.class).current().part(GridBoundaries.class)).isEmpty();
        });
    }

    @Configuration(proxyBeanMethods = false)
    static class OwnBeans {
        @Bean
        DutyCatalog myCatalog() {
            return DutyCatalog.of(List.of(DutyTemplates.preset("s3-worker-duties")));
        }

        @Bean
        PartitionValidator myValidator() {
            return new PartitionValidator(io.gridgov.geo.validate.ValidationOptions.builder().toleranceMetres(0)
                    .build());
        }
    }

    @Test
    void theApplicationsOwnBeansWin() {
        sampleCity().withUserConfiguration(OwnBeans.class).run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBean(DutyCatalog.class).templates()).hasSize(1);
            assertThat(context.getBean(PartitionValidator.class).options().toleranceMetres()).isZero();
            assertThat(context.getBean(GridGovModel.class).current().part(GridBoundaries.class).orElseThrow()
                    .report().isValid()).isTrue();
        });
    }
}

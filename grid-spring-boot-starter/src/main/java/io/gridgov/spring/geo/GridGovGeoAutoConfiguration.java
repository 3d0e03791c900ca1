package io.gridgov.spring.geo;

import io.gridgov.cases.PointLocator;
import io.gridgov.geo.GeoPartition;
import io.gridgov.geo.locate.GridLocator;
import io.gridgov.geo.locate.Location;
import io.gridgov.geo.validate.PartitionValidator;
import io.gridgov.geo.validate.ValidationOptions;
import io.gridgov.geo.validate.ValidationReport;
import io.gridgov.spring.GridContributor;
import io.gridgov.spring.GridGovMetrics;
import io.gridgov.spring.GridGovModel;
import io.gridgov.spring.GridGovProperties;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Scope;

/**
 * Auto-configuration of boundaries (边界自动配置), when grid-geo is on the class path: the
 * {@link PartitionValidator} from {@code gridgov.boundaries.tolerance-metres} and {@code min-area-m2};
 * with {@code gridgov.tree.file} and {@code gridgov.boundaries.file} set, the boundaries part of every
 * snapshot ({@link GridBoundaries}), the {@link LocatorService}, and the current {@link GeoPartition},
 * {@link ValidationReport} and {@link GridLocator} as prototype beans (each lookup gives the current
 * snapshot's). With grid-cases present too, a {@link PointLocator} so that cases reported as points
 * are located. Every bean yields to one of the application's own.
 */
@AutoConfiguration
@ConditionalOnClass(GeoPartition.class)
public class GridGovGeoAutoConfiguration {

    /** Creates the configuration. */
    public GridGovGeoAutoConfiguration() {
    }

    /**
     * The validator with the configured tolerance and minimum area.
     *
     * @param properties the properties
     * @return the validator
     */
    @Bean
    @ConditionalOnMissingBean
    public PartitionValidator partitionValidator(GridGovProperties properties) {
        GridGovProperties.Boundaries b = properties.getBoundaries();
        return new PartitionValidator(ValidationOptions.builder().toleranceMetres(b.getToleranceMetres())
                .minAreaM2(b.getMinAreaM2()).build());
    }

    /**
     * Loads the boundaries beside each snapshot's tree.
     *
     * @param properties the properties
     * @param validator the validator
     * @param metrics the metrics
     * @return the contributor
     */
    @Bean
    @ConditionalOnMissingBean(name = "gridBoundariesContributor")
    @ConditionalOnProperty(prefix = "gridgov", name = {"tree.file", "boundaries.file"})
    public GridContributor<GridBoundaries> gridBoundariesContributor(GridGovProperties properties,
            PartitionValidator validator, GridGovMetrics metrics) {
        return new BoundariesContributor(properties.getBoundaries(), validator, metrics);
    }

    /** The beans that read the current boundaries. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(prefix = "gridgov", name = {"tree.file", "boundaries.file"})
    public static class Current {

        /** Creates the configuration. */
        public Current() {
        }

        /**
         * @param model the model
         * @param metrics the metrics
         * @return the locator service
         */
        @Bean
        @ConditionalOnMissingBean
        public LocatorService locatorService(GridGovModel model, GridGovMetrics metrics) {
            return new LocatorService(model, metrics);
        }

        /**
         * @param service the locator service
         * @return the current partition
         */
        @Bean
        @Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
        @ConditionalOnMissingBean
        public GeoPartition geoPartition(LocatorService service) {
            return service.boundaries().partition();
        }

        /**
         * @param service the locator service
         * @return the current validation report
         */
        @Bean
        @Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
        @ConditionalOnMissingBean
        public ValidationReport validationReport(LocatorService service) {
            return service.boundaries().report();
        }

        /**
         * @param service the locator service
         * @return the current locator
         */
        @Bean
        @Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
        @ConditionalOnMissingBean
        public GridLocator gridLocator(LocatorService service) {
            return service.boundaries().locator();
        }
    }

    /** The as-of cache, when Caffeine is on the class path. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "com.github.benmanes.caffeine.cache.Caffeine")
    @ConditionalOnProperty(prefix = "gridgov", name = {"tree.file", "boundaries.file"})
    public static class AsOfCache {

        /** Creates the configuration. */
        public AsOfCache() {
        }

        /**
         * @param service the locator service
         * @param model the model, whose reloads empty the cache
         * @param properties the properties
         * @return the cache of boundaries as of a day
         */
        @Bean
        @ConditionalOnMissingBean
        public AsOfBoundaries asOfBoundaries(LocatorService service, GridGovModel model, GridGovProperties properties) {
            AsOfBoundaries cache = new AsOfBoundaries(service::boundaries,
                    properties.getBoundaries().getAsOfCacheVertices());
            model.onReload(next -> cache.invalidate());
            return cache;
        }

        /** The cache's size, hits and misses as {@code cache.*} meters tagged {@code cache=gridgov.asof}. */
        @Configuration(proxyBeanMethods = false)
        @ConditionalOnClass(name = "io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics")
        public static class Meters {

            /** Creates the configuration. */
            public Meters() {
            }

            /**
             * @param cache the cache
             * @return binds the cache's statistics to the application's registry
             */
            @Bean
            @ConditionalOnMissingBean(name = "gridgovAsOfCacheMetrics")
            public io.micrometer.core.instrument.binder.MeterBinder gridgovAsOfCacheMetrics(AsOfBoundaries cache) {
                return registry -> io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics.monitor(registry,
                        cache.cache(), "gridgov.asof");
            }
        }
    }

    /** Cases reported as points are located on the current boundaries. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "io.gridgov.cases.PointLocator")
    @ConditionalOnProperty(prefix = "gridgov", name = {"tree.file", "boundaries.file"})
    public static class CasePoints {

        /** Creates the configuration. */
        public CasePoints() {
        }

        /**
         * @param service the locator service
         * @return the point locator of the case replay
         */
        @Bean
        @ConditionalOnMissingBean
        public PointLocator casePointLocator(LocatorService service) {
            return (lon, lat) -> service.locate(lon, lat).map(Location::gridId);
        }
    }
}

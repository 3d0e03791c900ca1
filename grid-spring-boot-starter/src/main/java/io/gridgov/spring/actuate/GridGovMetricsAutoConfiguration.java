package io.gridgov.spring.actuate;

import io.gridgov.spring.GridGovAutoConfiguration;
import io.gridgov.spring.GridGovMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * GridGov's Micrometer metrics (运行指标), when Micrometer is on the class path: the timer
 * {@code gridgov.validation} and the counters {@code gridgov.points.located}, {@code gridgov.cases.replayed}
 * and {@code gridgov.scorecards.computed}, on the application's {@link MeterRegistry}. Without a registry
 * bean, nothing is recorded. Yields to the application's own {@link GridGovMetrics}.
 */
@AutoConfiguration(before = GridGovAutoConfiguration.class)
@ConditionalOnClass(MeterRegistry.class)
public class GridGovMetricsAutoConfiguration {

    /** Creates the configuration. */
    public GridGovMetricsAutoConfiguration() {
    }

    /**
     * @param registry the application's meter registry, if any
     * @return the metrics
     */
    @Bean
    @ConditionalOnMissingBean
    public GridGovMetrics gridGovMetrics(ObjectProvider<MeterRegistry> registry) {
        MeterRegistry r = registry.getIfUnique();
        return r == null ? GridGovMetrics.NONE : new MicrometerMetrics(r);
    }
}

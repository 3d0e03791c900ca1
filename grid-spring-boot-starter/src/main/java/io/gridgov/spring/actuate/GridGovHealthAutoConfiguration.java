package io.gridgov.spring.actuate;

import io.gridgov.spring.GridGovAutoConfiguration;
import io.gridgov.spring.GridGovModel;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;

/**
 * The {@code gridgov} health indicator (健康检查), when Spring Boot 4's health module is on the class path (it
 * comes with the actuator) and a tree is configured; {@code management.health.gridgov.enabled=false}
 * turns it off. Yields to the application's own bean named {@code gridgovHealthIndicator}.
 */
@AutoConfiguration(after = GridGovAutoConfiguration.class)
@ConditionalOnClass(name = "org.springframework.boot.health.contributor.HealthIndicator")
@ConditionalOnBean(GridGovModel.class)
@ConditionalOnProperty(prefix = "management.health.gridgov", name = "enabled", matchIfMissing = true)
public class GridGovHealthAutoConfiguration {

    /** Creates the configuration. */
    public GridGovHealthAutoConfiguration() {
    }

    /**
     * @param model the model
     * @return the indicator, named {@code gridgov} in the health endpoint
     */
    @Bean(name = "gridgovHealthIndicator")
    @ConditionalOnMissingBean(name = "gridgovHealthIndicator")
    public GridGovHealthIndicator gridgovHealthIndicator(GridGovModel model) {
        return new GridGovHealthIndicator(model);
    }
}

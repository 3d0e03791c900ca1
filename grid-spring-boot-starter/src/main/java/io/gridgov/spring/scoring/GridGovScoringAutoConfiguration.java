package io.gridgov.spring.scoring;

import io.gridgov.core.io.InputLocation;
import io.gridgov.core.io.InvalidInputException;
import io.gridgov.scoring.InvalidSchemeException;
import io.gridgov.scoring.Presets;
import io.gridgov.scoring.Scheme;
import io.gridgov.scoring.SchemeJson;
import io.gridgov.scoring.Scoring;
import io.gridgov.spring.GridGovMetrics;
import io.gridgov.spring.GridGovProperties;
import io.gridgov.spring.GridResources;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

/**
 * Auto-configuration of the assessment (考核自动配置), when grid-scoring is on the class path and
 * {@code gridgov.scoring.scheme} names a preset or a scheme file: the {@link Scheme} (validated at
 * start-up), the {@link Scoring} engine and the {@link ScoringService}. Every bean yields to one of
 * the application's own.
 */
@AutoConfiguration
@ConditionalOnClass(Scheme.class)
@ConditionalOnProperty(prefix = "gridgov.scoring", name = "scheme")
public class GridGovScoringAutoConfiguration {

    /** Creates the configuration. */
    public GridGovScoringAutoConfiguration() {
    }

    /**
     * The scheme: a preset, or a file.
     *
     * @param properties the properties
     * @param resources resolves a file
     * @return the scheme
     * @throws io.gridgov.core.io.InvalidInputException for a bad file or a value naming neither
     */
    @Bean
    @ConditionalOnMissingBean
    public Scheme scoringScheme(GridGovProperties properties, ResourceLoader resources) {
        String value = properties.getScoring().getScheme();
        if (Presets.exists(value)) {
            return Presets.load(value);
        }
        Resource file = resources.getResource(value);
        if (!file.exists()) {
            throw GridResources.unknownPreset("gridgov.scoring.scheme", Presets.IDS, value);
        }
        return GridResources.read(file, (in, name) -> {
            try {
                return SchemeJson.read(in, name);
            } catch (InvalidSchemeException e) {   // names the scheme and each problem with its JSON path
                throw new InvalidInputException(InputLocation.ofFile(name), e.getMessage(), e);
            }
        });
    }

    /**
     * @param scheme the scheme
     * @return the engine
     */
    @Bean
    @ConditionalOnMissingBean
    public Scoring scoring(Scheme scheme) {
        return Scoring.of(scheme);
    }

    /**
     * @param scoring the engine
     * @param metrics the metrics
     * @return the service
     */
    @Bean
    @ConditionalOnMissingBean
    public ScoringService scoringService(Scoring scoring, GridGovMetrics metrics) {
        return new ScoringService(scoring, metrics);
    }
}

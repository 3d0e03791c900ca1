package io.gridgov.spring.cases;

import io.gridgov.cases.CaseCategories;
import io.gridgov.cases.PointLocator;
import io.gridgov.core.calendar.WorkCalendar;
import io.gridgov.spring.GridGovMetrics;
import io.gridgov.spring.GridGovModel;
import io.gridgov.spring.GridResources;
import io.gridgov.spring.GridGovProperties;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.io.Resource;

/**
 * Auto-configuration of cases (案件自动配置), when grid-cases is on the class path: the
 * {@link CaseCategories} (the presets unless {@code gridgov.cases.presets=false}, plus
 * {@code gridgov.cases.categories}), checked at start-up, and the {@link CaseReplayService} on the
 * work calendar, the current tree and staffing (when a tree is configured) and the boundaries' point
 * locator (when boundaries are). Every bean yields to one of the application's own.
 */
@AutoConfiguration
@ConditionalOnClass(CaseCategories.class)
public class GridGovCasesAutoConfiguration {

    /** Creates the configuration. */
    public GridGovCasesAutoConfiguration() {
    }

    /**
     * The case categories.
     *
     * @param properties the properties
     * @return the categories
     * @throws io.gridgov.core.io.InvalidInputException for a bad categories file
     */
    @Bean
    @ConditionalOnMissingBean
    public CaseCategories caseCategories(GridGovProperties properties) {
        GridGovProperties.Cases c = properties.getCases();
        Resource file = c.getCategories();
        CaseCategories own = file == null ? CaseCategories.of(java.util.List.of())
                : GridResources.read(file, CaseCategories::read);
        return c.isPresets() ? CaseCategories.presets().with(own) : own;
    }

    /**
     * The replay service.
     *
     * @param categories the categories
     * @param calendar the work calendar
     * @param model the grid model, if any
     * @param locator the point locator, if any
     * @param metrics the metrics
     * @return the service
     */
    @Bean
    @ConditionalOnMissingBean
    public CaseReplayService caseReplayService(CaseCategories categories, WorkCalendar calendar,
            ObjectProvider<GridGovModel> model, ObjectProvider<PointLocator> locator, GridGovMetrics metrics) {
        return new CaseReplayService(categories, calendar, Optional.ofNullable(model.getIfAvailable()),
                locator.getIfAvailable(() -> PointLocator.NONE), metrics);
    }
}

package io.gridgov.spring.duty;

import io.gridgov.core.calendar.WorkCalendar;
import io.gridgov.duty.DutyCatalog;
import io.gridgov.duty.DutyPlanner;
import io.gridgov.duty.DutyTemplate;
import io.gridgov.duty.DutyTemplates;
import io.gridgov.spring.GridGovModel;
import io.gridgov.spring.GridGovProperties;
import io.gridgov.spring.GridResources;
import io.gridgov.spring.GridSnapshot;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Scope;
import org.springframework.core.io.Resource;

/**
 * Auto-configuration of duties (职责自动配置), when grid-duty is on the class path: the
 * {@link DutyCatalog} of {@code gridgov.duties.presets} and {@code gridgov.duties.templates} (every
 * preset when neither is set), checked at start-up; with {@code gridgov.tree.file}, a
 * {@link DutyPlanner} on the current tree, staffing and work calendar (a prototype bean: each lookup
 * plans on the current snapshot). Every bean yields to one of the application's own.
 */
@AutoConfiguration
@ConditionalOnClass(DutyCatalog.class)
public class GridGovDutyAutoConfiguration {

    /** Creates the configuration. */
    public GridGovDutyAutoConfiguration() {
    }

    /**
     * The duty catalog.
     *
     * @param properties the properties
     * @return the catalog, validated
     * @throws io.gridgov.core.io.InvalidInputException for a bad template file or an unknown preset
     */
    @Bean
    @ConditionalOnMissingBean
    public DutyCatalog dutyCatalog(GridGovProperties properties) {
        GridGovProperties.Duties d = properties.getDuties();
        if (d.getPresets().isEmpty() && d.getTemplates().isEmpty()) {
            return DutyCatalog.presets();
        }
        List<DutyTemplate> templates = new ArrayList<>();
        for (String id : d.getPresets()) {
            if (!DutyTemplates.PRESET_IDS.contains(id)) {
                throw GridResources.unknownPreset("gridgov.duties.presets", DutyTemplates.PRESET_IDS, id);
            }
            templates.add(DutyTemplates.preset(id));
        }
        for (Resource file : d.getTemplates()) {
            templates.addAll(GridResources.read(file, DutyTemplates::read));
        }
        return DutyCatalog.of(templates);
    }

    /**
     * The planner on the current snapshot.
     *
     * @param model the model
     * @param catalog the catalog
     * @param calendar the work calendar
     * @return the planner
     */
    @Bean
    @Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
    @ConditionalOnMissingBean
    @ConditionalOnProperty(prefix = "gridgov.tree", name = "file")
    public DutyPlanner dutyPlanner(GridGovModel model, DutyCatalog catalog, WorkCalendar calendar) {
        GridSnapshot now = model.current();
        return DutyPlanner.builder(now.tree(), catalog).staffing(now.staffing()).calendar(calendar).build();
    }
}

package io.gridgov.spring;

import io.gridgov.core.calendar.WorkCalendar;
import io.gridgov.core.format.LevelSchemeJson;
import io.gridgov.core.format.TreeDocument;
import io.gridgov.core.format.TreeJson;
import io.gridgov.core.io.InputLocation;
import io.gridgov.core.io.InvalidInputException;
import io.gridgov.core.io.JsonTree;
import io.gridgov.core.staff.Staffing;
import io.gridgov.core.tree.GridTree;
import io.gridgov.core.tree.LevelScheme;
import io.gridgov.core.tree.LevelSchemes;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Scope;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

/**
 * The starter's core auto-configuration (自动配置): binds {@link GridGovProperties}, makes the
 * {@link WorkCalendar} and, when {@code gridgov.tree.file} is set, the {@link GridGovModel} holding the
 * tree, its staffing and the parts other configurations contribute (boundaries), with the current
 * {@link GridTree}, {@link Staffing} and {@link TreeDocument} as prototype beans (each lookup gives the
 * current snapshot's; inject the model, or an {@code ObjectProvider}, to see reloads). Every bean yields
 * to one of the application's own ({@code @ConditionalOnMissingBean}).
 */
@AutoConfiguration
@EnableConfigurationProperties(GridGovProperties.class)
public class GridGovAutoConfiguration {

    /**
     * Checks the properties that name no file.
     *
     * @param properties the properties
     */
    public GridGovAutoConfiguration(GridGovProperties properties) {
        try {
            properties.locale();
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(InputLocation.ofFile("gridgov.language"),
                    SpringMessages.MESSAGES.text("language.unknown", properties.getLanguage()), e);
        }
    }

    /** {@return the metrics sink when Micrometer is absent: records nothing} */
    @Bean
    @ConditionalOnMissingBean
    public GridGovMetrics gridGovMetrics() {
        return GridGovMetrics.NONE;
    }

    /**
     * The work calendar of {@code gridgov.calendar.file}, or the default one.
     *
     * @param properties the properties
     * @return the calendar
     */
    @Bean
    @ConditionalOnMissingBean
    public WorkCalendar workCalendar(GridGovProperties properties) {
        Resource file = properties.getCalendar().getFile();
        return file == null ? WorkCalendar.DEFAULT : GridResources.read(file, WorkCalendar::read);
    }

    /**
     * The grid model, loaded now: a bad file stops the application here.
     *
     * @param properties the properties
     * @param resources resolves a level scheme file
     * @param contributors the parts beside the tree
     * @return the model
     */
    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnProperty(prefix = "gridgov.tree", name = "file")
    public GridGovModel gridGovModel(GridGovProperties properties, ResourceLoader resources,
            ObjectProvider<GridContributor<?>> contributors) {
        return new GridGovModel(trees(properties, resources), contributors.orderedStream().toList());
    }

    /**
     * @param model the model
     * @return the current tree
     */
    @Bean
    @Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
    @ConditionalOnMissingBean
    @ConditionalOnProperty(prefix = "gridgov.tree", name = "file")
    public GridTree gridTree(GridGovModel model) {
        return model.tree();
    }

    /**
     * @param model the model
     * @return the current staffing
     */
    @Bean
    @Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
    @ConditionalOnMissingBean
    @ConditionalOnProperty(prefix = "gridgov.tree", name = "file")
    public Staffing staffing(GridGovModel model) {
        return model.staffing();
    }

    /**
     * How the model reads the tree: {@code gridgov.tree.file} with the scheme of {@code gridgov.tree.scheme}.
     *
     * @param properties the properties
     * @param resources resolves a scheme file
     * @return the reader
     */
    static Supplier<TreeDocument> trees(GridGovProperties properties, ResourceLoader resources) {
        GridGovProperties.Tree tree = properties.getTree();
        return () -> {
            Optional<LevelScheme> scheme = levelScheme(tree.getScheme(), resources);
            return GridResources.read(tree.getFile(), (in, name) -> TreeJson.read(in, name, scheme));
        };
    }

    private static Optional<LevelScheme> levelScheme(String idOrFile, ResourceLoader resources) {
        if (idOrFile.isEmpty()) {
            return Optional.empty();
        }
        Optional<LevelScheme> preset = LevelSchemes.byId(idOrFile);
        if (preset.isPresent()) {
            return preset;
        }
        Resource file = resources.getResource(idOrFile);
        if (!file.exists()) {
            throw GridResources.unknownPreset("gridgov.tree.scheme", LevelSchemes.ids(), idOrFile);
        }
        return Optional.of(GridResources.read(file,
                (in, name) -> LevelSchemeJson.fromJson(new JsonTree(name).parse(in), InputLocation.ofFile(name), "scheme")));
    }
}

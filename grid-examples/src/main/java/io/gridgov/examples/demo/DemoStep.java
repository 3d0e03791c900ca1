package io.gridgov.examples.demo;

import io.gridgov.core.i18n.LocalizedText;
import java.io.IOException;

/**
 * One step of the demo's main job: the tree check today; boundary validation, duties, scoring and
 * the HTML report are added as further steps. Steps run in order and share a {@link DemoContext}.
 * Implementations are stateless.
 */
public interface DemoStep {

    /** {@return a short stable id, such as {@code tree}} */
    String id();

    /** {@return the step's title in both languages} */
    LocalizedText title();

    /**
     * Runs the step.
     *
     * @param context the sample data, the output directory, and what earlier steps left
     * @return what the step found and wrote
     * @throws IOException when an output cannot be written
     */
    StepOutcome run(DemoContext context) throws IOException;
}

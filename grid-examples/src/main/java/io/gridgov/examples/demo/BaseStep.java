package io.gridgov.examples.demo;

import static java.util.Objects.requireNonNull;

import io.gridgov.core.i18n.LocalizedText;
import io.gridgov.examples.i18n.ExamplesMessages;
import java.util.Locale;
import java.util.function.Function;

/**
 * The common part of the demo's built-in steps: a fixed id and bilingual title (from the bundle), an earlier step's
 * result taken from the context, and a text output in both languages. Each step stays its own public
 * final class; this base is an implementation detail of the package. Immutable and thread-safe.
 */
abstract class BaseStep implements DemoStep {

    private final String id;
    private final LocalizedText title;

    /** A step whose title is the bundle's {@code demo.step.ID}. */
    BaseStep(String id) {
        this.id = requireNonNull(id, "id");
        this.title = ExamplesMessages.MESSAGES.text("demo.step." + id);
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final LocalizedText title() {
        return title;
    }

    /**
     * {@return the result an earlier step left in the context}
     *
     * @param context the context
     * @param type the result's type
     * @param step the step that leaves it, for the message when it has not run
     * @throws IllegalStateException when that step has not run
     */
    static <T> T earlier(DemoContext context, Class<T> type, String step) {
        return context.get(type).orElseThrow(() -> new IllegalStateException("the " + step + " step must run first"));
    }

    /** {@return a text in English, then a line break, then the same text in Chinese} */
    static String englishThenChinese(Function<Locale, String> text) {
        return text.apply(Locale.ENGLISH) + "\n" + text.apply(Locale.SIMPLIFIED_CHINESE);
    }
}

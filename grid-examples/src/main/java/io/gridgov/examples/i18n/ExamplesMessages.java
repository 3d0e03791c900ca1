package io.gridgov.examples.i18n;

import io.gridgov.core.i18n.Messages;

/**
 * grid-examples' one message bundle, {@code io.gridgov.examples.i18n.messages} (en and zh_CN): the
 * texts of the command line and the demo; and the help texts of the command line ({@link #HELP_BUNDLE}).
 * Thread-safe.
 */
public final class ExamplesMessages {

    /** The bundle of the command line and the demo. */
    public static final Messages MESSAGES = Messages.of("io.gridgov.examples.i18n.messages", ExamplesMessages.class);

    /**
     * The help texts of the command line (descriptions of commands and options), a picocli resource bundle
     * with the same keys in en and zh_CN. Its values are picocli texts ({@code %n}, {@code %%},
     * {@code ${DEFAULT-VALUE}}), not {@link java.text.MessageFormat} patterns, hence a bundle of their own.
     */
    public static final String HELP_BUNDLE = "io.gridgov.examples.i18n.help";

    private ExamplesMessages() {
    }
}

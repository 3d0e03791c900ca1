package io.gridgov.examples.i18n;

import io.gridgov.core.i18n.Messages;

/**
 * grid-examples' one message bundle, {@code io.gridgov.examples.i18n.messages} (en and zh_CN): the
 * texts of the command line and the demo. Thread-safe.
 */
public final class ExamplesMessages {

    /** The bundle of the command line and the demo. */
    public static final Messages MESSAGES = Messages.of("io.gridgov.examples.i18n.messages", ExamplesMessages.class);

    private ExamplesMessages() {
    }
}

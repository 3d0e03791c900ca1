package io.gridgov.core.i18n;

/**
 * grid-core's one message bundle, {@code io.gridgov.core.i18n.messages} (en and zh_CN): the texts of
 * structural findings, tree edits and input errors. Each module keeps one such constant for its
 * bundle. Thread-safe.
 */
public final class CoreMessages {

    /** The core bundle. */
    public static final Messages MESSAGES = Messages.of("io.gridgov.core.i18n.messages", CoreMessages.class);

    private CoreMessages() {
    }
}

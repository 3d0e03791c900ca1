package io.gridgov.service;

import io.gridgov.core.i18n.Messages;

/** The sample service's one message bundle (消息文本, en and zh_CN): problem titles and not-found details. Thread-safe. */
public final class ServiceMessages {

    /** The service's bundle. */
    public static final Messages MESSAGES = Messages.of("io.gridgov.service.i18n.messages", ServiceMessages.class);

    private ServiceMessages() {
    }
}

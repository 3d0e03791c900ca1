package io.gridgov.spring;

import io.gridgov.core.i18n.Messages;

/**
 * The starter's one message bundle (消息文本), {@code io.gridgov.spring.i18n.messages} (en and zh_CN): start-up
 * failures (启动失败), missing files and unknown presets named by a property, health details. Thread-safe.
 */
public final class SpringMessages {

    /** The starter's bundle. */
    public static final Messages MESSAGES = Messages.of("io.gridgov.spring.i18n.messages", SpringMessages.class);

    private SpringMessages() {
    }
}

package io.gridgov.core.rule;

import io.gridgov.core.i18n.LocalizedText;
import io.gridgov.core.i18n.Messages;

/** The core bundle, for the built-in rules' messages. */
final class Texts {
    static final Messages MESSAGES = Messages.of("io.gridgov.core.i18n.messages", Texts.class);

    private Texts() {
    }

    static LocalizedText text(String key, Object... args) {
        return MESSAGES.text(key, args);
    }
}

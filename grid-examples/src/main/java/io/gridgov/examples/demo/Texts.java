package io.gridgov.examples.demo;

import io.gridgov.core.i18n.LocalizedText;
import io.gridgov.core.i18n.Messages;

/** The demo's bilingual summary lines, from the examples' bundle. */
final class Texts {

    private static final Messages MESSAGES = Messages.of("io.gridgov.examples.i18n.messages", Texts.class);

    private Texts() {
    }

    static LocalizedText of(String key, Object... args) {
        return MESSAGES.text(key, args);
    }
}

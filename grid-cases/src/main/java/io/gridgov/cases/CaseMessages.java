package io.gridgov.cases;

import io.gridgov.core.i18n.LocalizedText;
import io.gridgov.core.i18n.Messages;

/** The cases module's message bundle. */
final class CaseMessages {
    static final Messages MESSAGES = Messages.of("io.gridgov.cases.i18n.messages", CaseMessages.class);

    private CaseMessages() {
    }

    /** {@return the text of {@code key} in both languages; a LocalizedText argument is placed in each language} */
    static LocalizedText text(String key, Object... args) {
        Object[] en = new Object[args.length];
        Object[] zh = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            Object a = args[i];
            en[i] = a instanceof LocalizedText t ? t.en() : a instanceof Number n ? n.toString() : a;
            zh[i] = a instanceof LocalizedText t ? t.zh() : a instanceof Number n ? n.toString() : a;
        }
        return new LocalizedText(MESSAGES.format(Messages.ENGLISH, key, en), MESSAGES.format(Messages.CHINESE, key, zh));
    }
}

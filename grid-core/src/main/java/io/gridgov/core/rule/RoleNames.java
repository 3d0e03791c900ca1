package io.gridgov.core.rule;

import static io.gridgov.core.i18n.CoreMessages.MESSAGES;

import io.gridgov.core.i18n.LocalizedText;
import io.gridgov.core.i18n.Messages;

/** Messages that name a role, with the role's name in each language. */
final class RoleNames {
    private RoleNames() {
    }

    /**
     * {@return the message {@code key} with the arguments {@code nodeId}, the role's name (English in the
     * English text, Chinese in the Chinese text, or its key when unknown), then {@code more}}
     */
    static LocalizedText text(String key, RuleContext context, String nodeId, String role, Object... more) {
        Object[] en = new Object[more.length + 2];
        Object[] zh = new Object[more.length + 2];
        en[0] = nodeId;
        zh[0] = nodeId;
        en[1] = context.staffing().role(role).map(r -> r.nameEn()).orElse(role);
        zh[1] = context.staffing().role(role).map(r -> r.nameZh()).orElse(role);
        System.arraycopy(more, 0, en, 2, more.length);
        System.arraycopy(more, 0, zh, 2, more.length);
        return new LocalizedText(MESSAGES.format(Messages.ENGLISH, key, en),
                MESSAGES.format(Messages.CHINESE, key, zh));
    }
}

package io.gridgov.duty;

import io.gridgov.core.i18n.Messages;

/** The duty package's message bundle. Not API. */
final class DutyMessages {
    /** The bundle. */
    public static final Messages MESSAGES = Messages.of("io.gridgov.duty.i18n.messages", DutyMessages.class);

    private DutyMessages() {
    }
}

package io.gridgov.geo;

import io.gridgov.core.i18n.Messages;

/**
 * grid-geo's one message bundle, {@code io.gridgov.geo.i18n.messages} (en and zh_CN): the texts of
 * boundary violations (边界校验问题), validation reports, coordinate-system checks and GeoJSON input
 * errors. Thread-safe.
 */
public final class GeoMessages {

    /** The geo bundle. */
    public static final Messages MESSAGES = Messages.of("io.gridgov.geo.i18n.messages", GeoMessages.class);

    private GeoMessages() {
    }
}

package io.gridgov.duty;

import java.util.Locale;

/**
 * What an activity record must carry to count for a duty (佐证材料).
 */
public enum Evidence {
    /** 书面记录: a written record (巡查记录, 台账). */
    RECORD,
    /** 照片或影像: a photo or video. */
    PHOTO,
    /** 签到: a sign-in sheet. */
    SIGN_IN,
    /** 时长: start and end times; every activity record has them, so this is always met. */
    DURATION;

    /** {@return the key used in files: {@code record}, {@code photo}, {@code sign-in}, {@code duration}} */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * {@return evidence kinds in both languages, such as {@code [record, sign-in]} and {@code [书面记录、签到]}}
     *
     * @param kinds evidence kinds (other elements are ignored), in their natural order
     */
    static io.gridgov.core.i18n.LocalizedText names(java.util.Collection<?> kinds) {
        java.util.List<Evidence> sorted = kinds.stream().filter(Evidence.class::isInstance).map(Evidence.class::cast)
                .sorted().toList();
        String en = sorted.stream().map(e -> DutyMessages.MESSAGES.format(java.util.Locale.ENGLISH, "evidence." + e.name()))
                .collect(java.util.stream.Collectors.joining(", ", "[", "]"));
        String zh = sorted.stream().map(e -> DutyMessages.MESSAGES.format(java.util.Locale.SIMPLIFIED_CHINESE,
                "evidence." + e.name())).collect(java.util.stream.Collectors.joining("、", "[", "]"));
        return new io.gridgov.core.i18n.LocalizedText(en, zh);
    }

    /**
     * Parses the file form.
     *
     * @param text {@code record}, {@code photo}, {@code sign-in} or {@code duration}
     * @return the evidence kind
     * @throws IllegalArgumentException naming the accepted values otherwise
     */
    public static Evidence parse(String text) {
        return FileKeys.parse(values(), Evidence::key, "evidence", text);
    }
}

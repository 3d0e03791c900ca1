package io.gridgov.core.i18n;

import static java.util.Objects.requireNonNull;

import java.util.Locale;

/**
 * A user-facing text in English and Simplified Chinese, rendered once from a bundle so that a
 * finding or violation can be printed, serialised and compared in either language.
 *
 * @param en the English text
 * @param zh the Chinese text
 */
public record LocalizedText(String en, String zh) {

    /** Validates the components. */
    public LocalizedText {
        requireNonNull(en, "en");
        requireNonNull(zh, "zh");
    }

    /** {@return the text in {@code locale}: Chinese for any {@code zh} locale, English otherwise} */
    public String in(Locale locale) {
        return "zh".equals(requireNonNull(locale, "locale").getLanguage()) ? zh : en;
    }

    /** {@return the English text} */
    @Override
    public String toString() {
        return en;
    }
}

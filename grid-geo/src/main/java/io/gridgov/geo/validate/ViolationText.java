package io.gridgov.geo.validate;

import static io.gridgov.geo.GeoMessages.MESSAGES;

import io.gridgov.core.Severity;
import io.gridgov.core.i18n.LocalizedText;
import io.gridgov.geo.CoordinateSystem;
import java.util.List;

/** The shaping of a violation's message (违规说明): ids quoted, coordinates rounded, slivers explained. Stateless. */
final class ViolationText {

    private ViolationText() {
    }

    /**
     * The message of a piece: the rule's text, and for a WARNING the sliver explanation after it
     * (why it is not an error: within the tolerance or below the minimum area).
     *
     * @param severity the piece's severity
     * @param options the options (tolerance and minimum area, quoted in the explanation)
     * @param key the rule's message key
     * @param args its arguments
     * @return the bilingual text
     */
    static LocalizedText piece(Severity severity, ValidationOptions options, String key, Object... args) {
        LocalizedText text = MESSAGES.text(key, args);
        if (severity == Severity.ERROR) {
            return text;
        }
        LocalizedText en = MESSAGES.text("violation.sliver", text.en(), options.toleranceMetres(),
                options.minAreaM2());
        LocalizedText zh = MESSAGES.text("violation.sliver", text.zh(), options.toleranceMetres(),
                options.minAreaM2());
        return new LocalizedText(en.en(), zh.zh());
    }

    /** {@return a coordinate as written in messages: 7 decimals for degrees, 3 (millimetres) for metres} */
    static String coordinate(double value, CoordinateSystem crs) {
        return String.format(java.util.Locale.ROOT, crs.isGeographic() ? "%.7f" : "%.3f", value);
    }

    /** {@return ids as {@code 'a', 'b'}} */
    static String quoted(List<String> ids) {
        StringBuilder b = new StringBuilder();
        for (String id : ids) {
            if (b.length() > 0) {
                b.append(", ");
            }
            b.append('\'').append(id).append('\'');
        }
        return b.toString();
    }
}

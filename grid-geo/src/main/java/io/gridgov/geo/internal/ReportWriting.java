package io.gridgov.geo.internal;

import io.gridgov.geo.validate.ValidationReport;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

/** Writes reports; see {@link io.gridgov.geo.io.ReportWriter}. */
public final class ReportWriting {
    private ReportWriting() {
    }

    public static void text(ValidationReport report, Locale locale, Writer out) throws IOException {
        throw new UnsupportedOperationException("in progress");
    }

    public static void json(ValidationReport report, Locale locale, Writer out) throws IOException {
        throw new UnsupportedOperationException("in progress");
    }

    public static void geojson(ValidationReport report, Locale locale, Writer out) throws IOException {
        throw new UnsupportedOperationException("in progress");
    }
}

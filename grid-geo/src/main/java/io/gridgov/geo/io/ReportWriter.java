package io.gridgov.geo.io;

import io.gridgov.core.io.AtomicFiles;
import static java.util.Objects.requireNonNull;

import io.gridgov.geo.validate.ValidationReport;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Writes a {@link ValidationReport} as text, JSON ({@code docs/formats/validation-report.md}) or
 * GeoJSON (one feature per violation, for QGIS). Messages are in the requested language.
 * Stateless and thread-safe.
 *
 * <pre>{@code
 * ReportWriter.write(report, ReportFormat.JSON, Locale.SIMPLIFIED_CHINESE, Path.of("report.json"));
 * }</pre>
 */
public final class ReportWriter {

    private ReportWriter() {
    }

    /**
     * Writes the report to a writer (not closed).
     *
     * @param report the report
     * @param format the format
     * @param locale the language of messages (Chinese for any {@code zh} locale, else English)
     * @param out where to write
     * @throws IOException when writing fails
     */
    public static void write(ValidationReport report, ReportFormat format, Locale locale, Writer out)
            throws IOException {
        requireNonNull(report, "report");
        requireNonNull(format, "format");
        requireNonNull(locale, "locale");
        requireNonNull(out, "out");
        switch (format) {
            case TEXT -> ReportWriting.text(report, locale, out);
            case JSON -> ReportWriting.json(report, locale, out);
            case GEOJSON -> ReportWriting.geojson(report, locale, out);
        }
        out.flush();
    }

    /**
     * Writes the report to a file: to a temporary file in the same directory, then moved into
     * place, so a failure never leaves a partial file.
     *
     * @param report the report
     * @param format the format
     * @param locale the language of messages
     * @param file the target file (replaced if it exists)
     * @throws UncheckedIOException when the file cannot be written
     */
    public static void write(ValidationReport report, ReportFormat format, Locale locale, Path file) {
        requireNonNull(file, "file");
        AtomicFiles.writeText(file, out -> write(report, format, locale, out));
    }

    /**
     * The report as a string.
     *
     * @param report the report
     * @param format the format
     * @param locale the language of messages
     * @return the text
     */
    public static String toString(ValidationReport report, ReportFormat format, Locale locale) {
        StringWriter out = new StringWriter();
        try {
            write(report, format, locale, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}

package io.gridgov.geo.io;

import static io.gridgov.geo.GeoMessages.MESSAGES;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.gridgov.core.Severity;
import io.gridgov.geo.GeoPoint;
import io.gridgov.geo.validate.BoundaryRule;
import io.gridgov.geo.validate.ValidationReport;
import io.gridgov.geo.validate.Violation;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.locationtech.jts.geom.Geometry;

/** Writes reports as text, JSON and GeoJSON; see {@link io.gridgov.geo.io.ReportWriter}. */
final class ReportWriting {

    private static final JsonFactory JSON = new JsonFactory();

    private ReportWriting() {
    }

    /**
     * Writes the text form.
     *
     * @param report the report
     * @param locale the language
     * @param out where
     * @throws IOException when writing fails
     */
    static void text(ValidationReport report, Locale locale, Writer out) throws IOException {
        var m = MESSAGES;
        long errors = report.violations().stream().filter(v -> v.severity() == Severity.ERROR).count();
        long warnings = report.violations().stream().filter(v -> v.severity() == Severity.WARNING).count();
        out.write(m.format(locale, "report.summary", report.gridCount(), errors, warnings));
        out.write(System.lineSeparator());
        for (String sentence : parentSentences(report, locale)) {
            out.write(sentence);
            out.write(System.lineSeparator());
        }
        if (report.snappedVertexCount() > 0) {
            out.write(m.format(locale, "report.snapped", report.snappedVertexCount()));
            out.write(System.lineSeparator());
        }
        for (Violation v : report.violations()) {
            String parent = v.parentId().map(p -> m.format(locale, "report.parent", p)).orElse("");
            GeoPoint p = v.point().orElse(null);
            String line = m.format(locale, "report.line", v.severity(), v.ruleId(), v.level(), parent,
                    v.message(locale), p == null ? "-" : coordinate(p.x(), report), p == null ? "-" : coordinate(p.y(), report));
            out.write(line);
            out.write(System.lineSeparator());
        }
        out.write(m.format(locale, report.isValid() ? "report.valid" : "report.invalid"));
        out.write(System.lineSeparator());
    }

    /**
     * Writes the JSON form (docs/formats/validation-report.md).
     *
     * @param report the report
     * @param locale the language
     * @param out where
     * @throws IOException when writing fails
     */
    static void json(ValidationReport report, Locale locale, Writer out) throws IOException {
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeBooleanField("valid", report.isValid());
            g.writeNumberField("grids", report.gridCount());
            g.writeStringField("crs", report.crs().name());
            g.writeNumberField("errors", report.violations().stream().filter(Violation::isError).count());
            g.writeNumberField("warnings",
                    report.violations().stream().filter(v -> v.severity() == Severity.WARNING).count());
            g.writeObjectFieldStart("counts");
            for (Map.Entry<BoundaryRule, Map<Integer, Long>> e : report.countsByRuleAndLevel().entrySet()) {
                g.writeObjectFieldStart(e.getKey().name());
                for (Map.Entry<Integer, Long> l : e.getValue().entrySet()) {
                    g.writeNumberField(Integer.toString(l.getKey()), l.getValue());
                }
                g.writeEndObject();
            }
            g.writeEndObject();
            if (!report.snappedVertices().isEmpty()) {
                g.writeObjectFieldStart("snappedVertices");
                for (Map.Entry<String, Integer> e : report.snappedVertices().entrySet()) {
                    g.writeNumberField(e.getKey(), e.getValue());
                }
                g.writeEndObject();
            }
            g.writeArrayFieldStart("violations");
            for (Violation v : report.violations()) {
                g.writeStartObject();
                g.writeStringField("rule", v.ruleId());
                g.writeStringField("severity", v.severity().name());
                g.writeNumberField("level", v.level());
                writeOptional(g, "parent", v.parentId());
                g.writeArrayFieldStart("grids");
                for (String id : v.gridIds()) {
                    g.writeString(id);
                }
                g.writeEndArray();
                g.writeFieldName("areaM2");
                GeoJsonWriter.number(g, round(v.areaM2()));
                writeSlivers(g, v);
                g.writeFieldName("point");
                if (v.point().isPresent()) {
                    g.writeStartArray();
                    GeoJsonWriter.number(g, v.point().get().x());
                    GeoJsonWriter.number(g, v.point().get().y());
                    g.writeEndArray();
                } else {
                    g.writeNull();
                }
                g.writeFieldName("geometry");
                writeGeometry(g, v.geometry());
                g.writeStringField("message", v.message(locale));
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        out.write(System.lineSeparator());
    }

    /**
     * Writes the GeoJSON form: one feature per violation (the piece, else its point; null when
     * neither exists).
     *
     * @param report the report
     * @param locale the language
     * @param out where
     * @throws IOException when writing fails
     */
    static void geojson(ValidationReport report, Locale locale, Writer out) throws IOException {
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.writeStartObject();
            g.writeStringField("type", "FeatureCollection");
            g.writeArrayFieldStart("features");
            for (Violation v : report.violations()) {
                g.writeRaw(System.lineSeparator());
                g.writeStartObject();
                g.writeStringField("type", "Feature");
                g.writeFieldName("geometry");
                Optional<Geometry> geometry = v.geometry();
                if (geometry.isPresent()) {
                    writeGeometry(g, geometry);
                } else if (v.point().isPresent()) {
                    g.writeStartObject();
                    g.writeStringField("type", "Point");
                    g.writeArrayFieldStart("coordinates");
                    GeoJsonWriter.number(g, v.point().get().x());
                    GeoJsonWriter.number(g, v.point().get().y());
                    g.writeEndArray();
                    g.writeEndObject();
                } else {
                    g.writeNull();
                }
                g.writeObjectFieldStart("properties");
                g.writeStringField("rule", v.ruleId());
                g.writeStringField("severity", v.severity().name());
                g.writeNumberField("level", v.level());
                writeOptional(g, "parent", v.parentId());
                g.writeStringField("grids", String.join(",", v.gridIds()));
                g.writeFieldName("areaM2");
                GeoJsonWriter.number(g, round(v.areaM2()));
                writeSlivers(g, v);
                if (v.point().isPresent()) {
                    g.writeFieldName("pointX");
                    GeoJsonWriter.number(g, v.point().get().x());
                    g.writeFieldName("pointY");
                    GeoJsonWriter.number(g, v.point().get().y());
                }
                g.writeStringField("message", v.message(locale));
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        out.write(System.lineSeparator());
    }

    /**
     * One sentence per parent with spatial findings: how far its outline differs from its
     * children (the border slivers of GAP and OUTSIDE_PARENT), and how many real (not sliver)
     * gaps and overlaps it has.
     */
    static java.util.List<String> parentSentences(ValidationReport report, Locale locale) {
        Map<String, double[]> perParent = new java.util.TreeMap<>();
        Map<String, java.util.Set<String>> grids = new java.util.HashMap<>();
        for (Violation v : report.violations()) {
            if (v.parentId().isEmpty() || v instanceof Violation.Structural) {
                continue;
            }
            String parent = v.parentId().get();
            double[] s = perParent.computeIfAbsent(parent, k -> new double[4]);
            if (v instanceof Violation.BorderSlivers b) {
                if (b.rule() != BoundaryRule.OVERLAP) {
                    s[0] += b.borderLengthMetres();
                    s[1] = Math.max(s[1], b.largestWidthMetres());
                    grids.computeIfAbsent(parent, k -> new java.util.TreeSet<>()).addAll(b.gridIds());
                }
            } else if (v.rule() == BoundaryRule.GAP) {
                s[2]++;
            } else if (v.rule() == BoundaryRule.OVERLAP) {
                s[3]++;
            }
        }
        java.util.List<String> sentences = new java.util.ArrayList<>();
        perParent.forEach((parent, s) -> sentences.add(MESSAGES.format(locale,
                "report.parentSummary", parent, grids.getOrDefault(parent, java.util.Set.of()).size(), s[0] / 1000,
                s[1], (long) s[2], (long) s[3])));
        return sentences;
    }

    private static void writeSlivers(JsonGenerator g, Violation v) throws IOException {
        if (v instanceof Violation.BorderSlivers b) {
            g.writeNumberField("pieces", b.pieces());
            g.writeFieldName("largestWidthM");
            GeoJsonWriter.number(g, round(b.largestWidthMetres()));
            g.writeFieldName("borderLengthM");
            GeoJsonWriter.number(g, round(b.borderLengthMetres()));
        }
    }

    private static String coordinate(double value, ValidationReport report) {
        return String.format(Locale.ROOT, report.crs().isGeographic() ? "%.7f" : "%.3f", value);
    }

    /** {@return the value to the millimetre (or mm²); NaN and infinities stay what they are, to be refused} */
    private static double round(double area) {
        if (!Double.isFinite(area) || Math.abs(area) > 1e15) {
            return area;
        }
        return Math.round(area * 1000.0) / 1000.0;
    }

    private static void writeOptional(JsonGenerator g, String field, Optional<String> value) throws IOException {
        if (value.isPresent()) {
            g.writeStringField(field, value.get());
        } else {
            g.writeNullField(field);
        }
    }

    /**
     * Writes a JTS geometry as a GeoJSON geometry object, or null when absent.
     *
     * @param g the generator
     * @param geometry the geometry
     * @throws IOException when writing fails
     */
    static void writeGeometry(JsonGenerator g, Optional<Geometry> geometry) throws IOException {
        if (geometry.isEmpty()) {
            g.writeNull();
            return;
        }
        GeoJsonWriter.writeGeometry(g, geometry.get());
    }
}

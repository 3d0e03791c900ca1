package io.gridgov.cases;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import io.gridgov.core.io.InvalidInputException;
import io.gridgov.core.io.JsonTree;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Open311 GeoReport v2 (the international service-request format) in and out, so that a product speaking
 * it can plug in: service requests (a JSON array) are read as {@code reported} events, and cases are
 * written as service requests with their state. {@code service_code} is a category key; a request's
 * {@code lat}/{@code long} is its point. Stateless and thread-safe.
 *
 * <pre>{@code
 * List<CaseEvent> reports = Open311.read(in, "requests.json", categories);
 * Open311.write(report.open(), zone, out);
 * }</pre>
 */
public final class Open311 {

    private static final Set<String> KEYS = Set.of("service_request_id", "status", "status_notes", "service_name",
            "service_code", "description", "agency_responsible", "service_notice", "requested_datetime",
            "updated_datetime", "expected_datetime", "address", "address_id", "zipcode", "lat", "long", "media_url",
            "token", "account_id", "first_name", "last_name", "email", "phone", "device_id", "attribute");

    private Open311() {
    }

    /**
     * Reads GeoReport v2 service requests as {@code reported} events (source {@code open311}).
     *
     * @param in the JSON array of service requests (not closed)
     * @param name the name used in messages
     * @param categories the categories: every {@code service_code} must be one of their keys
     * @return the reports, in document order, {@code line} 0
     * @throws InvalidInputException naming the request's index and field
     */
    public static List<CaseEvent> read(InputStream in, String name, CaseCategories categories) {
        requireNonNull(categories, "categories");
        JsonTree.Cursor root = new JsonTree(name).read(in);
        List<CaseEvent> out = new ArrayList<>();
        for (JsonTree.Cursor r : root.array()) {
            r.object(KEYS);
            String id = r.get("service_request_id").text();
            String record = "service request " + JsonTree.quoted(id);
            JsonTree.Cursor code = r.get("service_code");
            if (!categories.contains(code.text())) {
                throw code.fail(record, CaseMessages.text("read.category", JsonTree.quoted(code.text())));
            }
            JsonTree.Cursor when = r.get("requested_datetime");
            Instant at;
            try {
                at = OffsetDateTime.parse(when.text()).toInstant();
            } catch (DateTimeParseException e) {
                throw when.fail(record, CaseMessages.text("read.time", JsonTree.quoted(when.text())));
            }
            Optional<CasePoint> point = Optional.empty();
            if (r.has("lat") || r.has("long")) {
                double lat = r.get("lat").number().doubleValue();
                double lon = r.get("long").number().doubleValue();
                try {
                    point = Optional.of(new CasePoint(lon, lat));
                } catch (IllegalArgumentException e) {
                    throw r.get("lat").fail(record, CaseMessages.text("read.point", lon, lat));
                }
            }
            if (point.isEmpty()) {
                throw r.fail(record, CaseMessages.text("read.place"));
            }
            out.add(new CaseEvent.Reported(id, at, 0, Optional.empty(), code.text(), "open311", Optional.empty(), point));
        }
        return out;
    }

    /**
     * Writes cases as GeoReport v2 service requests: {@code service_request_id}, {@code status}
     * ({@code open} or {@code closed}: closed, cancelled and rejected cases are closed), {@code status_notes}
     * (the GridGov status), {@code service_code}, {@code service_name}, {@code agency_responsible} (the
     * responsible unit), {@code requested_datetime}, {@code updated_datetime} (the latest event),
     * {@code expected_datetime} (the handling deadline) and {@code lat}/{@code long} when known.
     *
     * @param cases the cases
     * @param categories for the service names
     * @param zone the zone whose offset the times carry
     * @param out where to write the JSON array (not closed)
     */
    public static void write(List<CaseView> cases, CaseCategories categories, ZoneId zone, OutputStream out) {
        requireNonNull(cases, "cases");
        requireNonNull(zone, "zone");
        try (JsonGenerator g = JsonTree.MAPPER.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.useDefaultPrettyPrinter();
            g.writeStartArray();
            for (CaseView v : cases) {
                CaseState s = v.state();
                g.writeStartObject();
                g.writeStringField("service_request_id", s.id());
                g.writeStringField("status", s.isOpen() ? "open" : "closed");
                g.writeStringField("status_notes", s.status().name().toLowerCase(Locale.ROOT));
                g.writeStringField("service_code", s.category());
                Optional<CaseCategory> c = categories.category(s.category());
                if (c.isPresent()) {
                    g.writeStringField("service_name", c.get().nameEn());
                }
                if (!v.responsible().id().isEmpty()) {
                    g.writeStringField("agency_responsible", v.responsible().id());
                }
                g.writeStringField("requested_datetime", OffsetDateTime.ofInstant(s.reportedAt(), zone).toString());
                g.writeStringField("updated_datetime", OffsetDateTime.ofInstant(s.lastEventAt(), zone).toString());
                if (s.deadline().isPresent()) {
                    g.writeStringField("expected_datetime", OffsetDateTime.ofInstant(s.deadline().get(), zone).toString());
                }
                if (s.point().isPresent()) {
                    g.writeNumberField("lat", s.point().get().lat());
                    g.writeNumberField("long", s.point().get().lon());
                }
                g.writeEndObject();
            }
            g.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

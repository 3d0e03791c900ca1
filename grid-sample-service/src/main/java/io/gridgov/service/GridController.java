package io.gridgov.service;

import static io.gridgov.service.ServiceMessages.MESSAGES;

import io.gridgov.core.staff.Staffing;
import io.gridgov.core.tree.GridNode;
import io.gridgov.core.tree.GridTree;
import io.gridgov.duty.DutyPlanner;
import io.gridgov.duty.Obligation;
import io.gridgov.geo.CoordinateSystem;
import io.gridgov.geo.GeoPartition;
import io.gridgov.geo.io.GeoJsonReader;
import io.gridgov.geo.io.ReportFormat;
import io.gridgov.geo.io.ReportWriter;
import io.gridgov.geo.locate.Location;
import io.gridgov.geo.validate.PartitionValidator;
import io.gridgov.geo.validate.ValidationReport;
import io.gridgov.spring.GridGovModel;
import io.gridgov.spring.GridSnapshot;
import io.gridgov.spring.geo.LocatorService;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Boundaries, location and grids over HTTP (网格接口): {@code POST /partitions/validate},
 * {@code GET /locate}, {@code GET /grids/{id}} and {@code POST /admin/reload}. Thread-safe: every
 * request reads one snapshot of the model.
 */
@RestController
public class GridController {

    /** The media type of GeoJSON (RFC 7946). */
    public static final String GEO_JSON = "application/geo+json";

    private final GridGovModel model;
    private final LocatorService locator;
    private final PartitionValidator validator;
    private final ObjectProvider<DutyPlanner> planner;

    /**
     * Creates the controller.
     *
     * @param model the grid model
     * @param locator the locator service
     * @param validator the configured validator
     * @param planner the duty planner on the current snapshot
     */
    public GridController(GridGovModel model, LocatorService locator, PartitionValidator validator,
            ObjectProvider<DutyPlanner> planner) {
        this.model = model;
        this.locator = locator;
        this.validator = validator;
        this.planner = planner;
    }

    /**
     * Validates a GeoJSON partition on the tree's level scheme with the configured allowed gaps.
     *
     * @param body the GeoJSON FeatureCollection
     * @param request the request, for its language
     * @return the report as JSON (docs/formats/validation-report.md)
     */
    @PostMapping(path = "/partitions/validate", produces = "application/json")
    public String validateToJson(@RequestBody byte[] body, HttpServletRequest request) {
        return ReportWriter.toString(validate(body), ReportFormat.JSON, ProblemDetails.language(request));
    }

    /**
     * The same report as a GeoJSON FeatureCollection with one feature per violation.
     *
     * @param body the GeoJSON FeatureCollection
     * @param request the request, for its language
     * @return the report as GeoJSON
     */
    @PostMapping(path = "/partitions/validate", produces = GEO_JSON)
    public String validateToGeoJson(@RequestBody byte[] body, HttpServletRequest request) {
        return ReportWriter.toString(validate(body), ReportFormat.GEOJSON, ProblemDetails.language(request));
    }

    private ValidationReport validate(byte[] body) {
        GridSnapshot now = model.current();
        GeoPartition partition = GeoJsonReader.read(new ByteArrayInputStream(body), "request body",
                CoordinateSystem.LON_LAT_WGS84).toPartition(now.tree().scheme());
        GeoPartition configured = locator.boundaries().partition();
        return validator.check(partition.withAllowedGaps(configured.allowedGaps()));
    }

    /** Where a point lies. @param lon longitude @param lat latitude @param grid the deepest grid @param path root first */
    public record Located(double lon, double lat, String grid, List<String> path) {
    }

    /**
     * Locates a point.
     *
     * @param lon longitude (WGS 84)
     * @param lat latitude
     * @return the deepest grid and its path; 404 outside every grid
     */
    @GetMapping("/locate")
    public Located locate(@RequestParam double lon, @RequestParam double lat) {
        Location at = locator.locate(lon, lat)
                .orElseThrow(() -> new NotFoundException(MESSAGES.text("point.outside", String.valueOf(lon), String.valueOf(lat))));
        return new Located(lon, lat, at.gridId(), at.path());
    }

    /** A node on a grid's path. @param id its id @param name its name @param level its level key */
    public record PathNode(String id, String name, String level) {
    }

    /** A person on duty in a grid. @param role the role key @param person the person's id @param name the name */
    public record Staff(String role, String person, String name) {
    }

    /**
     * A duty of the day. @param template the template @param duty the duty code @param action what to do
     * @param role who @param person the person, or null @param from first day @param until day after
     * @param count how many times
     */
    public record Duty(String template, String duty, String action, String role, String person, LocalDate from,
            LocalDate until, int count) {
    }

    /**
     * A grid. @param id the id @param name the name @param code the code, or null @param path root first
     * @param staff its staff on the day @param duties its obligations whose window holds the day (due within a month)
     */
    public record Grid(String id, String name, String code, List<PathNode> path, List<Staff> staff, List<Duty> duties) {
    }

    /**
     * A grid with its path, staff and the duties of a day.
     *
     * @param id the grid (or any node) id
     * @param date the day (default: today)
     * @return the grid; 404 for an unknown id
     */
    @GetMapping("/grids/{id}")
    public Grid grid(@PathVariable String id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        GridSnapshot now = model.current();
        GridTree tree = now.tree();
        GridNode node = tree.node(id).orElseThrow(() -> new NotFoundException(MESSAGES.text("grid.unknown", id)));
        LocalDate day = date == null ? LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")) : date;
        Staffing staffing = now.staffing();
        List<PathNode> path = tree.path(id).stream()
                .map(n -> new PathNode(n.id(), n.name(), tree.level(n.id()).map(l -> l.key()).orElse(""))).toList();
        List<Staff> staff = staffing.inGrid(id).stream().filter(a -> a.validity().contains(day))
                .map(a -> new Staff(a.role(), a.personId(),
                        staffing.person(a.personId()).map(p -> p.name()).orElse(a.personId())))
                .toList();
        List<Duty> duties;
        // obligations are planned by the day they fall due: those due within a month whose window holds the day
        try (Stream<Obligation> plan = planner.getObject().plan(day, day.plusMonths(1))) {
            duties = plan.filter(o -> o.gridId().equals(id) && !o.from().isAfter(day))
                    .map(o -> new Duty(o.templateId(), o.dutyCode(), o.action(), o.role(), o.personId().orElse(null),
                            o.from(), o.until(), o.count()))
                    .toList();
        }
        return new Grid(node.id(), node.name(), node.code().orElse(null), path, staff, duties);
    }

    /**
     * Reads the tree and boundaries files again and swaps them in at once.
     *
     * @return the new snapshot's version and node count
     */
    @PostMapping("/admin/reload")
    public Map<String, Object> reload() {
        GridSnapshot next = model.reload();
        return Map.of("version", next.version(), "nodes", next.tree().size());
    }
}

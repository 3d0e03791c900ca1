package io.gridgov.examples.docs;

import io.gridgov.core.Finding;
import io.gridgov.core.facts.FactSet;
import io.gridgov.duty.ActivityRecord;
import io.gridgov.duty.ComplianceReport;
import io.gridgov.duty.DutyCatalog;
import io.gridgov.duty.DutyPlanner;
import io.gridgov.duty.DutyTemplates;
import io.gridgov.duty.Evidence;
import io.gridgov.duty.Obligation;
import io.gridgov.core.rule.StructuralReport;
import io.gridgov.core.rule.StructuralValidator;
import io.gridgov.core.staff.Assignment;
import io.gridgov.core.staff.Person;
import io.gridgov.core.staff.Staffing;
import io.gridgov.core.tree.GridNode;
import io.gridgov.core.tree.GridTree;
import io.gridgov.core.tree.LevelSchemes;
import io.gridgov.geo.CoordinateSystem;
import io.gridgov.geo.GeoPartition;
import io.gridgov.geo.GeoPoint;
import io.gridgov.geo.locate.GridLocator;
import io.gridgov.geo.locate.Location;
import io.gridgov.geo.validate.PartitionValidator;
import io.gridgov.geo.validate.ValidationOptions;
import io.gridgov.geo.validate.ValidationReport;
import io.gridgov.geo.validate.Violation;
import io.gridgov.scoring.LineItem;
import io.gridgov.scoring.Ranking;
import io.gridgov.scoring.Scheme;
import io.gridgov.scoring.SchemeJson;
import io.gridgov.scoring.Scorecard;
import io.gridgov.scoring.Scoring;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/**
 * The samples of {@code docs/embedding.md}, one per capability, each between {@code // tag::x[]} and
 * {@code // end::x[]} markers that the guide quotes verbatim (a test checks it). They build on each
 * other: the tree of {@link #buildTree} is validated, located in, planned for and scored. Each method
 * returns what it printed, so that the test can check the guide's claims.
 */
public final class EmbeddingSamples {

    private EmbeddingSamples() {
    }

    /** The tree and staffing of the first section. */
    record Community(GridTree tree, Staffing staff) {
    }

    /**
     * Builds a small tree and checks its structure.
     *
     * @param out the printed lines
     * @return the tree and staffing, for the later sections
     */
    static Community buildTree(List<String> out) {
        // tag::tree[]
        GridTree tree = GridTree.of(LevelSchemes.urban(), List.of(    // district → street → community → grid
                GridNode.builder("d").name("明湖区").code("520199").build(),
                GridNode.builder("s1").parent("d").name("中华路街道").code("520199001").build(),
                GridNode.builder("c1").parent("s1").name("和平社区").code("520199001001").build(),
                GridNode.builder("g1").parent("c1").name("和平社区第1网格").code("520199001001001")
                        .households(420).population(1180).build(),
                GridNode.builder("g2").parent("c1").name("和平社区第2网格").code("520199001001002")
                        .households(530).population(1490).build()));
        Staffing staff = Staffing.builder()
                .people(List.of(new Person("p1", "张敏", Optional.empty()), new Person("p2", "李强", Optional.empty())))
                .assign(Assignment.of("p1", "worker", "g1")).assign(Assignment.of("p2", "leader", "g1"))
                .assign(Assignment.of("p1", "worker", "g2")).assign(Assignment.of("p2", "leader", "g2"))
                .build();
        StructuralReport findings =
                StructuralValidator.validate(tree, staff, LocalDate.of(2026, 11, 1));
        for (Finding f : findings.findings()) {
            out.add(f.severity() + " " + f.ruleId() + " " + f.subjects() + " " + f.message(Locale.SIMPLIFIED_CHINESE));
        }
        out.add(tree.path("g2").stream().map(GridNode::name).toList().toString());
        // end::tree[]
        return new Community(tree, staff);
    }

    /**
     * Validates the boundaries of the community's grids.
     *
     * @param tree the tree of {@link #buildTree}
     * @param out the printed lines
     * @return the partition, for locating
     * @throws ParseException never (the WKT is fixed)
     */
    static GeoPartition validateBoundaries(GridTree tree, List<String> out) throws ParseException {
        // tag::validate[]
        WKTReader wkt = new WKTReader();   // or GeoJsonReader.read(path, CoordinateSystem.LON_LAT_WGS84)
        Map<String, Geometry> boundaries = Map.of(
                "c1", wkt.read("POLYGON ((106.70 26.50, 106.72 26.50, 106.72 26.51, 106.70 26.51, 106.70 26.50))"),
                "g1", wkt.read("POLYGON ((106.70 26.50, 106.71 26.50, 106.71 26.51, 106.70 26.51, 106.70 26.50))"),
                "g2", wkt.read("POLYGON ((106.71 26.50, 106.72 26.50, 106.72 26.508, 106.71 26.508, 106.71 26.50))"));
        GeoPartition partition = GeoPartition.of(tree, boundaries, CoordinateSystem.LON_LAT_WGS84);

        ValidationReport report = PartitionValidator.validate(partition);      // one call, defaults
        PartitionValidator strict = new PartitionValidator(ValidationOptions.builder()
                .toleranceMetres(0.2).minAreaM2(0.5).build());                   // or configured, reusable
        for (Violation v : strict.check(partition).violations()) {
            out.add(v.severity() + " " + v.ruleId() + " " + v.gridIds()       // structural findings have no place
                    + v.point().map(p -> " " + Math.round(v.areaM2()) + " m² at " + p).orElse(""));
            out.add("  " + v.message(Locale.SIMPLIFIED_CHINESE));
        }
        out.add("valid: " + report.isValid());
        // end::validate[]
        return partition;
    }

    /**
     * Locates points.
     *
     * @param partition the partition of {@link #validateBoundaries}
     * @param out the printed lines
     */
    static void locatePoints(GeoPartition partition, List<String> out) {
        // tag::locate[]
        GridLocator locator = GridLocator.of(partition);   // build once; thread-safe, share it
        Optional<Location> at = locator.locate(new GeoPoint(106.705, 26.505));
        out.add(at.map(Location::pathString).orElse("outside"));                  // d/s1/c1/g1

        List<Optional<Location>> batch = locator.locateAll(List.of(
                new GeoPoint(106.715, 26.502),      // in g2
                new GeoPoint(106.715, 26.509),      // in the community, but in no grid (the gap)
                new GeoPoint(107.0, 27.0)));        // outside every grid
        batch.forEach(l -> out.add(l.map(Location::gridId).orElse("-")));        // g2, c1, -
        // end::locate[]
    }

    /**
     * Plans the S3 worker duties for a month and checks activity records against them.
     *
     * @param community the tree and staffing of {@link #buildTree}
     * @param out the printed lines
     * @return the compliance, for scoring
     */
    static ComplianceReport configureDuties(Community community, List<String> out) {
        GridTree tree = community.tree();
        Staffing staff = community.staff();
        // tag::duties[]
        String mine = """
                {"id": "my-s3", "extends": "s3-worker-duties", "bindings": [{"levels": ["grid"]}],
                 "overrides": [{"grid": "g2", "duty": "report-hazards",
                                "frequency": {"kind": "quota", "times": 2, "per": "week"}}]}""";
        DutyCatalog catalog = DutyCatalog.of(DutyTemplates.read(            // the preset it extends loads as a base
                new ByteArrayInputStream(mine.getBytes(StandardCharsets.UTF_8)), "my-s3.json"));
        DutyPlanner planner = DutyPlanner.builder(tree, catalog).staffing(staff).build();
        LocalDate from = LocalDate.of(2026, 11, 1);
        LocalDate to = LocalDate.of(2026, 12, 1);
        try (Stream<Obligation> plan = planner.plan(from, to)) {            // streamed, grid by grid
            out.add(plan.filter(o -> o.dutyCode().equals("report-hazards"))
                    .mapToInt(Obligation::count).sum() + " hazard reports due");
        }
        List<ActivityRecord> records = new ArrayList<>();
        for (int day = 2; day <= 30; day += 7) {                             // g1's worker reports weekly
            records.add(ActivityRecord.of("p1", "worker", "g1", "report", "",
                    LocalDate.of(2026, 11, day).atTime(9, 0), LocalDate.of(2026, 11, day).atTime(9, 20),
                    Set.of(Evidence.RECORD)));
        }
        ComplianceReport compliance = planner.checker().check(records, from, to);
        FactSet facts = compliance.facts();                                // grid-core's facts value, period 2026-11
        Map<String, BigDecimal> g1 = facts.subject("g1").orElseThrow().values();
        Map<String, BigDecimal> g2 = facts.subject("g2").orElseThrow().values();
        out.add("g1 " + g1.get("duty.report.done") + "/" + g1.get("duty.report.required")
                + ", g2 " + g2.get("duty.report.done") + "/" + g2.get("duty.report.required"));
        out.add("overall rate " + compliance.overall().rate());
        // end::duties[]
        return compliance;
    }

    /**
     * Defines a small scheme and scores the grids on their compliance facts.
     *
     * @param tree the tree of {@link #buildTree}
     * @param compliance the compliance of {@link #configureDuties}
     * @param out the printed lines
     */
    static void scoreAndRank(GridTree tree, ComplianceReport compliance, List<String> out) {
        // tag::score[]
        Scheme scheme = SchemeJson.read("""
                {"id": "mini", "name": "网格员月度考核（示例）", "total": 100,
                 "rounding": {"scale": 1, "mode": "HALF_UP"},
                 "categories": [
                   {"code": "A", "name": "事件上报", "points": 60, "indicators": [
                     {"code": "A1", "name": "隐患上报率", "points": 60,
                      "rule": {"type": "rate", "numerator": "duty.report.done", "denominator": "duty.report.required",
                               "fullAt": 1.0, "perPercentBelow": 1, "onZeroDenominator": "full"}}]},
                   {"code": "B", "name": "群众满意度", "points": 40, "indicators": [
                     {"code": "B1", "name": "满意度", "points": 40,
                      "rule": {"type": "linear", "fact": "satisfaction.percent", "zeroAt": 60, "fullAt": 95}}]}],
                 "vetoes": [{"code": "V1", "name": "弄虚作假", "fact": "falsification", "when": {"gt": 0},
                             "effect": "zero"}],
                 "grades": [{"name": "优秀", "min": 90}, {"name": "合格", "min": 60}, {"name": "不合格", "min": 0}],
                 "lists": {"red": 1, "black": 1},
                 "facts": {"duty.report.done": {}, "duty.report.required": {}, "satisfaction.percent": {},
                           "falsification": {"default": 0}}}""", "mini.json");   // validated: sums, codes, facts

        FactSet survey = FactSet.builder().period("2026-11").source("survey")    // a second producer of facts
                .fact("g1", "satisfaction.percent", 93).group("g1", Ranking.peerGroup(tree, "g1"))
                .fact("g2", "satisfaction.percent", 81).group("g2", Ranking.peerGroup(tree, "g2")).build();
        FactSet facts = FactSet.merge(compliance.facts(), survey)           // by subject; a clash names both sources
                .filter(s -> s.group().isPresent());                       // the grids (people have facts too)
        List<Scorecard> cards = Scoring.score(scheme, facts);
        for (Scorecard card : cards) {
            out.add(card.subject() + " " + card.total() + " " + card.grade().orElse("-"));
            for (LineItem line : card.lines()) {
                out.add("  " + line.code() + " " + line.awarded() + "  " + line.reason(Locale.SIMPLIFIED_CHINESE));
            }
        }
        Ranking ranking = Ranking.of(cards, scheme);
        out.add("red " + ranking.red().get(0).subject() + ", black " + ranking.black().get(0).subject());
        // end::score[]
    }

    /**
     * Runs every sample in order.
     *
     * @return what they printed, by section
     * @throws ParseException never
     */
    public static Map<String, List<String>> run() throws ParseException {
        Map<String, List<String>> out = new LinkedHashMap<>();
        Community community = buildTree(out.computeIfAbsent("tree", k -> new ArrayList<>()));
        GeoPartition partition = validateBoundaries(community.tree(), out.computeIfAbsent("validate", k -> new ArrayList<>()));
        locatePoints(partition, out.computeIfAbsent("locate", k -> new ArrayList<>()));
        ComplianceReport compliance = configureDuties(community, out.computeIfAbsent("duties", k -> new ArrayList<>()));
        scoreAndRank(community.tree(), compliance, out.computeIfAbsent("score", k -> new ArrayList<>()));
        return out;
    }

    /**
     * Prints what the samples print.
     *
     * @param args ignored
     * @throws ParseException never
     */
    public static void main(String[] args) throws ParseException {
        run().forEach((section, lines) -> {
            System.out.println("== " + section);
            lines.forEach(System.out::println);
        });
    }
}

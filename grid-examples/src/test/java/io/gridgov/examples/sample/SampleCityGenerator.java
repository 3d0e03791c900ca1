package io.gridgov.examples.sample;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.gridgov.core.code.CodeSchemes;
import io.gridgov.core.format.TreeDocument;
import io.gridgov.core.format.TreeJson;
import io.gridgov.duty.DutyPlanner;
import io.gridgov.duty.Obligation;
import io.gridgov.duty.TargetScope;
import io.gridgov.core.staff.Assignment;
import io.gridgov.core.staff.Person;
import io.gridgov.core.staff.Role;
import io.gridgov.core.staff.Staffing;
import io.gridgov.core.tree.DedicatedType;
import io.gridgov.core.tree.GridKind;
import io.gridgov.core.tree.GridNode;
import io.gridgov.core.tree.GridTree;
import io.gridgov.core.tree.LevelSchemes;
import io.gridgov.geo.io.GeoJsonWriter;
import io.gridgov.testkit.Partition;
import io.gridgov.testkit.PartitionSpec;
import io.gridgov.testkit.Partitions;
import io.gridgov.testkit.Style;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * Generates the bundled sample city, 明湖区, into the files that {@link SampleCity} reads. Deterministic:
 * the same code always writes the same bytes, and {@code SampleCityDataTest} checks that the committed
 * files are exactly what it writes.
 *
 * <p>It lives in the test sources on purpose: the geometry comes from grid-testkit's street-block
 * generator ({@link Partitions#generate}), and grid-testkit (with jqwik and JUnit) belongs on the test
 * class path, not in the {@code gridgov} jar. The demo only reads the committed data.
 *
 * <p>Regenerate (from the repository root):
 * <pre>
 * mvn -B -q -pl grid-examples -am verify -Dtest=SampleCityDataTest -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dgridgov.sample.regenerate=true
 * </pre>
 * or run {@link #main} with the resource directory as its argument.
 */
public final class SampleCityGenerator {

    /** The seed of every random choice. */
    static final long SEED = 20_261_101L;
    static final String DISTRICT_CODE = "520199";
    static final LocalDate FROM = LocalDate.of(2026, 11, 1);
    static final LocalDate TO = LocalDate.of(2026, 12, 1);

    private static final List<String> STREETS = List.of("中华路", "延安路", "文昌", "翠湖", "宝山", "南明", "花果园",
            "观山");
    private static final List<String> COMMUNITY_STEMS = List.of("和平", "民生", "新华", "春晖", "锦江", "阳明", "东山",
            "西湖", "月亮", "松柏", "桂香", "荷塘", "青云", "金竹", "银杏", "兴隆", "富源", "南苑", "北京", "明珠");
    private static final List<String> SURNAMES = List.of("王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周",
            "徐", "孙", "马", "朱", "胡", "郭", "何", "罗", "高", "林");
    private static final List<String> GIVEN = List.of("敏", "强", "芳", "伟", "静", "磊", "娟", "军", "洋", "艳",
            "勇", "霞", "杰", "丽", "涛", "燕", "斌", "琳", "超", "婷");
    private static final List<String> PROBLEMS = List.of("垃圾堆放", "占道经营", "井盖缺失", "违章停车", "噪音扰民",
            "路灯损坏", "私搭乱建", "污水外溢");

    private SampleCityGenerator() {
    }

    /** {@return the street-block partition the geometry comes from} */
    static PartitionSpec spec() {
        return PartitionSpec.builder().style(Style.STREET_BLOCKS).fanOuts(1, 8, 8, 10).verticesPerBorder(2)
                .noise(0.02).origin(106.655, 26.545).leafSizeMetres(260).holes(1).lakes(1).seed(SEED).build();
    }

    /**
     * Generates every file of the sample city.
     *
     * @return the file contents by name
     */
    public static Map<String, byte[]> generate() {
        Partition p = Partitions.generate(spec());
        SplittableRandom random = new SplittableRandom(SEED);
        Map<String, String> ids = new HashMap<>();
        Map<String, String> codes = new HashMap<>();
        Map<String, Integer> childCount = new HashMap<>();
        List<GridNode> nodes = new ArrayList<>();
        List<Person> people = new ArrayList<>();
        List<Assignment> assignments = new ArrayList<>();
        Map<String, String> communityNames = new HashMap<>();
        int[] counters = new int[5];
        List<String> comprehensive = new ArrayList<>();
        for (GridNode n : p.nodes()) {
            int level = p.levelOf(n.id());
            if (level == 4 && n.kind().equals(GridKind.COMPREHENSIVE)) {
                comprehensive.add(n.id());
            }
        }
        // The school and the market: two comprehensive grids chosen by the seed; the enterprise park is the hole.
        String school = comprehensive.get(137);
        String market = comprehensive.get(412);
        for (GridNode n : p.nodes()) {
            int level = p.levelOf(n.id());
            int index = counters[level]++;
            String parentOld = n.parentId().orElse(null);
            String parent = parentOld == null ? null : ids.get(parentOld);
            int sibling = parentOld == null ? 1 : childCount.merge(parentOld, 1, Integer::sum);
            String id;
            String code;
            GridNode.Builder b;
            switch (level) {
                case 1 -> {
                    id = "d";
                    code = DISTRICT_CODE;
                    b = GridNode.builder(id).name("明湖区").level("district");
                    person(people, random, "p-d-liaison");
                    assignments.add(Assignment.of("p-d-liaison", Role.LIAISON.key(), id));
                }
                case 2 -> {
                    id = "s" + (index + 1);
                    code = codes.get(parent) + String.format("%03d", sibling);
                    b = GridNode.builder(id).name(STREETS.get(index) + "街道").level("street");
                    String area = person(people, random, "p-" + id + "-area");
                    assignments.add(Assignment.of(area, "area-leader", id));
                }
                case 3 -> {
                    id = String.format("c%02d", index + 1);
                    code = codes.get(parent) + String.format("%03d", sibling);
                    String stem = COMMUNITY_STEMS.get(index % COMMUNITY_STEMS.size()) + "社区";
                    String name = index < COMMUNITY_STEMS.size() ? stem
                            : STREETS.get(Integer.parseInt(parent.substring(1)) - 1) + stem;
                    communityNames.put(id, name);
                    b = GridNode.builder(id).name(name).level("community");
                    person(people, random, "p-" + id + "-instructor");
                }
                default -> {
                    id = String.format("g%03d", index + 1);
                    code = codes.get(parent) + String.format("%03d", sibling);
                    b = GridNode.builder(id).level("grid");
                    grid(b, n, id, communityNames.get(parent), sibling, school, market, random);
                    String worker = person(people, random, "p-" + id + "-worker");
                    String leader = person(people, random, "p-" + id + "-leader");
                    assignments.add(Assignment.of(worker, Role.WORKER.key(), id));
                    assignments.add(Assignment.of(leader, Role.LEADER.key(), id));
                    assignments.add(Assignment.of("p-" + parent + "-instructor", Role.INSTRUCTOR.key(), id));
                    for (int v = 1; v <= 2; v++) {
                        String volunteer = person(people, random, "p-" + id + "-volunteer" + v);
                        assignments.add(Assignment.of(volunteer, "volunteer", id));
                    }
                    if (id.equals("g321")) {   // a deliberate imperfection: two workers (ROLE_COUNT warning)
                        String second = person(people, random, "p-" + id + "-worker2");
                        assignments.add(Assignment.of(second, Role.WORKER.key(), id));
                    }
                }
            }
            ids.put(n.id(), id);
            codes.put(id, code);
            if (parent != null) {
                b.parent(parent);
            }
            nodes.add(b.code(code).build());
        }
        Staffing staffing = Staffing.builder()
                .role(Role.of("area-leader", "片区网格长", "area grid leader"))
                .role(Role.of("volunteer", "网格志愿者", "grid volunteer"))
                .people(people).assign(assignments).build();
        GridTree tree = GridTree.of(LevelSchemes.urban(), nodes);
        TreeDocument doc = new TreeDocument(tree.scheme(), tree, staffing, List.of(),
                Optional.of(CodeSchemes.county15()));

        Map<String, byte[]> out = new LinkedHashMap<>();
        out.put(SampleCity.TREE, treeJson(doc));
        out.put(SampleCity.GEOJSON, geoJson(tree, nodes, p, ids));
        out.put(SampleCity.ALLOWED_GAPS, allowedGaps(p));
        out.put(SampleCity.ACTIVITIES, activities(doc, random));
        out.put(SampleCity.ASSESSMENT, assessment(tree, random));
        out.put(SampleCity.REPORTS, reports(p, random));
        out.put(SampleCity.CASES, cases(tree, random));
        return out;
    }

    private static void grid(GridNode.Builder b, GridNode n, String id, String community, int sibling,
            String school, String market, SplittableRandom random) {
        long households = n.households().orElse(0);
        long population = n.population().orElse(0);
        if (n.kind().isDedicated()) {   // the testkit's enterprise hole: an enterprise park
            b.name("明湖高新科技园企业专属网格").kind(n.kind()).tags("enterprise-park");
            households = 0;
            population = 0;
            b.attribute("units.enterprise", "23");
        } else if (n.id().equals(school)) {
            b.name("明湖第一中学专属网格").kind(GridKind.dedicated(DedicatedType.SCHOOL)).tags("key-unit");
            households = 12;
            population = 36;
        } else if (n.id().equals(market)) {
            b.name(community + "农贸市场专属网格").kind(GridKind.dedicated(DedicatedType.MARKET)).tags("key-unit");
            households = 8;
            population = 21;
        } else {
            b.name(community + "第" + sibling + "网格");
            if (id.equals("g150") || id.equals("g433")) {   // deliberate imperfections: above the 300–500 band
                households = 515 + random.nextInt(20);
                population = Math.round(households * 2.9);
            }
            if (random.nextInt(7) == 0) {
                b.attribute("units.market", "1");
            }
            b.attribute("households.key", String.valueOf(5 + random.nextInt(26)));
        }
        b.households(households).population(population);
    }

    private static String person(List<Person> people, SplittableRandom random, String id) {
        String name = SURNAMES.get(random.nextInt(SURNAMES.size())) + GIVEN.get(random.nextInt(GIVEN.size()))
                + (random.nextBoolean() ? GIVEN.get(random.nextInt(GIVEN.size())) : "");
        String phone = String.format("138%08d", random.nextInt(100_000_000));
        people.add(new Person(id, name, Optional.of(phone)));
        return id;
    }

    private static byte[] treeJson(TreeDocument doc) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try {
            TreeJson.write(doc, b);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return b.toByteArray();
    }

    // ------------------------------------------------------------------ GeoJSON (Jackson streaming)

    private static byte[] geoJson(GridTree tree, List<GridNode> nodes, Partition p, Map<String, String> ids) {
        Map<String, String> back = new HashMap<>();
        ids.forEach((old, id) -> back.put(id, old));
        return featureCollection(Optional.of("明湖区 (GridGov sample city)"), g -> {
            for (GridNode n : nodes) {
                feature(g, () -> {
                    g.writeStringField("id", n.id());
                    if (n.parentId().isPresent()) {
                        g.writeStringField("parent", n.parentId().get());
                    } else {
                        g.writeNullField("parent");
                    }
                    g.writeStringField("name", n.name());
                    g.writeStringField("code", n.code().orElseThrow());
                    g.writeStringField("level", n.levelKey().orElseThrow());
                    if (tree.isLeaf(n.id())) {
                        g.writeStringField("kind", n.kind().toString());
                        g.writeNumberField("households", n.households().orElse(0));
                        g.writeNumberField("population", n.population().orElse(0));
                    }
                }, p.geometry(back.get(n.id())).orElseThrow());
            }
        });
    }

    private static byte[] allowedGaps(Partition p) {
        return featureCollection(Optional.empty(), g -> {
            for (Geometry lake : p.allowedGaps()) {
                feature(g, () -> {
                    g.writeStringField("id", "lake");
                    g.writeStringField("name", "明湖 (lake, an allowed gap 水域)");
                }, lake);
            }
        });
    }

    /** Writes JSON that may fail with an {@link IOException}. */
    @FunctionalInterface
    private interface JsonWriting {
        void write() throws IOException;
    }

    /** Writes the features of a collection. */
    @FunctionalInterface
    private interface FeaturesWriting {
        void write(JsonGenerator g) throws IOException;
    }

    /** A FeatureCollection (with a {@code name} when given), one feature a line, ending with a line break. */
    private static byte[] featureCollection(Optional<String> name, FeaturesWriting features) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (JsonGenerator g = new ObjectMapper().getFactory().createGenerator(b, JsonEncoding.UTF8)) {
            g.writeStartObject();
            g.writeStringField("type", "FeatureCollection");
            if (name.isPresent()) {
                g.writeStringField("name", name.get());
            }
            g.writeArrayFieldStart("features");
            features.write(g);
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        b.write('\n');
        return b.toByteArray();
    }

    /** One feature on its own line: the properties {@code properties} writes, then the geometry. */
    private static void feature(JsonGenerator g, JsonWriting properties, Geometry geometry) throws IOException {
        g.writeRaw("\n");
        g.writeStartObject();
        g.writeStringField("type", "Feature");
        g.writeObjectFieldStart("properties");
        properties.write();
        g.writeEndObject();
        g.writeFieldName("geometry");
        GeoJsonWriter.writeGeometry(g, geometry);
        g.writeEndObject();
    }

    // ------------------------------------------------------------------ a month of activity

    /**
     * One record per unit of every obligation of November 2026 that the person does, on a day of the
     * obligation's window: each person has a diligence (most between 85 % and 100 %, some 70–85 %, a
     * careless few 35–65 %) that decides which units are missed.
     */
    private static byte[] activities(TreeDocument doc, SplittableRandom random) {
        DutyPlanner planner = DutyPlanner.builder(doc.tree(), SampleCity.catalog()).staffing(doc.staffing()).build();
        Map<String, Double> diligence = new HashMap<>();
        CsvMapper csv = new CsvMapper();
        CsvSchema schema = CsvSchema.builder().addColumn("who").addColumn("role").addColumn("grid").addColumn("action")
                .addColumn("target").addColumn("start").addColumn("end").addColumn("evidence").addColumn("duty")
                .build().withHeader();
        List<Map<String, String>> rows = new ArrayList<>();
        try (Stream<Obligation> plan = planner.plan(FROM, TO)) {
            plan.forEach(o -> {
                String who = o.personId().orElseThrow();
                double d = diligence.computeIfAbsent(who, k -> {
                    double r = random.nextDouble();
                    return r < 0.04 ? 0.35 + 0.3 * random.nextDouble()        // the careless few
                            : r < 0.2 ? 0.7 + 0.15 * random.nextDouble() : 0.85 + 0.15 * random.nextDouble();
                });
                LocalDate first = o.from().isBefore(FROM) ? FROM : o.from();
                LocalDate last = (o.until().isAfter(TO) ? TO : o.until()).minusDays(1);
                long days = Math.max(1, last.toEpochDay() - first.toEpochDay() + 1);
                for (int unit = 0; unit < o.count(); unit++) {
                    if (random.nextDouble() >= d) {
                        continue;   // missed
                    }
                    LocalDate day = first.plusDays(random.nextLong(days));
                    LocalDateTime start = day.atTime(8 + random.nextInt(9), 5 * random.nextInt(12));
                    Map<String, String> row = new LinkedHashMap<>();
                    row.put("who", who);
                    row.put("role", o.role());
                    row.put("grid", o.gridId());
                    row.put("action", o.action());
                    row.put("target", o.target() instanceof TargetScope.Units u ? u.unitKind() + "/" + o.gridId() + "-" + unit : "");
                    row.put("start", start.toString());
                    row.put("end", start.plusMinutes(20 + 5 * random.nextInt(20)).toString());
                    row.put("evidence", random.nextInt(4) == 0 ? "record|photo" : "record");
                    row.put("duty", o.dutyCode());
                    rows.add(row);
                }
            });
        }
        // Two records that match nothing: a worker patrolling a neighbour's grid, a typo in a grid id.
        rows.add(Map.of("who", "p-g002-worker", "role", "worker", "grid", "g003", "action", "patrol", "target", "",
                "start", "2026-11-12T09:00", "end", "2026-11-12T10:00", "evidence", "record", "duty", ""));
        rows.add(Map.of("who", "p-g010-worker", "role", "worker", "grid", "g9999", "action", "report", "target", "",
                "start", "2026-11-20T15:00", "end", "2026-11-20T15:20", "evidence", "record", "duty", ""));
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream gz = new java.util.zip.GZIPOutputStream(b)) {
            gz.write(csv.writer(schema).writeValueAsBytes(rows));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return b.toByteArray();
    }

    // ------------------------------------------------------------------ facts beyond duties

    /** Facts the duties do not give: satisfaction survey, discipline, commendations, vetoes. */
    private static byte[] assessment(GridTree tree, SplittableRandom random) {
        StringBuilder b = new StringBuilder("id,satisfaction.percent,discipline.absent,discipline.unreachable,"
                + "awards.city,awards.county,falsification,incident.serious.unreported\n");
        for (GridNode g : tree.leaves()) {
            int satisfaction = random.nextInt(10) == 0 ? 62 + random.nextInt(25) : 85 + random.nextInt(15);
            int absent = random.nextInt(12) == 0 ? 1 + random.nextInt(2) : 0;
            int unreachable = random.nextInt(8) == 0 ? 1 + random.nextInt(3) : 0;
            int city = random.nextInt(60) == 0 ? 1 : 0;
            int county = random.nextInt(15) == 0 ? 1 : 0;
            int falsification = g.id().equals("g217") ? 1 : 0;       // 弄虚作假: one-vote veto, total 0
            int unreported = g.id().equals("g488") ? 1 : 0;          // 瞒报: lowest grade
            b.append(g.id()).append(',').append(satisfaction).append(',').append(absent).append(',')
                    .append(unreachable).append(',').append(city).append(',').append(county).append(',')
                    .append(falsification).append(',').append(unreported).append('\n');
        }
        return b.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** A month of cases in the grids (docs/formats/cases.md): about six events each, sorted by time. */
    private static byte[] cases(GridTree tree, SplittableRandom random) {
        String[] categories = {"sanitation.exposed-garbage", "sanitation.full-bins", "municipal.road-damage",
            "municipal.manhole-cover", "appearance.illegal-ads", "order.illegal-parking", "order.outside-shop",
            "s8.dispute"};
        String[] sources = {"worker", "worker", "worker", "resident", "hotline", "media", "leader"};
        List<String> grids = tree.leaves().stream().map(GridNode::id).sorted().toList();
        List<String[]> events = new ArrayList<>();   // {epoch second, sequence, line}
        int seq = 0;
        for (int c = 1; c <= 300; c++) {
            LocalDate day = SampleCity.FROM.plusDays(random.nextInt(28));
            while (day.getDayOfWeek().getValue() > 5) {
                day = day.plusDays(1);
            }
            long t = day.atTime(9, 0).toEpochSecond(java.time.ZoneOffset.ofHours(8)) + 60L * random.nextInt(8 * 60);
            String id = String.format("C-%04d", c);
            String cat = categories[random.nextInt(categories.length)];
            String department = cat.substring(0, cat.indexOf('.'));
            int roll = random.nextInt(100);
            List<String[]> one = new ArrayList<>();
            one.add(caseEvent(t, id, "reported", ", \"category\": \"" + cat + "\", \"source\": \""
                    + sources[random.nextInt(sources.length)] + "\", \"grid\": \"" + grids.get(random.nextInt(grids.size())) + "\""));
            if (roll < 10) {   // solved on the spot
                one.add(caseEvent(t += 600, id, "closed", ""));
            } else {
                one.add(caseEvent(t += 60L * (5 + random.nextInt(60)), id, "dispatched", ", \"to\": \"" + department + "\""));
                if (roll < 15) {
                    one.add(caseEvent(t += 600, id, "postponed", ", \"days\": 2"));
                    one.add(caseEvent(t += 3600, id, "resumed", ""));
                }
                if (roll >= 15 && roll < 20) {
                    one.add(caseEvent(t += 7200, id, "supervised", ", \"by\": \"efficiency-office\""));
                }
                if (roll < 92) {   // the rest stays open
                    one.add(caseEvent(t += 60L * (30 + random.nextInt(roll < 35 ? 3000 : 400)), id, "handled", ""));
                    if (roll >= 80) {
                        one.add(caseEvent(t += 1800, id, "verified", ", \"result\": \"fail\""));
                        one.add(caseEvent(t += 60L * (60 + random.nextInt(600)), id, "handled", ""));
                    }
                    one.add(caseEvent(t += 1800, id, "verified", ", \"result\": \"pass\""));
                    one.add(caseEvent(t += 600, id, "closed", ""));
                }
            }
            for (String[] e : one) {
                events.add(new String[] {e[0], String.format("%08d", seq++), e[1]});
            }
        }
        events.sort(java.util.Comparator.comparing((String[] e) -> Long.parseLong(e[0])).thenComparing(e -> e[1]));
        StringBuilder b = new StringBuilder();
        for (String[] e : events) {
            b.append(e[2]).append('\n');
        }
        return b.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String[] caseEvent(long t, String id, String type, String rest) {
        String at = java.time.Instant.ofEpochSecond(t).atOffset(java.time.ZoneOffset.ofHours(8)).toLocalDateTime()
                .format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss")) + "+08:00";
        return new String[] {String.valueOf(t), "{\"case\": \"" + id + "\", \"at\": \"" + at + "\", \"type\": \"" + type
                + "\"" + rest + "}"};
    }

    /** Problems reported by residents (12345 hotline, app): points to be located to their grids. */
    private static byte[] reports(Partition p, SplittableRandom random) {
        Envelope e = p.geometry(p.roots().get(0)).orElseThrow().getEnvelopeInternal();
        StringBuilder b = new StringBuilder("id,lon,lat,problem\n");
        for (int i = 1; i <= 40; i++) {
            double lon;
            double lat;
            if (i == 40) {   // one report from outside the district
                lon = e.getMaxX() + 0.01;
                lat = e.getMaxY() + 0.01;
            } else {
                lon = e.getMinX() + random.nextDouble() * e.getWidth();
                lat = e.getMinY() + random.nextDouble() * e.getHeight();
            }
            b.append(String.format("r%02d,%.6f,%.6f,%s%n", i, lon, lat, PROBLEMS.get(random.nextInt(PROBLEMS.size()))));
        }
        if (!p.allowedGaps().isEmpty()) {   // one from the lake: located to the community, not a grid
            Coordinate c = p.allowedGaps().get(0).getInteriorPoint().getCoordinate();
            b.append(String.format("r41,%.6f,%.6f,%s%n", c.x, c.y, "水面漂浮物"));
        }
        return b.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /**
     * Writes the files into a directory.
     *
     * @param dir the directory, normally {@code grid-examples/src/main/resources/io/gridgov/examples/sample}
     * @throws IOException when a file cannot be written
     */
    public static void write(Path dir) throws IOException {
        java.nio.file.Files.createDirectories(dir);
        for (Map.Entry<String, byte[]> f : generate().entrySet()) {
            java.nio.file.Files.write(dir.resolve(f.getKey()), f.getValue());
        }
    }

    /**
     * Writes the sample city.
     *
     * @param args the target directory
     * @throws IOException when a file cannot be written
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: SampleCityGenerator DIR");
            System.exit(2);
        }
        write(Path.of(args[0]));
    }
}

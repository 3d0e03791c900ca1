package io.gridgov.fuzz;

import com.fasterxml.jackson.core.JsonGenerator;
import io.gridgov.cases.CaseCategories;
import io.gridgov.cases.CaseEvent;
import io.gridgov.cases.CaseEvents;
import io.gridgov.cases.CaseReplay;
import io.gridgov.cases.CaseReport;
import io.gridgov.cases.CaseSetup;
import io.gridgov.cases.Open311;
import io.gridgov.core.calendar.WorkCalendar;
import io.gridgov.core.facts.FactFiles;
import io.gridgov.core.facts.FactSet;
import io.gridgov.core.format.LevelSchemeJson;
import io.gridgov.core.format.TreeDocument;
import io.gridgov.core.format.TreeJson;
import io.gridgov.core.io.InvalidInputException;
import io.gridgov.core.io.JsonTree;
import io.gridgov.core.rule.StructuralValidator;
import io.gridgov.core.staff.Staffing;
import io.gridgov.core.tree.GridNode;
import io.gridgov.core.tree.GridTree;
import io.gridgov.core.tree.Level;
import io.gridgov.core.tree.LevelScheme;
import io.gridgov.core.tree.LevelSchemes;
import io.gridgov.duty.ActivityRecord;
import io.gridgov.duty.ActivityRecords;
import io.gridgov.duty.ComplianceChecker;
import io.gridgov.duty.DutyCatalog;
import io.gridgov.duty.DutyPlanner;
import io.gridgov.duty.DutyTemplates;
import io.gridgov.fuzz.Mutator.Format;
import io.gridgov.geo.CoordinateSystem;
import io.gridgov.geo.io.GeoFeatures;
import io.gridgov.geo.io.GeoJsonReader;
import io.gridgov.geo.validate.PartitionValidator;
import io.gridgov.scoring.InvalidSchemeException;
import io.gridgov.scoring.Presets;
import io.gridgov.scoring.Scheme;
import io.gridgov.scoring.SchemeJson;
import io.gridgov.scoring.Scoring;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Every reader of GridGov with the stage after it, as the fuzz harness drives them: a name, the
 * file's extension and structure, its valid seeds (sample files shipped in the repository), the
 * exceptions the reader and its stage declare, and the target that reads a file and runs the stage.
 */
final class Readers {

    /** Reads the file and runs the stage after the reader. */
    interface Target {
        void run(Path file) throws Exception;
    }

    /**
     * One reader under test.
     *
     * @param name the reader's name (the folder of its crash fixtures)
     * @param ext the file extension the reader is given
     * @param format how its seeds are structured
     * @param readsGzip whether the reader decompresses gzip input itself
     * @param declared the exceptions the reader and its stage declare
     * @param target the reader and the stage after it
     */
    record Reader(String name, String ext, Format format, boolean readsGzip,
            List<Class<? extends Throwable>> declared, Target target) {

        /** {@return the valid seeds} */
        List<byte[]> seeds() {
            return SEEDS.computeIfAbsent(name, Readers::seeds);
        }
    }

    private static final Map<String, List<byte[]>> SEEDS = new java.util.concurrent.ConcurrentHashMap<>();

    static final List<Class<? extends Throwable>> INPUT = List.of(InvalidInputException.class);
    static final List<Class<? extends Throwable>> SCHEME = List.of(InvalidInputException.class,
            InvalidSchemeException.class);

    /**
     * Readers whose message may list further problems as further lines after the located one (a
     * scheme's validation: the first few problems, then how many more), each indented; every other
     * reader's message is exactly one line.
     */
    static final java.util.Set<String> FURTHER_LINES = java.util.Set.of("scheme");

    static final LocalDate NOV = LocalDate.of(2026, 11, 1);
    static final Instant NOV_2 = Instant.parse("2026-11-02T01:00:00Z");
    static final Instant DEC = Instant.parse("2026-12-01T00:00:00Z");
    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    /** The tree the duty readers plan and check against: community c1 with grids g1, g2 (and grid-1, grid-2). */
    static final GridTree DUTY_TREE = GridTree.of(LevelScheme.of("fuzz", Level.builder("community").build(),
            Level.builder("grid").build()), List.of(GridNode.builder("c1").level("community").build(),
            GridNode.builder("grid-1").level("grid").parent("c1").households(300).build(),
            GridNode.builder("grid-2").level("grid").parent("c1").households(200).build()));

    private static final CaseCategories SEED_CATEGORIES = categories();

    static final List<Reader> ALL = List.of(
            new Reader("tree", "json", Format.JSON, false, INPUT, Readers::tree),
            new Reader("levels", "json", Format.JSON, false, INPUT, Readers::levels),
            new Reader("calendar", "json", Format.JSON, false, INPUT, Readers::calendar),
            new Reader("templates", "json", Format.JSON, false, INPUT, Readers::templates),
            new Reader("activities-jsonl", "jsonl", Format.JSON_LINES, false, INPUT, Readers::activities),
            new Reader("activities-csv", "csv", Format.CSV, false, INPUT, Readers::activities),
            new Reader("facts-json", "json", Format.JSON, false, SCHEME, Readers::facts),
            new Reader("facts-csv", "csv", Format.CSV, false, SCHEME, Readers::facts),
            new Reader("scheme", "json", Format.JSON, false, SCHEME, Readers::scheme),
            new Reader("geojson", "geojson", Format.JSON, false, INPUT, Readers::geojson),
            new Reader("events", "jsonl", Format.JSON_LINES, true, INPUT, Readers::events),
            new Reader("categories", "json", Format.JSON, false, INPUT, Readers::categories),
            new Reader("open311", "json", Format.JSON, false, INPUT, Readers::open311));

    private Readers() {
    }

    static Reader named(String name) {
        return ALL.stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }

    // ---- targets: the reader, then the stage after it ---------------------------------------------

    /** tree → structural rules, and what the writer writes the reader reads again */
    static void tree(Path file) throws IOException {
        TreeDocument doc = TreeJson.read(file);
        StructuralValidator.validate(doc.tree(), doc.staffing());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TreeJson.write(doc, out);
        TreeJson.read(new java.io.ByteArrayInputStream(out.toByteArray()), "written", Optional.empty());
    }

    /** level scheme → a tree of one node per level and its structural rules */
    static void levels(Path file) {
        LevelScheme scheme = LevelSchemeJson.read(file);
        List<GridNode> chain = new ArrayList<>();
        String parent = null;
        for (Level level : scheme.levels()) {
            GridNode.Builder b = GridNode.builder("n-" + level.key()).level(level.key());
            if (parent != null) {
                b.parent(parent);
            }
            chain.add(b.build());
            parent = "n-" + level.key();
        }
        StructuralValidator.validate(GridTree.assemble(scheme, chain), Staffing.builder().build(), NOV);
    }

    /** calendar → working-time arithmetic */
    static void calendar(Path file) {
        WorkCalendar c = WorkCalendar.read(file);
        Instant due = c.plusWorkingMinutes(NOV_2, 4 * 60);
        c.workingMinutesBetween(NOV_2, due);
        c.plusWorkingMinutes(NOV_2, 60L * 24 * 30);
        c.workingDays(NOV, NOV.plusMonths(1));
    }

    /** duty templates → catalog → a month's plan on a small tree */
    static void templates(Path file) {
        DutyCatalog catalog = DutyCatalog.of(DutyTemplates.read(file));
        try (Stream<?> plan = DutyPlanner.plan(DUTY_TREE, catalog, NOV, NOV.plusMonths(1))) {
            plan.limit(100_000).count();
        }
    }

    /** activity records → compliance against the demo templates */
    static void activities(Path file) {
        List<ActivityRecord> records = ActivityRecords.read(file);
        ComplianceChecker.check(DUTY_TREE, DUTY_CATALOG, records, NOV, NOV.plusMonths(1));
    }

    private static final DutyCatalog DUTY_CATALOG = DutyCatalog.of(DutyTemplates.read(
            new java.io.ByteArrayInputStream(seed("templates", "demo.json")), "demo.json"));

    /** facts → scoring on the preset the seed was made for */
    static void facts(Path file) {
        FactSet facts = FactFiles.read(file);
        Scoring.score(file.toString().endsWith(".csv") ? CITY : WORKED, facts);
    }

    private static final Scheme CITY = Presets.load("city-management");
    private static final Scheme WORKED = SchemeJson.read(new String(seed("scheme", "worked-example.json"), StandardCharsets.UTF_8),
            "worked-example.json");
    private static final FactSet WORKED_FACTS = FactFiles.readJson(
            new String(seed("facts-json", "worked-example.json"), StandardCharsets.UTF_8), "worked-example-facts.json");

    /** scheme → scoring of the worked example's facts */
    static void scheme(Path file) {
        Scheme scheme = SchemeJson.read(file);
        Scoring.score(scheme, WORKED_FACTS);
    }

    /** GeoJSON → partition → hierarchical validation */
    static void geojson(Path file) {
        GeoFeatures features = GeoJsonReader.read(file, CoordinateSystem.LON_LAT_WGS84);
        PartitionValidator.validate(features.toPartition());
    }

    /**
     * case events → replay over November → statistics and the three lists; then the same file read ahead
     * into a second replay (fast path, case ids numbered on the reading thread, gzip inflated on a third)
     * must end the same way: the same report, or the same located error
     */
    static void events(Path file) {
        CaseReplay replay = eventsReplay();
        CaseReport report;
        try {
            CaseEvents.read(file, SETUP.categories(), CHINA, replay::accept);
            report = replay.finish();
        } catch (InvalidInputException e) {
            CaseReplay ahead = eventsReplay();
            try {
                CaseEvents.readAhead(file, SETUP.categories(), CHINA, ahead);
            } catch (InvalidInputException x) {
                if (!x.location().equals(e.location()) || !x.problem().equals(e.problem())) {
                    throw new AssertionError("read ahead: " + x.getMessage() + ", read: " + e.getMessage(), x);
                }
                throw e;
            }
            throw new AssertionError("read ahead read what the read refused: " + e.getMessage(), e);
        }
        report.lists("g1");
        CaseReplay ahead = eventsReplay();
        try {
            CaseEvents.readAhead(file, SETUP.categories(), CHINA, ahead);
        } catch (InvalidInputException x) {
            throw new AssertionError("read ahead refused what the read read: " + x.getMessage(), x);
        }
        CaseReport other = ahead.finish();
        if (!new java.util.HashSet<>(other.history()).equals(new java.util.HashSet<>(report.history()))
                || !other.open().equals(report.open()) || !other.findings().equals(report.findings())
                || other.findingCount() != report.findingCount() || !other.statistics().equals(report.statistics())
                || other.events() != report.events() || other.applied() != report.applied()
                || other.cases() != report.cases() || !other.phases().equals(report.phases())) {
            throw new AssertionError("read ahead into a replay gave another report than the read");
        }
    }

    private static CaseReplay eventsReplay() {
        return CaseReplay.builder(SETUP).period(NOV_2.minusSeconds(86_400), DEC).asOf(DEC).history(Instant.MIN).build();
    }

    /** categories → the seed events replayed with them */
    static void categories(Path file) {
        CaseCategories categories = CaseCategories.read(file);
        CaseSetup setup = CaseSetup.builder().categories(categories).build();
        List<CaseEvent> events = new ArrayList<>();
        try {
            CaseEvents.read(new java.io.ByteArrayInputStream(seed("events", "events.jsonl")), "events.jsonl", categories,
                    CHINA, events::add);
        } catch (InvalidInputException e) {
            return;   // the fuzzed categories lack a category the seed events use
        }
        CaseReplay.replay(setup, events, DEC);
    }

    /** Open311 service requests → replay */
    static void open311(Path file) throws IOException {
        List<CaseEvent> events;
        try (InputStream in = Files.newInputStream(file)) {
            events = Open311.read(in, file.toString(), SETUP.categories());
        }
        CaseReplay.replay(SETUP, events, DEC);
    }

    static final CaseSetup SETUP = CaseSetup.builder().categories(SEED_CATEGORIES).build();

    private static CaseCategories categories() {
        return CaseCategories.presets();
    }

    // ---- seeds -----------------------------------------------------------------------------------

    static byte[] seed(String reader, String name) {
        try (InputStream in = Readers.class.getResourceAsStream("/seeds/" + reader + "/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<byte[]> seeds(String reader) {
        List<byte[]> out = new ArrayList<>();
        if (reader.equals("levels")) {
            for (LevelScheme s : LevelSchemes.all()) {
                ByteArrayOutputStream b = new ByteArrayOutputStream();
                try (JsonGenerator g = JsonTree.MAPPER.getFactory().createGenerator(b)) {
                    LevelSchemeJson.write(s, g);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                out.add(b.toByteArray());
            }
            return out;
        }
        String folder = "/seeds/" + reader + "/";
        for (String name : index(folder)) {
            try (InputStream in = Readers.class.getResourceAsStream(folder + name)) {
                out.add(in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (out.isEmpty()) {
            throw new IllegalStateException("no seeds in " + folder);
        }
        return out;
    }

    /** {@return the file names in a folder of the test resources} */
    static List<String> index(String folder) {
        try {
            java.net.URL url = Readers.class.getResource(folder);
            if (url == null) {
                return List.of();
            }
            try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
                return files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).sorted().toList();
            }
        } catch (IOException | java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}

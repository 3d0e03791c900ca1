package io.gridgov.duty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.gridgov.core.Finding;
import io.gridgov.core.i18n.Messages;
import io.gridgov.core.io.InvalidInputException;
import io.gridgov.core.tree.GridTree;
import io.gridgov.core.tree.Validity;
import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Regressions of issue 13 in grid-duty: hostile template chains and files, bases, validity, sample templates. */
class CatalogRegressionTest {

    private static List<DutyTemplate> read(String json) {
        return DutyTemplates.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "t.json");
    }

    private static DutyTemplate link(int i, Optional<String> parent) {
        DutyTemplate t = DutyTemplate.of("t" + i, "test", i == 0 ? List.of(Binding.levels("grid")) : List.of(),
                i == 0 ? List.of(Duty.builder("patrol", "patrol").build()) : List.of());
        return new DutyTemplate(t.id(), t.domain(), t.names(), t.version(), parent, t.duties(), t.removed(),
                t.bindings(), t.overrides(), t.roles(), t.actions(), t.source(), t.origin(), false, Validity.ALWAYS,
                Optional.empty());
    }

    @Test
    void aLongExtendsChainResolvesEachLinkOnceWithoutDeepRecursion() {
        // 50,000 links, listed child first: resolution used to walk every chain to its root (cubic in the
        // length; 2,000 links took 8 s) and recursed once per link.
        int n = 50_000;
        List<DutyTemplate> chain = new ArrayList<>();
        for (int i = n - 1; i >= 0; i--) {
            chain.add(link(i, i == 0 ? Optional.empty() : Optional.of("t" + (i - 1))));
        }
        DutyCatalog catalog = DutyCatalog.of(chain);
        assertThat(catalog.templates()).hasSize(n);
        assertThat(catalog.template("t" + (n - 1)).orElseThrow().duties()).extracting(Duty::code)
                .containsExactly("patrol");
        assertThat(catalog.template("t" + (n - 1)).orElseThrow().bindings()).containsExactly(Binding.levels("grid"));
    }

    @Test
    void aLongCycleIsOneShortLocatedErrorPerMember() {
        int n = 5_000;
        List<DutyTemplate> cycle = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            cycle.add(link(i, Optional.of("t" + ((i + 1) % n))));
        }
        List<Finding> problems = DutyCatalog.validate(cycle).findings();
        assertThat(problems).hasSize(n).allMatch(f -> f.ruleId().equals("EXTENDS_CYCLE"));
        Finding first = problems.stream().filter(f -> f.subjects().equals(List.of("t0"))).findFirst().orElseThrow();
        assertThat(first.message(Messages.ENGLISH)).contains("t0 → t1 → t2").contains("(+4994)").endsWith("→ t0")
                .hasSizeLessThan(200);
        InvalidInputException e = catchThrowableOfType(() -> DutyCatalog.of(cycle), InvalidInputException.class);
        assertThat(e.getMessage()).contains("$.extends").contains("and 4999 more problems").hasSizeLessThan(400);
    }

    @Test
    void aLevelListedTwiceInADutyIsALocatedInputError() {
        InvalidInputException e = catchThrowableOfType(() -> read("""
                {"id": "t", "bindings": [{"levels": ["grid"]}],
                 "duties": [{"code": "c", "action": "visit", "levels": ["grid", "grid"], "frequency": {"kind": "daily"}}]}
                """), InvalidInputException.class);
        assertThat(e.getMessage()).startsWith("t.json:2:").contains("$.duties[0].levels[1]").contains("\"grid\"");
        assertThat(e.problem().in(Messages.CHINESE)).contains("重复");
        // The builder takes a repeated key as one, as a set does.
        assertThat(Duty.builder("c", "visit").levels("grid", "grid").build().levels()).containsExactly("grid");
    }

    @Test
    void malformedUtf8AndGzipActivityFilesAreLocatedInputErrors(@TempDir Path dir) throws Exception {
        String good = "{\"who\": \"w1\", \"role\": \"worker\", \"grid\": \"g1\", \"action\": \"visit\", \"start\": \"2026-11-03T09:00\"}\n";
        byte[] bad = {'{', '"', 'w', 'h', 'o', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}', '\n'};
        Path lines = dir.resolve("a.jsonl");
        try (OutputStream out = Files.newOutputStream(lines)) {
            out.write((good + good).getBytes(StandardCharsets.UTF_8));
            out.write(bad);
        }
        InvalidInputException e = catchThrowableOfType(() -> ActivityRecords.read(lines), InvalidInputException.class);
        assertThat(e.getMessage()).startsWith(lines + ":3:9").contains("UTF-8");
        Path csv = dir.resolve("a.csv");
        try (OutputStream out = Files.newOutputStream(csv)) {
            out.write("who,role,grid,action,start\nw1,worker,g1,visit,2026-11-03T09:00\n".getBytes(StandardCharsets.UTF_8));
            out.write(new byte[] {'w', (byte) 0xFF, ',', 'w', 'o', 'r', 'k', 'e', 'r', '\n'});
        }
        InvalidInputException c = catchThrowableOfType(() -> ActivityRecords.read(csv), InvalidInputException.class);
        assertThat(c.getMessage()).startsWith(csv + ":3:2").contains("UTF-8");
        Path gz = dir.resolve("a.csv.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write("who,role,grid,action,start\n".getBytes(StandardCharsets.UTF_8));
        }
        assertThat(catchThrowableOfType(() -> ActivityRecords.read(gz), InvalidInputException.class).getMessage())
                .contains("a.csv.gz").contains("gzip");
    }

    @Test
    void aBaseTemplateIsExtendedButNeverPlanned() {
        List<DutyTemplate> templates = read("""
                [{"id": "base", "abstract": true, "bindings": [{"levels": ["grid"]}],
                  "duties": [{"code": "patrol", "action": "patrol", "frequency": {"kind": "daily"}}]},
                 {"id": "city", "extends": "base"}]
                """);
        assertThat(templates.get(0).base()).isTrue();
        GridTree tree = Fixtures.chain(1, List.of(), "community", "grid");
        List<Obligation> plan = DutyPlanner.plan(tree, DutyCatalog.of(templates), Fixtures.NOV, Fixtures.DEC).toList();
        assertThat(plan).hasSize(30).allMatch(o -> o.templateId().equals("city"));
        assertThat(catchThrowableOfType(() -> read("{\"id\": \"t\", \"abstract\": \"yes\"}"), InvalidInputException.class)
                .getMessage()).contains("$.abstract").contains("true or false");
    }

    @Test
    void aTemplateExtendingAPresetWorksAloneAndThePresetIsNotPlanned() {
        List<DutyTemplate> templates = read("""
                {"id": "minghu-s3", "extends": "s3-worker-duties", "bindings": [{"levels": ["grid"]}]}
                """);
        DutyCatalog catalog = DutyCatalog.of(templates);
        GridTree tree = Fixtures.chain(1, PresetsTest.ATTRIBUTES, "community", "grid");
        assertThat(catalog.check(tree.scheme()).findings()).isEmpty();
        assertThat(DutyPlanner.plan(tree, catalog, Fixtures.NOV, Fixtures.DEC).map(Obligation::templateId).distinct())
                .containsExactly("minghu-s3");
    }

    @Test
    void aTemplateValidOnSomeDatesPlansCutWindowsAndRefusesRecordsOutsideThem() {
        List<DutyTemplate> templates = read("""
                {"id": "t", "validFrom": "2026-11-10", "validUntil": "2026-11-20", "bindings": [{"levels": ["grid"]}],
                 "duties": [{"code": "weekly", "action": "visit", "frequency": {"kind": "quota", "times": 1, "per": "week"}},
                            {"code": "daily", "action": "patrol", "frequency": {"kind": "daily"}}]}
                """);
        GridTree tree = Fixtures.chain(1, List.of(), "community", "grid");
        DutyPlanner planner = DutyPlanner.builder(tree, DutyCatalog.of(templates)).build();
        List<Obligation> weekly = planner.plan(Fixtures.NOV, Fixtures.DEC).filter(o -> o.dutyCode().equals("weekly"))
                .toList();
        // Weeks of 9, 16 November, cut to 10–15 and 16–19.
        assertThat(weekly).extracting(Obligation::from, Obligation::due).containsExactly(
                org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 11, 10), LocalDate.of(2026, 11, 15)),
                org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 19)));
        assertThat(planner.plan(Fixtures.NOV, Fixtures.DEC).filter(o -> o.dutyCode().equals("daily"))).hasSize(10);
        ComplianceReport report = planner.checker().check(List.of(
                Fixtures.rec("p1", "worker", "grid-1", "visit", "", LocalDate.of(2026, 11, 10), 9, 30),
                Fixtures.rec("p1", "worker", "grid-1", "visit", "", LocalDate.of(2026, 11, 25), 9, 30)),
                Fixtures.NOV, Fixtures.DEC);
        assertThat(report.unmatched()).singleElement().satisfies(u -> {
            assertThat(u.reason()).isEqualTo("OUTSIDE_VALIDITY");
            assertThat(u.message().in(Messages.ENGLISH)).contains("2026-11-10 – 2026-11-19");
        });
        assertThat(report.byDuty().get("t/weekly").fulfilled()).isEqualTo(1);
        InvalidInputException e = catchThrowableOfType(() -> read(
                "{\"id\": \"t\", \"validFrom\": \"2026-11-10\", \"validUntil\": \"2026-11-10\"}"), InvalidInputException.class);
        assertThat(e.getMessage()).contains("$.validUntil");
        assertThat(catchThrowableOfType(() -> read("{\"id\": \"t\", \"validFrom\": \"+999999999-01-01\"}"),
                InvalidInputException.class).getMessage()).contains("$.validFrom").contains("1900–2200");
    }
}

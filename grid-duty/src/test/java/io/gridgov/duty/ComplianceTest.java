package io.gridgov.duty;

import static io.gridgov.duty.Fixtures.DEC;
import static io.gridgov.duty.Fixtures.NOV;
import static io.gridgov.duty.Fixtures.rec;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gridgov.core.Severity;
import io.gridgov.core.io.InvalidInputException;
import io.gridgov.core.staff.Assignment;
import io.gridgov.core.staff.Staffing;
import io.gridgov.core.tree.GridTree;
import io.gridgov.core.tree.Validity;
import java.math.BigDecimal;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ComplianceTest {

    static final GridTree TREE = Fixtures.chain(2, List.<String[]>of(new String[] {"households.key", "2"}),
            "community", "grid");
    static final Duty PATROL = Duty.builder("patrol", "patrol").frequency(new Frequency.WorkingDays())
            .evidence(Evidence.RECORD).severity(Severity.ERROR).build();
    static final Duty VISIT_KEY = Duty.builder("visit-key", "visit").target(new TargetScope.Households("key"))
            .frequency(Frequency.Quota.of(1, CalendarPeriod.MONTH)).evidence(Evidence.RECORD).build();

    static Path resource(String name) throws Exception {
        return Path.of(ComplianceTest.class.getResource("/duty/" + name).toURI());
    }

    @Test
    void csvAndJsonLinesGiveTheSameRecords() throws Exception {
        List<ActivityRecord> csv = ActivityRecords.read(resource("activities.csv"));
        List<ActivityRecord> jsonl = ActivityRecords.read(resource("activities.jsonl"));
        assertThat(csv).hasSize(4);
        assertThat(jsonl).usingRecursiveFieldByFieldElementComparatorIgnoringFields("line").isEqualTo(csv);
        assertThat(csv.get(1).evidence()).containsExactlyInAnyOrder(Evidence.RECORD, Evidence.PHOTO);
        assertThat(csv.get(2).start()).isEqualTo(LocalDate.of(2026, 11, 2).atTime(9, 0));
        assertThat(jsonl.get(2).line()).isEqualTo(4);
    }

    @Test
    void aBadCsvTimeNamesFileLineAndField() throws Exception {
        assertThatThrownBy(() -> ActivityRecords.read(resource("activities-bad.csv")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("activities-bad.csv:3").hasMessageContaining("field \"start\"")
                .hasMessageContaining("expected a date-time such as 2026-11-03T09:00, found \"2026-11-03 09:00\"");
    }

    @Test
    void anEndBeforeTheStartNamesLineAndField() throws Exception {
        assertThatThrownBy(() -> ActivityRecords.read(resource("activities-bad.jsonl")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("activities-bad.jsonl:2").hasMessageContaining("field \"end\"");
    }

    @Test
    void eachObligationIsFulfilledPartlyOrMissedAndRatesFollow() throws Exception {
        List<ActivityRecord> recs = ActivityRecords.read(resource("activities.csv"));
        ComplianceReport r = ComplianceChecker.check(TREE, Fixtures.catalog(PATROL, VISIT_KEY), recs, NOV, DEC);
        // 2 grids × (21 patrols + 2 key visits) = 46 units; done: 2 patrols + 1 visit.
        assertThat(r.overall().required()).isEqualTo(46);
        assertThat(r.overall().done()).isEqualTo(3);
        assertThat(r.overall().rate()).isEqualByComparingTo("0.0652");
        assertThat(r.byDuty().get("t/visit-key").partly()).isEqualTo(1);
        assertThat(r.byDuty().get("t/visit-key").missed()).isEqualTo(1);
        assertThat(r.byLevel()).containsOnlyKeys("grid");
        assertThat(r.byCategory()).containsOnlyKeys("general");
        assertThat(r.hasErrors()).isTrue();
        assertThat(r.shortfalls()).hasSize(r.overall().obligations() == 0 ? 0 : (int) (r.overall().obligations() - r.overall().fulfilled()));
        assertThat(r.unmatched()).singleElement().satisfies(u -> {
            assertThat(u.reason()).isEqualTo("UNKNOWN_GRID");
            assertThat(u.message().in(Locale.ENGLISH)).contains("grid-9");
            assertThat(u.message().in(Locale.SIMPLIFIED_CHINESE)).contains("网格");
        });
    }

    @Test
    void recordsThatCountForNothingAreReportedWithTheirReason() {
        List<ActivityRecord> recs = List.of(
                rec("p", "worker", "grid-1", "dance", "", LocalDate.of(2026, 11, 2), 9, 30),
                rec("p", "worker", "grid-1", "patrol", "", LocalDate.of(2026, 11, 2), 9, 30),
                rec("p", "worker", "grid-1", "patrol", "", LocalDate.of(2026, 12, 2), 9, 30, Evidence.RECORD),
                rec("p", "worker", "grid-1", "patrol", "", LocalDate.of(2026, 11, 8), 9, 30, Evidence.RECORD));
        ComplianceReport r = ComplianceChecker.check(TREE, Fixtures.catalog(PATROL), recs, NOV, DEC);
        assertThat(r.unmatched()).extracting(UnmatchedRecord::reason)
                .containsExactly("NO_DUTY", "EVIDENCE", "OUTSIDE_PERIOD", "NO_WINDOW");
        assertThat(r.records()).isEqualTo(4);
    }

    @Test
    void aWorkingDayDutyDoneOnTheFollowingSaturdayIsLate() {
        ComplianceReport r = ComplianceChecker.check(TREE, Fixtures.catalog(PATROL), List.of(
                rec("p", "worker", "grid-1", "patrol", "", LocalDate.of(2026, 11, 7), 9, 30, Evidence.RECORD)), NOV, DEC);
        assertThat(r.byGrid().get("grid-1").late()).isEqualTo(1);
        assertThat(r.shortfalls()).filteredOn(o -> o.status() == Status.LATE).singleElement()
                .satisfies(o -> assertThat(o.obligation().from()).isEqualTo(LocalDate.of(2026, 11, 6)));
        assertThat(r.facts().subject("grid-1").orElseThrow().values()).containsEntry("duty.patrol.late", BigDecimal.valueOf(1)).containsEntry("duty.patrol.missed", BigDecimal.valueOf(20));
    }

    @Test
    void withStaffingEachHolderHasObligationsAndFactsOfTheirOwn() {
        Staffing staffing = Staffing.builder()
                .assign(Assignment.of("alice", "worker", "grid-1"))
                .assign(new Assignment("bob", "worker", "grid-1", Validity.from(LocalDate.of(2026, 11, 16))))
                .build();
        DutyPlanner planner = DutyPlanner.builder(TREE, Fixtures.catalog(PATROL)).staffing(staffing).build();
        assertThat(planner.plan(NOV, DEC).filter(o -> o.gridId().equals("grid-1")).map(o -> o.personId().orElse("-")))
                .containsOnly("alice", "bob").filteredOn("bob"::equals).hasSize(11);
        assertThat(planner.plan(NOV, DEC).filter(o -> o.gridId().equals("grid-2")))
                .allSatisfy(o -> assertThat(o.personId()).isEmpty());
        ComplianceReport r = planner.checker().check(List.of(
                rec("alice", "worker", "grid-1", "patrol", "", LocalDate.of(2026, 11, 2), 9, 30, Evidence.RECORD),
                rec("bob", "worker", "grid-1", "patrol", "", LocalDate.of(2026, 11, 3), 9, 30, Evidence.RECORD)), NOV, DEC);
        assertThat(r.byPerson().get("alice").done()).isEqualTo(1);
        assertThat(r.facts().subject("alice").orElseThrow().values()).containsEntry("duty.patrol.required", BigDecimal.valueOf(21)).containsEntry("duty.patrol.done", BigDecimal.valueOf(1));
        assertThat(r.facts().subject("bob").orElseThrow().values()).containsEntry("duty.patrol.required", BigDecimal.valueOf(11));
        assertThat(r.unmatched()).singleElement().satisfies(u -> assertThat(u.reason()).isEqualTo("NOT_ASSIGNED"));
    }

    @Test
    void aParallelCheckOfManyRecordsEqualsASequentialOne() {
        GridTree tree = Fixtures.chain(300, List.<String[]>of(new String[] {"households.key", "2"}), "community", "grid");
        java.util.Random random = new java.util.Random(3);
        List<ActivityRecord> recs = new java.util.ArrayList<>();
        String[] actions = {"patrol", "visit", "report"};
        for (int i = 0; i < 50_000; i++) {
            recs.add(rec("p", "worker", "grid-" + (1 + random.nextInt(310)), actions[random.nextInt(3)],
                    random.nextBoolean() ? "" : "key/h" + random.nextInt(3), NOV.minusDays(5).plusDays(random.nextInt(40)),
                    8 + random.nextInt(10), 30, Evidence.RECORD));
        }
        DutyCatalog catalog = Fixtures.catalog(PATROL, VISIT_KEY);
        ComplianceReport one = DutyPlanner.builder(tree, catalog).parallelism(1).build().checker().check(recs, NOV, DEC);
        ComplianceReport four = DutyPlanner.builder(tree, catalog).parallelism(4).build().checker().check(recs, NOV, DEC);
        assertThat(four.overall()).isEqualTo(one.overall());
        assertThat(four.byGrid()).isEqualTo(one.byGrid());
        assertThat(four.byDuty()).isEqualTo(one.byDuty());
        assertThat(four.facts()).isEqualTo(one.facts());
        assertThat(four.shortfalls()).isEqualTo(one.shortfalls());
        assertThat(four.unmatched()).isEqualTo(one.unmatched());
        assertThat(one.unmatched()).isNotEmpty();
    }

    @Test
    void factsAreWrittenInTheGridScoringFormat(@TempDir Path dir) throws Exception {
        ComplianceReport r = ComplianceChecker.check(TREE, Fixtures.catalog(PATROL, VISIT_KEY),
                ActivityRecords.read(resource("activities.jsonl")), NOV, DEC);
        assertThat(r.periodLabel()).isEqualTo("2026-11");
        Path file = dir.resolve("facts.json");
        r.writeFacts(file, r.periodLabel());
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        assertThat(root.get("period").asText()).isEqualTo("2026-11");
        JsonNode g1 = root.get("subjects").get(0);
        assertThat(g1.get("id").asText()).isEqualTo("grid-1");
        assertThat(g1.get("facts").get("duty.patrol.required").asLong()).isEqualTo(21);
        assertThat(g1.get("facts").get("duty.patrol.done").asLong()).isEqualTo(1);
        assertThat(g1.get("facts").get("duty.patrol.missed").asLong()).isEqualTo(20);
        assertThat(g1.get("facts").get("duty.visit.key.required").asLong()).isEqualTo(2);
        assertThat(g1.get("facts").get("duty.visit.key.missed").asLong()).isEqualTo(1);
        assertThat(dir.toFile().list()).containsExactly("facts.json");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        r.writeFacts(out, "x");
        assertThat(out.toString(java.nio.charset.StandardCharsets.UTF_8)).contains("\"subjects\"");
    }
}

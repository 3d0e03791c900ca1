package io.gridgov.duty;

import static org.assertj.core.api.Assertions.assertThat;

import io.gridgov.core.tree.GridTree;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Every preset loads, validates against its plan's levels, cites its plan, and plans every duty in a year. */
class PresetsTest {

    static final LocalDate Y2026 = LocalDate.of(2026, 1, 1);
    static final LocalDate Y2027 = LocalDate.of(2027, 1, 1);

    /** The attributes every leaf of a preset's test tree carries. */
    static final List<String[]> ATTRIBUTES = List.of(new String[] {"households.key", "5"},
            new String[] {"households.ordinary", "20"}, new String[] {"units.market", "1"},
            new String[] {"units.shop", "4"}, new String[] {"units.key-enterprise", "2"},
            new String[] {"units.enterprise", "6"});

    static GridTree tree(String levels) {
        return Fixtures.chain(2, ATTRIBUTES, levels.split(" "));
    }

    static DutyCatalog catalog(String id) {
        return DutyCatalog.of(List.of(DutyTemplates.preset(id)));
    }

    @ParameterizedTest(name = "{0} on levels {1}")
    @CsvSource({
        "s1-civilised-city, street grid, S1",
        "s2-civilised-creation, street community unit-grid, S2",
        "s3-worker-duties, town station service-grid, S3",
        "s4-rural-roles, community base-grid, S4",
        "s5-daily-weekly-monthly, township village district group, S5",
        "s7-presence, community grid, S7",
        "s9-party-visits, general-branch branch group, S9",
        "s10-fire-safety, medium small cell, S10",
        "s11-enterprise-safety, department team person, S11",
        "s12-health-hats, county clinic village-clinic natural-group, S12",
        "s14-environment, county supervision-grid, S14",
    })
    void aPresetValidatesCitesItsPlanAndPlansEveryDutyInAYear(String id, String levels, String plan) {
        DutyCatalog catalog = catalog(id);
        GridTree tree = tree(levels);
        assertThat(catalog.check(tree.scheme()).findings()).as("binding problems").isEmpty();
        assertThat(catalog.warnings()).isEmpty();
        EffectiveTemplate t = catalog.template(id).orElseThrow();
        assertThat(t.template().source()).hasValue(plan);
        assertThat(t.duties()).isNotEmpty().allSatisfy(d -> {
            assertThat(d.source()).as(d.code()).hasValueSatisfying(s -> assertThat(s).startsWith(plan + " "));
            assertThat(d.title().zh()).isNotEqualTo(d.title().en());
        });
        Set<String> planned = DutyPlanner.plan(tree, catalog, Y2026, Y2027).map(Obligation::dutyCode)
                .collect(Collectors.toSet());
        assertThat(planned).containsExactlyInAnyOrderElementsOf(t.duties().stream().map(Duty::code).toList());
    }

    @Test
    void allPresetsLoadTogetherAsOneCatalog() {
        assertThat(DutyCatalog.presets().templates()).hasSize(DutyTemplates.PRESET_IDS.size());
    }

    static Map<String, Long> novemberCounts(String id, String levels, String grid) {
        return DutyPlanner.plan(tree(levels), catalog(id), Fixtures.NOV, Fixtures.DEC)
                .filter(o -> o.gridId().equals(grid))
                .collect(Collectors.groupingBy(o -> o.dutyCode() + (o.tier().isPresent() ? "#" + o.tier().getAsInt() : ""),
                        Collectors.summingLong(Obligation::count)));
    }

    @Test
    void s2CoBuildersWorkMondayWednesdayFridayAndCommunityWorkersEveryDay() {
        Map<String, Long> c = novemberCounts("s2-civilised-creation", "street community unit-grid", "unit-grid-1");
        assertThat(c).containsEntry("presence-co-builder", 13L).containsEntry("hat-patroller", 30L)
                .containsEntry("hat-publicist", 5L);
        assertThat(novemberCounts("s2-civilised-creation", "street community unit-grid", "community-1"))
                .containsEntry("daily-leaders-meeting", 21L);
    }

    @Test
    void s9KeyHouseholdsMonthlyOrdinaryQuarterly() {
        Map<String, Long> nov = novemberCounts("s9-party-visits", "general-branch branch group", "group-1");
        assertThat(nov).containsEntry("visit-key", 5L).containsEntry("contact-monthly", 300L)
                .doesNotContainKey("visit-ordinary");
        Map<String, Long> year = DutyPlanner.plan(tree("general-branch branch group"), catalog("s9-party-visits"),
                Y2026, Y2027).filter(o -> o.gridId().equals("group-1"))
                .collect(Collectors.groupingBy(Obligation::dutyCode, Collectors.summingLong(Obligation::count)));
        assertThat(year).containsEntry("visit-key", 60L).containsEntry("visit-ordinary", 80L);
    }

    @Test
    void s10TasksDifferByFireGridLevel() {
        String levels = "medium small cell";
        assertThat(novemberCounts("s10-fire-safety", levels, "cell-1")).containsOnlyKeys("cell-patrol");
        assertThat(novemberCounts("s10-fire-safety", levels, "small-1")).containsOnlyKeys("ledger");
        assertThat(novemberCounts("s10-fire-safety", levels, "medium-1")).containsOnlyKeys("ledger", "medium-publicity");
        assertThat(DutyPlanner.plan(tree(levels), catalog("s10-fire-safety"), LocalDate.of(2026, 10, 1), Fixtures.DEC.plusMonths(1))
                .filter(o -> o.dutyCode().equals("small-shops-check")).map(Obligation::count)).containsExactly(4);
    }

    @Test
    void s11InspectsDailyByStaffWeeklyByOfficeMonthlyByCommittee() {
        var plan = DutyPlanner.plan(tree("department team person"), catalog("s11-enterprise-safety"), Fixtures.NOV,
                Fixtures.DEC).filter(o -> o.gridId().equals("team-1")).toList();
        assertThat(plan.stream().collect(Collectors.groupingBy(Obligation::role, Collectors.counting())))
                .containsEntry("safety-staff", 21L).containsEntry("safety-office", 5L).containsEntry("safety-committee", 1L);
    }

    @Test
    void s12MonthlyActivityLastsAnHourWithSignInRecordAndPhotos() {
        Duty d = catalog("s12-health-hats").template("s12-health-hats").orElseThrow().duties().get(0);
        assertThat(d.frequency()).isEqualTo(new Frequency.MinimumDuration(1, CalendarPeriod.MONTH, java.time.Duration.ofHours(1)));
        assertThat(d.evidence()).contains(Evidence.SIGN_IN, Evidence.RECORD, Evidence.PHOTO);
    }

    @Test
    void s7AndS14TimeSharesUseTheWorkingMinutesOfTheirPeriods() {
        var s7 = DutyPlanner.plan(tree("community grid"), catalog("s7-presence"), Fixtures.NOV, Fixtures.DEC)
                .filter(o -> o.dutyCode().equals("time-in-grid") && o.gridId().equals("grid-1")
                        && o.from().equals(LocalDate.of(2026, 11, 2))).toList();
        assertThat(s7).singleElement().satisfies(o -> assertThat(o.requiredMinutes()).hasValue(800));
        var s14 = DutyPlanner.plan(tree("county supervision-grid"), catalog("s14-environment"), Fixtures.NOV, Fixtures.DEC)
                .filter(o -> o.dutyCode().equals("field-time") && o.gridId().equals("supervision-grid-1")).toList();
        assertThat(s14).singleElement().satisfies(o -> assertThat(o.requiredMinutes()).hasValue(21 * 480 * 8 / 10));
    }
}

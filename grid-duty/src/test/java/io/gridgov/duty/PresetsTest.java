package io.gridgov.duty;

import static org.assertj.core.api.Assertions.assertThat;

import io.gridgov.core.tree.GridTree;
import io.gridgov.core.tree.LevelScheme;
import io.gridgov.core.tree.LevelSchemes;
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
        "s1-civilised-city, district street community grid, S1",
        "s2-civilised-creation, street community unit-grid, S2",
        "s3-worker-duties, district street community grid, S3",
        "s4-rural-roles, county town village group, S4",
        "s5-daily-weekly-monthly, township village district group, S5",
        "s6-community-service, district street community grid, S6",
        "s7-presence, community grid, S7",
        "s8-three-fixes, station area courtyard, S8",
        "s9-party-visits, general-branch branch homestead, S9",
        "s10-fire-safety, medium small cell, S10",
        "s11-enterprise-safety, department team post, S11",
        "s12-health-hats, county town village group, S12",
        "s13-mobilise, town village group, S13",
        "s13-household-check, town village group, S13",
        "s13-rectify, town village group, S13",
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

    /** The presets whose bindings name their plan's own level keys, which no level scheme preset has. */
    static final Set<String> OWN_LEVEL_KEYS = Set.of("s2-civilised-creation", "s5-daily-weekly-monthly",
            "s8-three-fixes", "s14-environment");

    @Test
    void everyPresetValidatesAgainstTheLevelSchemeItDeclares() {
        for (String id : DutyTemplates.PRESET_IDS) {
            DutyTemplate preset = DutyTemplates.preset(id);
            if (OWN_LEVEL_KEYS.contains(id)) {
                assertThat(preset.levelScheme()).as(id).isEmpty();
                continue;
            }
            LevelScheme scheme = LevelSchemes.byId(preset.levelScheme().orElseThrow(
                    () -> new AssertionError(id + " declares no level scheme"))).orElseThrow();
            DutyCatalog catalog = DutyCatalog.of(List.of(preset));
            assertThat(catalog.check(scheme).findings()).as(id + " on " + scheme.id()).isEmpty();
            if (preset.base()) {
                continue;
            }
            GridTree tree = Fixtures.chain(2, ATTRIBUTES,
                    scheme.levels().stream().map(io.gridgov.core.tree.Level::key).toArray(String[]::new));
            Set<String> planned = DutyPlanner.plan(GridTree.of(scheme, tree.nodes().toList()), catalog, Y2026, Y2027)
                    .map(Obligation::dutyCode).collect(Collectors.toSet());
            assertThat(planned).as(id + " on " + scheme.id())
                    .containsExactlyInAnyOrderElementsOf(catalog.template(id).orElseThrow().duties().stream()
                            .map(Duty::code).toList());
        }
    }

    @Test
    void s13PhasesExistOnlyOnTheirCampaignDates() {
        String levels = "town village group";
        Map<String, List<LocalDate>> due = DutyPlanner.plan(tree(levels), DutyCatalog.of(List.of(
                        DutyTemplates.preset("s13-mobilise"), DutyTemplates.preset("s13-household-check"),
                        DutyTemplates.preset("s13-rectify"))), Y2026, Y2027)
                .collect(Collectors.groupingBy(Obligation::dutyCode, java.util.TreeMap::new,
                        Collectors.mapping(Obligation::due, Collectors.toList())));
        // Publicity every day of 5–7 November.
        assertThat(due.get("village-publicity")).containsExactly(LocalDate.of(2026, 11, 5), LocalDate.of(2026, 11, 6),
                LocalDate.of(2026, 11, 7));
        assertThat(due.get("mobilisation-meeting")).containsExactly(LocalDate.of(2026, 11, 7));
        // Once per household within 7–20 November: one window due on the phase's last day, 300 visits per group.
        assertThat(due.get("household-visit")).containsExactly(LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 20));
        assertThat(DutyPlanner.plan(tree(levels), DutyCatalog.of(List.of(DutyTemplates.preset("s13-household-check"))),
                Y2026, Y2027).filter(o -> o.dutyCode().equals("household-visit")))
                .allSatisfy(o -> {
                    assertThat(o.from()).isEqualTo(LocalDate.of(2026, 11, 7));
                    assertThat(o.count()).isEqualTo(300);
                });
        assertThat(due.get("data-spot-check")).containsExactly(LocalDate.of(2026, 11, 30));
        assertThat(due.values().stream().flatMap(List::stream))
                .allMatch(d -> !d.isBefore(LocalDate.of(2026, 11, 5)) && d.isBefore(LocalDate.of(2026, 12, 1)));
        // The base is never planned, and nothing of the campaign falls due in 2027.
        assertThat(DutyPlanner.plan(tree(levels), DutyCatalog.of(List.of(DutyTemplates.preset("s13-campaign"))),
                Y2026, Y2027)).isEmpty();
        assertThat(DutyPlanner.plan(tree(levels), DutyCatalog.of(List.of(DutyTemplates.preset("s13-rectify"))),
                Y2027, Y2027.plusYears(1))).isEmpty();
    }

    @Test
    void s6PlansDailyPatrolMustVisitsAndShopFeedback() {
        Map<String, Long> nov = novemberCounts("s6-community-service", "district street community grid", "grid-1");
        assertThat(nov).containsEntry("daily-patrol", 30L).containsEntry("must-visits", 5L)
                .doesNotContainKey("shop-feedback").doesNotContainKey("weekly-meeting");
        assertThat(novemberCounts("s6-community-service", "district street community grid", "community-1"))
                .containsOnlyKeys("weekly-meeting");
        assertThat(DutyPlanner.plan(tree("district street community grid"), catalog("s6-community-service"),
                LocalDate.of(2026, 10, 1), Fixtures.DEC.plusMonths(1)).filter(o -> o.dutyCode().equals("shop-feedback")
                        && o.gridId().equals("grid-1")).map(Obligation::count)).containsExactly(4);
    }

    @Test
    void s8AssistantsGoRoundDailyAndMeetOnWorkingDays() {
        assertThat(novemberCounts("s8-three-fixes", "station area courtyard", "area-1"))
                .containsOnlyKeys("courtyard-rounds", "opinion-collection", "legal-publicity")
                .containsEntry("courtyard-rounds", 30L);
        assertThat(novemberCounts("s8-three-fixes", "station area courtyard", "station-1"))
                .containsEntry("assistants-meeting", 21L).containsEntry("group-heads-meeting", 5L);
        assertThat(catalog("s8-three-fixes").template("s8-three-fixes").orElseThrow().roles())
                .contains("mediator", "legal-publicist", "petition-agent");
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
        Map<String, Long> nov = novemberCounts("s9-party-visits", "general-branch branch homestead", "homestead-1");
        assertThat(nov).containsEntry("visit-key", 5L).containsEntry("contact-monthly", 300L)
                .doesNotContainKey("visit-ordinary");
        Map<String, Long> year = DutyPlanner.plan(tree("general-branch branch homestead"), catalog("s9-party-visits"),
                Y2026, Y2027).filter(o -> o.gridId().equals("homestead-1"))
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
        var plan = DutyPlanner.plan(tree("department team post"), catalog("s11-enterprise-safety"), Fixtures.NOV,
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

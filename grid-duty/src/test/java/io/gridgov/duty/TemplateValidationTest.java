package io.gridgov.duty;

import static io.gridgov.duty.Fixtures.DEC;
import static io.gridgov.duty.Fixtures.NOV;
import static io.gridgov.duty.Fixtures.templates;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gridgov.core.Severity;
import io.gridgov.core.io.InputLocation;
import io.gridgov.core.io.InvalidInputException;
import io.gridgov.core.Finding;
import io.gridgov.core.tree.GridTree;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TemplateValidationTest {

    /** The JSON path of a template problem: the field of its location. */
    static String path(Finding f) {
        return f.location().flatMap(InputLocation::field).orElseThrow();
    }

    /** The template of a template problem: its subject. */
    static String templateId(Finding f) {
        return f.subjects().get(0);
    }

    @Test
    void unknownRolesAndActionsAreErrorsAtTheirJsonPath() {
        List<Finding> problems = DutyCatalog.validate(templates("unknown-role-and-action.json")).findings();
        assertThat(problems).extracting(Finding::ruleId, TemplateValidationTest::path)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("UNKNOWN_ROLE", "$.duties[0].role"),
                        org.assertj.core.groups.Tuple.tuple("UNKNOWN_ACTION", "$.duties[1].action"));
        assertThat(problems.get(0).message(Locale.ENGLISH)).contains("janitor").contains("worker");
        assertThat(problems.get(0).message(Locale.SIMPLIFIED_CHINESE)).contains("角色");
        assertThatThrownBy(() -> DutyCatalog.of(templates("unknown-role-and-action.json")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("unknown-role-and-action.json").hasMessageContaining("$.duties[0].role")
                .hasMessageContaining("and 1 more problem");
    }

    @Test
    void aQuotaThatCannotFitItsPeriodIsAnError() {
        List<Finding> problems = DutyCatalog.validate(templates("unmeetable.json")).findings();
        assertThat(problems).extracting(Finding::ruleId).containsOnly("UNMEETABLE_QUOTA").hasSize(2);
        assertThat(problems.get(0).message(Locale.ENGLISH)).contains("10 per week").contains("at most 7");
    }

    @Test
    void cyclesInExtendsAndUnknownParentsAreErrors() {
        List<Finding> problems = DutyCatalog.validate(templates("cycle.json")).findings();
        Map<String, List<String>> byRule = problems.stream().collect(
                Collectors.groupingBy(Finding::ruleId, Collectors.mapping(TemplateValidationTest::templateId, Collectors.toList())));
        assertThat(byRule.get("EXTENDS_CYCLE")).containsExactlyInAnyOrder("a", "b", "c");
        assertThat(byRule.get("UNKNOWN_PARENT")).containsExactly("orphan");
        assertThat(problems).filteredOn(p -> templateId(p).equals("a")).first()
                .satisfies(p -> assertThat(p.message(Locale.ENGLISH)).contains("a → b → c → a"));
    }

    @Test
    void aBindingThatMatchesNoLevelOfTheSchemeIsAnError() {
        DutyCatalog catalog = DutyCatalog.of(templates("no-level.json"));
        List<Finding> problems = catalog.check(Fixtures.scheme("community", "grid")).findings();
        assertThat(problems).extracting(Finding::ruleId, Finding::severity).containsExactly(
                org.assertj.core.groups.Tuple.tuple("BINDING_MATCHES_NO_LEVEL", Severity.ERROR),
                org.assertj.core.groups.Tuple.tuple("UNKNOWN_LEVEL", Severity.WARNING));
        assertThat(path(problems.get(0))).isEqualTo("$.bindings[0].levels");
        assertThat(problems.get(0).message(Locale.ENGLISH)).isEqualTo("Binding of template \"towns\" names levels"
                + " [county, township], none of which is a level of scheme \"test\" (community, grid)");
        assertThat(problems.get(1).message(Locale.ENGLISH)).contains("\"hamlet\"");
    }

    @Test
    void aMalformedFieldIsRefusedWhileReadingWithFileTemplateAndPath() {
        assertThatThrownBy(() -> templates("bad-period.json")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("bad-period.json").hasMessageContaining("template \"bad-period\"")
                .hasMessageContaining("$.duties[1].frequency.per").hasMessageContaining("fortnight")
                .hasMessageContaining("expected one of day, week, month, quarter, year");
    }

    @Test
    void aMisspeltFieldIsRefusedRatherThanIgnored() {
        String text = "{\"id\": \"x\", \"bindings\": [{\"levels\": [\"grid\"]}], \"duties\": [{\"code\": \"p\","
                + " \"action\": \"patrol\", \"frequency\": {\"kind\": \"daily\"}, \"severty\": \"error\"}]}";
        assertThatThrownBy(() -> DutyTemplates.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "x.json"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("$.duties[0].severty")
                .hasMessageContaining("unknown field \"severty\"").hasMessageContaining("severity");
    }

    @Test
    void aRoleOrActionNameIsQuotedEscapedAndShortAndTheKnownRolesAreABoundedList() {
        StringBuilder roles = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            roles.append(i == 0 ? "" : ", ").append("{\"key\": \"role-").append(i).append("-").append("x".repeat(30))
                    .append("\", \"zh\": \"角色\", \"en\": \"role\"}");
        }
        String text = "{\"id\": \"t\", \"bindings\": [{\"levels\": [\"grid\"]}], \"roles\": [" + roles + "],"
                + " \"duties\": [{\"code\": \"p\", \"role\": \"line\\nbreak\\u202e" + "y".repeat(500) + "\","
                + " \"action\": \"da\\u0000nce\", \"frequency\": {\"kind\": \"daily\"}}]}";
        List<DutyTemplate> templates = DutyTemplates.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                "x.json");
        List<Finding> problems = DutyCatalog.validate(templates).findings();
        assertThat(problems).extracting(Finding::ruleId).containsExactly("UNKNOWN_ACTION", "UNKNOWN_ROLE");
        for (Finding f : problems) {
            for (Locale l : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
                String m = f.message(l);
                assertThat(m).doesNotContain("\n", "\u202e", "\u0000").hasSizeLessThan(400);
            }
        }
        assertThat(problems.get(0).message(Locale.ENGLISH)).contains("\"da\\u0000nce\"");
        assertThat(problems.get(1).message(Locale.ENGLISH)).contains("\"line\\u000abreak\\u202eyyy")
                .containsPattern("… \\(\\+\\d+\\)$");
        assertThatThrownBy(() -> DutyCatalog.of(templates)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n").hasSizeLessThan(500));
    }

    @Test
    void brokenJsonNamesLineAndColumn() {
        String text = "{\n  \"id\": \"x\",\n  \"duties\": [ }\n";
        assertThatThrownBy(() -> DutyTemplates.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "x.json"))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).location().line()).hasValue(3));
    }

    @Test
    void aChildTemplateInheritsOverridesAndRemovesDutiesAndGridsOverrideFurther() {
        DutyCatalog catalog = DutyCatalog.of(templates("family.json"));
        EffectiveTemplate city = catalog.template("city").orElseThrow();
        assertThat(city.duties()).extracting(Duty::code).containsExactly("patrol", "ledger");
        assertThat(city.duties().get(0).frequency()).isEqualTo(Frequency.Quota.of(2, CalendarPeriod.WEEK));
        assertThat(city.bindings()).isEqualTo(catalog.template("base").orElseThrow().bindings());
        assertThat(city.roles()).contains("cell-head");

        GridTree tree = Fixtures.chain(3, List.of(), "community", "grid");
        DutyCatalog onlyCity = DutyCatalog.of(List.of(templates("family.json").get(0), templates("family.json").get(1)));
        Map<String, Long> perGridAndDuty = DutyPlanner.plan(tree, onlyCity, NOV, DEC)
                .filter(o -> o.templateId().equals("city"))
                .collect(Collectors.groupingBy(o -> o.gridId() + ":" + o.dutyCode(), Collectors.counting()));
        assertThat(perGridAndDuty).containsEntry("grid-1:patrol", 5L).containsEntry("grid-1:ledger", 1L)
                .doesNotContainKey("grid-2:ledger").containsEntry("grid-3:patrol", 30L);
    }

    @Test
    void severalTemplatesApplyToTheSameGrid() {
        GridTree tree = Fixtures.chain(1, List.of(), "community", "grid");
        DutyCatalog catalog = DutyCatalog.of(List.of(
                DutyTemplate.of("fire", "fire", List.of(Binding.levels("grid")),
                        List.of(Duty.builder("p", "patrol").frequency(Frequency.Quota.of(1, CalendarPeriod.MONTH)).build())),
                DutyTemplate.of("civil", "civil", List.of(Binding.levels("grid")),
                        List.of(Duty.builder("p", "patrol").frequency(Frequency.Quota.of(1, CalendarPeriod.MONTH)).build()))));
        assertThat(DutyPlanner.plan(tree, catalog, NOV, DEC).map(Obligation::templateId))
                .containsExactly("fire", "civil");
    }

    @Test
    void bindingsSelectByKindAndTags() {
        GridTree tree = GridTree.of(Fixtures.scheme("community", "grid"), List.of(
                io.gridgov.core.tree.GridNode.builder("c").build(),
                io.gridgov.core.tree.GridNode.builder("g1").parent("c").tags("riverside").build(),
                io.gridgov.core.tree.GridNode.builder("g2").parent("c")
                        .kind(io.gridgov.core.tree.GridKind.parse("school")).build()));
        Binding riverside = new Binding(java.util.Set.of("grid"), java.util.Set.of(), java.util.Set.of("riverside"));
        Binding dedicated = new Binding(java.util.Set.of(), java.util.Set.of("dedicated"), java.util.Set.of());
        assertThat(riverside.matches(tree, tree.require("g1"))).isTrue();
        assertThat(riverside.matches(tree, tree.require("g2"))).isFalse();
        assertThat(dedicated.matches(tree, tree.require("g2"))).isTrue();
        assertThat(dedicated.matches(tree, tree.require("c"))).isFalse();
    }

    @Test
    void everyTemplateProblemIsADiagnosticWithARuleIdTheTemplateItsFileAndPathAndBothLanguages() {
        List<Finding> all = new java.util.ArrayList<>();
        for (String fixture : List.of("unknown-role-and-action.json", "unmeetable.json", "cycle.json")) {
            io.gridgov.core.Diagnostics<Finding> report = DutyCatalog.validate(templates(fixture));
            assertThat(report.isValid()).as(fixture).isFalse();
            assertThat(report.errors()).as(fixture).isNotEmpty();
            all.addAll(report.findings());
        }
        io.gridgov.core.Diagnostics<Finding> bindings = DutyCatalog.of(templates("no-level.json"))
                .check(Fixtures.scheme("community", "grid"));
        assertThat(bindings.count(Severity.WARNING)).isEqualTo(1);
        assertThat(bindings.findings("UNKNOWN_LEVEL")).hasSize(1);
        all.addAll(bindings.findings());
        for (io.gridgov.core.Diagnostic d : all) {
            assertThat(d.ruleId()).matches("[A-Z][A-Z_]*");
            assertThat(d.subjects()).hasSize(1);
            InputLocation at = d.location().orElseThrow();
            assertThat(at.file()).isPresent();
            assertThat(at.record()).contains("template \"" + d.subjects().get(0) + "\"");
            assertThat(at.field().orElseThrow()).contains("$.");
            assertThat(d.message(Locale.ENGLISH)).isNotBlank().doesNotStartWith("problem.");
            assertThat(d.message(Locale.SIMPLIFIED_CHINESE)).isNotBlank().isNotEqualTo(d.message(Locale.ENGLISH));
        }
    }

    @Test
    void everyTemplateRuleHasItsMessageInBothLanguages() {
        for (String rule : List.of("UNKNOWN_ROLE", "UNKNOWN_ACTION", "UNMEETABLE_QUOTA", "EXTENDS_CYCLE", "UNKNOWN_PARENT",
                "DUPLICATE_TEMPLATE", "DUPLICATE_DUTY", "UNKNOWN_DUTY", "NO_BINDING", "BINDING_MATCHES_NO_LEVEL",
                "UNKNOWN_LEVEL")) {
            var m = io.gridgov.duty.DutyMessages.MESSAGES;
            assertThat(m.has("problem." + rule)).as(rule).isTrue();
            var text = m.text("problem." + rule, "a", "b", "c", "d", "e");
            assertThat(text.zh()).as(rule).isNotEqualTo(text.en());
        }
        var more = io.gridgov.duty.DutyMessages.MESSAGES.text("catalog.more", "a", "2", 2);
        assertThat(more.zh()).as("catalog.more").isNotEqualTo(more.en());
    }
}

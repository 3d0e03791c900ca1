package io.gridgov.core.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.gridgov.core.Finding;
import io.gridgov.core.code.CodeSchemes;
import io.gridgov.core.io.InputLocation;
import io.gridgov.core.io.InvalidInputException;
import io.gridgov.core.testing.Fixtures;
import io.gridgov.core.tree.DedicatedType;
import io.gridgov.core.tree.GridKind;
import io.gridgov.core.tree.GridNode;
import io.gridgov.core.tree.LevelScheme;
import io.gridgov.core.tree.LevelSchemes;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class TreeJsonTest {

    /**
     * One bad file per error the reader reports ({@code bad-inputs.csv}): the message starts with the
     * place (file:line:column, record, field) and says what was expected.
     */
    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "/io/gridgov/core/format/bad-inputs.csv", numLinesToSkip = 1, delimiter = '|')
    void badInputIsReportedWithItsPlaceAndWhatWasExpected(String file, String location, String expected)
            throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/io/gridgov/core/format/bad/" + file)) {
            assertThatThrownBy(() -> TreeJson.read(in, file, Optional.empty()))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageStartingWith(location)
                    .hasMessageContaining(expected)
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\tat ").doesNotContain("Exception"))
                    .satisfies(e -> assertThat(((InvalidInputException) e).message(java.util.Locale.SIMPLIFIED_CHINESE))
                            .startsWith(location).doesNotContain(": expected").doesNotContain(": unknown").doesNotContain("input."));
        }
    }

    @Test
    void aMissingFileIsBadInputNamingTheFile(@TempDir Path dir) {
        Path missing = dir.resolve("nowhere.json");
        assertThatThrownBy(() -> TreeJson.read(missing)).isInstanceOf(InvalidInputException.class)
                .hasMessage(missing + ": cannot read the tree: no such file");
    }

    @Test
    void aSchemeGivenByTheCallerReplacesTheFilesScheme() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/io/gridgov/core/format/bad/no-scheme.json")) {
            TreeDocument doc = TreeJson.read(in, "no-scheme.json", Optional.of(LevelSchemes.rural()));
            assertThat(doc.scheme()).isEqualTo(LevelSchemes.rural());
            assertThat(doc.tree().size()).isEqualTo(1);
        }
    }

    @Test
    void aFileWithoutASchemeLoadsOnGenericLevelsNumberedFromTheRoots() {
        // Issue 13 §3: a national division list (parent–child, no scheme) loads as it is.
        String json = """
                {"nodes": [{"id": "520102001001", "parent": "520102001"}, {"id": "52", "name": "贵州省"},
                           {"id": "5201", "parent": "52"}, {"id": "520102", "parent": "5201", "level": "county"},
                           {"id": "520102001", "parent": "520102"}]}
                """;
        TreeDocument doc = TreeJson.read(new java.io.ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                "divisions.json", Optional.empty());
        assertThat(doc.hasGenericScheme()).isTrue();
        assertThat(doc.findings()).isEmpty();
        assertThat(doc.scheme().levels()).extracting(io.gridgov.core.tree.Level::key)
                .containsExactly("level-1", "level-2", "county", "level-4", "level-5");
        assertThat(doc.tree().levelNumber("520102001001")).isEqualTo(5);
        assertThat(doc.scheme()).isEqualTo(io.gridgov.core.tree.LevelSchemes.generic(doc.tree().nodes().toList()));
    }

    @Test
    void aSchemeObjectRepeatingALevelKeyIsALocatedErrorInBothLanguages() {
        String json = "{\"scheme\": {\"id\": \"x\", \"levels\": [{\"key\": \"a\"}, {\"key\": \"a\"}]},"
                + " \"nodes\": [{\"id\": \"n\"}]}";
        io.gridgov.core.io.InvalidInputException e = org.assertj.core.api.Assertions.catchThrowableOfType(
                () -> TreeJson.read(new java.io.ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "s.json",
                        Optional.empty()), io.gridgov.core.io.InvalidInputException.class);
        assertThat(e.getMessage()).contains("scheme.levels[1].key").contains("\"a\" again");
        assertThat(e.problem().zh()).contains("重复");
    }

    @Test
    void inconsistentTreesAreFindingsNotErrors() {
        TreeDocument doc = Fixtures.tree("/io/gridgov/core/rule/cases/unknown-parent.json");
        assertThat(doc.findings()).extracting(Finding::ruleId).containsExactly("UNKNOWN_PARENT");
        assertThat(doc.tree().contains("g3")).isFalse();
    }

    @Test
    void writingThenReadingGivesTheSameDocument(@TempDir Path dir) {
        for (String fixture : List.of("clean.json", "span.json", "cjt349.json", "size-band-dedicated.json",
                "missing-role-expired.json")) {
            TreeDocument doc = Fixtures.tree("/io/gridgov/core/rule/cases/" + fixture);
            Path file = dir.resolve(fixture);
            TreeJson.write(doc, file);
            TreeDocument again = TreeJson.read(file);
            assertThat(again.tree()).as(fixture).isEqualTo(doc.tree());
            assertThat(again.staffing()).as(fixture).isEqualTo(doc.staffing());
            assertThat(again.codeScheme()).as(fixture).isEqualTo(doc.codeScheme());
        }
    }

    @Test
    void theWriterPutsOneNodePerLineAndWritesPresetsById() throws IOException {
        TreeDocument doc = Fixtures.tree("/io/gridgov/core/rule/cases/cjt349.json");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TreeJson.write(doc, out);
        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(text).startsWith("{\n  \"scheme\": \"urban\",\n  \"codeScheme\": \"cjt349-20\",\n  \"nodes\": [\n"
                + "    {\"id\": \"d\", \"name\": \"明湖区\", \"code\": \"01010052010200000000\"},\n");
        assertThat(text.lines().filter(l -> l.startsWith("    {\"id\"") && l.contains("\"code\"")).count()).isEqualTo(5);
        assertThat(new ObjectMapper().readTree(text).get("assignments").size()).isEqualTo(4);
    }

    @Test
    void aFailedWriteLeavesTheOldFileUntouched(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("tree.json");
        Files.writeString(file, "old");
        GridNode clash = GridNode.builder("d").attribute("code", "x").build();
        TreeDocument doc = TreeDocument.of(io.gridgov.core.tree.GridTree.of(LevelSchemes.urban(), List.of(clash)),
                io.gridgov.core.staff.Staffing.empty());
        assertThatThrownBy(() -> TreeJson.write(doc, file)).hasMessageContaining("attribute 'code'");
        assertThat(Files.readString(file)).isEqualTo("old");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void nodePropertiesFromPlainJavaValuesAsGeoJsonReadersGiveThem() {
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("id", 17L);
        props.put("parent", "c-01");
        props.put("name", "实验小学");
        props.put("code", "520102001001017");
        props.put("kind", "school");
        props.put("households", 0.0);
        props.put("population", null);
        props.put("tags", List.of("campus", "riverside"));
        props.put("validFrom", LocalDate.of(2026, 1, 1));
        props.put("area_m2", 12500.5);
        GridNode node = NodeProperties.toNode(props, InputLocation.ofFile("city.geojson").withRecord("feature #3"));
        assertThat(node.id()).isEqualTo("17");
        assertThat(node.kind()).isEqualTo(GridKind.dedicated(DedicatedType.SCHOOL));
        assertThat(node.households()).isEqualTo(OptionalLong.of(0));
        assertThat(node.population()).isEmpty();
        assertThat(node.tags()).containsExactly("campus", "riverside");
        assertThat(node.attributes()).containsExactly(Map.entry("area_m2", "12500.5"));
        assertThat(NodeProperties.toProperties(node)).containsEntry("kind", "dedicated:school")
                .containsEntry("validFrom", "2026-01-01").containsEntry("area_m2", "12500.5");

        props.put("households", "320户");
        assertThatThrownBy(() -> NodeProperties.toNode(props, InputLocation.ofFile("city.geojson")
                .withRecord("feature #3")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("city.geojson, feature #3, field \"households\": expected a whole number ≥ 0, found \"320户\"")
                .satisfies(e -> assertThat(((InvalidInputException) e).location().field()).contains("households"));
    }

    @Test
    void schemeFilesHoldAnObjectOrAPresetId(@TempDir Path dir) throws IOException {
        Path preset = dir.resolve("preset.json");
        Files.writeString(preset, "\"party-building\"");
        assertThat(LevelSchemeJson.read(preset)).isEqualTo(LevelSchemes.partyBuilding());
        for (LevelScheme scheme : LevelSchemes.all()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (var g = new ObjectMapper().getFactory().createGenerator(out)) {
                LevelSchemeJson.write(scheme, g);
            }
            Path file = dir.resolve(scheme.id() + ".json");
            Files.write(file, out.toByteArray());
            assertThat(LevelSchemeJson.read(file)).isEqualTo(scheme);
        }
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"id\": \"x\", \"levels\": [{\"key\": \"a\", \"spans\": [{\"role\": \"worker\","
                + " \"unit\": \"streets\"}]}]}");
        assertThatThrownBy(() -> LevelSchemeJson.read(bad)).isInstanceOf(InvalidInputException.class)
                .hasMessage(bad + ":1:1, field \"scheme.levels[0].spans[0].unit\": expected child-grids,"
                        + " subordinate-workers or households, found \"streets\"");
    }

    @Test
    void theCodeSchemeNamedInTheFileIsKept() {
        assertThat(Fixtures.tree("/io/gridgov/core/rule/cases/cjt349.json").codeScheme())
                .contains(CodeSchemes.cjt349());
    }

    @Test
    void nodesMayComeInAnyOrder() {
        String json = "{\"scheme\": \"urban\", \"nodes\": [{\"id\": \"g\", \"parent\": \"c\"},"
                + " {\"id\": \"c\", \"parent\": \"s\"}, {\"id\": \"s\", \"parent\": \"d\"}, {\"id\": \"d\"}]}";
        TreeDocument doc = TreeJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "inline",
                Optional.empty());
        assertThat(doc.findings()).isEmpty();
        assertThat(doc.tree().path("g")).extracting(GridNode::id).containsExactly("d", "s", "c", "g");
    }
}

package io.gridgov.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AssessCommandTest {

    static String res(String name) throws Exception {
        return Path.of(AssessCommandTest.class.getResource("/scoring/" + name).toURI()).toString();
    }

    @Test
    void scoringAPresetPrintsExplainedScorecardsRankingAndListsAndExitsZeroDespiteAVeto() throws Exception {
        Run r = Run.of("assess", "--scheme", "grid-worker-monthly", "--facts", res("grid-worker-2026-11.json"),
                "--previous", res("grid-worker-2026-10.json"), "--lang", "zh");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("重点户漏访 1 次, 每次扣 20 分, 扣 20 分")
                .contains("一票否决「弄虚作假」(falsification = 1): 总分计为 0 分")
                // issue 13 §2: the preset's red list starts at 良好, so w-zhao (不合格 by a veto) is not on it
                .contains("红榜: w-zhang (1020.0), w-li (815.0)\n")
                .contains("黑榜: w-zhao (446.7), w-wang (0.0)")
                .containsPattern("1  w-zhang +1020.0 +优秀 +红榜; 最好; 较上期 \\+");
    }

    @Test
    void csvHasOneRowPerSubjectWithRankListsAndIndicatorPoints() throws Exception {
        Run r = Run.of("assess", "--scheme", "city-management", "--facts", res("city-2026-11.csv"), "--format", "csv");
        assertThat(r.exit()).isZero();
        String[] lines = r.out().split("\n");
        assertThat(lines).hasSize(7);
        assertThat(lines[0]).startsWith("subject,group,period,base,bonus,total,grade,rank,red,black,best,worst,excluded,"
                + "vetoes,previous_total,change,A1,B1,C1,D1");
        assertThat(lines[2]).startsWith("dept-roads,department,2026-11,18.33,0.00,18.33,E,");
        assertThat(lines[4]).startsWith("dept-water,department,2026-11,").contains(",,,,,,true,V1,");
    }

    @Test
    void jsonCarriesScorecardsAndRanking() throws Exception {
        Run r = Run.of("assess", "--scheme", "city-management", "--facts", res("city-2026-11.csv"), "--format", "json");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("\"scheme\" : \"city-management\"").contains("\"ranking\"")
                .contains("\"excluded\" : [ {");
        java.util.List<io.gridgov.scoring.Scorecard> cards = io.gridgov.scoring.ScorecardJson.read(r.out(), "out.json");
        assertThat(cards).hasSize(6);
        assertThat(cards.get(1).line("B1").orElseThrow().reason(java.util.Locale.SIMPLIFIED_CHINESE))
                .startsWith("按期结案率 80/120 = 66.67%");
    }

    @Test
    void aMisspeltFactIsAWarningOnStandardErrorAndTheScoresStillPrint(@TempDir Path dir) throws Exception {
        Path facts = dir.resolve("m.json");
        Files.writeString(facts, Files.readString(Path.of(res("grid-worker-2026-11.json")))
                .replace("\"falsification\"", "\"falsificaton\""));
        Run r = Run.of("assess", "--scheme", "grid-worker-monthly", "--facts", facts.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.err()).contains("WARNING UNREAD_FACT").contains("did you mean \"falsification\"?")
                .contains("WARNING MISSING_FACT").contains("lacks fact \"falsification\" read by V1: counted as 0");
    }

    @Test
    void unreadableOrInvalidInputExitsTwoWithALocatedMessage(@TempDir Path dir) throws Exception {
        Path facts = dir.resolve("bad.csv");
        Files.writeString(facts, "id,cases.due\nstreet-a,many\n");
        Run bad = Run.of("assess", "--scheme", "city-management", "--facts", facts.toString());
        assertThat(bad.exit()).isEqualTo(GridGovCli.BAD_INPUT);
        assertThat(bad.err()).contains("bad.csv:2:10, subject \"street-a\", field \"cases.due\": expected a number");

        Path missing = dir.resolve("missing.csv");
        Files.writeString(missing, "id,cases.due\nstreet-a,10\n");
        Run m = Run.of("assess", "--scheme", "city-management", "--facts", missing.toString());
        assertThat(m.exit()).isEqualTo(GridGovCli.BAD_INPUT);
        assertThat(m.err()).contains("subject \"street-a\", field \"cases.closed\": missing fact");

        Path scheme = dir.resolve("scheme.json");
        Files.writeString(scheme, "{\"id\": \"x\", \"name\": \"x\", \"total\": 100, \"categories\": [{\"code\": \"A\", "
                + "\"name\": \"A\", \"points\": 90, \"indicators\": [{\"code\": \"A1\", \"name\": \"a\", \"points\": 90, "
                + "\"rule\": {\"type\": \"manual\", \"fact\": \"m\"}}]}]}");
        Run s = Run.of("assess", "--scheme", scheme.toString(), "--facts", missing.toString());
        assertThat(s.exit()).isEqualTo(GridGovCli.BAD_INPUT);
        assertThat(s.err()).contains("field \"$.total\": the total is 100 but the categories sum to 90");

        assertThat(Run.of("assess", "--scheme", "no-such-preset", "--facts", missing.toString()).exit())
                .isEqualTo(GridGovCli.BAD_INPUT);
    }

    @Test
    void factsOfSeveralFilesAreMergedBySubjectAndAClashExitsTwoNamingBothFiles(@TempDir Path dir) throws Exception {
        java.util.List<String> rows = Files.readAllLines(Path.of(res("city-2026-11.csv")));
        StringBuilder cases = new StringBuilder();
        StringBuilder supervision = new StringBuilder("{\"period\": \"2026-11\", \"subjects\": [");
        for (int i = 0; i < rows.size(); i++) {
            String[] c = rows.get(i).split(",", -1);
            cases.append(String.join(",", java.util.Arrays.copyOfRange(c, 0, 9))).append(',').append(c[11]).append('\n');
            if (i > 0) {
                supervision.append(i > 1 ? ", " : "").append("{\"id\": \"").append(c[0])
                        .append("\", \"facts\": {\"supervision.issued\": ").append(c[9])
                        .append(", \"supervision.reported\": ").append(c[10]).append("}}");
            }
        }
        Path a = Files.writeString(dir.resolve("cases.csv"), cases);
        Path b = Files.writeString(dir.resolve("supervision.json"), supervision.append("]}"));
        Run whole = Run.of("assess", "--scheme", "city-management", "--facts", res("city-2026-11.csv"), "--format", "csv");
        Run merged = Run.of("assess", "--scheme", "city-management", "--facts", a.toString(), "--facts", b.toString(),
                "--format", "csv");
        assertThat(merged.exit()).isZero();
        assertThat(merged.out()).isEqualTo(whole.out());
        assertThat(Run.of("assess", "--scheme", "city-management", "--facts", a.toString(), b.toString(),
                "--format", "csv").out()).isEqualTo(whole.out());

        Path clash = Files.writeString(dir.resolve("late.json"),
                "{\"subjects\": [{\"id\": \"street-a\", \"facts\": {\"cases.due\": 301}}]}");
        Run bad = Run.of("assess", "--scheme", "city-management", "--facts", a.toString(), "--facts", b.toString(),
                "--facts", clash.toString());
        assertThat(bad.exit()).isEqualTo(GridGovCli.BAD_INPUT);
        assertThat(bad.err().strip()).doesNotContain("\n").contains(a.toString(), clash.toString(),
                "subject \"street-a\"", "\"cases.due\"", "300", "301");
        assertThat(bad.out()).isEmpty();
    }

    @Test
    void theJsonReportCarriesTheFactFindingsThatStandardErrorPrints(@TempDir Path dir) throws Exception {
        Path facts = dir.resolve("m.json");
        Files.writeString(facts, Files.readString(Path.of(res("grid-worker-2026-11.json")))
                .replace("\"falsification\"", "\"falsificaton\""));
        Run r = Run.of("assess", "--scheme", "grid-worker-monthly", "--facts", facts.toString(), "--format", "json");
        assertThat(r.exit()).isZero();
        com.fasterxml.jackson.databind.JsonNode findings = io.gridgov.core.io.JsonTree.MAPPER.readTree(r.out())
                .get("findings");
        assertThat(findings.isArray()).isTrue();
        java.util.List<String> unread = new java.util.ArrayList<>();
        java.util.List<String> missing = new java.util.ArrayList<>();
        findings.forEach(f -> (f.get("rule").asText().equals("UNREAD_FACT") ? unread : missing)
                .add(f.get("severity").asText() + " " + f.get("en").asText()));
        assertThat(unread).anyMatch(f -> f.startsWith("WARNING") && f.contains("did you mean \"falsification\"?"));
        assertThat(missing).anyMatch(f -> f.startsWith("WARNING") && f.contains("lacks fact \"falsification\" read by V1"));
        assertThat(findings.get(0).get("location").asText()).contains("m.json");
        assertThat(io.gridgov.scoring.ScorecardJson.read(r.out(), "out.json")).isNotEmpty();
        // every WARNING of the report is the line standard error prints
        assertThat(r.err().lines().count()).isEqualTo(findings.findValuesAsText("severity").stream()
                .filter(x -> !x.equals("INFO")).count());
    }

    @Test
    void outIsWrittenWholeOrNotAtAll(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("scores.txt");
        Run ok = Run.of("assess", "--scheme", "grid-worker-monthly", "--facts", res("grid-worker-2026-11.json"),
                "--out", out.toString());
        assertThat(ok.exit()).isZero();
        assertThat(ok.out()).isEmpty();
        String report = Files.readString(out);
        assertThat(report).isEqualTo(Run.of("assess", "--scheme", "grid-worker-monthly", "--facts",
                res("grid-worker-2026-11.json")).out());

        // a bad record after good ones: the old report stays, no temporary file is left
        Path facts = Files.writeString(dir.resolve("late.csv"), "id,cases.due,cases.closed,cases.closed_on_time,"
                + "cases.open_overdue,cases.postponed,cases.reworked,supervision.issued,supervision.reported\n"
                + "a,1,1,1,0,0,0,1,1\nb,2,2,2,0,0,0,1,1\nc,3,x,3,0,0,0,1,1\n");
        Run bad = Run.of("assess", "--scheme", "city-management", "--facts", facts.toString(), "--out", out.toString());
        assertThat(bad.exit()).isEqualTo(GridGovCli.BAD_INPUT);
        assertThat(bad.err()).contains("late.csv:4:");
        assertThat(Files.readString(out)).isEqualTo(report);
        try (java.util.stream.Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder("scores.txt", "late.csv");
        }
        Run stdout = Run.of("assess", "--scheme", "city-management", "--facts", facts.toString());
        assertThat(stdout.exit()).isEqualTo(GridGovCli.BAD_INPUT);
        assertThat(stdout.out()).isEmpty();
    }
}

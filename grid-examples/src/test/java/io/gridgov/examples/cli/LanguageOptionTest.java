package io.gridgov.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LanguageOptionTest {

    @TempDir
    Path dir;

    Path city() throws Exception {
        return Files.writeString(dir.resolve("city.geojson"), GeoCommandsTest.CITY);
    }

    @Test
    void everyCommandAcceptsZhAndItsRegionalSpellings() throws Exception {
        for (String lang : new String[] {"zh", "zh_CN", "zh-CN"}) {
            Run r = Run.of("validate", city().toString(), "--lang", lang);
            assertThat(r.exit()).as(lang).isEqualTo(GridGovCli.OK);
            assertThat(r.out()).as(lang).contains("个网格");
        }
    }

    @Test
    void anUnknownLanguageIsAUsageErrorNamingTheValue() throws Exception {
        for (String command : new String[] {"validate", "tree"}) {
            Run r = Run.of(command, city().toString(), "--lang", "fr");
            assertThat(r.exit()).as(command).isEqualTo(GridGovCli.BAD_INPUT);
            assertThat(r.err()).as(command).contains("--lang").contains("expected en or zh, found 'fr'");
        }
    }
}

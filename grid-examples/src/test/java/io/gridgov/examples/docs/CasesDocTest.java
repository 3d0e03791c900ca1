package io.gridgov.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.gridgov.core.format.TreeJson;
import io.gridgov.geo.CoordinateSystem;
import io.gridgov.geo.io.GeoJsonReader;
import io.gridgov.geo.locate.GridLocator;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class CasesDocTest {

    static Path resource(String name) throws Exception {
        return Path.of(CasesDocTest.class.getResource(name).toURI());
    }

    @Test
    void theSampleListsTheDistrictsSupervisionAndItsOnTimeRate() throws Exception {
        var doc = TreeJson.read(resource("/io/gridgov/examples/sample/city-tree.json"));
        var locator = GridLocator.of(GeoJsonReader.read(resource("/io/gridgov/examples/sample/city.geojson"),
                CoordinateSystem.LON_LAT_WGS84).toPartition());
        assertThat(CasesSample.run(doc, locator, resource("/cases/events.jsonl"), "d")).containsExactly(
                "C-0002 node:d overdue=true escalations=3",
                "C-0003 node:d overdue=false escalations=3",
                "due 2, on time 1, open overdue 1, on-time rate 0.5000");
    }
}

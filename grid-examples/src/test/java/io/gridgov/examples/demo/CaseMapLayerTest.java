package io.gridgov.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.gridgov.cases.CaseCategories;
import io.gridgov.cases.CaseEvent;
import io.gridgov.cases.CaseReplay;
import io.gridgov.cases.CaseReport;
import io.gridgov.cases.CaseSetup;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.WKTReader;

class CaseMapLayerTest {

    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    @Test
    void everyDotOfAGridReportLiesInsideItsGridEvenWhenTheGridIsConcave() throws Exception {
        Geometry ell = new WKTReader().read("POLYGON ((0 0, 10 0, 10 2, 2 2, 2 10, 0 10, 0 0))");
        Geometry square = new WKTReader().read("POLYGON ((20 0, 30 0, 30 10, 20 10, 20 0))");
        Instant t = Instant.parse("2026-11-02T01:00:00Z");
        List<CaseEvent> events = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            events.add(new CaseEvent.Reported("C-" + i, t.plusSeconds(i), i + 1, Optional.empty(),
                    "sanitation.exposed-garbage", "worker", Optional.of(i % 2 == 0 ? "ell" : "square"), Optional.empty()));
        }
        events.add(new CaseEvent.Reported("C-away", t, 99, Optional.empty(), "sanitation.exposed-garbage", "worker",
                Optional.of("elsewhere"), Optional.empty()));
        CaseReport report = CaseReplay.replay(CaseSetup.builder().categories(CaseCategories.presets()).build(), events,
                t.plusSeconds(3600));

        List<CaseMapLayer.Dot> dots = CaseMapLayer.dots(report.open(), Map.of("ell", ell, "square", square));

        assertThat(dots).hasSize(40);   // the case of a grid not on the map has no dot
        assertThat(dots).allSatisfy(d -> assertThat((d.grid().equals("ell") ? ell : square)
                .contains(GEOMETRY.createPoint(d.at()))).as(d.toString()).isTrue());
        assertThat(dots.stream().map(CaseMapLayer.Dot::at).distinct().count()).as("spread, not stacked").isGreaterThan(30);
    }
}

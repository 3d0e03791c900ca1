package io.gridgov.geo.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.gridgov.core.tree.GridNode;
import io.gridgov.core.tree.Level;
import io.gridgov.core.tree.LevelScheme;
import io.gridgov.geo.CoordinateSystem;
import io.gridgov.geo.GeoPartition;
import io.gridgov.geo.io.ReportFormat;
import io.gridgov.geo.io.ReportWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.io.WKTReader;

/** Findings per border, not per piece. */
class BorderSliversTest {

    /** A parent whose top outline zigzags 2 m above its two children: two slivers along A, one along B. */
    static GeoPartition zigzag() throws Exception {
        WKTReader wkt = new WKTReader();
        Map<String, Geometry> g = new LinkedHashMap<>();
        g.put("P", wkt.read("POLYGON ((0 0, 100 0, 100 50, 75 52, 50 50, 37.5 52, 25 50, 12.5 52, 0 50, 0 0))"));
        g.put("A", wkt.read("POLYGON ((0 0, 50 0, 50 50, 0 50, 0 0))"));
        g.put("B", wkt.read("POLYGON ((50 0, 100 0, 100 50, 50 50, 50 0))"));
        LevelScheme scheme = LevelScheme.of("t", Level.builder("a").build(), Level.builder("b").build());
        return GeoPartition.assemble(scheme, List.of(GridNode.builder("P").build(),
                GridNode.builder("A").parent("P").build(), GridNode.builder("B").parent("P").build()), g,
                CoordinateSystem.PROJECTED_METRES);
    }

    @Test
    void theSliversAlongOneBorderAreOneFindingWithTheirCountAreaWidthAndLength() throws Exception {
        ValidationReport report = PartitionValidator.validate(zigzag(),
                ValidationOptions.builder().parallelism(1).build());
        assertThat(report.violations()).hasSize(2).allSatisfy(v -> {
            assertThat(v).isInstanceOf(Violation.BorderSlivers.class);
            assertThat(v.rule()).isEqualTo(BoundaryRule.GAP);
            assertThat(v.isError()).isTrue();
        });
        Violation.BorderSlivers a = (Violation.BorderSlivers) report.violations().get(0);
        assertThat(a.gridIds()).containsExactly("A");
        assertThat(a.pieces()).isEqualTo(2);
        assertThat(a.areaM2()).isCloseTo(50, within(1e-6));
        assertThat(a.geometry()).hasValueSatisfying(x -> assertThat(x).isInstanceOf(MultiPolygon.class));
        assertThat(a.largestWidthMetres()).isCloseTo(1.97, within(0.05));
        assertThat(a.borderLengthMetres()).isCloseTo(50.32, within(0.05));
        assertThat(a.message().en()).contains("2 sliver gap(s) between the outline of 'P' and 'A'");
        assertThat(report.count(BoundaryRule.GAP)).isEqualTo(2);
    }

    @Test
    void theTextReportOpensWithOneSentencePerParent() throws Exception {
        ValidationReport report = PartitionValidator.validate(zigzag());
        String text = ReportWriter.toString(report, ReportFormat.TEXT, Locale.ENGLISH);
        assertThat(text.lines().skip(1).findFirst()).hasValue(
                "'P': outline differs from its 2 grids along 0.1 km, up to 2 m; 0 real gaps, 0 real overlaps");
        String zh = ReportWriter.toString(report, ReportFormat.TEXT, Locale.SIMPLIFIED_CHINESE);
        assertThat(zh.lines().skip(1).findFirst()).hasValueSatisfying(l -> assertThat(l).startsWith("“P”：边界与其 2 个下级网格"));
        String json = ReportWriter.toString(report, ReportFormat.JSON, Locale.ENGLISH);
        assertThat(json).contains("\"pieces\" : 2").contains("\"largestWidthM\"").contains("\"borderLengthM\"");
    }
}

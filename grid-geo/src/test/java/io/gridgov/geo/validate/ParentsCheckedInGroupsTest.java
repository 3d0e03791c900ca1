package io.gridgov.geo.validate;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.locationtech.jts.io.WKTReader;

/**
 * On one thread a parent is checked in the group where it is a child, from that group's rings; on a
 * pool, before the groups, from its own coordinates (see {@code HierarchicalValidation.run}). The
 * reports are the same, an invalid parent's finding and its repaired geometry's comparisons included.
 */
class ParentsCheckedInGroupsTest {

    /** Two districts; under the first a street redrawn off its grids and a bow-tie street. */
    static GeoPartition city() throws Exception {
        WKTReader wkt = new WKTReader();
        Map<String, Geometry> g = new LinkedHashMap<>();
        g.put("D", wkt.read("POLYGON ((0 0, 200 0, 200 100, 0 100, 0 0))"));
        g.put("S1", wkt.read("POLYGON ((0 0, 100 0, 100 100.3, 50 100.2, 0 100, 0 0))"));
        g.put("S2", wkt.read("POLYGON ((100 0, 200 100, 200 0, 100 100, 100 0))"));
        g.put("A1", wkt.read("POLYGON ((0 0, 50 0, 50 100, 0 100, 0 0))"));
        g.put("A2", wkt.read("POLYGON ((50 0, 100 0, 100 100, 50 100, 50 0))"));
        g.put("B1", wkt.read("POLYGON ((100 0, 150 0, 150 100, 100 100, 100 0))"));
        g.put("B2", wkt.read("POLYGON ((150 0, 200 0, 200 100, 150 100, 150 0))"));
        g.put("E", wkt.read("POLYGON ((300 0, 400 0, 400 100, 300 100, 300 0))"));
        g.put("T", wkt.read("POLYGON ((300 0, 400 0, 400 100, 300 100.5, 300 0))"));
        LevelScheme scheme = LevelScheme.of("t", Level.builder("district").build(), Level.builder("street").build(),
                Level.builder("grid").build());
        return GeoPartition.assemble(scheme, List.of(GridNode.builder("D").build(), GridNode.builder("E").build(),
                GridNode.builder("S1").parent("D").build(), GridNode.builder("S2").parent("D").build(),
                GridNode.builder("A1").parent("S1").build(), GridNode.builder("A2").parent("S1").build(),
                GridNode.builder("B1").parent("S2").build(), GridNode.builder("B2").parent("S2").build(),
                GridNode.builder("T").parent("E").build()), g, CoordinateSystem.PROJECTED_METRES);
    }

    @Test
    void oneThreadAndAPoolGiveTheSameReport() throws Exception {
        GeoPartition city = city();
        for (double tolerance : new double[] {0, 0.5, 10.5}) {
            ValidationReport alone = PartitionValidator.validate(city,
                    ValidationOptions.builder().toleranceMetres(tolerance).parallelism(1).build());
            ValidationReport pooled = PartitionValidator.validate(city,
                    ValidationOptions.builder().toleranceMetres(tolerance).parallelism(3).build());
            assertThat(alone.violations()).anySatisfy(v -> {
                assertThat(v.rule()).isEqualTo(BoundaryRule.INVALID_GEOMETRY);
                assertThat(v.gridIds()).containsExactly("S2");
                assertThat(v.parentId()).contains("D");
            });
            assertThat(alone.violations()).hasSameSizeAs(pooled.violations());
            assertThat(ReportWriter.toString(alone, ReportFormat.JSON, Locale.ENGLISH))
                    .isEqualTo(ReportWriter.toString(pooled, ReportFormat.JSON, Locale.ENGLISH));
            assertThat(alone.snappedVertexCount()).isEqualTo(pooled.snappedVertexCount());
        }
    }
}

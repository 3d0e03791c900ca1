package io.gridgov.examples.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gridgov.core.tree.GridNode;
import io.gridgov.core.tree.GridTree;
import io.gridgov.core.tree.Level;
import io.gridgov.core.tree.LevelScheme;
import java.awt.Color;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKTReader;

class MapRendererTest {

    static final GridTree TREE = GridTree.of(LevelScheme.of("t", Level.builder("community").build(),
            Level.builder("grid").build()), List.of(GridNode.builder("c1").build(),
            GridNode.builder("g1").parent("c1").build(), GridNode.builder("g2").parent("c1").build()));

    static Map<String, Geometry> boundaries() throws Exception {
        WKTReader wkt = new WKTReader();
        return Map.of("c1", wkt.read("POLYGON ((106.70 26.50, 106.72 26.50, 106.72 26.51, 106.70 26.51, 106.70 26.50))"),
                "g1", wkt.read("POLYGON ((106.70 26.50, 106.71 26.50, 106.71 26.51, 106.70 26.51, 106.70 26.50))"),
                "g2", wkt.read("POLYGON ((106.71 26.50, 106.72 26.50, 106.72 26.51, 106.71 26.51, 106.71 26.50))"));
    }

    @Test
    void theSameMapGivesTheSameSvgWithItsLabelAndLegend() throws Exception {
        Geometry piece = new WKTReader().read("POLYGON ((106.705 26.505, 106.706 26.505, 106.705 26.506, 106.705 26.505))");
        MapRenderer.Builder b = MapRenderer.builder(TREE, boundaries()).width(400).title("翠湖社区")
                .values(Map.of("g1", 950, "g2", 610), "score").range(600, 1000)
                .highlights(List.of(new MapRenderer.Highlight(piece, "GAP g1, 12 m²", Color.ORANGE)));
        String svg = b.build().svg();
        assertThat(svg).isEqualTo(b.build().svg()).contains("GAP g1, 12 m²").contains("翠湖社区").contains(">score<")
                .contains("width='400'");
    }

    @Test
    void theWidthOfLonLatMapsFollowsTheLatitudeScale() throws Exception {
        var image = MapRenderer.builder(TREE, boundaries()).width(440).build().image();
        // 0.02° of longitude × cos(26.505°) against 0.01° of latitude: the map is about 1.79 times as wide as high
        double mapHeight = image.getHeight() - 34 - 40;
        assertThat(400 / mapHeight).isCloseTo(2 * Math.cos(Math.toRadians(26.505)), org.assertj.core.api.Assertions.within(0.02));
    }

    @Test
    void badSettingsFailFastNamingTheValue(@TempDir Path dir) throws Exception {
        MapRenderer.Builder b = MapRenderer.builder(TREE, boundaries());
        assertThatThrownBy(() -> b.width(50)).hasMessageContaining("50");
        assertThatThrownBy(() -> b.range(5, 5)).hasMessageContaining("5.0..5.0");
        assertThatThrownBy(() -> MapRenderer.builder(TREE, Map.of()).build()).hasMessageContaining("no geometry");
        assertThatThrownBy(() -> b.build().write(dir.resolve("map.gif"))).hasMessageContaining(".svg or .png");
        assertThat(dir.resolve("map.gif")).doesNotExist();
    }

    @Test
    void textWidthsAreEstimatedWithoutFonts() {
        assertThat(MapRenderer.textWidth("GAP", 10)).isEqualTo(19);
        assertThat(MapRenderer.textWidth("明湖", 10)).isEqualTo(20);
    }
}

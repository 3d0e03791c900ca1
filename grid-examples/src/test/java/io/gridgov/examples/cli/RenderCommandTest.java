package io.gridgov.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderCommandTest {

    static final String GRIDS = Path.of("src/test/resources/render/overlap.geojson").toString();

    @TempDir
    Path dir;

    private Path report() {
        Path report = dir.resolve("report.geojson");
        assertThat(Run.of("validate", GRIDS, "--format", "geojson", "--out", report.toString()).exit())
                .isEqualTo(GridGovCli.FINDINGS);
        return report;
    }

    @Test
    void theViolationsOfAReportAreFilledAndLabelledInAnSvg() throws IOException {
        Path svg = dir.resolve("map.svg");
        Run run = Run.of("render", GRIDS, "--report", report().toString(), "--colour-by", "households",
                "--out", svg.toString());
        assertThat(run.exit()).as(run.err()).isEqualTo(GridGovCli.OK);
        assertThat(Files.readString(svg)).startsWith("<?xml").contains("<svg").contains("OVERLAP g1|g2, ")
                .contains("households");
    }

    @Test
    void aPngHasTheRequestedWidth() throws IOException {
        Path png = dir.resolve("map.png");
        Run run = Run.of("render", GRIDS, "--report", report().toString(), "--level", "1", "--width", "400",
                "--out", png.toString());
        assertThat(run.exit()).as(run.err()).isEqualTo(GridGovCli.OK);
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(400);
        assertThat(image.getHeight()).isBetween(100, 400);
    }

    @Test
    void aPropertyThatIsNotANumberIsABadInputNamingTheGrid() {
        Run run = Run.of("render", GRIDS, "--colour-by", "satisfaction", "--out", dir.resolve("m.svg").toString());
        assertThat(run.exit()).isEqualTo(GridGovCli.BAD_INPUT);
        assertThat(run.err()).contains("g2").contains("satisfaction").contains("expected a number, found \"n/a\"");
        assertThat(dir.resolve("m.svg")).doesNotExist();
    }

    @Test
    void anUnknownPictureFormatIsRefusedBeforeAnythingIsRead() {
        Run run = Run.of("render", GRIDS, "--out", dir.resolve("m.gif").toString());
        assertThat(run.exit()).isEqualTo(GridGovCli.BAD_INPUT);
        assertThat(run.err()).contains("m.gif").contains("--out").contains(".svg or .png");
        assertThat(run.err().strip().lines()).hasSize(1);
    }
}

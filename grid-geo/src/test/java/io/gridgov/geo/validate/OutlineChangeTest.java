package io.gridgov.geo.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.gridgov.geo.CoordinateSystem;
import io.gridgov.geo.measure.Areas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKTReader;
import org.locationtech.jts.operation.overlayng.OverlayNG;

/** The change report's areas from the pieces between old and new outline equal those of an exact overlay. */
class OutlineChangeTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // one stretch moved outwards (gained only)
        "POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0)) | POLYGON ((0 0, 10 0, 12 5, 10 10, 0 10, 0 0))",
        // one stretch crossing the old edge twice: three lobes, lost and gained
        "POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0)) | POLYGON ((0 0, 10 0, 11 2, 9 5, 11 8, 10 10, 0 10, 0 0))",
        // two separate stretches, one in, one out, and a node inserted elsewhere
        "POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0)) | POLYGON ((0 0, 5 -1, 10 0, 10 10, 5 9, 0 10, 0 5, 0 0))",
        // running along the old edge for a while (collinear overlap), then crossing it
        "POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0)) | POLYGON ((0 0, 10 0, 10 4, 9 6, 11 8, 10 10, 0 10, 0 0))",
        // no vertex in common: the faces
        "POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0)) | POLYGON ((1 -1, 11 1, 9 11, -1 9, 1 -1))",
        // a hole that moved
        "POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0), (2 2, 2 4, 4 4, 4 2, 2 2)) | POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0), (2 2, 2 4, 5 5, 4 2, 2 2))",
        // the new outline is a multipolygon: a part added
        "POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0)) | MULTIPOLYGON (((0 0, 10 0, 10 10, 0 10, 0 0)), ((20 0, 21 0, 21 1, 20 0)))",
    })
    void areasEqualTheOverlays(String before, String after) throws Exception {
        WKTReader wkt = new WKTReader();
        Geometry a = wkt.read(before);
        Geometry b = wkt.read(after);
        CleaningResult.Change change = OutlineChange.of("g", a, b, CoordinateSystem.PROJECTED_METRES);
        assertThat(change.areaLostM2()).isCloseTo(OverlayNG.overlay(a, b, OverlayNG.DIFFERENCE).getArea(), within(1e-6));
        assertThat(change.areaGainedM2()).isCloseTo(OverlayNG.overlay(b, a, OverlayNG.DIFFERENCE).getArea(), within(1e-6));
        assertThat(change.largestDisplacementMetres()).isPositive();
    }

    /**
     * Grid 1.3.3 of CleaningProperties' seed 7081853365754148593 (a STREET_BLOCKS city digitised by
     * 0.14 m, cleaned with 0.35 m snapping): no vertex in common, so the faces. The new outline passes
     * 0.1 µm beside the old one's corner (106.710878572, 26.500000205); snap-rounded, the two meet in
     * one pixel and the 0.66 m² face between them has its interior point in a sliver a rounding wide,
     * inside both outlines: the face went uncounted (lost 47.11 m², gained 45.82 m² where the overlay
     * gives 47.45 and 46.15). Its bounding segments place it.
     */
    @Test
    void aFaceWhoseInteriorPointFallsInARoundingSliverIsStillCounted() throws Exception {
        WKTReader wkt = new WKTReader();
        Geometry a = wkt.read("""
            POLYGON ((106.70842873765126 26.503659425531882, 106.70843907852193 26.503990716989335,
            106.70843960105856 26.504325026056343, 106.70843591883664 26.504656892258996,
            106.7084357010541 26.504990382467025, 106.70878527554325 26.504992859315184,
            106.70913298436653 26.504987638725282, 106.70948247448221 26.504990889265528,
            106.70983070441181 26.50498601855619, 106.71018092264364 26.504990318176848,
            106.71052930569746 26.504990949675786, 106.71087900476971 26.504990452219282,
            106.71087911603273 26.504688526808213, 106.71088295662479 26.504387055910854,
            106.71088096020455 26.50408322648347, 106.71088116251953 26.503782594153876,
            106.71087729870338 26.50347904581998, 106.71087707912137 26.503177592466923,
            106.71087874603536 26.502874877873456, 106.7108770559402 26.50266341159629,
            106.71087789358825 26.502453231098034, 106.710880972544 26.502241800873783,
            106.71088163591831 26.50203082189386, 106.71087601550235 26.501818876427517,
            106.71087716128814 26.50160729322656, 106.7108776853746 26.501396297506552,
            106.71087645605564 26.501197330726164, 106.71087652355926 26.500997485588147,
            106.71087836419275 26.500797097619046, 106.71087751749616 26.50059837493693,
            106.71087975124998 26.500399534339188, 106.71087929222566 26.500200642970906,
            106.71087857202734 26.500000204926383, 106.71052891796015 26.500000279687708,
            106.71018125116301 26.49999865280821, 106.7098322997473 26.50000252320921,
            106.70948170294658 26.499999748021153, 106.709134239632 26.499995526198383,
            106.70878549819284 26.499999680720638, 106.70843547031791 26.4999996311079,
            106.70843526275445 26.500379473472965, 106.70843272265616 26.5007593148253,
            106.7084330060533 26.501139919509637, 106.70842879527434 26.501520323416727,
            106.70844345507297 26.50189956216473, 106.7084343273422 26.5022810559584,
            106.70843688287572 26.50265978151517, 106.708432051365 26.502992544074512,
            106.70843956114065 26.503326264998076, 106.70842873765126 26.503659425531882))
            """);
        Geometry b = wkt.read("""
            POLYGON ((106.70843547636744 26.500000837340533, 106.70878467739246 26.49999908601882,
            106.7091336778021 26.499994869558357, 106.7094836439363 26.500001057954943,
            106.70983240037705 26.50000100154119, 106.71017965441702 26.499998272912837,
            106.710529798321 26.50000065536717, 106.71087822088417 26.4999996349185,
            106.71087857133976 26.49999963208026, 106.71087913783583 26.500200242989173,
            106.71087861984367 26.50039838504824, 106.71087730518389 26.500598240813567,
            106.71087912527881 26.500797095122447, 106.71087545526251 26.50099724924023,
            106.71087739051241 26.501195222972452, 106.71087942517808 26.501396382270872,
            106.71087906710562 26.50160822671416, 106.71087748177338 26.501818527649405,
            106.71088186319778 26.502030007230882, 106.71088247050638 26.502241772736042,
            106.71087832838302 26.502453797632704, 106.71087759043316 26.50266532243011,
            106.71087912978844 26.50287467317498, 106.7108760165362 26.503177469367095,
            106.71087756708019 26.503479287995095, 106.71088089041126 26.503781483779274,
            106.71088198636784 26.50408396147905, 106.71088298953617 26.504385842142156,
            106.7108784762652 26.504688008334575, 106.71087796342174 26.50498974160161,
            106.7105287128522 26.504990667901478, 106.71018007451272 26.504989954249186,
            106.70983038323408 26.504985116281365, 106.70948330341655 26.50499050473404,
            106.70913366595713 26.50498652107416, 106.70878559172073 26.50499355021472,
            106.70843542944101 26.504989712779963, 106.7084348528724 26.504989706662716,
            106.7084373123615 26.504658206145145, 106.70844003288897 26.504325141276023,
            106.70843893634243 26.50399164173895, 106.70842925724189 26.503658778291936,
            106.70843937853355 26.503324855885793, 106.70843342874188 26.50299284245942,
            106.70843582875412 26.50266025446082, 106.7084343043165 26.502279519383652,
            106.70844243482213 26.501900837878196, 106.70842919925407 26.501520776388567,
            106.70843476199688 26.501139827521747, 106.70843216529875 26.500760033339787,
            106.70843491306222 26.50038111074193, 106.70843547636744 26.500000837340533))
            """);
        CleaningResult.Change change = OutlineChange.of("1.3.3", a, b, CoordinateSystem.LON_LAT_WGS84);
        double toM2 = Areas.areaM2(a, CoordinateSystem.LON_LAT_WGS84) / a.getArea();
        double lost = OverlayNG.overlay(a, b, OverlayNG.DIFFERENCE).getArea() * toM2;
        double gained = OverlayNG.overlay(b, a, OverlayNG.DIFFERENCE).getArea() * toM2;
        assertThat(lost).isCloseTo(47.45, within(0.01));
        assertThat(change.areaLostM2()).isCloseTo(lost, within(0.01));
        assertThat(change.areaGainedM2()).isCloseTo(gained, within(0.01));
    }
}

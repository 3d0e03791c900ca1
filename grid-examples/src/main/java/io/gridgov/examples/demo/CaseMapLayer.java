package io.gridgov.examples.demo;

import io.gridgov.cases.CaseReport;
import io.gridgov.cases.CaseState;
import io.gridgov.cases.CaseView;
import io.gridgov.examples.render.MapRenderer;
import io.gridgov.geo.GeoPartition;
import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * The report's cases layer (案件点位): every case still open at the month's end as a dot on the score map,
 * at its reported point, or inside its grid when it was reported by grid id (several cases of one grid
 * spread around the grid's interior point, never outside it) — blue while open, purple when overdue
 * (超期) — with a legend entry for each. Kept apart from {@link ReportStep}, which only hands it the map's
 * SVG ({@link #overlay}). Stateless.
 */
final class CaseMapLayer {

    static final String OPEN = "#1565c0";
    static final String OVERDUE = "#8e24aa";
    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    /**
     * One open case on the map.
     *
     * @param caseId the case
     * @param grid its grid, or empty when it was located by its point alone
     * @param at where the dot is, in the map's coordinates
     * @param overdue whether it is overdue
     */
    record Dot(String caseId, String grid, Coordinate at, boolean overdue) {
    }

    private CaseMapLayer() {
    }

    /**
     * The map with the open cases drawn over it, when the cases step ran; else the map unchanged.
     *
     * @param context the demo run
     * @param map the map
     * @param svg the map's SVG
     * @return the SVG with the layer (a {@code <g id="cases">} before the end)
     */
    static String overlay(DemoContext context, MapRenderer map, String svg) {
        Optional<CaseReport> report = context.get(CaseReport.class);
        Optional<GeoPartition> partition = context.get(GeoPartition.class);
        int end = svg.lastIndexOf("</svg>");
        if (report.isEmpty() || partition.isEmpty() || end < 0) {
            return svg;
        }
        List<Dot> dots = dots(report.get().open(), partition.get().geometries());
        return svg.substring(0, end) + svg(dots, map) + svg.substring(end);
    }

    /** {@return the dots of the open cases that have a place: their point, or a spot inside their grid} */
    static List<Dot> dots(List<CaseView> open, Map<String, Geometry> geometries) {
        List<Dot> out = new ArrayList<>();
        Map<String, Integer> perGrid = new HashMap<>();
        for (CaseView v : open) {
            CaseState s = v.state();
            Coordinate at;
            if (s.point().isPresent()) {
                at = new Coordinate(s.point().get().lon(), s.point().get().lat());
            } else if (s.grid().isPresent() && geometries.containsKey(s.grid().get())) {
                at = inside(geometries.get(s.grid().get()), perGrid.merge(s.grid().get(), 1, Integer::sum) - 1);
            } else {
                continue;
            }
            out.add(new Dot(v.id(), s.grid().orElse(""), at, v.overdue()));
        }
        return out;
    }

    /** {@return the k-th spot of a grid: its interior point, then around it on a spiral, kept inside the grid} */
    static Coordinate inside(Geometry grid, int k) {
        Coordinate centre = grid.getInteriorPoint().getCoordinate();
        Envelope e = grid.getEnvelopeInternal();
        double step = Math.min(e.getWidth(), e.getHeight()) / 10;
        for (int tries = 0; k > 0 && tries < 4; tries++) {
            double r = step * Math.sqrt(k) / (1 + tries);
            double angle = k * 2.399963;   // the golden angle: spots spread evenly
            Coordinate c = new Coordinate(centre.x + r * Math.cos(angle), centre.y + r * Math.sin(angle));
            if (grid.contains(GEOMETRY.createPoint(c))) {
                return c;
            }
        }
        return centre;
    }

    /** {@return the SVG group of the dots and their legend, in the map's pixels} */
    static String svg(List<Dot> dots, MapRenderer map) {
        List<Point2D> px = map.project(dots.stream().map(Dot::at).toList());
        StringBuilder b = new StringBuilder("<g id=\"cases\">\n");
        long overdue = 0;
        for (int i = 0; i < dots.size(); i++) {
            Dot d = dots.get(i);
            overdue += d.overdue() ? 1 : 0;
            b.append(circle(px.get(i).getX(), px.get(i).getY(), d.overdue() ? OVERDUE : OPEN))
                    .append("<title>").append(ReportStep.esc(d.caseId() + " " + d.grid()
                            + (d.overdue() ? " overdue / 超期" : " open / 未结"))).append("</title></circle>\n");
        }
        double x = map.width() - 410;   // in the title row, right of the title
        legend(b, x, 18, OPEN, "open case / 未结案件 (" + (dots.size() - overdue) + ")");
        legend(b, x + 195, 18, OVERDUE, "overdue case / 超期案件 (" + overdue + ")");
        return b.append("</g>\n").toString();
    }

    private static void legend(StringBuilder b, double x, double y, String colour, String text) {
        b.append(circle(x, y, colour)).append("</circle><text x=\"").append(number(x + 10)).append("\" y=\"")
                .append(number(y + 4)).append("\" font-family=\"sans-serif\" font-size=\"12\" fill=\"#263238\">")
                .append(ReportStep.esc(text)).append("</text>\n");
    }

    private static String circle(double x, double y, String colour) {
        return "<circle class=\"case\" cx=\"" + number(x) + "\" cy=\"" + number(y) + "\" r=\"4.5\" fill=\"" + colour
                + "\" stroke=\"#ffffff\" stroke-width=\"1.2\">";
    }

    private static String number(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}

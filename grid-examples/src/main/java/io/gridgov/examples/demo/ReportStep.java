package io.gridgov.examples.demo;

import static io.gridgov.examples.i18n.ExamplesMessages.MESSAGES;

import io.gridgov.core.i18n.LocalizedText;
import io.gridgov.core.tree.GridTree;
import io.gridgov.examples.render.MapRenderer;
import io.gridgov.geo.GeoPartition;
import io.gridgov.geo.validate.Violation;
import io.gridgov.scoring.LineItem;
import io.gridgov.scoring.Ranking;
import io.gridgov.scoring.Scorecard;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The demo's report step: writes {@code index.html}, one self-contained page with the map of the grids
 * coloured by their 1,000-point score with the injected gap and overlap highlighted and labelled (SVG,
 * drawn by {@link MapRenderer}), the ranking table, the red and black lists, and every grid's
 * scorecard with its explained line items. Also writes the map alone as {@code map.svg}.
 */
public final class ReportStep extends BaseStep {

    /** Creates the step. */
    public ReportStep() {
        super("report", "HTML report", "HTML 报告");
    }

    /**
     * The score map of a demo run: the mutated city coloured by score, the lake, the defects highlighted.
     *
     * @param context the context after the earlier steps
     * @return the map
     */
    public static MapRenderer map(DemoContext context) {
        GeoPartition partition = context.get(GeoPartition.class).orElseThrow();
        DefectStep.Injected injected = context.get(DefectStep.Injected.class).orElseThrow();
        ScoringStep.Assessment assessment = context.get(ScoringStep.Assessment.class).orElseThrow();
        return MapRenderer.builder(partition.tree(), injected.geometries()).width(1000)
                .values(assessment.totals(), "score / 得分 (600 and below red, 1,000 green)").range(600, 1000)
                .water(partition.allowedGaps())
                .highlights(injected.highlights())
                .markers(context.get(LocateStep.Located.class).map(l -> l.reports().stream()
                        .map(r -> new org.locationtech.jts.geom.Coordinate(r.point().x(), r.point().y())).toList())
                        .orElse(List.of()))
                .title(partition.tree().roots().get(0).name() + " — 1,000-point scores " + io.gridgov.examples.sample.SampleCity.PERIOD
                        + ", with two injected defects")
                .build();
    }

    @Override
    public StepOutcome run(DemoContext context) throws IOException {
        GridTree tree = context.sample().tree();
        ScoringStep.Assessment assessment = earlier(context, ScoringStep.Assessment.class, "scoring");
        DefectStep.Injected injected = earlier(context, DefectStep.Injected.class, "defect");
        MapRenderer map = map(context);
        String svg = CaseMapLayer.overlay(context, map, map.svg());
        Path mapFile = context.write("map.svg", svg);

        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>GridGov demo — ")
                .append(esc(tree.roots().get(0).name())).append("</title>\n<style>\n")
                .append("body{font-family:system-ui,'Noto Sans CJK SC','PingFang SC',sans-serif;margin:2em;color:#263238}")
                .append("table{border-collapse:collapse;margin:.5em 0}td,th{border:1px solid #cfd8dc;padding:2px 8px;")
                .append("text-align:left}td.n{text-align:right}.red{color:#2e7d32}.black{color:#b71c1c}")
                .append("details{margin:2px 0}summary{cursor:pointer}svg{max-width:100%;height:auto}\n</style>\n")
                .append("</head>\n<body>\n<h1>GridGov demo / 演示 — ").append(esc(tree.roots().get(0).name()))
                .append("</h1>\n<pre>").append(esc(context.summarySoFar())).append("</pre>\n");

        h.append("<h2>Map / 地图</h2>\n<p>Grids coloured by their 1,000-point score (red low, green high); the lake ")
                .append("is an allowed gap; the two injected defects are circled and labelled; dots are the located problem ")
                .append("reports; blue and purple dots are the cases open and overdue at the month's end. 网格按千分制得分着色；湖面为允许的空隙；两处注入的缺陷已圈出并标注；圆点为已定位的群众反映问题，蓝点与紫点为月末未结与超期案件。</p>\n");
        h.append(svg.substring(svg.indexOf("<svg"))).append('\n');
        h.append("<h3>Violations found in the city with injected defects / 注入缺陷后发现的问题</h3>\n<table>\n")
                .append("<tr><th>rule</th><th>severity</th><th>level</th><th>parent</th><th>grids</th><th>area m²</th>")
                .append("<th>message</th></tr>\n");
        for (Violation v : injected.report().violations()) {
            h.append("<tr><td>").append(v.ruleId()).append("</td><td>").append(v.severity()).append("</td><td class=n>")
                    .append(v.level()).append("</td><td>").append(esc(v.parentId().orElse(""))).append("</td><td>")
                    .append(esc(String.join(", ", v.gridIds()))).append("</td><td class=n>")
                    .append(Math.round(v.areaM2())).append("</td><td>").append(esc(v.message(Locale.SIMPLIFIED_CHINESE)))
                    .append("<br>").append(esc(v.message(Locale.ENGLISH))).append("</td></tr>\n");
        }
        h.append("</table>\n");

        Ranking ranking = assessment.ranking();
        h.append("<h2>Red and black lists / 红黑榜</h2>\n");
        lists(h, "Red list / 红榜", "red", ranking.red(), tree);
        lists(h, "Black list / 黑榜", "black", ranking.black(), tree);

        h.append("<h2>Ranking / 排名</h2>\n<p>Competition ranking (1, 2, 2, 4) within each peer group (same level ")
                .append("and kind). 同级同类网格内排名。</p>\n<table>\n<tr><th>group</th><th>rank</th><th>grid</th>")
                .append("<th>name</th><th>total</th><th>grade</th></tr>\n");
        for (Ranking.Entry e : ranking.entries()) {
            h.append("<tr><td>").append(esc(e.group().orElse(""))).append("</td><td class=n>").append(e.rank())
                    .append("</td><td><a href=\"#").append(esc(e.subject())).append("\">").append(esc(e.subject()))
                    .append("</a></td><td>").append(esc(tree.require(e.subject()).name())).append("</td><td class=n>")
                    .append(e.total().toPlainString()).append("</td><td>").append(esc(e.grade().orElse("")))
                    .append("</td></tr>\n");
        }
        for (Scorecard c : ranking.excluded()) {
            h.append("<tr><td>").append(esc(c.group().orElse(""))).append("</td><td>excluded</td><td>")
                    .append(esc(c.subject())).append("</td><td></td><td class=n>").append(c.total().toPlainString())
                    .append("</td><td></td></tr>\n");
        }
        h.append("</table>\n");

        h.append("<h2>Scorecards / 考核卡 (").append(assessment.cards().size()).append(")</h2>\n");
        for (Scorecard c : assessment.cards()) {
            h.append("<details id=\"").append(esc(c.subject())).append("\"><summary>").append(esc(c.subject()))
                    .append(' ').append(esc(tree.require(c.subject()).name())).append(" — ")
                    .append(c.total().toPlainString()).append(' ').append(esc(c.grade().orElse("")))
                    .append(c.vetoed() ? " (veto / 一票否决)" : "").append("</summary>\n<table>\n")
                    .append("<tr><th>item</th><th>name</th><th>points</th><th>awarded</th><th>reason</th></tr>\n");
            for (LineItem line : c.lines()) {
                item(h, line);
            }
            for (LineItem line : c.bonusLines()) {
                item(h, line);
            }
            for (Scorecard.VetoHit v : c.vetoes()) {
                h.append("<tr><td>").append(esc(v.code())).append("</td><td>").append(esc(v.name()))
                        .append("</td><td></td><td></td><td>").append(esc(v.reason().in(Locale.SIMPLIFIED_CHINESE)))
                        .append("<br>").append(esc(v.reason().in(Locale.ENGLISH))).append("</td></tr>\n");
            }
            h.append("</table></details>\n");
        }
        h.append("</body>\n</html>\n");
        Path index = context.write("index.html", h.toString());
        return new StepOutcome(List.of(MESSAGES.text("demo.report", assessment.cards().size())), 0, 0,
                List.of(index, mapFile));
    }

    private static void item(StringBuilder h, LineItem line) {
        h.append("<tr><td>").append(esc(line.code())).append("</td><td>").append(esc(line.name()))
                .append("</td><td class=n>").append(line.points().toPlainString()).append("</td><td class=n>")
                .append(line.awarded().toPlainString()).append("</td><td>")
                .append(esc(line.reason(Locale.SIMPLIFIED_CHINESE))).append("<br>")
                .append(esc(line.reason(Locale.ENGLISH))).append("</td></tr>\n");
    }

    private static void lists(StringBuilder h, String title, String css, List<Ranking.Entry> entries, GridTree tree) {
        h.append("<h3 class=").append(css).append('>').append(esc(title)).append("</h3>\n<ol>\n");
        for (Ranking.Entry e : entries) {
            h.append("<li><a href=\"#").append(esc(e.subject())).append("\">").append(esc(e.subject()))
                    .append("</a> ").append(esc(tree.require(e.subject()).name())).append(" — ")
                    .append(e.total().toPlainString()).append(" (").append(esc(e.group().orElse(""))).append(")</li>\n");
        }
        h.append("</ol>\n");
    }

    static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}

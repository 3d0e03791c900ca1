package io.gridgov.examples.demo;

import static io.gridgov.examples.i18n.ExamplesMessages.MESSAGES;

import io.gridgov.core.i18n.LocalizedText;
import io.gridgov.core.tree.GridNode;
import io.gridgov.core.tree.GridTree;
import io.gridgov.examples.sample.SampleCity;
import org.locationtech.jts.geom.Coordinate;
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
 * drawn by {@link MapRenderer}) and its legend, the ranking table (collapsed, sortable by a small
 * inline script), the red and black lists, and every grid's scorecard with its explained line items;
 * no external resource and no absolute local path. Also writes the map alone as {@code map.svg}. A step
 * that adds a layer to the map takes {@link #mapBuilder(DemoContext)} and adds a legend item with
 * {@link #legendItem}.
 */
public final class ReportStep extends BaseStep {

    /** Creates the step. */
    public ReportStep() {
        super("report");
    }

    /**
     * The score map of a demo run: the mutated city coloured by score, the lake, the dedicated grids
     * dashed, the located problem reports as dots, the defects highlighted.
     *
     * @param context the context after the earlier steps
     * @return the map
     */
    public static MapRenderer map(DemoContext context) {
        return mapBuilder(context).build();
    }

    /**
     * The builder of {@link #map(DemoContext)}, for a step that adds a layer (markers, highlights) before
     * the map is drawn.
     *
     * @param context the context after the earlier steps
     * @return the builder, with every layer of the demo's map
     */
    public static MapRenderer.Builder mapBuilder(DemoContext context) {
        GeoPartition partition = context.get(GeoPartition.class).orElseThrow();
        DefectStep.Injected injected = context.get(DefectStep.Injected.class).orElseThrow();
        ScoringStep.Assessment assessment = context.get(ScoringStep.Assessment.class).orElseThrow();
        GridTree tree = partition.tree();
        return MapRenderer.builder(tree, injected.geometries()).width(1000)
                .values(assessment.totals(), "score / 得分 (600 and below red, 1,000 green)").range(600, 1000)
                .water(partition.allowedGaps(), "明湖 lake")
                .dedicated(dedicated(tree))
                .highlights(injected.highlights())
                .markers(context.get(LocateStep.Located.class).map(l -> l.reports().stream()
                        .map(r -> new Coordinate(r.point().x(), r.point().y())).toList())
                        .orElse(List.of()))
                .title(tree.roots().get(0).name() + " — 1,000-point scores " + SampleCity.PERIOD
                        + ", with two injected defects");
    }

    private static List<String> dedicated(GridTree tree) {
        return tree.nodes().filter(n -> n.kind().isDedicated()).map(GridNode::id).toList();
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
        head(h, tree, context);
        mapSection(h, svg, context);
        violations(h, injected);
        Ranking ranking = assessment.ranking();
        h.append("<h2>Red and black lists / 红黑榜</h2>\n<p>Chosen within each peer group (same level and kind) by the ")
                .append("scheme's list rules; ties share a place, so a list can be longer than its count. ")
                .append("按同级同类组评选，并列者同列，名单可能多于设定名额。</p>\n<div class=lists>\n");
        lists(h, "Red list / 红榜", "red", ranking.red(), tree);
        lists(h, "Black list / 黑榜", "black", ranking.black(), tree);
        h.append("</div>\n");
        ranking(h, ranking, tree);
        scorecards(h, assessment, tree);
        h.append("<script>\n").append(SORT_SCRIPT).append("</script>\n</body>\n</html>\n");
        Path index = context.write("index.html", h.toString());
        return new StepOutcome(List.of(MESSAGES.text("demo.report", assessment.cards().size())), 0, 0,
                List.of(index, mapFile));
    }

    /** Sorts a table.sortable by the clicked heading; numbers by value (class n), text in Chinese order. */
    private static final String SORT_SCRIPT = """
            document.querySelectorAll('table.sortable').forEach(function (t) {
              t.querySelectorAll('thead th').forEach(function (th, i) {
                th.tabIndex = 0;
                function sort() {
                  var up = th.getAttribute('aria-sort') !== 'ascending';
                  t.querySelectorAll('thead th').forEach(function (o) { o.removeAttribute('aria-sort'); });
                  th.setAttribute('aria-sort', up ? 'ascending' : 'descending');
                  var num = th.classList.contains('n'), body = t.tBodies[0], rows = Array.from(body.rows);
                  rows.sort(function (a, b) {
                    var x = a.cells[i].textContent, y = b.cells[i].textContent;
                    var c = num ? (parseFloat(x) || 0) - (parseFloat(y) || 0) : x.localeCompare(y, 'zh');
                    return up ? c : -c;
                  });
                  rows.forEach(function (r) { body.appendChild(r); });
                }
                th.addEventListener('click', sort);
                th.addEventListener('keydown', function (e) { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); sort(); } });
              });
            });
            """;

    private static void head(StringBuilder h, GridTree tree, DemoContext context) {
        String district = esc(tree.roots().get(0).name());
        // the console summary names files relative to where the demo ran; here they sit beside the page
        String prefix = DemoContext.display(context.out()) + java.io.File.separator;
        h.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>GridGov demo — ")
                .append(district).append("</title>\n<style>\n")
                .append("body{font-family:system-ui,'Noto Sans CJK SC','PingFang SC',sans-serif;margin:2em;color:#263238;")
                .append("line-height:1.45}\n")
                .append("table{border-collapse:collapse;margin:.5em 0}td,th{border:1px solid #cfd8dc;padding:2px 8px;")
                .append("text-align:left;vertical-align:top}th{background:#eceff1}td.n,th.n{text-align:right}td.msg{min-width:18em}\n")
                .append("table.sortable th{cursor:pointer;white-space:nowrap}table.sortable th::after{content:' \\2195';")
                .append("color:#90a4ae}table.sortable th[aria-sort=ascending]::after{content:' \\2191'}")
                .append("table.sortable th[aria-sort=descending]::after{content:' \\2193'}\n")
                .append(".red{color:#c62828}.black{color:#212121}.lists{display:flex;flex-wrap:wrap;gap:0 3em}\n")
                .append(".scroll{overflow-x:auto;max-width:100%}.scroll>table{min-width:36em}pre{overflow-x:auto;background:#f5f7f8;padding:.6em}\n")
                .append("details{margin:2px 0}summary{cursor:pointer}svg{max-width:100%;height:auto}\n")
                .append(".legend{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.3em 1.6em;font-size:.92em}")
                .append(".legend li{display:flex;align-items:center;gap:.4em}.legend svg{flex:none}\n")
                .append(".ramp{display:inline-block;width:120px;height:12px;border:1px solid #90a4ae}\n")
                .append("@media (max-width:600px){body{margin:.8em}h1{font-size:1.4em}}\n</style>\n")
                .append("</head>\n<body>\n<h1>GridGov demo / 演示 — ").append(district).append("</h1>\n")
                .append("<details><summary>Console summary / 控制台摘要</summary>\n<pre>")
                .append(esc(context.summarySoFar().replace(prefix, ""))).append("</pre></details>\n");
    }

    private static void mapSection(StringBuilder h, String svg, DemoContext context) {
        h.append("<h2>Map / 地图</h2>\n<p>Grids coloured by their 1,000-point score; the two injected defects are ")
                .append("circled and labelled; blue and purple dots are the cases open and overdue at the month's end. ")
                .append("网格按千分制得分着色；两处注入的缺陷已圈出并标注；蓝点与紫点为月末未结与超期案件。</p>\n");
        h.append("<div class=scroll>").append(svg.substring(svg.indexOf("<svg"))).append("</div>\n");
        legend(h, context);
    }

    /** The map's legend: one item per kind of mark, each a small drawing in the map's own colours and widths. */
    private static void legend(StringBuilder h, DemoContext context) {
        h.append("<ul class=legend>\n");
        StringBuilder ramp = new StringBuilder();
        for (int i = 0; i <= 4; i++) {
            ramp.append(i == 0 ? "" : ",").append(css(MapRenderer.Palette.SCORE.colour(i / 4.0)));
        }
        legendItem(h, "<span class=ramp style=\"background:linear-gradient(to right," + ramp + ")\"></span>",
                "score 600 and below → 1,000 / 得分 600 及以下 → 1,000");
        legendItem(h, swatch("<circle cx=9 cy=7 r=2.5 fill=\"" + css(MapRenderer.MARKER) + "\"/>"),
                "located problem report / 已定位的群众反映问题");
        var scheme = context.sample().scheme();
        int levels = context.sample().tree().maxLevelNumber();
        for (int level = 1; level <= levels; level++) {
            String colour = level == levels && levels > 1 ? "#90A4AE" : "#37474F";
            legendItem(h, swatch("<line x1=1 y1=7 x2=17 y2=7 stroke=\"" + colour + "\" stroke-width=\""
                    + MapRenderer.outlineWidth(level) + "\"/>"), "boundary of a " + esc(scheme.level(level).nameEn())
                    + " / " + esc(scheme.level(level).nameZh()) + "界");
        }
        legendItem(h, swatch("<rect x=2 y=2 width=14 height=10 fill=none stroke=\"" + css(MapRenderer.DEDICATED)
                + "\" stroke-width=2 stroke-dasharray=\"5 3\"/>"), "dedicated grid: school, market, park / 专属网格");
        legendItem(h, swatch("<rect x=2 y=2 width=14 height=10 fill=\"" + css(MapRenderer.WATER) + "\" stroke=\""
                + css(MapRenderer.WATER_EDGE) + "\"/>"), "allowed gap: the lake / 允许的空隙：湖面");
        legendItem(h, swatch("<rect x=2 y=2 width=14 height=10 fill=\"" + css(DefectStep.GAP_COLOUR) + "\"/>"),
                "injected gap / 注入的空隙");
        legendItem(h, swatch("<rect x=2 y=2 width=14 height=10 fill=\"" + css(DefectStep.OVERLAP_COLOUR) + "\"/>"),
                "injected overlap / 注入的重叠");
        h.append("</ul>\n");
    }

    /**
     * Adds one item to a legend list.
     *
     * @param h the page
     * @param drawing the item's small drawing (HTML)
     * @param text the item's text, escaped
     */
    static void legendItem(StringBuilder h, String drawing, String text) {
        h.append("<li>").append(drawing).append("<span>").append(text).append("</span></li>\n");
    }

    /** {@return an 18 × 14 inline SVG holding a drawing} */
    static String swatch(String drawing) {
        return "<svg width=18 height=14 viewBox=\"0 0 18 14\" aria-hidden=true>" + drawing + "</svg>";
    }

    private static String css(java.awt.Color c) {
        return String.format("#%02X%02X%02X", c.getRed(), c.getGreen(), c.getBlue());
    }

    private static void violations(StringBuilder h, DefectStep.Injected injected) {
        h.append("<h3>Violations found in the city with injected defects / 注入缺陷后发现的问题</h3>\n<div class=scroll>")
                .append("<table>\n<thead><tr><th>rule / 规则</th><th>severity / 级别</th><th class=n>level / 层级</th>")
                .append("<th>parent / 上级</th><th>grids / 网格</th><th class=n>area m² / 面积 m²</th>")
                .append("<th>message / 说明</th></tr></thead>\n<tbody>\n");
        for (Violation v : injected.report().violations()) {
            // a finding without a piece (a household band, a structural rule) has no area to show
            String area = v.geometry().isPresent() ? String.valueOf(Math.round(v.areaM2())) : "";
            h.append("<tr><td>").append(v.ruleId()).append("</td><td>").append(v.severity()).append("</td><td class=n>")
                    .append(v.level()).append("</td><td>").append(esc(v.parentId().orElse(""))).append("</td><td>")
                    .append(esc(String.join(", ", v.gridIds()))).append("</td><td class=n>").append(area)
                    .append("</td><td class=msg>").append(esc(v.message(Locale.SIMPLIFIED_CHINESE)))
                    .append("<br>").append(esc(v.message(Locale.ENGLISH))).append("</td></tr>\n");
        }
        h.append("</tbody></table></div>\n");
    }

    private static void ranking(StringBuilder h, Ranking ranking, GridTree tree) {
        long groups = ranking.entries().stream().map(e -> e.group().orElse("")).distinct().count();
        h.append("<h2>Ranking / 排名</h2>\n<details><summary>").append(ranking.entries().size())
                .append(" grids ranked in ").append(groups).append(" peer groups (competition ranking 1, 2, 2, 4): ")
                .append("open to see them, click a heading to sort / 同级同类组 ").append(groups).append(" 个内排名的网格 ")
                .append(ranking.entries().size()).append(" 个：展开查看，点击表头排序</summary>\n<div class=scroll>")
                .append("<table class=sortable>\n<thead><tr><th>group / 组</th><th class=n>rank / 名次</th>")
                .append("<th>grid / 网格</th><th>name / 名称</th><th class=n>total / 总分</th><th>grade / 等次</th>")
                .append("</tr></thead>\n<tbody>\n");
        for (Ranking.Entry e : ranking.entries()) {
            h.append("<tr><td>").append(esc(e.group().orElse(""))).append("</td><td class=n>").append(e.rank())
                    .append("</td><td><a href=\"#").append(esc(e.subject())).append("\">").append(esc(e.subject()))
                    .append("</a></td><td>").append(esc(tree.require(e.subject()).name())).append("</td><td class=n>")
                    .append(e.total().toPlainString()).append("</td><td>").append(esc(e.grade().orElse("")))
                    .append("</td></tr>\n");
        }
        for (Scorecard c : ranking.excluded()) {
            h.append("<tr><td>").append(esc(c.group().orElse(""))).append("</td><td>excluded / 未排名</td><td>")
                    .append(esc(c.subject())).append("</td><td></td><td class=n>").append(c.total().toPlainString())
                    .append("</td><td></td></tr>\n");
        }
        h.append("</tbody></table></div></details>\n");
    }

    private static void scorecards(StringBuilder h, ScoringStep.Assessment assessment, GridTree tree) {
        h.append("<h2>Scorecards / 考核卡 (").append(assessment.cards().size()).append(")</h2>\n");
        for (Scorecard c : assessment.cards()) {
            h.append("<details id=\"").append(esc(c.subject())).append("\"><summary>").append(esc(c.subject()))
                    .append(' ').append(esc(tree.require(c.subject()).name())).append(" — ")
                    .append(c.total().toPlainString()).append(' ').append(esc(c.grade().orElse("")))
                    .append(c.vetoed() ? " (veto / 一票否决)" : "").append("</summary>\n<div class=scroll><table>\n")
                    .append("<tr><th>item / 项目</th><th>name / 名称</th><th class=n>points / 分值</th>")
                    .append("<th class=n>awarded / 得分</th><th>reason / 说明</th></tr>\n");
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
            h.append("</table></div></details>\n");
        }
    }

    private static void item(StringBuilder h, LineItem line) {
        h.append("<tr><td>").append(esc(line.code())).append("</td><td>").append(esc(line.name()))
                .append("</td><td class=n>").append(line.points().toPlainString()).append("</td><td class=n>")
                .append(line.awarded().toPlainString()).append("</td><td class=msg>")
                .append(esc(line.reason(Locale.SIMPLIFIED_CHINESE))).append("<br>")
                .append(esc(line.reason(Locale.ENGLISH))).append("</td></tr>\n");
    }

    private static void lists(StringBuilder h, String title, String css, List<Ranking.Entry> entries, GridTree tree) {
        h.append("<section><h3 class=").append(css).append('>').append(esc(title)).append(" (").append(entries.size())
                .append(")</h3>\n<ol>\n");
        for (Ranking.Entry e : entries) {
            h.append("<li><a href=\"#").append(esc(e.subject())).append("\">").append(esc(e.subject()))
                    .append("</a> ").append(esc(tree.require(e.subject()).name())).append(" — ")
                    .append(e.total().toPlainString()).append(" (").append(esc(e.group().orElse(""))).append(")</li>\n");
        }
        h.append("</ol></section>\n");
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

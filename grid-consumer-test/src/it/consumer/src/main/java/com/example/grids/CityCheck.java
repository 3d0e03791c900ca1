package com.example.grids;

import io.gridgov.core.tree.GridNode;
import io.gridgov.core.tree.GridTree;
import io.gridgov.core.tree.LevelSchemes;
import io.gridgov.geo.CoordinateSystem;
import io.gridgov.geo.GeoPartition;
import io.gridgov.geo.validate.PartitionValidator;
import io.gridgov.geo.validate.ValidationReport;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/** A vendor's own code: one community of two grids, its boundaries checked by GridGov. */
public final class CityCheck {

    private CityCheck() {
    }

    /** The community c1 and its grids g1 and g2; g2 stops short of c1's northern edge when {@code gap}. */
    public static ValidationReport check(boolean gap) throws ParseException {
        GridTree tree = GridTree.of(LevelSchemes.urban(), List.of(
                GridNode.builder("d").name("明湖区").build(),
                GridNode.builder("s1").parent("d").name("中华路街道").build(),
                GridNode.builder("c1").parent("s1").name("和平社区").build(),
                GridNode.builder("g1").parent("c1").name("第1网格").build(),
                GridNode.builder("g2").parent("c1").name("第2网格").build()));
        WKTReader wkt = new WKTReader();
        String north = gap ? "26.508" : "26.51";
        Map<String, Geometry> boundaries = Map.of(
                "c1", wkt.read("POLYGON ((106.70 26.50, 106.72 26.50, 106.72 26.51, 106.70 26.51, 106.70 26.50))"),
                "g1", wkt.read("POLYGON ((106.70 26.50, 106.71 26.50, 106.71 26.51, 106.70 26.51, 106.70 26.50))"),
                "g2", wkt.read("POLYGON ((106.71 26.50, 106.72 26.50, 106.72 " + north + ", 106.71 " + north
                        + ", 106.71 26.50))"));
        return PartitionValidator.validate(GeoPartition.of(tree, boundaries, CoordinateSystem.LON_LAT_WGS84));
    }

    public static void main(String[] args) throws ParseException {
        ValidationReport report = check(args.length > 0 && args[0].equals("--gap"));
        System.out.println("valid: " + report.isValid() + ", findings: " + report.findings().size());
    }
}

/**
 * GridGov geo: hierarchical boundary validation of grid partitions on JTS, GeoJSON input and
 * output, areas in square metres (ellipsoidal for lon/lat) and point location.
 */
module io.gridgov.geo {
    requires transitive io.gridgov.core;
    requires transitive org.locationtech.jts;
    requires GeographicLib.Java;
    requires transitive com.fasterxml.jackson.core;
    requires org.slf4j;

    exports io.gridgov.geo;
    exports io.gridgov.geo.io;
    exports io.gridgov.geo.locate;
    exports io.gridgov.geo.measure;
    exports io.gridgov.geo.validate;

    opens io.gridgov.geo.i18n;
}

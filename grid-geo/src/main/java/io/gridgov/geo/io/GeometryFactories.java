package io.gridgov.geo.io;

import io.gridgov.geo.CoordinateSystem;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;

/** The geometry factories of the readers: floating precision, SRID 4326 for lon/lat, 0 otherwise. */
final class GeometryFactories {
    private static final GeometryFactory LON_LAT = new GeometryFactory(new PrecisionModel(), 4326);
    private static final GeometryFactory PROJECTED = new GeometryFactory(new PrecisionModel(), 0);

    private GeometryFactories() {
    }

    static GeometryFactory of(CoordinateSystem crs) {
        return crs.isGeographic() ? LON_LAT : PROJECTED;
    }
}

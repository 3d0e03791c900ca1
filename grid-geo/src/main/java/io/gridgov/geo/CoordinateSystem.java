package io.gridgov.geo;

import static java.util.Objects.requireNonNull;

import io.gridgov.core.i18n.LocalizedText;
import java.util.Collection;
import java.util.Optional;
import org.locationtech.jts.geom.Geometry;

/**
 * The coordinate system of a partition's geometries (坐标系).
 *
 * <p>Areas are ellipsoidal (GeographicLib on WGS84) for {@link #LON_LAT_WGS84} and planar for
 * {@link #PROJECTED_METRES}; tolerances given in metres are converted to the local scale of the
 * piece they are applied to.
 *
 * <p>{@link #misfit(Collection)} and {@link #misfit(double, double)} tell whether coordinates fit
 * the system (坐标系检查): {@link GeoPartition}, the GeoJSON reader and
 * {@link io.gridgov.geo.locate.GridLocator} reject what does not.
 */
public enum CoordinateSystem {
    /** Longitude and latitude in degrees on WGS84 (EPSG:4326 in x = lon, y = lat order, as RFC 7946). */
    LON_LAT_WGS84,
    /** A projected system whose units are metres (e.g. a UTM zone or CGCS2000 Gauss–Krüger). */
    PROJECTED_METRES;

    /** {@return whether coordinates are degrees of longitude and latitude} */
    public boolean isGeographic() {
        return this == LON_LAT_WGS84;
    }

    /**
     * Whether one point fits this system: finite, and for lon/lat inside ±180/±90.
     *
     * @param x longitude or easting
     * @param y latitude or northing
     * @return what is wrong (what was expected and found, and the option to change), empty when the point fits
     */
    public Optional<LocalizedText> misfit(double x, double y) {
        return CoordinateFit.badPoint(x, y, this);
    }

    /**
     * Whether a set of geometries as a whole looks written in another system: lon/lat grids a
     * median of a degree or more across with vertices a tenth of a degree or more apart (metres read
     * as degrees), or a projected partition that lies within ±180/±90 and is under a metre across or
     * has vertices a median of under a centimetre apart (degrees read as metres). Individual
     * coordinates are not checked here (see {@link #misfit(double, double)}).
     *
     * @param geometries the geometries, e.g. every grid of a partition
     * @return the likely cause and the option to change, empty when the geometries fit
     */
    public Optional<LocalizedText> misfit(Collection<? extends Geometry> geometries) {
        requireNonNull(geometries, "geometries");
        return CoordinateFit.misfit(geometries, this);
    }
}

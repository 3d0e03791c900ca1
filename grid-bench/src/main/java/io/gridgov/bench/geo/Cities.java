package io.gridgov.bench.geo;

import io.gridgov.geo.CoordinateSystem;
import io.gridgov.geo.testing.RectangleCity;

/** The generated three-level cities of the grid-geo benchmarks: about 100 vertices per leaf. */
final class Cities {
    private Cities() {
    }

    /**
     * A three-level lon/lat city near Guiyang with about {@code leaves} leaf grids of 100 m × 100 m,
     * 100 vertices each (25 per side, jittered shared borders).
     *
     * @param leaves 1000, 10000 or 100000
     * @return the generator
     */
    static RectangleCity of(int leaves) {
        int[] fanout = switch (leaves) {
            case 1000 -> new int[] {2, 4, 4};      // 1 024 leaves, 64 communities, 4 streets
            case 10000 -> new int[] {4, 5, 5};     // 10 000 leaves, 400 communities, 16 streets
            case 100000 -> new int[] {4, 8, 10};   // 102 400 leaves, 1 024 communities, 16 streets
            default -> throw new IllegalArgumentException("leaves must be 1000, 10000 or 100000 but was " + leaves);
        };
        return new RectangleCity(fanout, 25, 100, 0.3, CoordinateSystem.LON_LAT_WGS84);
    }
}

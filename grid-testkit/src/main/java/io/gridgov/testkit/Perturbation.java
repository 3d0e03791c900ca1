package io.gridgov.testkit;

import static java.util.Objects.requireNonNull;

import io.gridgov.geo.CoordinateSystem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;

/**
 * Noise shaped like real grid data (真实数据的误差), applied to a clean generated partition: the
 * two ways grid files disagree with themselves in practice. Deterministic: the same partition,
 * distance and seed give the same result. Usable directly ({@link #apply}) and as jqwik arbitraries
 * ({@link #perturbed}). Thread-safe.
 *
 * <pre>{@code
 * Partition surveyed = Perturbation.PARENTS_REDRAWN.apply(city, 10.0, 42);     // streets from another survey
 * Partition digitised = Perturbation.DIGITISED_INDEPENDENTLY.apply(city, 1.0, 42); // each grid drawn alone
 * Arbitrary<Partition> noisy = Perturbation.perturbed(Partitions.any(), Perturbation.DIGITISED_INDEPENDENTLY, 0.2);
 * }</pre>
 */
public enum Perturbation {
    /**
     * Every parent outline (every grid with children) redrawn by another survey: resampled (a
     * vertex every fifth of a leaf side and at least one inside every segment, so its vertices are
     * no longer its children's) and moved
     * by a smooth displacement field of at most {@code maxMetres}. The field is one function of
     * the position, so neighbouring parents still share their borders exactly (the parents' layer
     * is a clean coverage of its own) and a parent stays consistent with its own parent; leaves are
     * not touched, so each parent differs from the union of its children by up to {@code maxMetres}
     * along its whole outline.
     */
    PARENTS_REDRAWN,
    /**
     * Every grid digitised on its own: each vertex of each grid (every level) moved by its own
     * random vector of at most {@code maxMetres} (at most a quarter of its shorter adjacent segment,
     * so rings stay simple), so that neighbours' shared borders, and parents and their children,
     * differ everywhere by up to {@code maxMetres}.
     */
    DIGITISED_INDEPENDENTLY;

    /**
     * Perturbs a partition.
     *
     * @param partition a (typically clean, generated) partition
     * @param maxMetres the largest displacement of a vertex, in metres (≥ 0)
     * @param seed the seed of every random choice
     * @return the perturbed partition: same nodes, order, spec and allowed gaps; every geometry valid
     */
    public Partition apply(Partition partition, double maxMetres, long seed) {
        requireNonNull(partition, "partition");
        if (!(maxMetres >= 0) || Double.isInfinite(maxMetres)) {
            throw new IllegalArgumentException("maxMetres must be finite and ≥ 0 but was " + maxMetres);
        }
        if (maxMetres == 0) {
            return partition;
        }
        Map<String, Geometry> geometries = new LinkedHashMap<>();
        CoordinateSystem crs = partition.crs();
        double lat = partition.spec().originLat();
        Field field = new Field(seed, maxMetres, 4 * partition.spec().leafSizeMetres(),
                crs.isGeographic() ? Units.metresPerDegreeLon(lat) : 1, crs.isGeographic() ? Units.metresPerDegreeLat(lat) : 1);
        double spacing = partition.spec().leafSizeMetres() / 5;
        for (Map.Entry<String, Geometry> e : partition.geometries().entrySet()) {
            String id = e.getKey();
            Geometry g = e.getValue();
            Geometry moved = switch (this) {
                case PARENTS_REDRAWN -> partition.isLeaf(id) ? g : map(g, ring -> redraw(ring, crs, field, spacing));
                case DIGITISED_INDEPENDENTLY -> jitterValid(g, crs, maxMetres, seed * 0x9E3779B97F4A7C15L ^ id.hashCode());
            };
            geometries.put(id, moved);
        }
        return partition.with(partition.nodes(), geometries);
    }

    /**
     * Perturbed partitions: each partition drawn from {@code partitions} perturbed by this kind of
     * noise with a drawn seed.
     *
     * @param partitions the clean partitions
     * @param kind the perturbation
     * @param maxMetres the largest displacement, in metres
     * @return the perturbed partitions
     */
    public static Arbitrary<Partition> perturbed(Arbitrary<Partition> partitions, Perturbation kind, double maxMetres) {
        requireNonNull(partitions, "partitions");
        requireNonNull(kind, "kind");
        return Combinators.combine(partitions, Arbitraries.longs()).as((p, seed) -> kind.apply(p, maxMetres, seed));
    }

    // ------------------------------------------------------------------ parents redrawn

    /** A smooth displacement field of at most {@code max} metres: sums of sines with random phases. */
    private record Field(double max, double wavelength, double metresPerX, double metresPerY, double[] phases) {
        Field(long seed, double max, double wavelength, double metresPerX, double metresPerY) {
            this(max, wavelength, metresPerX, metresPerY, phases(seed));
        }

        private static double[] phases(long seed) {
            SplittableRandom r = new SplittableRandom(seed);
            double[] p = new double[8];
            for (int i = 0; i < p.length; i++) {
                p[i] = r.nextDouble() * 2 * Math.PI;
            }
            return p;
        }

        /** {@return the (east, north) displacement in metres at a point in the partition's coordinates} */
        double[] at(Coordinate c) {
            double xm = c.x * metresPerX;
            double ym = c.y * metresPerY;
            double k = 2 * Math.PI / wavelength;
            // each component in [-1, 1] before scaling; the vector at most max
            double dx = 0.5 * Math.sin(k * xm + phases[0]) * Math.cos(k * 0.7 * ym + phases[1])
                    + 0.5 * Math.sin(k * 2.3 * xm + k * 1.1 * ym + phases[2]) * Math.cos(phases[3]);
            double dy = 0.5 * Math.cos(k * 0.9 * xm + phases[4]) * Math.sin(k * ym + phases[5])
                    + 0.5 * Math.sin(k * 1.7 * ym - k * 1.3 * xm + phases[6]) * Math.cos(phases[7]);
            double scale = max / Math.sqrt(2);
            return new double[] {dx * scale, dy * scale};
        }
    }

    private static Coordinate[] redraw(Coordinate[] ring, CoordinateSystem crs, Field field, double spacing) {
        List<Coordinate> out = new ArrayList<>();
        for (int i = 0; i + 1 < ring.length; i++) {
            Coordinate a = ring[i];
            Coordinate b = ring[i + 1];
            int steps = Math.max(2, (int) Math.ceil(Units.distance(crs, a, b) / spacing));
            for (int s = 0; s < steps; s++) {
                double t = (double) s / steps;
                // computed from the segment's lexicographically smaller end, so both neighbours of a
                // shared border get bit-identical points
                boolean forward = a.compareTo(b) <= 0;
                Coordinate from = forward ? a : b;
                Coordinate to = forward ? b : a;
                double u = forward ? t : 1 - t;
                Coordinate c = new Coordinate(from.x + (to.x - from.x) * u, from.y + (to.y - from.y) * u);
                if (s == 0) {
                    c = a.copy();
                }
                double[] d = field.at(c);
                out.add(Units.offset(crs, c, d[0], d[1]));
            }
        }
        out.add(out.get(0).copy());
        return out.toArray(new Coordinate[0]);
    }

    // ------------------------------------------------------------------ digitised independently

    private static Geometry jitterValid(Geometry g, CoordinateSystem crs, double maxMetres, long seed) {
        double scale = 1;
        for (int attempt = 0; attempt < 6; attempt++, scale /= 2) {
            double s = scale;
            SplittableRandom random = new SplittableRandom(seed);
            Geometry moved = map(g, ring -> jitter(ring, crs, maxMetres * s, random));
            if (moved.isValid()) {
                return moved;
            }
        }
        return g;
    }

    private static Coordinate[] jitter(Coordinate[] ring, CoordinateSystem crs, double maxMetres,
            SplittableRandom random) {
        int n = ring.length - 1;
        Coordinate[] out = new Coordinate[ring.length];
        for (int i = 0; i < n; i++) {
            double before = Units.distance(crs, ring[(i + n - 1) % n], ring[i]);
            double after = Units.distance(crs, ring[i], ring[i + 1]);
            double limit = Math.min(maxMetres, Math.min(before, after) / 4);
            double r = limit * Math.sqrt(random.nextDouble());
            double angle = random.nextDouble() * 2 * Math.PI;
            out[i] = Units.offset(crs, ring[i], r * Math.cos(angle), r * Math.sin(angle));
        }
        out[n] = out[0].copy();
        return out;
    }

    // ------------------------------------------------------------------ shared

    private interface RingMap {
        Coordinate[] apply(Coordinate[] ring);
    }

    private static Geometry map(Geometry g, RingMap f) {
        GeometryFactory factory = g.getFactory();
        if (g instanceof Polygon p) {
            return polygon(p, f, factory);
        }
        if (g instanceof MultiPolygon mp) {
            Polygon[] parts = new Polygon[mp.getNumGeometries()];
            for (int i = 0; i < parts.length; i++) {
                parts[i] = polygon((Polygon) mp.getGeometryN(i), f, factory);
            }
            return factory.createMultiPolygon(parts);
        }
        return g;
    }

    private static Polygon polygon(Polygon p, RingMap f, GeometryFactory factory) {
        LinearRing shell = factory.createLinearRing(f.apply(p.getExteriorRing().getCoordinates()));
        LinearRing[] holes = new LinearRing[p.getNumInteriorRing()];
        for (int i = 0; i < holes.length; i++) {
            holes[i] = factory.createLinearRing(f.apply(p.getInteriorRingN(i).getCoordinates()));
        }
        return factory.createPolygon(shell, holes);
    }
}

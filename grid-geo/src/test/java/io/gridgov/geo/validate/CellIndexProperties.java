package io.gridgov.geo.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * {@link CellIndex} answers exactly what a comparison of every envelope with every other would:
 * a query visits each entry whose envelope meets the query envelope once and no other, and the
 * pairs are each pair of distinct entries whose envelopes meet, once. The inputs are random:
 * points and envelopes of zero width or height, coordinates on a coarse lattice (so envelopes touch
 * and lie on cell borders) or anywhere, many entries in one cell, cells from a millionth of the
 * extent to a thousand times it, grids from one cell to thousands of cells per entry (the sparse layout),
 * entries and queries reaching past the grid.
 */
class CellIndexProperties {

    @Property(tries = 400, seed = "20261203")
    void queriesAndPairsAreExact(@ForAll @IntRange(min = 0, max = 160) int count,
            @ForAll @IntRange(min = 0, max = 5) int shape, @ForAll long seed) {
        Random r = new Random(seed);
        Entries in = Entries.random(r, count, shape);
        List<CellIndex> indexes = new ArrayList<>();
        indexes.add(CellIndex.fitted(in.minX, in.minY, in.maxX, in.maxY, count, 1 + r.nextInt(8)));
        double extent = 100;
        double[] sizes = {extent * 1e-6, extent * 1e-3, 0.7, 3, 17, extent, extent * 1e3};
        double w = sizes[r.nextInt(sizes.length)];
        double h = r.nextBoolean() ? w : sizes[r.nextInt(sizes.length)];
        // up to 14,400 cells: more than 16 per listed entry (the sparse layout) where the entries are points
        int columns = r.nextInt(4) == 0 ? 1 : 1 + r.nextInt(r.nextBoolean() ? 12 : 120);
        int rows = r.nextInt(4) == 0 ? 1 : 1 + r.nextInt(r.nextBoolean() ? 12 : 120);
        double originX = r.nextBoolean() ? 0 : -50 + 100 * r.nextDouble();
        double originY = r.nextBoolean() ? 0 : -50 + 100 * r.nextDouble();
        indexes.add(CellIndex.of(in.minX, in.minY, in.maxX, in.maxY, count, originX, originY, w, h, columns, rows));
        for (CellIndex index : indexes) {
            assertThat(pairs(index, count)).isEqualTo(brutePairs(in, count));
            for (int q = 0; q < 30; q++) {
                double[] e = Entries.envelope(r, shape);
                boolean[] seen = new boolean[count];
                List<Integer> found = new ArrayList<>();
                index.query(e[0], e[1], e[2], e[3], entry -> {
                    assertThat(seen[entry]).as("entry %d twice", entry).isFalse();
                    seen[entry] = true;
                    found.add(entry);
                    return false;
                });
                for (int k = 0; k < count; k++) {
                    boolean meets = !(in.minX[k] > e[2] || e[0] > in.maxX[k] || in.minY[k] > e[3] || e[1] > in.maxY[k]);
                    assertThat(seen[k]).as("entry %d against %s", k, java.util.Arrays.toString(e)).isEqualTo(meets);
                }
            }
        }
    }

    @Property(tries = 100, seed = "20261203")
    void aStoppedSearchStopsAndPointsAreInOneRun(@ForAll @IntRange(min = 1, max = 100) int count, @ForAll long seed) {
        Random r = new Random(seed);
        Entries in = Entries.random(r, count, 0);   // points
        CellIndex index = CellIndex.fitted(in.minX, in.minY, in.maxX, in.maxY, count, 4);
        assertThat(index.spanning()).isFalse();
        int[] visits = {0};
        boolean stopped = index.query(-1e9, -1e9, 1e9, 1e9, e -> ++visits[0] == 1);
        assertThat(stopped).isTrue();
        assertThat(visits[0]).isEqualTo(1);
        // every point lies in exactly one run: the run of its own column and row
        int[] times = new int[count];
        for (int k = 0; k < count; k++) {
            int c = index.column(in.minX[k]);
            int row = index.row(in.minY[k]);
            for (int s = index.from(c, row); s < index.to(c, row); s++) {
                times[index.entry(s)] += index.entry(s) == k ? 1 : 0;
                assertThat(index.minX(s)).isEqualTo(in.minX[index.entry(s)]);
            }
        }
        assertThat(times).containsOnly(1);
        assertThat(index.slots()).isEqualTo(count);
    }

    private static List<Long> pairs(CellIndex index, int count) {
        List<Long> out = new ArrayList<>();
        index.forEachPair((u, v) -> {
            assertThat(u).isLessThan(v);
            out.add((long) u * count + v);
            return false;
        });
        out.sort(null);
        assertThat(out).doesNotHaveDuplicates();
        return out;
    }

    private static List<Long> brutePairs(Entries in, int count) {
        List<Long> out = new ArrayList<>();
        for (int u = 0; u < count; u++) {
            for (int v = u + 1; v < count; v++) {
                if (!(in.minX[u] > in.maxX[v] || in.minX[v] > in.maxX[u] || in.minY[u] > in.maxY[v]
                        || in.minY[v] > in.maxY[u])) {
                    out.add((long) u * count + v);
                }
            }
        }
        return out;
    }

    /** Random envelopes in about [-60, 160]² (some far beyond). */
    private record Entries(double[] minX, double[] minY, double[] maxX, double[] maxY) {

        static Entries random(Random r, int count, int shape) {
            Entries in = new Entries(new double[count], new double[count], new double[count], new double[count]);
            for (int k = 0; k < count; k++) {
                double[] e = shape == 5 && k % 2 == 0 ? clustered(r) : envelope(r, shape);
                in.minX[k] = e[0];
                in.minY[k] = e[1];
                in.maxX[k] = e[2];
                in.maxY[k] = e[3];
            }
            return in;
        }

        /** shape 0: points; 1: lattice envelopes; 2: zero width or height; 3: anywhere; 4: huge ones too; 5: mixed */
        static double[] envelope(Random r, int shape) {
            double x = coordinate(r, shape);
            double y = coordinate(r, shape);
            if (shape == 0) {
                return new double[] {x, y, x, y};
            }
            double w = shape == 4 && r.nextInt(5) == 0 ? 1e6 * r.nextDouble() : extent(r, shape);
            double h = shape == 2 && r.nextBoolean() ? 0 : extent(r, shape);
            if (shape == 2 && h != 0) {
                w = 0;
            }
            return new double[] {x, y, x + w, y + h};
        }

        /** Many entries in one small spot (one cell of most grids). */
        static double[] clustered(Random r) {
            double x = 42 + 1e-3 * r.nextInt(4);
            double y = 7 + 1e-3 * r.nextInt(4);
            return new double[] {x, y, x + 1e-3 * r.nextInt(3), y + 1e-3 * r.nextInt(3)};
        }

        private static double coordinate(Random r, int shape) {
            if (shape == 1 || r.nextInt(3) == 0) {
                return -20 + r.nextInt(14) * 10;   // on a lattice: touching envelopes, cell borders
            }
            if (r.nextInt(20) == 0) {
                return (r.nextBoolean() ? 1 : -1) * 1e7 * r.nextDouble();   // far past the grid
            }
            return -60 + 220 * r.nextDouble();
        }

        private static double extent(Random r, int shape) {
            return shape == 1 ? 10 * r.nextInt(4) : r.nextInt(4) == 0 ? 0 : 30 * r.nextDouble() * r.nextDouble();
        }
    }
}

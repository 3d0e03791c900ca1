package io.gridgov.geo.validate;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;

/**
 * A uniform grid of cells over a fixed set of axis-parallel envelopes (entries {@code 0 .. n - 1}:
 * points, segments' envelopes), for the exact neighbour searches of grid-geo: the pairs of entries
 * whose envelopes meet (two rings' segments, one ring's segments), and the entries whose envelopes
 * meet a query envelope (the vertices near a segment).
 *
 * <p>Contract. {@link #query} calls its visitor once for each entry whose closed envelope meets the
 * closed query envelope, and for no other; {@link #forEachPair} once for each unordered pair of
 * distinct entries whose closed envelopes meet, and for no other pair. The cells only decide which
 * entries are compared, never the answer: a cell's geometry may be anything (huge, tiny, envelopes
 * of zero extent, everything in one cell). An entry is listed in every cell its envelope covers; a
 * pair (or an entry and the query) is reported in the one cell holding the lower left corner of the
 * two envelopes' intersection, so none twice. Coordinates past the grid's edge count in its border
 * cells (columns and rows are clamped), so an entry or a query reaching beyond the grid is still
 * found. Coordinates must not be NaN.
 *
 * <p>Layout. The (cell, entry) pairs are sorted by cell (column after column, rows up; a cell's
 * entries by number), with each entry's envelope copied alongside, so the cells a column of a query
 * reads are one run of consecutive memory ({@link #from}, {@link #to}): the hot loops read the runs
 * themselves. Where the grid has at most {@link #DENSE_CELLS_PER_SLOT} cells per listed pair (or
 * {@link #DENSE_CELLS}) each cell's start is an array element; a finer grid over few entries (two
 * rings running side by side across a large square) keeps only the sorted cells, and a run's ends are
 * found by bisection.
 *
 * <p>Immutable once built: safe for concurrent queries once published (a final field). The
 * envelopes are copied; the caller's arrays may change afterwards.
 */
final class CellIndex {

    /** A grid with at most this many cells per listed (cell, entry) pair keeps an array of cell starts. */
    static final int DENSE_CELLS_PER_SLOT = 16;
    /** A grid of at most this many cells always keeps an array of cell starts. */
    static final int DENSE_CELLS = 4096;

    /** An entry found; true stops the search. */
    @FunctionalInterface
    interface Visitor {
        boolean visit(int entry);
    }

    /** A pair of entries found ({@code u < v}); true stops the search. */
    @FunctionalInterface
    interface PairVisitor {
        boolean visit(int u, int v);
    }

    private final double originX;
    private final double originY;
    private final double cellWidth;
    private final double cellHeight;
    private final int columns;
    private final int rows;
    /** Per slot (a listed (cell, entry) pair, in cell order): the entry and its envelope. */
    private final int[] entryAt;
    private final double[] minXAt;
    private final double[] minYAt;
    private final double[] maxXAt;
    private final double[] maxYAt;
    /** Per cell (column × rows + row), where its slots start, one more at the end; null when sparse. */
    private final int[] start;
    /** Per slot, its cell; null when dense. */
    private final int[] cellAt;
    /** Whether some entry is listed in more than one cell (then queries and pairs are deduplicated). */
    private final boolean spanning;
    private final int mostInCell;

    private CellIndex(double originX, double originY, double cellWidth, double cellHeight, int columns, int rows,
            double[] minX, double[] minY, double[] maxX, double[] maxY, int count) {
        this.originX = originX;
        this.originY = originY;
        this.cellWidth = cellWidth;
        this.cellHeight = cellHeight;
        this.columns = columns;
        this.rows = rows;
        int[] c0 = new int[count];
        int[] c1 = new int[count];
        int[] r0 = new int[count];
        int[] r1 = new int[count];
        long slots = 0;
        boolean spans = false;
        for (int e = 0; e < count; e++) {
            c0[e] = column(minX[e]);
            c1[e] = column(maxX[e]);
            r0[e] = row(minY[e]);
            r1[e] = row(maxY[e]);
            long cells = (long) (c1[e] - c0[e] + 1) * (r1[e] - r0[e] + 1);
            spans |= cells > 1;
            slots += cells;
        }
        if (slots > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("too many (cell, entry) pairs: " + slots + ", take larger cells");
        }
        spanning = spans;
        int n = (int) slots;
        long cellCount = (long) columns * rows;
        entryAt = new int[n];
        if (cellCount <= Math.max(DENSE_CELLS, (long) DENSE_CELLS_PER_SLOT * n)) {
            // counting sort: a cell's entries in increasing order
            int cells = (int) cellCount;
            start = new int[cells + 1];
            for (int e = 0; e < count; e++) {
                for (int c = c0[e]; c <= c1[e]; c++) {
                    for (int r = r0[e]; r <= r1[e]; r++) {
                        start[c * rows + r + 1]++;
                    }
                }
            }
            int most = 0;
            for (int c = 0; c < cells; c++) {
                most = Math.max(most, start[c + 1]);
                start[c + 1] += start[c];
            }
            mostInCell = most;
            int[] fill = Arrays.copyOf(start, cells);
            for (int e = 0; e < count; e++) {
                for (int c = c0[e]; c <= c1[e]; c++) {
                    for (int r = r0[e]; r <= r1[e]; r++) {
                        entryAt[fill[c * rows + r]++] = e;
                    }
                }
            }
            cellAt = null;
        } else {
            long[] keys = new long[n];
            int k = 0;
            for (int e = 0; e < count; e++) {
                for (int c = c0[e]; c <= c1[e]; c++) {
                    for (int r = r0[e]; r <= r1[e]; r++) {
                        keys[k++] = ((long) c * rows + r) << 32 | e;
                    }
                }
            }
            Arrays.sort(keys);
            cellAt = new int[n];
            int most = 0;
            for (int s = 0, run = 0; s < n; s++) {
                cellAt[s] = (int) (keys[s] >>> 32);
                entryAt[s] = (int) keys[s];
                run = s > 0 && cellAt[s] == cellAt[s - 1] ? run + 1 : 1;
                most = Math.max(most, run);
            }
            mostInCell = most;
            start = null;
        }
        minXAt = new double[n];
        minYAt = new double[n];
        maxXAt = new double[n];
        maxYAt = new double[n];
        for (int s = 0; s < n; s++) {
            int e = entryAt[s];
            minXAt[s] = minX[e];
            minYAt[s] = minY[e];
            maxXAt[s] = maxX[e];
            maxYAt[s] = maxY[e];
        }
    }

    /**
     * Indexes envelopes in a given grid.
     *
     * @param minX the entries' envelopes: least x (entry e at index e)
     * @param minY least y, parallel
     * @param maxX greatest x, parallel
     * @param maxY greatest y, parallel
     * @param count the number of entries (the first {@code count} of each array)
     * @param originX the grid's lower left corner
     * @param originY the other coordinate
     * @param cellWidth a cell's width, &gt; 0
     * @param cellHeight a cell's height, &gt; 0
     * @param columns the grid's columns, &ge; 1
     * @param rows its rows, &ge; 1 (columns × rows at most {@link Integer#MAX_VALUE})
     * @return the index
     */
    static CellIndex of(double[] minX, double[] minY, double[] maxX, double[] maxY, int count, double originX,
            double originY, double cellWidth, double cellHeight, int columns, int rows) {
        requireNonNull(minX, "minX");
        requireNonNull(minY, "minY");
        requireNonNull(maxX, "maxX");
        requireNonNull(maxY, "maxY");
        if (count < 0 || count > Math.min(Math.min(minX.length, minY.length), Math.min(maxX.length, maxY.length))) {
            throw new IllegalArgumentException("count " + count + " does not fit the arrays");
        }
        if (!(cellWidth > 0) || !(cellHeight > 0) || Double.isInfinite(cellWidth) || Double.isInfinite(cellHeight)) {
            throw new IllegalArgumentException("cells must be finite and > 0: " + cellWidth + " x " + cellHeight);
        }
        if (columns < 1 || rows < 1 || (long) columns * rows > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("bad grid: " + columns + " x " + rows);
        }
        return new CellIndex(originX, originY, cellWidth, cellHeight, columns, rows, minX, minY, maxX, maxY, count);
    }

    /**
     * Indexes envelopes in square cells about as large as the entries (their mean larger side, at
     * least a millionth of the extent), doubled while the entries would be listed in more than
     * {@code perEntry} cells each on average (a few long entries among many short ones) or the grid
     * would have more than 10<sup>9</sup> cells.
     *
     * @param minX the entries' envelopes: least x (finite)
     * @param minY least y, parallel
     * @param maxX greatest x, parallel
     * @param maxY greatest y, parallel
     * @param count the number of entries
     * @param perEntry the most cells listed per entry on average (plus 64 in all), &ge; 1
     * @return the index
     */
    static CellIndex fitted(double[] minX, double[] minY, double[] maxX, double[] maxY, int count, int perEntry) {
        double x0 = Double.POSITIVE_INFINITY;
        double y0 = Double.POSITIVE_INFINITY;
        double x1 = Double.NEGATIVE_INFINITY;
        double y1 = Double.NEGATIVE_INFINITY;
        double length = 0;
        for (int e = 0; e < count; e++) {
            x0 = Math.min(x0, minX[e]);
            y0 = Math.min(y0, minY[e]);
            x1 = Math.max(x1, maxX[e]);
            y1 = Math.max(y1, maxY[e]);
            length += Math.max(maxX[e] - minX[e], maxY[e] - minY[e]);
        }
        if (count == 0) {
            x0 = y0 = x1 = y1 = 0;
        }
        double size = Math.max(length / Math.max(1, count), Math.max(x1 - x0, y1 - y0) * 1e-6);
        if (!(size > 0)) {
            size = 1;
        }
        while (slots(minX, minY, maxX, maxY, count, x0, y0, size) > (long) perEntry * count + 64
                || (x1 - x0) / size * ((y1 - y0) / size) > 1e9) {
            size *= 2;
        }
        int columns = (int) Math.floor((x1 - x0) / size) + 1;
        int rows = (int) Math.floor((y1 - y0) / size) + 1;
        return of(minX, minY, maxX, maxY, count, x0, y0, size, size, columns, rows);
    }

    /** {@return how many cells of the given size the entries would be listed in} */
    private static long slots(double[] minX, double[] minY, double[] maxX, double[] maxY, int count, double x0,
            double y0, double size) {
        long n = 0;
        for (int e = 0; e < count; e++) {
            // offsets from the grid's origin are never negative: a cast floors them
            n += ((long) ((maxX[e] - x0) / size) - (long) ((minX[e] - x0) / size) + 1)
                    * ((long) ((maxY[e] - y0) / size) - (long) ((minY[e] - y0) / size) + 1);
        }
        return n;
    }

    /** {@return the column holding x (clamped to the grid)} */
    int column(double x) {
        int c = (int) ((x - originX) / cellWidth);   // truncation: only 0 matters below 1, and it clamps
        return c < 0 ? 0 : c >= columns ? columns - 1 : c;
    }

    /** {@return the row holding y (clamped to the grid)} */
    int row(double y) {
        int r = (int) ((y - originY) / cellHeight);
        return r < 0 ? 0 : r >= rows ? rows - 1 : r;
    }

    /** {@return the first slot of column c's cells from row r0 up} */
    int from(int c, int r0) {
        int cell = c * rows + r0;
        return start != null ? start[cell] : firstSlotOf(cell);
    }

    /** {@return the slot after the last of column c's cells up to row r1} */
    int to(int c, int r1) {
        int cell = c * rows + r1 + 1;
        return start != null ? start[cell] : firstSlotOf(cell);
    }

    /** {@return the first slot whose cell is at least {@code cell} (sparse layout)} */
    private int firstSlotOf(int cell) {
        int lo = 0;
        int hi = cellAt.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cellAt[mid] < cell) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** {@return the entry listed in slot s} */
    int entry(int s) {
        return entryAt[s];
    }

    /** {@return slot s's entry's least x (a point's x)} */
    double minX(int s) {
        return minXAt[s];
    }

    /** {@return slot s's entry's least y (a point's y)} */
    double minY(int s) {
        return minYAt[s];
    }

    /** {@return slot s's entry's greatest x} */
    double maxX(int s) {
        return maxXAt[s];
    }

    /** {@return slot s's entry's greatest y} */
    double maxY(int s) {
        return maxYAt[s];
    }

    /** {@return the number of slots (listed (cell, entry) pairs)} */
    int slots() {
        return entryAt.length;
    }

    /**
     * {@return whether some entry is listed in more than one cell} When none is (points, or
     * envelopes each within a cell), every entry is in exactly one run of a query's columns: a
     * caller reading the runs itself needs no deduplication.
     */
    boolean spanning() {
        return spanning;
    }

    /** {@return the most entries listed in one cell} */
    int mostInCell() {
        return mostInCell;
    }

    /**
     * Visits every entry whose envelope meets the query envelope, once each (see the class comment).
     *
     * @param qMinX the query envelope's least x
     * @param qMinY least y
     * @param qMaxX greatest x
     * @param qMaxY greatest y
     * @param visitor called per entry found, in no promised order
     * @return whether the visitor stopped the search
     */
    boolean query(double qMinX, double qMinY, double qMaxX, double qMaxY, Visitor visitor) {
        if (qMinX > qMaxX || qMinY > qMaxY) {
            return false;
        }
        int c0 = column(qMinX);
        int c1 = column(qMaxX);
        int r0 = row(qMinY);
        int r1 = row(qMaxY);
        for (int c = c0; c <= c1; c++) {
            int end = to(c, r1);
            // the row of the slots read (dense layout: advanced as the slots pass each row's end)
            int r = r0;
            int rowEnd = start != null ? start[c * rows + r0 + 1] : end;
            for (int s = from(c, r0); s < end; s++) {
                double ex0 = minXAt[s];
                double ey0 = minYAt[s];
                if (ex0 > qMaxX || qMinX > maxXAt[s] || ey0 > qMaxY || qMinY > maxYAt[s]) {
                    continue;
                }
                if (spanning) {
                    int slotRow;
                    if (start != null) {
                        while (s >= rowEnd) {
                            r++;
                            rowEnd = start[c * rows + r + 1];
                        }
                        slotRow = r;
                    } else {
                        slotRow = cellAt[s] % rows;
                    }
                    if (column(Math.max(ex0, qMinX)) != c || row(Math.max(ey0, qMinY)) != slotRow) {
                        continue;   // reported in the cell of the intersection's lower left corner
                    }
                }
                if (visitor.visit(entryAt[s])) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Visits every unordered pair of distinct entries whose envelopes meet, once each (see the class
     * comment).
     *
     * @param visitor called per pair ({@code u < v}), in no promised order
     * @return whether the visitor stopped the search
     */
    boolean forEachPair(PairVisitor visitor) {
        int n = entryAt.length;
        int from = 0;
        int cell = 0;
        while (from < n) {
            int to;
            if (start != null) {
                while (start[cell + 1] <= from) {
                    cell++;
                }
                to = start[cell + 1];
            } else {
                cell = cellAt[from];
                to = from + 1;
                while (to < n && cellAt[to] == cell) {
                    to++;
                }
            }
            int x = cell / rows;
            int y = cell % rows;
            for (int i = from; i < to; i++) {
                for (int j = i + 1; j < to; j++) {
                    double lx = Math.max(minXAt[i], minXAt[j]);
                    double ly = Math.max(minYAt[i], minYAt[j]);
                    if (lx > Math.min(maxXAt[i], maxXAt[j]) || ly > Math.min(maxYAt[i], maxYAt[j])) {
                        continue;
                    }
                    if (spanning && (column(lx) != x || row(ly) != y)) {
                        continue;   // reported in the cell of the intersection's lower left corner
                    }
                    int u = entryAt[i];
                    int v = entryAt[j];
                    if (u < v ? visitor.visit(u, v) : visitor.visit(v, u)) {
                        return true;
                    }
                }
            }
            from = to;
        }
        return false;
    }
}

package io.gridgov.geo.validate;

/**
 * Sorts that take the runs already in their input (自然归并排序): the offsets and vertices of a sliver's
 * ring, read in ring order, rise along one side and fall along the other, a few long runs that a merge
 * sort from single elements, or a quicksort, sorts again from scratch. Runs ascending (or strictly
 * descending, reversed) are found, those shorter than {@value #MIN_RUN} extended by insertion, and the
 * runs merged pairwise. Both sorts order by {@link Double#compare} (-0.0 before 0.0), so their results are
 * those of the sorts they replace: for indexes, any stable sort by the keys gives one order; for values,
 * {@code Arrays.sort(double[])} gives the one ascending sequence. Input without long runs (the segments
 * {@link OutlineChange} orders by their least x) costs what a plain merge sort costs. Stateless.
 */
final class RunSort {

    /** Runs shorter than this are extended by insertion (short runs cost more to merge than to insert). */
    static final int MIN_RUN = 12;

    private RunSort() {
    }

    /**
     * Sorts indexes by their keys, equal keys in their order: as {@code Arrays.sort(Integer[], (x, y) ->
     * Double.compare(key[x], key[y]))}, without boxing.
     *
     * @param order the indexes, sorted in place
     * @param key the keys, by index
     */
    static void stably(int[] order, double[] key) {
        stably(order, key, null);
    }

    /**
     * Sorts indexes by their keys, equal keys by their tie keys, equal both in their order: the order two
     * stable sorts leave, by the tie keys and then by the keys.
     *
     * @param order the indexes, sorted in place
     * @param key the keys, by index
     * @param tieKey the keys deciding between equal keys, by index; null: none
     */
    static void stably(int[] order, double[] key, double[] tieKey) {
        int n = order.length;
        if (n < 2) {
            return;
        }
        int[] ends = new int[n / MIN_RUN + 2];
        int runs = 0;
        for (int lo = 0; lo < n; ) {
            int hi = lo + 1;
            if (hi < n) {
                if (compare(order[hi], order[lo], key, tieKey) < 0) {
                    // strictly descending: reversed, no two keys equal, so stable
                    while (hi + 1 < n && compare(order[hi + 1], order[hi], key, tieKey) < 0) {
                        hi++;
                    }
                    for (int i = lo, j = hi; i < j; i++, j--) {
                        int t = order[i];
                        order[i] = order[j];
                        order[j] = t;
                    }
                } else {
                    while (hi + 1 < n && compare(order[hi + 1], order[hi], key, tieKey) >= 0) {
                        hi++;
                    }
                }
                hi++;
            }
            int end = Math.min(n, Math.max(hi, lo + MIN_RUN));
            for (int i = hi; i < end; i++) {
                int v = order[i];
                int j = i;
                while (j > lo && compare(order[j - 1], v, key, tieKey) > 0) {
                    order[j] = order[j - 1];
                    j--;
                }
                order[j] = v;
            }
            ends[runs++] = end;
            lo = end;
        }
        if (runs == 1) {
            return;
        }
        int[] from = order;
        int[] to = new int[n];
        while (runs > 1) {
            int merged = 0;
            int start = 0;
            int r = 0;
            for (; r + 1 < runs; r += 2) {
                int mid = ends[r];
                int hi = ends[r + 1];
                int i = start;
                int j = mid;
                int k = start;
                if (compare(from[mid - 1], from[mid], key, tieKey) <= 0) {
                    System.arraycopy(from, start, to, start, hi - start);   // already in order
                } else {
                    while (i < mid && j < hi) {
                        to[k++] = compare(from[i], from[j], key, tieKey) <= 0 ? from[i++] : from[j++];
                    }
                    System.arraycopy(from, i, to, k, mid - i);
                    System.arraycopy(from, j, to, k + mid - i, hi - j);
                }
                ends[merged++] = hi;
                start = hi;
            }
            if (r < runs) {
                System.arraycopy(from, start, to, start, ends[r] - start);
                ends[merged++] = ends[r];
            }
            runs = merged;
            int[] t = from;
            from = to;
            to = t;
        }
        if (from != order) {
            System.arraycopy(from, 0, order, 0, n);
        }
    }

    /** {@return how index a compares with index b: by key, then by tie key (when given)} */
    private static int compare(int a, int b, double[] key, double[] tieKey) {
        int c = Double.compare(key[a], key[b]);
        return c != 0 || tieKey == null ? c : Double.compare(tieKey[a], tieKey[b]);
    }

    /**
     * Sorts values ascending by {@link Double#compare}: the array {@code Arrays.sort(a, 0, n)} leaves.
     *
     * @param a the values, the first n sorted in place
     * @param n how many
     */
    static void values(double[] a, int n) {
        if (n < 2) {
            return;
        }
        int[] ends = new int[n / MIN_RUN + 2];
        int runs = 0;
        for (int lo = 0; lo < n; ) {
            int hi = lo + 1;
            if (hi < n) {
                if (Double.compare(a[hi], a[lo]) < 0) {
                    while (hi + 1 < n && Double.compare(a[hi + 1], a[hi]) < 0) {
                        hi++;
                    }
                    for (int i = lo, j = hi; i < j; i++, j--) {
                        double t = a[i];
                        a[i] = a[j];
                        a[j] = t;
                    }
                } else {
                    while (hi + 1 < n && Double.compare(a[hi + 1], a[hi]) >= 0) {
                        hi++;
                    }
                }
                hi++;
            }
            int end = Math.min(n, Math.max(hi, lo + MIN_RUN));
            for (int i = hi; i < end; i++) {
                double v = a[i];
                int j = i;
                while (j > lo && Double.compare(a[j - 1], v) > 0) {
                    a[j] = a[j - 1];
                    j--;
                }
                a[j] = v;
            }
            ends[runs++] = end;
            lo = end;
        }
        if (runs == 1) {
            return;
        }
        double[] from = a;
        double[] to = new double[n];
        while (runs > 1) {
            int merged = 0;
            int start = 0;
            int r = 0;
            for (; r + 1 < runs; r += 2) {
                int mid = ends[r];
                int hi = ends[r + 1];
                int i = start;
                int j = mid;
                int k = start;
                if (Double.compare(from[mid - 1], from[mid]) <= 0) {
                    System.arraycopy(from, start, to, start, hi - start);
                } else {
                    while (i < mid && j < hi) {
                        to[k++] = Double.compare(from[i], from[j]) <= 0 ? from[i++] : from[j++];
                    }
                    System.arraycopy(from, i, to, k, mid - i);
                    System.arraycopy(from, j, to, k + mid - i, hi - j);
                }
                ends[merged++] = hi;
                start = hi;
            }
            if (r < runs) {
                System.arraycopy(from, start, to, start, ends[r] - start);
                ends[merged++] = ends[r];
            }
            runs = merged;
            double[] t = from;
            from = to;
            to = t;
        }
        if (from != a) {
            System.arraycopy(from, 0, a, 0, n);
        }
    }
}

package io.gridgov.geo.validate;

/** Union-find over {@code 0..n-1} in an int array (path halving; the smaller index is the root). Stateless. */
final class UnionFind {

    private UnionFind() {
    }

    /** {@return a forest of n singletons} */
    static int[] singletons(int n) {
        int[] root = new int[n];
        for (int i = 0; i < n; i++) {
            root[i] = i;
        }
        return root;
    }

    /** Joins the sets of {@code a} and {@code b}. */
    static void union(int[] root, int a, int b) {
        int ra = find(root, a);
        int rb = find(root, b);
        if (ra != rb) {
            root[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }

    /** {@return the root of {@code a}'s set} */
    static int find(int[] root, int a) {
        while (root[a] != a) {
            root[a] = root[root[a]];
            a = root[a];
        }
        return a;
    }
}

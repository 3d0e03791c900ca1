package io.gridgov.geo.validate;

/**
 * The outline of children that tile each other exactly (子网格外轮廓): their residual chain
 * ({@link ExactTiling#residualOf}: the segments no sibling's reversed segment cancels) when every
 * residual weight is ±1 and the chain closes into one ring that visits each position once, with each
 * of its segments named by the ring segment of the child it comes from. Such children share every
 * interior border vertex for vertex, and their union is the polygon the ring bounds when it is
 * simple and counter-clockwise (the argument of {@link NearTiling}'s step 1).
 *
 * <p>Immutable once built; the arrays are shared, so callers must not write to them.
 */
final class ChildOutline {

    /** The ring's vertices, counter-clockwise, closed ({@code n + 1} of them). */
    final double[] x;
    final double[] y;
    /**
     * Per segment {@code i} of the ring (from vertex {@code i} to {@code i + 1}), the child ring
     * segment it comes from: its first vertex {@code k} in the group's rings when the child's ring
     * runs the same way, {@code ~k} when it runs against it.
     */
    final int[] source;

    private ChildOutline(double[] x, double[] y, int[] source) {
        this.x = x;
        this.y = y;
        this.source = source;
    }

    /** {@return the number of segments (and distinct vertices) of the ring} */
    int size() {
        return source.length;
    }

    /** {@return the vertex of the group's rings where outline segment {@code i} starts} */
    static int startVertex(int source) {
        return source >= 0 ? source : ~source + 1;
    }

    /** {@return the vertex of the group's rings where outline segment {@code i} ends} */
    static int endVertex(int source) {
        return source >= 0 ? source + 1 : ~source;
    }

    /**
     * The outline of some geometries of a group's rings.
     *
     * @param rings the group's rings
     * @param index the children (indexes into the rings), valid
     * @return their outline; null when a residual weight is not ±1, the residual is not one ring
     *     visiting each position once, or that ring is not simple and counter-clockwise
     */
    static ChildOutline of(GroupRings rings, int[] index) {
        int[] residual = ExactTiling.residualOf(rings, index);
        return residual == null ? null : assemble(rings.x, rings.y, residual);
    }

    /**
     * The outline of children whose tagged chains were added up before.
     *
     * @param rings the group's rings
     * @param children the children's chains ({@link ExactTiling#childrenOf})
     * @return their outline; null as {@link #of(GroupRings, int[])}
     */
    static ChildOutline of(GroupRings rings, ExactTiling children) {
        int[] residual = children.residualSources();
        ChildOutline outline = residual == null ? null : assemble(rings.x, rings.y, residual);
        // chains that hashed only the unpaired segments give the outline every segment hashed
        // gives, unless that table would have grown (see ExactTiling.pairedChildrenOf)
        return children.outlineMayDiffer(outline == null ? -1 : outline.size()) ? of(rings, children.allHashed())
                : outline;
    }

    /** Chains the residual segments (named by their sources in {@code xs, ys}) into one ring. */
    private static ChildOutline assemble(double[] xs, double[] ys, int[] residual) {
        int n = residual.length;
        if (n < 3) {
            return null;
        }
        // each position starts exactly one segment: the positions are numbered as the segments
        // (the index's arrays borrowed, as the certificate's copy: an outline a street)
        KeptArrays kept = KeptArrays.ofThisThread();
        PositionIndex starts = new PositionIndex(n, kept);
        try {
            return assemble(xs, ys, residual, starts, kept);
        } finally {
            starts.giveBack(kept);
        }
    }

    /** {@link #assemble(double[], double[], int[])} with an empty index of the segments' starts. */
    private static ChildOutline assemble(double[] xs, double[] ys, int[] residual, PositionIndex starts,
            KeptArrays kept) {
        int n = residual.length;
        for (int i = 0; i < n; i++) {
            int a = startVertex(residual[i]);
            if (starts.find(xs[a], ys[a]) >= 0) {
                return null;
            }
            starts.add(xs[a], ys[a]);
        }
        double[] x = new double[n + 1];
        double[] y = new double[n + 1];
        int[] source = new int[n];
        int segment = 0;
        for (int k = 0; k < n; k++) {
            int a = startVertex(residual[segment]);
            x[k] = xs[a];
            y[k] = ys[a];
            source[k] = residual[segment];
            int b = endVertex(residual[segment]);
            segment = starts.find(xs[b], ys[b]);
            if (segment < 0 || segment == 0 && k + 1 < n) {
                return null;   // open, or more than one ring
            }
        }
        if (segment != 0) {
            return null;
        }
        x[n] = x[0];
        y[n] = y[0];
        if (!ExactTiling.counterClockwise(x, y, 0, n + 1)) {
            return null;
        }
        // the certificate drops repeated vertices in place: it reads a copy
        double[] copyX = kept.doubles(n + 1);
        double[] copyY = kept.doubles(n + 1);
        System.arraycopy(x, 0, copyX, 0, n + 1);
        System.arraycopy(y, 0, copyY, 0, n + 1);
        boolean simple = SimpleShell.certifiesShell(copyX, copyY, n + 1);
        kept.giveBack(copyX);
        kept.giveBack(copyY);
        return simple ? new ChildOutline(x, y, source) : null;
    }
}

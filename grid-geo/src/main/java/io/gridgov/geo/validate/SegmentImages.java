package io.gridgov.geo.validate;

import java.util.function.IntPredicate;

/**
 * Where each segment of a ring went when the ring was snapped (线段像): per segment of the ring as
 * it was given, its image on the snapped ring's walk (the representatives from the image of its
 * first vertex up to, not including, the image of its last), so that the images laid end to end
 * run round the walk exactly once. {@link OutlineSnapping} carries each outline segment's image
 * into the child ring the segment comes from, and each outline vertex's image into every ring that
 * holds it; because the images add up to the walk, the carried children add up to the snapped
 * outline (the argument of {@link OutlineSnapping}'s class comment).
 *
 * <p>Read forwards only, each given vertex where its representative lies on the walk, as long as
 * that goes round once. Where it does not, and the caller allows it, two kinds of fold the snapping
 * leaves are read too (both found on the redrawn city at 10.5 m: nine of its hundred streets, which
 * the whole group's snapping then had to answer):
 * <ul>
 * <li>a given vertex whose representative a round of inserts cut off with a spike ({@link
 *     GroupSnapping.Ring#cutOff}: a corner of the children's outline beside which the parent cuts
 *     across, within the tolerance) is on no walk. Its image is the representative of the walk,
 *     between the images of the given vertices on either side of it, nearest to it (the first of
 *     equals, later ones never before earlier ones): the ring's own vertex there is gone, and the
 *     segments on either side share what the walk runs through between their far ends.</li>
 * <li>a given ring that zig-zags between two representatives ({@code a b a b}: vertices closer than
 *     the tolerance to each other, snapped alternately to two representatives) has a segment whose
 *     image runs back along the walk. A step that returns to where the forward step before started,
 *     less than half the walk away, is then read back the way that step came (a spike of no width,
 *     {@code a b a}, as {@link Spikes} cuts them), taking the walk's representatives in reverse; the steps must still add up to once
 *     round. A segment and its way back cancel as chains, and the carried ring's spike is cut off
 *     where the ring is closed.</li>
 * </ul>
 * Whatever is read, the images add up to the walk exactly once (counted with their signs: a path
 * round a cycle whose steps add up to one turn crosses every edge of it once more forwards than
 * backwards), which is all the carrying needs; whether a carried ring is simple is certified where
 * it is built.
 *
 * <p>Stateless.
 */
final class SegmentImages {

    private SegmentImages() {
    }

    /**
     * Reads the images.
     *
     * @param given the given ring's representatives, closed (the first again at the end)
     * @param walk the snapped ring's representatives in order, each once, not closed
     * @param representatives how many representatives there are (ids {@code 0 ..} this {@code - 1})
     * @param rx the representatives' metre x (to place a cut-off vertex)
     * @param ry their metre y
     * @param cutOff which representatives a round of inserts cut off the ring with a spike; null when
     *     only forward images of vertices on the walk are read
     * @return per given segment its image as representatives (at least one: a segment whose ends are
     *     one has the image of its first), or null when the images cannot be read so
     */
    static int[][] of(int[] given, int[] walk, int representatives, double[] rx, double[] ry, IntPredicate cutOff) {
        int n = Math.max(0, given.length - 1);
        if (n == 0) {
            return new int[0][];
        }
        int length = walk.length;
        if (length == 0) {
            return null;
        }
        // per representative, its place on the walk plus one (0: not on it); borrowed, as the
        // places of the given vertices (the outline's snapping reads the images street after street)
        KeptArrays kept = KeptArrays.ofThisThread();
        int[] at = kept.zeroedInts(representatives);
        int[] place = kept.ints(n);
        try {
            for (int i = 0; i < length; i++) {
                if (at[walk[i]] != 0) {
                    return null;
                }
                at[walk[i]] = i + 1;
            }
            for (int k = 0; k < n; k++) {
                place[k] = at[given[k]] - 1;
                if (place[k] < 0 && (cutOff == null || !cutOff.test(given[k]))) {
                    return null;
                }
            }
            int[][] forward = traced(given, walk, place, n, rx, ry, true);
            return forward != null || cutOff == null ? forward : traced(given, walk, place, n, rx, ry, false);
        } finally {
            kept.giveBack(at);
            kept.giveBack(place);
        }
    }

    /**
     * {@return the images, each step from one given vertex on the walk to the next read forwards,
     * or, unless {@code forwardOnly}, back the way the forward step before came when it returns to
     * where that step started and that is the shorter way; null when the steps do not add up to once round (or no given vertex is on
     * the walk)}
     */
    private static int[][] traced(int[] given, int[] walk, int[] place, int n, double[] rx, double[] ry,
            boolean forwardOnly) {
        int length = walk.length;
        int first = -1;
        for (int k = 0; k < n && first < 0; k++) {
            if (place[k] >= 0) {
                first = k;
            }
        }
        if (first < 0) {
            return null;
        }
        int[][] images = new int[n][];
        long walked = 0;
        int k = first;
        // the step that reached k, and where it came from (-1: none yet)
        int last = 0;
        int lastFrom = -1;
        do {
            int j = k + 1 == n ? 0 : k + 1;
            while (place[j] < 0) {
                j = j + 1 == n ? 0 : j + 1;
            }
            int p = place[k];
            int ahead = Math.floorMod(place[j] - p, length);
            // back the way it came (a b a: a spike of no width) when folds are read and that is the
            // shorter way, else forwards
            int step = !forwardOnly && ahead != 0 && place[j] == lastFrom && last > 0 && 2 * last < length ? -last
                    : ahead;
            int direction = step >= 0 ? 1 : -1;
            int span = Math.abs(step);
            // the given vertices off the walk between k and j, each at the nearest place of the path
            int t = 0;
            for (int s = k; s != j; ) {
                int next = s + 1 == n ? 0 : s + 1;
                int to = next == j ? span : nearest(walk, p, direction, t, span, given[next], rx, ry);
                int count = Math.max(1, to - t);
                int[] image = new int[count];
                for (int i = 0; i < count; i++) {
                    image[i] = walk[Math.floorMod(p + direction * (t + i), length)];
                }
                images[s] = image;
                t = to;
                s = next;
            }
            walked += step;
            last = step;
            lastFrom = p;
            k = j;
        } while (k != first);
        return walked == length ? images : null;
    }

    /** {@return the step of the path from walk place {@code p}, between {@code from} and {@code to}, nearest to representative {@code v}} */
    private static int nearest(int[] walk, int p, int direction, int from, int to, int v, double[] rx,
            double[] ry) {
        int best = from;
        double bestSquared = Double.POSITIVE_INFINITY;
        for (int t = from; t <= to; t++) {
            int w = walk[Math.floorMod(p + direction * t, walk.length)];
            double dx = rx[w] - rx[v];
            double dy = ry[w] - ry[v];
            double squared = dx * dx + dy * dy;
            if (squared < bestSquared) {
                best = t;
                bestSquared = squared;
            }
        }
        return best;
    }
}

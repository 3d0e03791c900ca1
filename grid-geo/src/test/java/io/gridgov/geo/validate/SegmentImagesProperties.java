package io.gridgov.geo.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * {@link SegmentImages}: on rings given as walks round a snapped ring (forward steps of a few places,
 * some of none, on walks of at least 8: a step of more than half the walk would read as a way back),
 * with vertices cut off by a spike and zig-zags between two representatives mixed in, the images
 * laid end to end run round the walk exactly once, counted with their signs, and each image starts
 * at the image of its segment's first vertex; without the folds the reading is the forward one
 * whether the folds are allowed or not.
 */
class SegmentImagesProperties {

    @Property(tries = 500, seed = "20261204")
    void imagesRunRoundTheWalkOnce(@ForAll long seed, @ForAll @IntRange(min = 8, max = 40) int length,
            @ForAll boolean folds) {
        Random random = new Random(seed);
        Given ring = given(random, length, folds);
        int representatives = length + ring.cut.size();
        double[] rx = new double[representatives];
        double[] ry = new double[representatives];
        for (int p = 0; p < representatives; p++) {
            rx[p] = random.nextDouble() * 100;
            ry[p] = random.nextDouble() * 100;
        }
        int[][] forward = SegmentImages.of(ring.vertices, ring.walk, representatives, rx, ry, null);
        int[][] across = SegmentImages.of(ring.vertices, ring.walk, representatives, rx, ry, ring.cut::contains);
        if (!ring.folded) {
            assertThat(forward).isNotNull();
            assertThat(across).isDeepEqualTo(forward);
            for (int[] image : forward) {
                // forward images are runs of the walk
                for (int i = 0; i + 1 < image.length; i++) {
                    assertThat(image[i + 1]).isEqualTo(ring.walk[(indexOf(ring.walk, image[i]) + 1) % length]);
                }
            }
        } else if (!ring.cut.isEmpty()) {
            assertThat(forward).isNull();
        }
        assertThat(across).isNotNull();
        assertThat(across.length).isEqualTo(ring.vertices.length - 1);
        // each image starts at its first vertex's image: the given vertex's own representative when
        // it is on the walk
        for (int k = 0; k < across.length; k++) {
            if (!ring.cut.contains(ring.vertices[k])) {
                assertThat(across[k][0]).isEqualTo(ring.vertices[k]);
            }
        }
        // the images end to end, as a closed path on the walk: every step is along a walk edge
        // (or none), and each edge is crossed once more forwards than backwards
        int[] net = new int[length];
        List<Integer> path = new ArrayList<>();
        for (int[] image : across) {
            for (int p : image) {
                path.add(p);
            }
        }
        for (int i = 0; i < path.size(); i++) {
            int a = indexOf(ring.walk, path.get(i));
            int b = indexOf(ring.walk, path.get((i + 1) % path.size()));
            assertThat(a).isNotNegative();
            if (b == (a + 1) % length) {
                net[a]++;
            } else if (a == (b + 1) % length) {
                net[b]--;
            } else {
                assertThat(b).isEqualTo(a);
            }
        }
        for (int e = 0; e < length; e++) {
            assertThat(net[e]).as("edge %d", e).isEqualTo(1);
        }
    }

    @Example
    void aCornerCutOffGoesToTheNearestRepresentativeBetweenItsNeighbours() {
        // the walk 0 1 2 3; the given ring 0 1 9 2 3 with 9 cut off, nearest to 2
        double[] rx = {0, 10, 20, 20, 0, 0, 0, 0, 0, 19};
        double[] ry = {0, 0, 10, 20, 0, 0, 0, 0, 0, 2};
        int[][] images = SegmentImages.of(new int[] {0, 1, 9, 2, 3, 0}, new int[] {0, 1, 2, 3}, 10, rx, ry,
                p -> p == 9);
        assertThat(images).isDeepEqualTo(new int[][] {{0}, {1}, {2}, {2}, {3}});
    }

    @Example
    void aZigZagReadsItsStepBackwards() {
        // the given ring 0 1 2 1 2 3: the segment 2 -> 1 runs back along the walk
        int[][] images = SegmentImages.of(new int[] {0, 1, 2, 1, 2, 3, 0}, new int[] {0, 1, 2, 3}, 4, new double[4],
                new double[4], p -> false);
        assertThat(images).isDeepEqualTo(new int[][] {{0}, {1}, {2}, {1}, {2}, {3}});
        assertThat(SegmentImages.of(new int[] {0, 1, 2, 1, 2, 3, 0}, new int[] {0, 1, 2, 3}, 4, new double[4],
                new double[4], null)).isNull();
    }

    /** A ring given as a walk round a snapped ring, maybe with folds. */
    private record Given(int[] vertices, int[] walk, Set<Integer> cut, boolean folded) {
    }

    /**
     * {@return a walk of {@code length} representatives and a ring round it: forward steps of 0 to 3
     * places, and with {@code folds} now and then a vertex cut off (a representative of its own,
     * {@code length} and up) or a step back where it came from and forth again}
     */
    private static Given given(Random random, int length, boolean folds) {
        int[] walk = new int[length];
        for (int i = 0; i < length; i++) {
            walk[i] = i;
        }
        // a rotation of the ids, so that the walk does not start at 0
        int shift = random.nextInt(length);
        for (int i = 0; i < length; i++) {
            walk[i] = (i + shift) % length;
        }
        List<Integer> vertices = new ArrayList<>();
        Set<Integer> cut = new HashSet<>();
        boolean folded = false;
        int place = 0;
        int walked = 0;
        vertices.add(walk[0]);
        while (walked < length) {
            int step = Math.min(length - walked, random.nextInt(4));
            if (folds && random.nextInt(6) == 0) {
                // a vertex cut off with a spike, between this place and the next
                int id = length + cut.size();
                cut.add(id);
                vertices.add(id);
                folded = true;
            }
            walked += step;
            int from = place;
            place = (place + step) % length;
            vertices.add(walk[place]);
            if (folds && step > 0 && walked < length && random.nextInt(6) == 0) {
                // back where the step came from and forward again (a zig-zag)
                vertices.add(walk[from]);
                vertices.add(walk[place]);
                folded = true;
            }
        }
        // closed: the last vertex added is the walk's first again
        int[] v = vertices.stream().mapToInt(Integer::intValue).toArray();
        return new Given(v, walk, cut, folded);
    }

    private static int indexOf(int[] walk, int p) {
        for (int i = 0; i < walk.length; i++) {
            if (walk[i] == p) {
                return i;
            }
        }
        return -1;
    }
}

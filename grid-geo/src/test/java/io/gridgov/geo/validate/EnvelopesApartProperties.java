package io.gridgov.geo.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.operation.valid.IsValidOp;

/**
 * The cleaner passes over both tiling certificates when the parent's envelope and its children's
 * are apart ({@link CleaningRun#apart}): that must never pass over a group either certificate
 * accepts. The groups: bent lattices under their exact outline, that outline densified within the
 * noise (as {@link NearTilingProperties}), with a corner, an extra vertex, a child's vertex moved by
 * 10<sup>-15</sup> to 10 units, or the whole outline shifted, in metres and in lon/lat.
 */
class EnvelopesApartProperties {

    private static final GeometryFactory F = new GeometryFactory();

    @Property(tries = 400)
    void aGroupWhoseEnvelopesAreApartIsCertifiedByNeither(@ForAll @IntRange(min = 1, max = 4) int cols,
            @ForAll @IntRange(min = 1, max = 4) int rows, @ForAll @IntRange(min = 0, max = 5) int mutation,
            @ForAll @IntRange(min = 0, max = 16) int exponent, @ForAll boolean lonLat, @ForAll long seed) {
        Random random = new Random(seed);
        BentBorders.Lattice lattice = BentBorders.lattice(random, cols, rows, 20, random.nextInt(3), 4);
        Geometry[] children = new Geometry[lattice.rings().size()];
        for (int i = 0; i < children.length; i++) {
            children[i] = BentBorders.polygon(lattice.rings().get(i), lonLat);
        }
        List<Coordinate> outline = new ArrayList<>(lattice.outline());
        double delta = Math.pow(10, 1 - exponent) * (1 + random.nextDouble());   // metres, before lon/lat
        switch (mutation) {
            case 1 -> { // densified: a vertex near the middle of a segment
                int k = random.nextInt(outline.size() - 1);
                Coordinate a = outline.get(k);
                Coordinate b = outline.get(k + 1);
                outline.add(k + 1, new Coordinate((a.x + b.x) / 2, (a.y + b.y) / 2));
            }
            case 2 -> { // a corner of the outline moved
                int k = random.nextInt(outline.size() - 1);
                Coordinate p = outline.get(k);
                outline.set(k, new Coordinate(p.x + delta * (random.nextInt(3) - 1), p.y + delta * (random.nextInt(3) - 1)));
                if (k == 0) {
                    outline.set(outline.size() - 1, outline.get(0));
                }
            }
            case 3 -> { // the whole outline shifted
                for (int k = 0; k < outline.size(); k++) {
                    outline.set(k, new Coordinate(outline.get(k).x + delta, outline.get(k).y - delta));
                }
            }
            case 4 -> { // a vertex of one child moved
                int i = random.nextInt(children.length);
                Coordinate[] c = children[i].getCoordinates();
                int v = random.nextInt(c.length - 1);
                double step = lonLat ? delta / 1e5 : delta;   // the child is in lon/lat already
                c[v] = new Coordinate(c[v].x + step * (random.nextInt(3) - 1), c[v].y + step * (random.nextInt(3) - 1));
                if (v == 0) {
                    c[c.length - 1] = c[0].copy();
                }
                children[i] = F.createPolygon(c);
            }
            case 5 -> { // densified off the segment by delta
                int k = random.nextInt(outline.size() - 1);
                Coordinate a = outline.get(k);
                Coordinate b = outline.get(k + 1);
                outline.add(k + 1, new Coordinate((a.x + b.x) / 2 + delta, (a.y + b.y) / 2 - delta));
            }
            default -> { }
        }
        Geometry parent = BentBorders.polygon(outline, lonLat);
        if (!IsValidOp.isValid(parent) || !java.util.Arrays.stream(children).allMatch(IsValidOp::isValid)) {
            return;
        }
        Envelope union = new Envelope();
        for (Geometry g : children) {
            union.expandToInclude(g.getEnvelopeInternal());
        }
        double noise = CleaningRun.noiseWidth(parent.getEnvelopeInternal(), union);
        boolean apart = CleaningRun.apart(parent.getEnvelopeInternal(), union, noise);
        boolean certified = ExactTiling.certifies(children, parent) || NearTiling.certifies(children, parent, noise);
        Statistics.label("apart, certified").collect(apart, certified);
        if (mutation == 0) {
            assertThat(apart).as("children under their own outline").isFalse();
            assertThat(certified).as("children under their own outline").isTrue();
        }
        if (apart) {
            assertThat(certified).as("a group whose envelopes are apart").isFalse();
        }
    }
}

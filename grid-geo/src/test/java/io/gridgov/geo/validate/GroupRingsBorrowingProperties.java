package io.gridgov.geo.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.locationtech.jts.geom.Geometry;

/**
 * Rings read into arrays borrowed from the thread's {@link KeptArrays} ({@link GroupRings#borrowing})
 * are the rings {@link GroupRings#of} reads: the same geometries, rings, starts and vertex count,
 * and the same coordinates as far as the vertex count, whatever the previous borrower of the
 * arrays left in them and however much longer the arrays are; and the exact certificates read the
 * same answers off them ({@link ExactTiling#childrenOf}, {@link SimpleShell#certifies}).
 */
class GroupRingsBorrowingProperties {

    @Property(tries = 300)
    void borrowedRingsAreTheRingsRead(@ForAll @LongRange(min = 0, max = Long.MAX_VALUE / 2) long seed,
            @ForAll @IntRange(min = 1, max = 6) int cols, @ForAll @IntRange(min = 1, max = 6) int rows) {
        Random random = new Random(seed);
        SnappingScopeProperties.Group group = SnappingScopeProperties.group(random, cols, rows, random.nextInt(4) == 0);
        Assume.that(group != null);
        List<Geometry> read = new ArrayList<>(Arrays.asList(group.children()));
        read.add(random.nextInt(read.size() + 1), group.parent());
        Geometry[] geometries = read.toArray(new Geometry[0]);

        // an earlier group's rings, longer, given back with their coordinates left in them
        SnappingScopeProperties.Group earlier = SnappingScopeProperties.group(new Random(seed + 1), 6, 6, false);
        GroupRings.borrowing(earlier != null ? earlier.children() : geometries).giveBack();

        GroupRings fresh = GroupRings.of(geometries);
        GroupRings borrowed = GroupRings.borrowing(geometries);
        try {
            assertThat(borrowed.vertexCount()).isEqualTo(fresh.vertexCount()).isEqualTo(fresh.x.length);
            assertThat(borrowed.x.length).isGreaterThanOrEqualTo(borrowed.vertexCount());
            assertThat(borrowed.geometryCount()).isEqualTo(fresh.geometryCount());
            assertThat(borrowed.ringCount()).isEqualTo(fresh.ringCount());
            for (int r = 0; r <= fresh.ringCount(); r++) {
                assertThat(borrowed.start(r)).isEqualTo(fresh.start(r));
            }
            for (Geometry g : geometries) {
                assertThat(borrowed.indexOf(g)).isEqualTo(fresh.indexOf(g));
                assertThat(SimpleShell.certifies(g, borrowed)).isEqualTo(SimpleShell.certifies(g, fresh));
            }
            assertThat(Arrays.copyOf(borrowed.x, borrowed.vertexCount())).isEqualTo(fresh.x);
            assertThat(Arrays.copyOf(borrowed.y, borrowed.vertexCount())).isEqualTo(fresh.y);
            Geometry[] children = group.children();
            ExactTiling a = ExactTiling.childrenOf(children, group.parent(), fresh);
            ExactTiling b = ExactTiling.childrenOf(children, group.parent(), borrowed);
            assertThat(b == null).isEqualTo(a == null);
            if (a != null) {
                assertThat(b.tilesParent(group.parent(), borrowed)).isEqualTo(a.tilesParent(group.parent(), fresh));
            }
        } finally {
            borrowed.giveBack();
        }
    }
}

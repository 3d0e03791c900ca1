package io.gridgov.geo.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;

/** {@link PositionIds} numbers positions and undirected edges as a hash map would. */
class PositionIdsTest {

    @Test
    void numbersPositionsInTheOrderFirstMetAndFindsThemAgain() {
        PositionIds ids = new PositionIds(4);   // grows well beyond its first size
        Map<Coordinate, Integer> expected = new HashMap<>();
        Random random = new Random(3);
        for (int k = 0; k < 5_000; k++) {
            Coordinate c = new Coordinate(random.nextInt(60) * 0.25, random.nextInt(60) * 0.25);
            Integer before = expected.putIfAbsent(c, expected.size());
            assertThat(ids.id(new Coordinate(c))).isEqualTo(before == null ? expected.size() - 1 : before);
        }
        assertThat(ids.size()).isEqualTo(expected.size());
        expected.forEach((c, id) -> assertThat(ids.find(c)).isEqualTo(id));
        assertThat(ids.find(new Coordinate(0.1, 0.1))).isEqualTo(-1);
    }

    @Test
    void negativeZeroIsZeroAsEquals2DSays() {
        PositionIds ids = new PositionIds(16);
        int id = ids.id(new Coordinate(0.0, 1.0));
        assertThat(ids.id(new Coordinate(-0.0, 1.0))).isEqualTo(id);
    }

    @Test
    void edgesAreUndirected() {
        PositionIds ids = new PositionIds(2);
        Map<Long, Integer> expected = new HashMap<>();
        Random random = new Random(5);
        for (int k = 0; k < 5_000; k++) {
            int a = random.nextInt(100);
            int b = random.nextInt(100);
            long key = (long) Math.min(a, b) << 32 | Math.max(a, b);
            Integer before = expected.putIfAbsent(key, expected.size());
            assertThat(ids.edge(a, b)).isEqualTo(before == null ? expected.size() - 1 : before);
            assertThat(ids.findEdge(b, a)).isEqualTo(expected.get(key));
        }
        assertThat(ids.edges()).isEqualTo(expected.size());
        assertThat(ids.findEdge(1000, 1001)).isEqualTo(-1);
    }
}

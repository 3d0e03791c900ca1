package io.gridgov.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CaseNumbersTest {

    private static int find(CaseNumbers n, String id) {
        byte[] b = id.getBytes(StandardCharsets.US_ASCII);
        return n.find(b, 0, b.length);
    }

    @Test
    void anIdKeepsItsNumberUntilReleasedAfterItsLastUse() {
        CaseNumbers n = new CaseNumbers();
        int a = n.number("C-1");            // seq 0
        int b = n.number("C-2");            // seq 1
        assertThat(n.number("C-1")).isEqualTo(a);   // seq 2
        assertThat(b).isNotEqualTo(a);
        assertThat(find(n, "C-1")).isEqualTo(a);
        n.release(a, 1);                    // used again at 2: kept
        assertThat(find(n, "C-1")).isEqualTo(a);
        n.release(a, 2);
        assertThat(find(n, "C-1")).isEqualTo(-1);
        assertThat(n.number("C-3")).isEqualTo(a);   // recycled
        assertThat(n.name(a)).isEqualTo("C-3");
        assertThat(n.size()).isEqualTo(2);
    }

    @Test
    void manyIdsAddedAndReleasedInAnyOrderStayFindable() {
        CaseNumbers n = new CaseNumbers();
        Map<String, Integer> expected = new HashMap<>();
        Random r = new Random(3);
        for (int i = 0; i < 200_000; i++) {
            String id = "C-" + r.nextInt(5_000);
            if (r.nextInt(3) == 0 && expected.containsKey(id)) {
                n.release(expected.remove(id), n.nextSeq());
            } else {
                int k = n.number(id);
                Integer before = expected.put(id, k);
                assertThat(before == null || before == k).isTrue();
            }
        }
        expected.forEach((id, k) -> assertThat(find(n, id)).isEqualTo(k));
        assertThat(n.size()).isEqualTo(expected.size());
    }
}

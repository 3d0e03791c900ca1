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

    /** An id of one of several forms: the learnt dense form, zero-padded or other prefixes, far-apart numbers, no number. */
    private static String id(Random r, boolean padded) {
        switch (r.nextInt(8)) {
            case 0: return "C-0" + r.nextInt(50);                  // a leading zero: another form than C-n
            case 1: return "D-" + r.nextInt(50);                   // another prefix
            case 2: return "C-" + (100_000_000 + r.nextInt(900_000_000));   // far apart: spills past the pages' budget
            case 3: return "C-x" + r.nextInt(20);
            case 4: return "CASE-LONGER-PREFIX-" + r.nextInt(30);
            case 5: return String.valueOf(r.nextInt(40));
            default: return padded ? String.format("C-%07d", r.nextInt(3_000)) : "C-" + r.nextInt(3_000);
        }
    }

    @net.jqwik.api.Property(tries = 30)
    void idsOfEveryFormKeepDistinctNumbersThroughAddsAndReleases(@net.jqwik.api.ForAll long seed,
            @net.jqwik.api.ForAll boolean padded) {
        CaseNumbers n = new CaseNumbers();
        Map<String, Integer> expected = new HashMap<>();
        Map<Integer, String> byNumber = new HashMap<>();
        Random r = new Random(seed);
        for (int i = 0; i < 20_000; i++) {
            String id = id(r, padded);
            if (r.nextInt(3) == 0 && expected.containsKey(id)) {
                int k = expected.remove(id);
                byNumber.remove(k);
                n.release(k, n.nextSeq());
                assertThat(find(n, id)).isEqualTo(-1);
            } else {
                int found = find(n, id);
                int k;
                if (r.nextBoolean() && found >= 0) {
                    k = n.stamp(found);
                } else if (id.length() <= 16 && r.nextBoolean()) {
                    // numbered from its bytes: no string kept, the same number as from the string
                    byte[] b = ("\"" + id + "\"").getBytes(StandardCharsets.US_ASCII);
                    k = n.number(b, 1, id.length());
                } else {
                    k = n.number(id);
                }
                Integer before = expected.put(id, k);
                assertThat(before == null || before == k).as(id).isTrue();
                assertThat(before != null || !byNumber.containsKey(k)).as("number %d of %s taken", k, id).isTrue();
                byNumber.put(k, id);
                assertThat(n.name(k)).isEqualTo(id);
            }
        }
        expected.forEach((id, k) -> assertThat(find(n, id)).as(id).isEqualTo(k));
        assertThat(n.size()).isEqualTo(expected.size());
    }

    @Test
    void aLeadingZeroIsAnotherIdThanWithout() {
        CaseNumbers n = new CaseNumbers();
        int a = n.number("C-7");
        int b = n.number("C-07");
        int c = n.number("C-007");
        assertThat(java.util.Set.of(a, b, c)).hasSize(3);
        assertThat(find(n, "C-07")).isEqualTo(b);
        assertThat(find(n, "C-7")).isEqualTo(a);
        assertThat(find(n, "C-0007")).isEqualTo(-1);
    }
}

package io.gridgov.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class GridNamesTest {

    /** A grid id of one of several forms: the usual {@code g<n>}, zero-padded, another prefix, far keys, none. */
    private static String value(Random r, boolean padded) {
        switch (r.nextInt(9)) {
            case 0: return "g0" + r.nextInt(50);                      // a leading zero: another form than g<n>
            case 1: return "G" + r.nextInt(50);                       // another prefix
            case 2: return "g" + (GridNames.MAX_KEY - 5 + r.nextInt(10));   // around the array's end
            case 3: return "g" + (100_000_000 + r.nextInt(900_000_000));    // far past it
            case 4: return "grid-" + r.nextInt(30);
            case 5: return "sanitation";
            case 6: return "g" + "x".repeat(r.nextInt(20));
            default: return padded ? String.format("g%05d", r.nextInt(3_000)) : "g" + r.nextInt(3_000);
        }
    }

    private static byte[] bytes(String v, int pad) {
        return ("-".repeat(pad) + v + "\"").getBytes(StandardCharsets.US_ASCII);
    }

    /**
     * The grid table and the interner alone agree: the same string (the interner's own) and the same index for
     * every value, whichever of the two met it first, and the values of a second interner that never used a grid
     * table are equal to them.
     */
    @Property(tries = 40)
    void theGridTableGivesTheInternersStringAndIndex(@ForAll long seed, @ForAll boolean padded) {
        Random r = new Random(seed);
        Interner names = new Interner();
        GridNames grids = new GridNames(names);
        Interner alone = new Interner();
        for (int i = 0; i < 5_000; i++) {
            String v = value(r, padded);
            int pad = r.nextInt(3);
            byte[] b = bytes(v, pad);
            String s;
            int index;
            if (r.nextInt(4) == 0) {
                s = names.intern(b, pad, v.length());
                index = names.last();
            } else {
                s = grids.intern(b, pad, v.length());
                index = grids.last();
            }
            assertThat(s).isEqualTo(v).isEqualTo(alone.intern(b, pad, v.length()));
            assertThat(names.intern(b, pad, v.length())).isSameAs(s);
            assertThat(names.last()).isEqualTo(index);
            assertThat(index).isGreaterThanOrEqualTo(0);
            assertThat(names.string(index)).isSameAs(s);
        }
    }

    @Test
    void valuesPastTheInternersCapacityAreNewStringsWithoutAnIndex() {
        Interner names = new Interner();
        GridNames grids = new GridNames(names);
        for (int i = 0; i < Interner.MAX; i++) {
            byte[] b = ("x" + i).getBytes(StandardCharsets.US_ASCII);
            names.intern(b, 0, b.length);
        }
        byte[] g = "g7".getBytes(StandardCharsets.US_ASCII);
        assertThat(grids.intern(g, 0, g.length)).isEqualTo("g7");
        assertThat(grids.last()).isEqualTo(-1);
        assertThat(grids.intern(g, 0, g.length)).isEqualTo("g7");
        assertThat(grids.last()).isEqualTo(-1);
    }
}

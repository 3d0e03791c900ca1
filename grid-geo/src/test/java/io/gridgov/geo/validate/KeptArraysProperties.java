package io.gridgov.geo.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * {@link KeptArrays} lends each array to one borrower at a time: over random borrowings and
 * returns, an array lent is at least as long as asked (exactly, where asked so), a zeroed one is
 * zero as far as asked whatever its previous borrower left in it, and no array is lent while it is out.
 */
class KeptArraysProperties {

    @Property(tries = 100)
    void anArrayIsLentToOneBorrowerAtATime(@ForAll long seed) {
        Random random = new Random(seed);
        KeptArrays kept = KeptArrays.ofThisThread();
        Set<Object> out = Collections.newSetFromMap(new IdentityHashMap<>());
        Set<Object> tables = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Object> held = new ArrayList<>();
        for (int step = 0; step < 200; step++) {
            if (!held.isEmpty() && random.nextInt(3) == 0) {
                Object a = held.remove(random.nextInt(held.size()));
                out.remove(a);
                giveBack(kept, a, tables.remove(a));
                continue;
            }
            // mostly street-sized, now and then longer than any kept
            int length = random.nextInt(20) == 0 ? (1 << 17) + random.nextInt(1000) : random.nextInt(30_000);
            Object a;
            // int arrays of all kinds of use, longs, doubles and booleans; exact lengths as hash
            // tables ask them (powers of two)
            int exact = 16 << random.nextInt(12);
            switch (random.nextInt(8)) {
                case 0 -> {
                    int[] z = kept.zeroedInts(length);
                    assertThat(z.length).isGreaterThanOrEqualTo(length);
                    int nonZero = -1;
                    for (int i = 0; i < length && nonZero < 0; i++) {
                        nonZero = z[i] != 0 ? i : -1;
                    }
                    assertThat(nonZero).as("first non-zero of %d", length).isEqualTo(-1);
                    a = z;
                }
                case 1 -> {
                    int[] v = kept.ints(length);
                    assertThat(v.length).isGreaterThanOrEqualTo(length);
                    a = v;
                }
                case 2 -> {
                    long[] v = kept.longs(length);
                    assertThat(v.length).isGreaterThanOrEqualTo(length);
                    a = v;
                }
                case 3 -> {
                    double[] v = kept.doubles(length);
                    assertThat(v.length).isGreaterThanOrEqualTo(length);
                    a = v;
                }
                case 4 -> {
                    int[] z = kept.zeroedIntTable(exact);
                    assertThat(z).hasSize(exact).containsOnly(0);
                    a = z;
                    tables.add(a);
                }
                case 5 -> {
                    int[] v = kept.intTable(exact);
                    assertThat(v).hasSize(exact);
                    a = v;
                    tables.add(a);
                }
                case 6 -> {
                    double[] v = kept.doubleTable(exact);
                    assertThat(v).hasSize(exact);
                    a = v;
                    tables.add(a);
                }
                default -> {
                    boolean[] z = kept.zeroedBooleans(length);
                    assertThat(z.length).isGreaterThanOrEqualTo(length);
                    int set = -1;
                    for (int i = 0; i < length && set < 0; i++) {
                        set = z[i] ? i : -1;
                    }
                    assertThat(set).as("first set of %d", length).isEqualTo(-1);
                    a = z;
                }
            }
            assertThat(out.add(a)).as("lent while out").isTrue();
            held.add(a);
            // the borrower leaves its leftovers behind
            if (a instanceof int[] ints) {
                java.util.Arrays.fill(ints, random.nextInt() | 1);
            } else if (a instanceof boolean[] booleans) {
                java.util.Arrays.fill(booleans, true);
            }
        }
        for (Object a : held) {
            giveBack(kept, a, tables.remove(a));
        }
    }

    private static void giveBack(KeptArrays kept, Object a, boolean table) {
        if (table) {
            if (a instanceof int[] ints) {
                kept.giveBackTable(ints);
            } else {
                kept.giveBackTable((double[]) a);
            }
        } else if (a instanceof int[] ints) {
            kept.giveBack(ints);
        } else if (a instanceof long[] longs) {
            kept.giveBack(longs);
        } else if (a instanceof boolean[] booleans) {
            kept.giveBack(booleans);
        } else {
            kept.giveBack((double[]) a);
        }
    }

    @Example
    void eachThreadHasItsOwnAndKeepsItWhileItIsInUse() throws Exception {
        KeptArrays mine = KeptArrays.ofThisThread();
        mine.giveBack(mine.ints(100));
        assertThat(KeptArrays.ofThisThread()).isSameAs(mine);
        KeptArrays[] other = new KeptArrays[1];
        Thread thread = new Thread(() -> other[0] = KeptArrays.ofThisThread());
        thread.start();
        thread.join();
        assertThat(other[0]).isNotNull().isNotSameAs(mine);
    }
}

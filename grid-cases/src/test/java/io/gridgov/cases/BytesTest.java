package io.gridgov.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BytesTest {

    @Test
    void newlineFindsTheFirstLineFeedAtEveryPositionAndLength() {
        Random r = new Random(7);
        for (int n = 0; n < 40; n++) {
            for (int trial = 0; trial < 50; trial++) {
                byte[] b = new byte[n + 3];
                for (int i = 0; i < b.length; i++) {
                    b[i] = (byte) (r.nextInt(4) == 0 ? '\n' - 1 + r.nextInt(3) : r.nextInt(256));
                }
                int from = r.nextInt(2);
                int to = from + n;
                int expected = -1;
                for (int i = from; i < to; i++) {
                    if (b[i] == '\n') {
                        expected = i;
                        break;
                    }
                }
                assertThat(Bytes.newline(b, from, to)).isEqualTo(expected);
            }
        }
    }

    @Test
    void specialFlagsExactlyTheWordsWithAQuoteBackslashControlOrNonAsciiByte() {
        Random r = new Random(11);
        byte[] b = new byte[8];
        for (int trial = 0; trial < 200_000; trial++) {
            boolean expected = false;
            for (int i = 0; i < 8; i++) {
                int x = r.nextInt(5) == 0 ? r.nextInt(256) : 0x20 + r.nextInt(0x60);
                b[i] = (byte) x;
                expected |= x == '"' || x == '\\' || x < 0x20 || x >= 0x80;
            }
            assertThat(Bytes.special(Bytes.word(b, 0)) != 0).as("%s", java.util.Arrays.toString(b)).isEqualTo(expected);
        }
    }

    @net.jqwik.api.Property(tries = 300)
    void firstSpecialIsTheIndexOfTheFirstQuoteBackslashControlOrNonAsciiByte(@net.jqwik.api.ForAll long seed) {
        Random r = new Random(seed);
        byte[] b = new byte[8];
        for (int trial = 0; trial < 200; trial++) {
            int expected = 8;
            for (int i = 7; i >= 0; i--) {
                // mostly plain ASCII, so that the first special byte falls anywhere, with specials of every kind above it
                int x = r.nextInt(6) == 0 ? r.nextInt(256) : 0x20 + r.nextInt(0x60);
                b[i] = (byte) x;
                if (x == '"' || x == '\\' || x < 0x20 || x >= 0x80) {
                    expected = i;
                }
            }
            assertThat(Bytes.firstSpecial(Bytes.word(b, 0))).as("%s", java.util.Arrays.toString(b)).isEqualTo(expected);
        }
    }

    @Test
    void packedReadsTheSameWordsInsideAndAtTheEndOfAnArray() {
        byte[] value = "building.illegal-construction".getBytes(StandardCharsets.US_ASCII);
        byte[] inside = new byte[value.length + 20];
        System.arraycopy(value, 0, inside, 5, value.length);
        inside[5 + value.length] = 'x';
        for (int w = 0; w < 5; w++) {
            long atEnd = Bytes.packed(value, 0, value.length, w);
            assertThat(Bytes.packed(inside, 5, value.length, w)).isEqualTo(atEnd);
            long expected = 0;
            for (int k = 7; k >= 0; k--) {
                int i = w * 8 + k;
                expected = expected << 8 | (i < value.length ? value[i] & 0xFF : 0);
            }
            assertThat(atEnd).isEqualTo(expected);
        }
    }

    @net.jqwik.api.Property(tries = 200)
    void aPackedValueUnpacksToItsBytes(@net.jqwik.api.ForAll long seed) {
        Random r = new Random(seed);
        int len = r.nextInt(17);
        byte[] b = new byte[len + 9];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) (1 + r.nextInt(127));
        }
        int off = r.nextInt(9);
        String expected = new String(b, off, len, StandardCharsets.ISO_8859_1);
        assertThat(Bytes.unpacked(Bytes.packed(b, off, len, 0), Bytes.packed(b, off, len, 1), len)).isEqualTo(expected);
    }
}

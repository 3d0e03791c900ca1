package io.gridgov.cases;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InternerTest {

    @Test
    void equalCharactersGiveTheSameStringAndDifferentOnesDifferentStringsAcrossGrowth() {
        Interner names = new Interner();
        String[] first = new String[20_000];
        for (int i = 0; i < first.length; i++) {
            char[] c = ("xx g" + i + "yy").toCharArray();
            first[i] = names.intern(c, 3, c.length - 5);
            assertThat(first[i]).isEqualTo("g" + i);
        }
        for (int i = 0; i < first.length; i++) {
            char[] c = ("g" + i).toCharArray();
            assertThat(names.intern(c, 0, c.length)).isSameAs(first[i]);
        }
        assertThat(names.intern(new char[0], 0, 0)).isEmpty();
    }

    @Test
    void longValuesAndValuesThatDifferInTheirLastBytesOrLengthStayApart() {
        Interner names = new Interner();
        String[] values = {"a", "a\u0000", "building.illegal-construction", "building.illegal-constructioN",
            "x".repeat(32), "x".repeat(33), "x".repeat(40), "x".repeat(31), ""};
        String[] first = new String[values.length];
        for (int i = 0; i < values.length; i++) {
            char[] c = values[i].toCharArray();
            first[i] = names.intern(c, 0, c.length);
            assertThat(first[i]).isEqualTo(values[i]);
            assertThat(names.facts(names.last())).isZero();
            names.facts(names.last(), i + 1);
        }
        for (int i = 0; i < values.length; i++) {
            byte[] b = ("--" + values[i]).getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
            assertThat(names.intern(b, 2, b.length - 2)).isSameAs(first[i]);
            assertThat(names.facts(names.last())).isEqualTo(i + 1);
            assertThat(names.string(names.last())).isSameAs(first[i]);
        }
    }
}

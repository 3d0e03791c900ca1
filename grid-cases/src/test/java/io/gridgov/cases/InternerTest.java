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
}

package io.gridgov.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JsonTreeTest {

    private static JsonTree.Cursor read(String text) {
        return new JsonTree("in.json").read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static InvalidInputException failure(Runnable r) {
        return catchThrowableOfType(InvalidInputException.class, r::run);
    }

    @Test
    void aKeyGivenTwiceIsAnErrorAtItsSecondOccurrence() {
        InvalidInputException e = failure(() -> read("{\"a\": 1,\n \"a\": 2}"));
        assertThat(e.location().line()).hasValue(2);
        assertThat(e.getMessage()).startsWith("in.json:2:").contains("\"a\" again").doesNotContain("Duplicate field");
        assertThat(e.message(Locale.SIMPLIFIED_CHINESE)).contains("重复");
    }

    @Test
    void contentAfterTheDocumentIsAnError() {
        InvalidInputException e = failure(() -> read("{\"a\": 1} {\"b\": 2}"));
        assertThat(e.getMessage()).contains("end of the input").doesNotContain("FAIL_ON_TRAILING_TOKENS");
    }

    @Test
    void invalidUtf8AndGzipAreErrorsNotReplacementCharacters() {
        byte[] bad = {'{', '"', 'a', '"', ':', '"', (byte) 0xff, '"', '}'};
        InvalidInputException e = failure(() -> new JsonTree("in.json").read(new ByteArrayInputStream(bad)));
        assertThat(e.getMessage()).contains("UTF-8");
        byte[] gz = {0x1f, (byte) 0x8b, 8, 0};
        assertThat(failure(() -> new JsonTree("in.json.gz").read(new ByteArrayInputStream(gz))).getMessage())
                .startsWith("in.json.gz: ").contains("gzip");
    }

    @Test
    void aWrongValueIsReportedAtItsLineColumnAndPathInBothLanguages() {
        JsonTree.Cursor root = read("{\n  \"duties\": [\n    {\"role\": 7}\n  ]\n}");
        InvalidInputException e = failure(() -> root.get("duties").array().get(0).get("role").text());
        assertThat(e.getMessage()).isEqualTo("in.json:3:14, field \"$.duties[0].role\": expected a non-empty string, found 7");
        assertThat(e.message(Locale.SIMPLIFIED_CHINESE)).startsWith("in.json:3:14").contains("应为非空字符串");
    }

    @Test
    void aQuotedKeyIsLocatedToo() {
        JsonTree.Cursor root = read("{\"facts\": {\n \"duty.patrol.done\": \"x\"}}");
        InvalidInputException e = failure(() -> root.get("facts").optQuoted("duty.patrol.done").orElseThrow().number());
        assertThat(e.location().line()).hasValue(2);
        assertThat(e.location().field()).hasValue("$.facts[\"duty.patrol.done\"]");
    }

    @Test
    void anUnknownFieldOfAClosedObjectIsNamedWithTheAllowedOnes() {
        InvalidInputException e = failure(() -> read("{\"id\": \"x\", \"severty\": 1}").object(Set.of("id", "severity")));
        assertThat(e.getMessage()).contains("$.severty").contains("unknown field \"severty\"").contains("id, severity");
    }

    @Test
    void valuesInMessagesAreShortAndOnOneLine() {
        String hostile = "a\nb\u202ec" + "x".repeat(500);
        InvalidInputException e = failure(() -> read("{\"id\": " + JsonTree.MAPPER.valueToTree(hostile) + "}")
                .get("id").integer());
        assertThat(e.getMessage()).doesNotContain("\n").doesNotContain("\u202e").hasSizeLessThan(200);
    }

    @Test
    void numbersAreExact() {
        assertThat(read("{\"p\": 0.10}").get("p").number()).isEqualByComparingTo("0.10").hasToString("0.10");
    }

    // ---- found by fuzzing (grid-fuzz, docs/robustness.md) ----------------------------------------

    @Test
    void aKeyWithControlAndBidiCharactersStaysOnOneEscapedLine() {
        JsonTree.Cursor root = read("{\"a\\u0000\\u202e\\n\": 1}");
        InvalidInputException e = failure(() -> root.object(Set.of("a")));
        assertThat(e.getMessage()).doesNotContain("\n", "\u0000", "\u202e")
                .contains("a\\u0000\\u202e\\u000a");
        assertThat(e.message(Locale.SIMPLIFIED_CHINESE)).doesNotContain("\n");
    }

    @Test
    void aLongKeyAndALongListOfExpectedKeysAreShortened() {
        JsonTree.Cursor root = read("{\"" + "k".repeat(10_000) + "\": 1}");
        Set<String> many = new java.util.HashSet<>();
        for (int i = 0; i < 40; i++) {
            many.add("expected_key_" + i);
        }
        InvalidInputException e = failure(() -> root.object(many));
        assertThat(e.getMessage()).hasSizeLessThan(500).contains("… (+");
    }

    @Test
    void aLineSeparatorInTheTextIsEscapedInTheMessage() {
        InvalidInputException e = failure(() -> read("{\"a\":\u2028 1, }"));
        assertThat(e.getMessage()).doesNotContain("\u2028").contains("U+2028").doesNotContain("code 8232");
    }

    @Test
    void aNumberWhoseScaleNoDecimalHoldsIsALocatedError() {
        InvalidInputException e = failure(() -> read("{\"a\": 1,\n \"b\": -1e-2147483648}"));
        assertThat(e.location().line()).hasValue(2);
        assertThat(e.getMessage()).contains("\"-1e-2147483648\"").doesNotContain("BigDecimal");
    }

    @Test
    void invalidUtf8IsLocatedByTheStreamingReaderToo() throws Exception {
        byte[] head = "{\"a\": \"王\",\n \"b\": \"x".getBytes(StandardCharsets.UTF_8);
        byte[] utf8 = java.util.Arrays.copyOf(head, head.length + 4);   // then an overlong C0 80 and "}
        utf8[head.length] = (byte) 0xc0;
        utf8[head.length + 1] = (byte) 0x80;
        utf8[head.length + 2] = '"';
        utf8[head.length + 3] = '}';
        java.io.Reader r = JsonTree.utf8(new ByteArrayInputStream(utf8));
        java.io.IOException io = catchThrowableOfType(java.io.IOException.class, () -> {
            while (r.read() >= 0) {
                // read to the bad byte
            }
        });
        InvalidInputException e = JsonTree.unreadable(io, "in.json");
        assertThat(e.location().line()).hasValue(2);
        assertThat(e.location().column()).hasValue(9);   // after ` "b": "x`
        assertThat(e.getMessage()).contains("UTF-8");
    }
}

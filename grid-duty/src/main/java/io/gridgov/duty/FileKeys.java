package io.gridgov.duty;

import io.gridgov.core.io.JsonTree;
import java.util.Arrays;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Parsing the keys of the duty files' enumerations (periods, evidence kinds). Stateless and thread-safe. */
final class FileKeys {

    private FileKeys() {
    }

    /**
     * Finds the constant whose key is {@code text}, ignoring case and surrounding blanks.
     *
     * @param values the constants, in the order the message lists them
     * @param key the key of a constant in files
     * @param what what the constants are, for the message, such as {@code period}
     * @param text the text to parse
     * @return the constant
     * @throws IllegalArgumentException naming the accepted keys when none matches
     */
    static <E extends Enum<E>> E parse(E[] values, Function<E, String> key, String what, String text) {
        for (E e : values) {
            if (key.apply(e).equalsIgnoreCase(text.trim())) {
                return e;
            }
        }
        throw InvalidDutyException.of("value.unknownKey." + what, JsonTree.quoted(text),
                Arrays.stream(values).map(key).collect(Collectors.joining(", ")));
    }
}

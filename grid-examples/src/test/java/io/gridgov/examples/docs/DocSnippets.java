package io.gridgov.examples.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks that the code blocks of a Markdown document equal the source regions they quote.
 *
 * <p>In the document, a fenced block is tied to a region by a comment on the line before it:
 * <pre>
 * &lt;!-- snippet: grid-examples/src/test/java/io/gridgov/examples/docs/testing/SchoolGridRule.java#rule --&gt;
 * ```java
 * ...
 * ```
 * </pre>
 * and in the source the region is delimited by {@code // tag::rule[]} and {@code // end::rule[]}
 * lines. The comparison ignores the region's common indentation and trailing blank lines. Paths
 * are relative to the repository root. Stateless and thread-safe.
 */
public final class DocSnippets {

    private static final Pattern SNIPPET = Pattern.compile(
            "<!--\\s*snippet:\\s*(\\S+)#(\\S+)\\s*-->\\s*\\R```[a-zA-Z]*\\R(.*?)\\R?```", Pattern.DOTALL);

    /** One quoted snippet of a document. */
    public record Snippet(String file, String tag, String text) { }

    private DocSnippets() {
    }

    /**
     * The snippets a document quotes.
     *
     * @param markdown the document
     * @return the snippets in document order
     */
    public static List<Snippet> snippets(Path markdown) {
        Matcher m = SNIPPET.matcher(read(markdown));
        List<Snippet> out = new ArrayList<>();
        while (m.find()) {
            out.add(new Snippet(m.group(1), m.group(2), m.group(3)));
        }
        return out;
    }

    /**
     * The region of a source file between {@code // tag::name[]} and {@code // end::name[]}, without
     * its common indentation.
     *
     * @param source the source file
     * @param tag the region's name
     * @return the region
     * @throws IllegalArgumentException naming the file and tag when the region is missing
     */
    public static String region(Path source, String tag) {
        List<String> lines = read(source).lines().toList();
        int start = -1;
        int end = -1;
        for (int i = 0; i < lines.size(); i++) {
            String t = lines.get(i).trim();
            if (t.equals("// tag::" + tag + "[]")) {
                start = i + 1;
            } else if (t.equals("// end::" + tag + "[]") && start >= 0) {
                end = i;
                break;
            }
        }
        if (start < 0 || end < 0) {
            throw new IllegalArgumentException("no region '" + tag + "' (// tag::" + tag + "[] … // end::" + tag
                    + "[]) in " + source);
        }
        List<String> region = lines.subList(start, end);
        int indent = region.stream().filter(l -> !l.isBlank())
                .mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
        return strip(String.join("\n", region.stream().map(l -> l.isBlank() ? "" : l.substring(indent)).toList()));
    }

    /**
     * Every difference between the document's snippets and the source.
     *
     * @param markdown the document
     * @param root the repository root
     * @return one message per snippet that differs (empty when all agree)
     */
    public static List<String> mismatches(Path markdown, Path root) {
        List<String> out = new ArrayList<>();
        for (Snippet s : snippets(markdown)) {
            String expected = region(root.resolve(s.file()), s.tag());
            String actual = strip(s.text().replace("\r\n", "\n"));
            if (!expected.equals(actual)) {
                out.add(markdown + ": snippet " + s.file() + "#" + s.tag() + " differs from the source; it should be:\n"
                        + expected);
            }
        }
        return out;
    }

    private static String strip(String s) {
        return s.replaceAll("\\s+$", "");
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + p, e);
        }
    }
}

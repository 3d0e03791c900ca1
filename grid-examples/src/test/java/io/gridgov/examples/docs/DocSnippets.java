package io.gridgov.examples.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one checker of code and data quoted in the Markdown documents (docs/*.md, docs/formats/*.md).
 *
 * <p>In a document, a fenced block is tied to its origin by an HTML comment on the line before it:
 * <pre>
 * &lt;!-- snippet: grid-examples/src/main/java/io/gridgov/examples/docs/EmbeddingSamples.java#tree --&gt;
 * ```java
 * ...
 * ```
 * </pre>
 * The kinds are {@code snippet: PATH#TAG} (the source region between {@code // tag::TAG[]} and
 * {@code // end::TAG[]} lines), {@code file: PATH} (a whole file), and free kinds whose target a test
 * interprets, such as {@code output: NAME} (what a sample prints) or {@code check: NAME} (an example
 * that a test feeds to its reader). A region is compared without its common indentation and
 * trailing blank lines. Paths are relative to the repository root. Stateless and thread-safe.
 */
public final class DocSnippets {

    private static final Pattern BLOCK = Pattern.compile(
            "<!--\\s*([a-z]+):\\s*(\\S+)\\s*-->[ \\t]*\\R```[a-zA-Z]*\\R(.*?)\\R?```", Pattern.DOTALL);

    /**
     * One marked block of a document.
     *
     * @param kind the marker's kind, such as {@code snippet}
     * @param target what follows the kind, such as {@code path#tag}
     * @param text the block's content
     */
    public record Block(String kind, String target, String text) {
        /** {@return the file part of a {@code path#tag} target} */
        public String file() {
            int hash = target.indexOf('#');
            return hash < 0 ? target : target.substring(0, hash);
        }

        /** {@return the tag part of a {@code path#tag} target, or empty text} */
        public String tag() {
            int hash = target.indexOf('#');
            return hash < 0 ? "" : target.substring(hash + 1);
        }
    }

    /** The repository root, from grid-examples (the working directory of its tests). */
    public static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    private DocSnippets() {
    }

    /**
     * The marked blocks of a document.
     *
     * @param markdown the document
     * @return the blocks in document order
     */
    public static List<Block> blocks(Path markdown) {
        Matcher m = BLOCK.matcher(read(markdown).replace("\r\n", "\n"));
        List<Block> out = new ArrayList<>();
        while (m.find()) {
            out.add(new Block(m.group(1), m.group(2), m.group(3)));
        }
        return out;
    }

    /**
     * The marked blocks of one kind.
     *
     * @param markdown the document
     * @param kind the kind, such as {@code snippet}
     * @return the blocks of that kind in document order
     */
    public static List<Block> blocks(Path markdown, String kind) {
        return blocks(markdown).stream().filter(b -> b.kind().equals(kind)).toList();
    }

    /**
     * The content of the one block of a kind and target.
     *
     * @param markdown the document
     * @param kind the kind
     * @param target the target
     * @return the block's text
     * @throws IllegalArgumentException naming the document when there is no such block
     */
    public static String block(Path markdown, String kind, String target) {
        return blocks(markdown).stream().filter(b -> b.kind().equals(kind) && b.target().equals(target))
                .map(Block::text).findFirst().orElseThrow(() -> new IllegalArgumentException(
                        "no block <!-- " + kind + ": " + target + " --> in " + markdown));
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
     * Every difference between the document's {@code snippet} and {@code file} blocks and their sources.
     *
     * @param markdown the document
     * @param root the repository root
     * @return one message per block that differs (empty when all agree)
     */
    public static List<String> mismatches(Path markdown, Path root) {
        List<String> out = new ArrayList<>();
        for (Block b : blocks(markdown)) {
            expected(b, root).filter(expected -> !expected.equals(strip(b.text()))).ifPresent(expected ->
                    out.add(markdown + ": " + b.kind() + " " + b.target() + " differs from the source; it should be:\n"
                            + expected));
        }
        return out;
    }

    /**
     * Rewrites the document's {@code snippet} and {@code file} blocks from their sources (run
     * {@code mvn -pl grid-examples test -Dtest=DocSnippetsTest -Dgridgov.docs.update=true} after changing a sample).
     *
     * @param markdown the document, rewritten in place when a block differs
     * @param root the repository root
     * @return whether the document changed
     */
    public static boolean update(Path markdown, Path root) {
        String text = read(markdown).replace("\r\n", "\n");
        Matcher m = BLOCK.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Block b = new Block(m.group(1), m.group(2), m.group(3));
            String block = m.group();
            String replaced = expected(b, root)
                    .map(e -> block.substring(0, m.start(3) - m.start()) + e + block.substring(m.end(3) - m.start()))
                    .orElse(block);
            m.appendReplacement(out, Matcher.quoteReplacement(replaced));
        }
        m.appendTail(out);
        if (out.toString().equals(text)) {
            return false;
        }
        try {
            Files.writeString(markdown, out.toString(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + markdown, e);
        }
        return true;
    }

    /**
     * What a block must say: a {@code file} block the whole file; a {@code snippet} block its region,
     * preceded, for a Java source, by the imports of that source the region uses (so that every sample can
     * be copied with what it needs), then a blank line.
     */
    private static Optional<String> expected(Block b, Path root) {
        if (b.kind().equals("snippet")) {
            Path source = root.resolve(b.file());
            String region = region(source, b.tag());
            if (!b.file().endsWith(".java")) {
                return Optional.of(region);
            }
            List<String> imports = importsUsed(source, region);
            return Optional.of(imports.isEmpty() ? region : String.join("\n", imports) + "\n\n" + region);
        }
        if (b.kind().equals("file")) {
            return Optional.of(strip(read(root.resolve(b.file())).replace("\r\n", "\n")));
        }
        return Optional.empty();
    }

    private static final Pattern IMPORT = Pattern.compile("^import\\s+(static\\s+)?([\\w.]+)\\s*;\\s*$");

    /** The source's import lines, in their order, whose simple name the region mentions. */
    static List<String> importsUsed(Path source, String region) {
        List<String> used = new ArrayList<>();
        for (String line : read(source).lines().toList()) {
            Matcher m = IMPORT.matcher(line.strip());
            if (m.matches()) {
                String name = m.group(2).substring(m.group(2).lastIndexOf('.') + 1);
                if (Pattern.compile("\\b" + Pattern.quote(name) + "\\b").matcher(region).find()) {
                    used.add(line.strip());
                }
            }
        }
        return used;
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

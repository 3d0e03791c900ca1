package io.gridgov.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocSnippetsTest {

    @TempDir
    Path dir;

    private void write(String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text);
    }

    @Test
    void aSnippetEqualToItsRegionPassesAndAChangedOneIsReported() throws IOException {
        write("A.java", "class A {\n    // tag::m[]\n    void m() {\n        run();\n    }\n    // end::m[]\n}\n");
        write("ok.md", "Text\n<!-- snippet: A.java#m -->\n```java\nvoid m() {\n    run();\n}\n```\n");
        write("bad.md", "<!-- snippet: A.java#m -->\n```java\nvoid m() {\n    walk();\n}\n```\n");

        assertThat(DocSnippets.mismatches(dir.resolve("ok.md"), dir)).isEmpty();
        assertThat(DocSnippets.mismatches(dir.resolve("bad.md"), dir)).singleElement().asString()
                .contains("A.java#m differs").contains("run();");
    }

    @Test
    void aJavaSnippetShowsTheImportsItUsesAndAnUpdateWritesThem() throws IOException {
        write("B.java", "import java.util.List;\nimport java.util.Map;\nimport static java.util.Objects.requireNonNull;\n"
                + "class B {\n    // tag::m[]\n    List<String> m(String s) {\n        return List.of(requireNonNull(s));\n"
                + "    }\n    // end::m[]\n}\n");
        write("doc.md", "<!-- snippet: B.java#m -->\n```java\nList<String> m(String s) {\n    return List.of(requireNonNull(s));\n}\n```\n");
        assertThat(DocSnippets.mismatches(dir.resolve("doc.md"), dir)).singleElement().asString()
                .contains("import java.util.List;\nimport static java.util.Objects.requireNonNull;\n\nList<String> m")
                .doesNotContain("java.util.Map");

        assertThat(DocSnippets.update(dir.resolve("doc.md"), dir)).isTrue();
        assertThat(DocSnippets.mismatches(dir.resolve("doc.md"), dir)).isEmpty();
        assertThat(DocSnippets.update(dir.resolve("doc.md"), dir)).isFalse();
    }

    @Test
    void aQuotedFileMustEqualTheFileAndOtherKindsAreLeftToTheirTests() throws IOException {
        write("data.json", "{\"a\": 1}\n");
        write("doc.md", "<!-- file: data.json -->\n```json\n{\"a\": 2}\n```\n<!-- output: run -->\n```\nhello\n```\n");
        assertThat(DocSnippets.mismatches(dir.resolve("doc.md"), dir)).singleElement().asString()
                .contains("file data.json differs");
        assertThat(DocSnippets.block(dir.resolve("doc.md"), "output", "run")).isEqualTo("hello");
    }

    @Test
    void aMissingRegionIsNamed() throws IOException {
        write("A.java", "class A {}\n");
        write("doc.md", "<!-- snippet: A.java#nope -->\n```java\nx\n```\n");
        assertThatThrownBy(() -> DocSnippets.mismatches(dir.resolve("doc.md"), dir))
                .hasMessageContaining("no region 'nope'").hasMessageContaining("A.java");
    }

    @Test
    void theReadmeAndEveryDocumentQuoteTheirSourcesVerbatim() throws IOException {
        try (Stream<Path> docs = Stream.concat(Stream.of(DocSnippets.ROOT.resolve("README.md")),
                Files.walk(DocSnippets.ROOT.resolve("docs")))) {
            for (Path doc : docs.filter(p -> p.toString().endsWith(".md")).toList()) {
                if (Boolean.getBoolean("gridgov.docs.update")) {
                    DocSnippets.update(doc, DocSnippets.ROOT);
                }
                assertThat(DocSnippets.mismatches(doc, DocSnippets.ROOT)).as(doc.toString()).isEmpty();
            }
        }
    }
}

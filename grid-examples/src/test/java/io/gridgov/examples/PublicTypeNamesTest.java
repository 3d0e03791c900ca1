package io.gridgov.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No two public top-level types of the library share a simple name (two {@code ValidationReport}s or
 * three {@code Rule}s would be in scope together in a user's code). Scans the main source trees of
 * every module of the repository, so a new module is covered without changing this test.
 */
class PublicTypeNamesTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    /** A top-level public type declaration: no indentation, modifiers, kind, name. */
    private static final Pattern PUBLIC_TYPE = Pattern.compile(
            "^public\\s+(?:(?:final|sealed|non-sealed|abstract|static|strictfp)\\s+)*(?:class|interface|enum|record|@interface)\\s+(\\w+)",
            Pattern.MULTILINE);

    @Test
    void noTwoPublicTypesShareASimpleName() throws IOException {
        Map<String, List<String>> byName = publicTypes();
        assertThat(byName).as("public types found (is the scan looking at the right tree?)").hasSizeGreaterThan(100);
        Map<String, List<String>> clashes = new TreeMap<>();
        byName.forEach((name, where) -> {
            if (where.size() > 1) {
                clashes.put(name, where);
            }
        });
        assertThat(clashes).as("public types of io.gridgov.* sharing a simple name").isEmpty();
    }

    @Test
    void theScanSeesTheTypesOfEveryModule() throws IOException {
        Map<String, List<String>> byName = publicTypes();
        assertThat(byName).containsKeys("Diagnostic", "StructuralReport", "ValidationReport", "BoundaryRule",
                "IndicatorRule", "DutyCatalog", "GridAssertions", "GridGovCli");
        assertThat(byName.get("ValidationReport")).containsExactly("io.gridgov.geo.validate.ValidationReport");
    }

    /** {@return simple name → fully qualified names of the public top-level types in every module's src/main/java} */
    static Map<String, List<String>> publicTypes() throws IOException {
        Map<String, List<String>> byName = new TreeMap<>();
        List<Path> trees = new ArrayList<>();
        try (Stream<Path> modules = Files.list(ROOT)) {
            modules.map(m -> m.resolve("src/main/java")).filter(Files::isDirectory).forEach(trees::add);
        }
        for (Path tree : trees) {
            try (Stream<Path> files = Files.walk(tree)) {
                files.filter(f -> f.toString().endsWith(".java")).forEach(f -> {
                    String source = read(f);
                    Matcher m = PUBLIC_TYPE.matcher(source);
                    if (m.find()) {
                        String pkg = tree.relativize(f.getParent()).toString().replace(f.getFileSystem().getSeparator(), ".");
                        if (pkg.startsWith("io.gridgov")) {
                            byName.computeIfAbsent(m.group(1), k -> new ArrayList<>()).add(pkg + "." + m.group(1));
                        }
                    }
                });
            }
        }
        return byName;
    }

    private static String read(Path f) {
        try {
            return Files.readString(f, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + f, e);
        }
    }
}

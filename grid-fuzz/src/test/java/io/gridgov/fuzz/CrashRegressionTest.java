package io.gridgov.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.gridgov.fuzz.Readers.Reader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every input the fuzz harness ever found breaking the contract, kept under
 * {@code src/test/resources/crashes/<reader>/} and replayed through the same reader and stage: each
 * must now work or be refused with the declared exception and a one-line located message
 * (docs/robustness.md lists the defects they found). None is exempt: a defect in the engine of the
 * module behind a reader is fixed there, not tolerated here.
 */
class CrashRegressionTest {

    @TestFactory
    List<DynamicTest> everyFixedCrashKeepsTheContract() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Reader reader : Readers.ALL) {
            for (String name : Readers.index("/crashes/" + reader.name() + "/")) {
                tests.add(DynamicTest.dynamicTest(reader.name() + "/" + name, () -> holds(reader, name)));
            }
        }
        assertThat(tests).hasSizeGreaterThanOrEqualTo(40);
        return tests;
    }

    private static void holds(Reader reader, String name) throws IOException {
        Path file = fixture(reader.name() + "/" + name);
        Optional<String> violation = Harness.run(reader, file, Files.readAllBytes(file));
        assertThat(violation).as(reader.name() + "/" + name).isEmpty();
    }

    private static Path fixture(String path) {
        try {
            return Path.of(CrashRegressionTest.class.getResource("/crashes/" + path).toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}

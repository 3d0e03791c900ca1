package io.gridgov.core.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.gridgov.core.io.InvalidInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FactReaderTest {

    @Test
    void subjectsComeOneAtATimeAndABadRecordFailsWhereItIsAfterTheOnesBefore(@TempDir Path dir) throws Exception {
        Path f = Files.writeString(dir.resolve("f.csv"), "id,period,patrol.done\ng1,2026-11,57\ng2,2026-11,58\n"
                + "g3,2026-11,many\ng4,2026-11,3\n");
        List<String> seen = new ArrayList<>();
        InvalidInputException e;
        try (FactReader r = FactFiles.open(f)) {
            e = catchThrowableOfType(InvalidInputException.class, () -> {
                while (r.hasNext()) {
                    seen.add(r.next().id());
                }
            });
            assertThat(r.period()).contains("2026-11");
        }
        assertThat(seen).containsExactly("g1", "g2");
        assertThat(e.getMessage()).isEqualTo(catchThrowableOfType(InvalidInputException.class,
                () -> FactFiles.read(f)).getMessage()).contains("f.csv:4:", "subject \"g3\"", "patrol.done");
    }

    @Test
    void aJsonPeriodAfterTheSubjectsIsKnownBeforeTheFirstSubject(@TempDir Path dir) throws Exception {
        Path f = Files.writeString(dir.resolve("f.json"), """
                {"subjects": [{"id": "g1", "facts": {"x": 1}}, {"id": "g2", "facts": {"x": 2}}],
                 "period": "2026-11"}""");
        try (FactReader r = FactFiles.open(f)) {
            assertThat(r.hasNext()).isTrue();
            assertThat(r.period()).contains("2026-11");
            assertThat(r.readAll().subjects()).hasSize(2);
        }
    }

    @Test
    void anErrorAfterTheLastSubjectComesFromHasNext(@TempDir Path dir) throws Exception {
        Path f = Files.writeString(dir.resolve("f.json"), "{\"subjects\": [{\"id\": \"g1\", \"facts\": {}}]} []");
        try (FactReader r = FactFiles.open(f)) {
            assertThat(r.next().id()).isEqualTo("g1");
            InvalidInputException e = catchThrowableOfType(InvalidInputException.class, r::hasNext);
            assertThat(e.getMessage()).contains("f.json:1:");
        }
    }

    @Test
    void aSubjectGivenTwiceInOneFileIsRefusedWhenReached(@TempDir Path dir) throws Exception {
        Path f = Files.writeString(dir.resolve("f.json"), "{\"subjects\": [{\"id\": \"g1\", \"facts\": {}}, "
                + "{\"id\": \"g1\", \"facts\": {}}]}");
        try (FactReader r = FactFiles.open(f)) {
            assertThat(r.next().id()).isEqualTo("g1");
            assertThat(catchThrowableOfType(InvalidInputException.class, r::next).getMessage())
                    .contains("subject \"g1\"");
        }
    }
}

package io.gridgov.core.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.gridgov.core.io.InvalidInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;

/**
 * Facts read one subject at a time ({@link FactFiles#open}) are what {@link FactFiles#read} reads: the
 * same subjects in the same order with the same values, one file or several merged, and the same errors.
 */
class FactReaderProperties {

    private Path dir;

    @BeforeProperty
    void makeDir() throws IOException {
        dir = Files.createTempDirectory("fact-reader");
    }

    @AfterProperty
    void removeDir() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> {
                try {
                    Files.delete(f);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    /**
     * One to four sources of up to eight subjects each, in any order, some shared between sources; a
     * subject's facts are split between the sources that name it (no conflict); groups and periods agree.
     */
    @Provide
    Arbitrary<List<FactSet>> sources() {
        Arbitrary<BigDecimal> values = Arbitraries.longs().between(-10_000, 10_000).map(v -> BigDecimal.valueOf(v, 1));
        return Arbitraries.integers().between(1, 4).flatMap(n -> Arbitraries.integers().between(0, 7).set().ofMaxSize(8)
                .map(ArrayList::new).flatMap(Arbitraries::shuffle).list().ofSize(n)
                .flatMap(subjects -> values.list().ofSize(32).flatMap(vs -> Arbitraries.integers().between(0, 1)
                        .list().ofSize(n).map(periods -> {
                            List<FactSet> out = new ArrayList<>();
                            for (int i = 0; i < n; i++) {
                                FactSet.Builder b = FactSet.builder().source("s" + i);
                                if (periods.get(i) == 1) {
                                    b.period("2026-11");
                                }
                                for (int id : subjects.get(i)) {
                                    b.subject("g" + id);
                                    for (int f = 0; f < 4; f++) {
                                        if ((id + f) % n == i) {      // each fact of a subject in one source only
                                            b.fact("g" + id, "f" + f, vs.get(id * 4 + f));
                                        }
                                    }
                                    if (id % 3 == 0) {
                                        b.group("g" + id, "L" + (id % 2));
                                    }
                                }
                                out.add(b.build());
                            }
                            return out;
                        }))));
    }

    private List<Path> write(List<FactSet> sources, boolean csvFirst) {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            boolean csv = (i % 2 == 0) == csvFirst;
            files.add(FactFiles.write(sources.get(i), dir.resolve("s" + i + (csv ? ".csv" : ".json"))));
        }
        return files;
    }

    @Property(tries = 100)
    void streamingReadsWhatReadingWholeReads(@ForAll("sources") List<FactSet> sources, @ForAll boolean csvFirst) {
        List<Path> files = write(sources, csvFirst);
        FactSet whole = FactFiles.read(files);
        List<SubjectFacts> streamed = new ArrayList<>();
        try (FactReader r = FactFiles.open(files)) {
            assertThat(r.source()).isEqualTo(whole.source().orElseThrow());
            for (SubjectFacts s : r.subjects()) {
                streamed.add(s);
            }
            assertThat(r.period()).isEqualTo(whole.period());
        }
        assertThat(streamed).isEqualTo(whole.subjects());
        try (FactReader r = FactFiles.open(files)) {
            assertThat(r.readAll()).isEqualTo(whole);
        }
    }

    @Property(tries = 50)
    void aConflictBetweenFilesIsTheMergesMessage(@ForAll("sources") List<FactSet> sources, @ForAll boolean csvFirst) {
        if (sources.size() < 2 || sources.get(0).subjects().isEmpty()) {
            return;
        }
        SubjectFacts s = sources.get(0).subjects().get(sources.get(0).subjects().size() - 1);
        List<FactSet> clashing = new ArrayList<>(sources);
        FactSet last = sources.get(sources.size() - 1);
        BigDecimal other = s.values().values().stream().findFirst().map(v -> v.add(BigDecimal.ONE)).orElse(null);
        if (other == null) {
            return;
        }
        String fact = s.values().keySet().iterator().next();
        FactSet.Builder b = FactSet.builder().source(last.source().orElseThrow());
        last.period().ifPresent(b::period);
        last.subjects().forEach(x -> b.subject(new SubjectFacts(x.id(), x.group(), x.weight(),
                x.id().equals(s.id()) ? java.util.Map.of() : x.values())));
        b.fact(s.id(), fact, other);
        clashing.set(sources.size() - 1, b.build());
        List<Path> files = write(clashing, csvFirst);
        InvalidInputException whole = catchThrowableOfType(InvalidInputException.class, () -> FactFiles.read(files));
        InvalidInputException streamed = catchThrowableOfType(InvalidInputException.class, () -> {
            try (FactReader r = FactFiles.open(files)) {
                r.forEachRemaining(x -> { });
            }
        });
        assertThat(whole).isNotNull();
        assertThat(streamed).isNotNull();
        assertThat(streamed.getMessage()).isEqualTo(whole.getMessage());
    }
}

package io.gridgov.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.gridgov.geo.CoordinateSystem;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;

/** Every mutator's expectation agrees with what the brute-force oracle measures on the mutated partition. */
@AddLifecycleHook(PartitionDumpHook.class)   // a falsified sample lands in target/gridgov-failures as GeoJSON
class DefectOracleProperties {

    @Provide
    Arbitrary<Mutation> mutations() {
        return Defects.mutations(Partitions.any().levels(2, 3).fanOut(3, 7).verticesPerBorder(1, 5)
                .crs(CoordinateSystem.LON_LAT_WGS84, CoordinateSystem.PROJECTED_METRES).holes(1).lakes(1)
                .maxLeaves(120), Defect.values());
    }

    /** The oracle measures the exact geometry; it does not snap, so a sliver within the tolerance is beyond it. */
    @Provide
    Arbitrary<Mutation> measurableMutations() {
        return mutations().filter(m -> m.defect() != Defect.SLIVER);
    }

    @Property(tries = 60)
    void theOracleMeasuresExactlyTheExpectedViolations(@ForAll("measurableMutations") Mutation m) {
        List<BruteForceOracle.Finding> found = new ArrayList<>(BruteForceOracle.measure(m.partition()));
        List<ExpectedViolation> missing = new ArrayList<>();
        for (ExpectedViolation e : m.expected()) {
            BruteForceOracle.Finding f = found.stream().filter(x -> x.matches(e)).findFirst().orElse(null);
            if (f == null) {
                missing.add(e);
            } else {
                found.remove(f);
            }
        }
        assertThat(missing).as("expected but not measured in %s; measured besides: %s", m, found).isEmpty();
        assertThat(found).as("measured but not expected in %s", m).isEmpty();
    }

    @Property(tries = 20)
    void everyDefectApplies(@ForAll("mutations") Mutation m) {
        assertThat(m.partition()).isNotEqualTo(null);
        assertThat(m.expected()).allSatisfy(e -> assertThat(e.gridIds()).isNotEmpty());
    }
}

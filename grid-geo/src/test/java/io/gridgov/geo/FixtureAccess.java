package io.gridgov.geo;

import io.gridgov.core.Severity;
import io.gridgov.geo.validate.BoundaryRule;
import io.gridgov.geo.validate.ValidationOptions;
import java.util.List;
import java.util.stream.Stream;

/** Public access to the fixtures for tests in other packages. */
public final class FixtureAccess {
    private FixtureAccess() {
    }

    /** One fixture. */
    public record Case(String name, GeoPartition partition, ValidationOptions options, List<Expect> expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** One expected violation. */
    public record Expect(BoundaryRule rule, Severity severity, String parent, List<String> grids, double areaM2) {
    }

    /** {@return every fixture} */
    public static Stream<Case> cases() {
        return Fixture.all().map(f -> new Case(f.name(), f.partition(), f.options(), f.expected().stream()
                .map(e -> new Expect(e.rule(), e.severity(), e.parent(), e.grids(), e.areaM2())).toList()));
    }
}

package io.gridgov.geo.validate;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.index.strtree.STRtree;

/** Runs the group checks on one {@link SiblingGroup}, for the rule classes. */
final class SiblingGroupChecks {

    private SiblingGroupChecks() {
    }

    /**
     * Checks a group; the shared intermediate results (validity, coverage check, union) are
     * computed once, and only the violations of {@code rule} (or all, when null) are returned.
     *
     * @param group the group
     * @param options the options (their allowed gaps apply)
     * @param rule the rule to keep, or null for every rule
     * @return the violations in report order
     */
    static List<Violation> check(SiblingGroup group, ValidationOptions options, BoundaryRule rule) {
        STRtree allowed = new STRtree();
        for (Geometry gap : options.allowedGaps()) {
            allowed.insert(gap.getEnvelopeInternal(), gap);
        }
        allowed.build();
        HierarchicalValidation.GroupInput input = HierarchicalValidation.GroupInput.of(group);
        List<Violation> found = new ArrayList<>(BorderGrouping.group(new SiblingGroupValidation(input, options,
                group.crs(), options.allowedGaps(), allowed).run(), group.crs()));
        if (rule != null) {
            found.removeIf(v -> v.rule() != rule);
        }
        found.sort(HierarchicalValidation.REPORT_ORDER);
        return List.copyOf(found);
    }
}

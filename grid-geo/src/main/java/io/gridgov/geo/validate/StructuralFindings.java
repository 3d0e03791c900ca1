package io.gridgov.geo.validate;

import io.gridgov.core.Finding;
import io.gridgov.core.code.CodeSchemes;
import io.gridgov.core.rule.RuleContext;
import io.gridgov.core.rule.StructuralValidator;
import io.gridgov.core.staff.Staffing;
import io.gridgov.geo.GeoPartition;
import java.time.LocalDate;
import java.util.List;

/**
 * The structural (non-spatial) findings that go into a boundary report: grid-core's
 * {@link StructuralValidator} on the partition's tree, with the assembly's findings
 * ({@code DUPLICATE_ID}, {@code UNKNOWN_PARENT}, {@code CYCLE}) first.
 *
 * <p>A boundary file carries no staff, so the staffing rules ({@code MISSING_ROLE},
 * {@code ROLE_COUNT}, {@code SPAN}) are left out: they would flag every grid of every GeoJSON file.
 * Every node of the file is checked, whatever its validity dates, because every node's geometry is
 * validated too.
 */
final class StructuralFindings {

    private static final StructuralValidator WITHOUT_STAFF = StructuralValidator.builder()
            .remove("MISSING_ROLE").remove("ROLE_COUNT").remove("SPAN").build();

    private StructuralFindings() {
    }

    static List<Finding> of(GeoPartition partition) {
        RuleContext context = new RuleContext(partition.tree(), Staffing.empty(), LocalDate.now(),
                CodeSchemes.fromLevels(partition.tree().scheme()), partition.assemblyFindings());
        return WITHOUT_STAFF.check(context).findings();
    }
}

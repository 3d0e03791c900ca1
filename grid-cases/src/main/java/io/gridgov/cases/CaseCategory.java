package io.gridgov.cases;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * A category of case (案件类别), such as 暴露垃圾 (exposed garbage): its names, the department responsible
 * (责任部门) and its time limits in working time — to dispatch (派遣时限), to handle after the first
 * dispatch (处置时限) and to escalate when not handled since the report (上报时限). A category without a
 * handling limit has no deadline; one without an escalation limit is never escalated automatically.
 * Immutable and thread-safe.
 *
 * @param key the unique key, such as {@code sanitation.exposed-garbage}
 * @param nameZh the Chinese name
 * @param nameEn the English name
 * @param department the department responsible, such as {@code sanitation}
 * @param dispatchWithin the dispatch limit, counted from the report
 * @param handleWithin the handling limit, counted from the first dispatch
 * @param escalateAfter the escalation period, counted from the report and repeated
 * @param basis where the limits come from (a standard, a plan of docs/domain.md), if stated
 */
public record CaseCategory(String key, String nameZh, String nameEn, String department,
        Optional<TimeLimit> dispatchWithin, Optional<TimeLimit> handleWithin, Optional<TimeLimit> escalateAfter,
        Optional<String> basis) {

    /** Validates the components. */
    public CaseCategory {
        requireNonNull(key, "key");
        requireNonNull(nameZh, "nameZh");
        requireNonNull(nameEn, "nameEn");
        requireNonNull(department, "department");
        requireNonNull(dispatchWithin, "dispatchWithin");
        requireNonNull(handleWithin, "handleWithin");
        requireNonNull(escalateAfter, "escalateAfter");
        requireNonNull(basis, "basis");
        if (key.isBlank() || department.isBlank()) {
            throw new IllegalArgumentException("a category needs a key and a department");
        }
    }

    /** {@return a category with the three limits and no stated basis} */
    public static CaseCategory of(String key, String nameZh, String nameEn, String department,
            TimeLimit dispatchWithin, TimeLimit handleWithin, TimeLimit escalateAfter) {
        return new CaseCategory(key, nameZh, nameEn, department, Optional.of(dispatchWithin),
                Optional.of(handleWithin), Optional.of(escalateAfter), Optional.empty());
    }
}

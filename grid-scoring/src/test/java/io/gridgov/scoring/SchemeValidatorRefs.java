package io.gridgov.scoring;

import java.util.List;

/** Test access to the fact references of one indicator, with their JSON paths. */
final class SchemeValidatorRefs {
    private SchemeValidatorRefs() {
    }

    record Ref(String path, String fact) {
    }

    static List<Ref> of(Scheme s, int ci, int ii) {
        return SchemeValidator.refs("$.categories[" + ci + "].indicators[" + ii + "].rule",
                s.categories().get(ci).indicators().get(ii).rule()).stream()
                .map(r -> new Ref(r.path(), r.fact())).toList();
    }
}

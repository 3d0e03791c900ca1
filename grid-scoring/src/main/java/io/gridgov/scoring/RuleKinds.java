package io.gridgov.scoring;

import io.gridgov.scoring.spi.RuleKind;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/** The vendor rule kinds found by {@link ServiceLoader}, loaded once. Thread-safe. */
final class RuleKinds {
    /** The built-in kinds, which a provider may not replace. */
    public static final List<String> BUILT_IN = List.of("deduct", "rate", "linear", "bands", "checklist", "manual", "add");

    private static volatile Map<String, RuleKind> kinds;

    private RuleKinds() {
    }

    /** {@return the provider for {@code type}, if one is registered} */
    public static Optional<RuleKind> find(String type) {
        return Optional.ofNullable(all().get(type));
    }

    /** {@return every registered vendor kind by type} */
    public static Map<String, RuleKind> all() {
        Map<String, RuleKind> k = kinds;
        if (k == null) {
            Map<String, RuleKind> found = new LinkedHashMap<>();
            for (RuleKind kind : ServiceLoader.load(RuleKind.class, RuleKinds.class.getClassLoader())) {
                if (!BUILT_IN.contains(kind.type())) {
                    found.putIfAbsent(kind.type(), kind);
                }
            }
            k = Collections.unmodifiableMap(found);
            kinds = k;
        }
        return k;
    }
}

package io.gridgov.core.rule;

/** Role names for messages. */
final class RoleNames {
    private RoleNames() {
    }

    /** {@return the role's key with its Chinese name when known, e.g. {@code worker (网格员)}} */
    static String zhEn(RuleContext context, String key) {
        return context.staffing().role(key).map(r -> key + " (" + r.nameZh() + ")").orElse(key);
    }
}

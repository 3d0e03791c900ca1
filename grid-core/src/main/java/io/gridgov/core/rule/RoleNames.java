package io.gridgov.core.rule;

/** Role names for messages. */
final class RoleNames {
    private RoleNames() {
    }

    /** {@return the role's English name, e.g. {@code grid worker}, or its key when unknown} */
    static String en(RuleContext context, String key) {
        return context.staffing().role(key).map(r -> r.nameEn()).orElse(key);
    }

    /** {@return the role's Chinese name, e.g. {@code 网格员}, or its key when unknown} */
    static String zh(RuleContext context, String key) {
        return context.staffing().role(key).map(r -> r.nameZh()).orElse(key);
    }

    /** {@return the arguments with the role name at {@code index} in English and in Chinese} */
    static Object[][] args(RuleContext context, String role, int index, Object... args) {
        Object[] en = args.clone();
        Object[] zh = args.clone();
        en[index] = en(context, role);
        zh[index] = zh(context, role);
        return new Object[][] {en, zh};
    }
}

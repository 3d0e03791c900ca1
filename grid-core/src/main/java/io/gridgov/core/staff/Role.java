package io.gridgov.core.staff;

import static java.util.Objects.requireNonNull;

/**
 * A staff role in a grid. The six built-in roles cover the plans; vendors add their own with
 * {@link #of(String, String, String)} (roles are compared by key).
 *
 * @param key stable identifier used in files, such as {@code worker}
 * @param nameZh the Chinese name, such as 网格员
 * @param nameEn the English name
 */
public record Role(String key, String nameZh, String nameEn) {

    /** 网格长: the grid leader. */
    public static final Role LEADER = new Role("leader", "网格长", "grid leader");
    /** 网格员: the grid worker ("一格一员"). */
    public static final Role WORKER = new Role("worker", "网格员", "grid worker");
    /** 网格指导员: the instructor, usually a cadre of the level above. */
    public static final Role INSTRUCTOR = new Role("instructor", "网格指导员", "grid instructor");
    /** 信息员: a volunteer informant. */
    public static final Role INFORMANT = new Role("informant", "信息员", "informant");
    /** 协管员: a volunteer assistant. */
    public static final Role ASSISTANT = new Role("assistant", "协管员", "assistant");
    /** 联系领导: the liaison leader who answers for the grid above the street. */
    public static final Role LIAISON = new Role("liaison", "联系领导", "liaison leader");

    /** Validates the components. */
    public Role {
        requireNonNull(key, "key");
        requireNonNull(nameZh, "nameZh");
        requireNonNull(nameEn, "nameEn");
        if (key.isBlank()) {
            throw new IllegalArgumentException("role key is blank");
        }
    }

    /** {@return a role} */
    public static Role of(String key, String nameZh, String nameEn) {
        return new Role(key, nameZh, nameEn);
    }

    /** {@return the six built-in roles} */
    public static java.util.List<Role> builtIn() {
        return java.util.List.of(LEADER, WORKER, INSTRUCTOR, INFORMANT, ASSISTANT, LIAISON);
    }
}

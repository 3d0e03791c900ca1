package io.gridgov.core.tree;

import java.util.Locale;

/**
 * What a dedicated grid (专属网格) is made for: a unit that forms its own grid instead of being part
 * of a comprehensive one.
 */
public enum DedicatedType {
    /** 企业: an enterprise or an industrial park's firm. */
    ENTERPRISE,
    /** 学校: a school. */
    SCHOOL,
    /** 市场: a market (farmers' market, wholesale market). */
    MARKET,
    /** 医院: a hospital. */
    HOSPITAL,
    /** 园区: an industrial or business park. */
    PARK,
    /** 机关: a government office compound. */
    GOVERNMENT,
    /** 校园/大院: a campus or compound (barracks, university). */
    CAMPUS,
    /** 其他: anything else. */
    OTHER;

    /** {@return the lower-case key used in files, e.g. {@code "school"}} */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}

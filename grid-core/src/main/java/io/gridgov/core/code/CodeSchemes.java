package io.gridgov.core.code;

import static java.util.Objects.requireNonNull;

import io.gridgov.core.tree.Level;
import io.gridgov.core.tree.LevelScheme;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The preset grid-code formats (编码方案) of national practice, described in {@code docs/domain.md} (no local
 * plan prescribes a code). Immutable constants, thread-safe.
 */
public final class CodeSchemes {

    /** Id of {@link #statistical12()}. */
    public static final String STATISTICAL_12 = "statistical-12";
    /** Id of {@link #county15()}. */
    public static final String COUNTY_15 = "county-15";
    /** Id of {@link #cjt349()}. */
    public static final String CJT_349 = "cjt349-20";

    private static final SegmentedCodeScheme STATISTICAL = SegmentedCodeScheme.of(STATISTICAL_12, 0,
            List.of(2, 2, 2, 3, 3), true);
    private static final SegmentedCodeScheme COUNTY = SegmentedCodeScheme.of(COUNTY_15, List.of(6, 3, 3, 3));
    private static final SegmentedCodeScheme CJT = SegmentedCodeScheme.of(CJT_349, 6, List.of(6, 3, 3, 2), true);

    private CodeSchemes() {
    }

    /**
     * The national statistical division code (统计用区划代码): 2+2+2+3+3 = 12 digits for province,
     * prefecture, county, township/street and village/community, padded with zeros (a province is
     * {@code 520000000000}). For a tree that starts below the province use {@link
     * SegmentedCodeScheme#topSpanning(int)}, e.g. {@code statistical12().topSpanning(3)} for
     * county → township → village.
     *
     * @return the scheme with id {@value #STATISTICAL_12}
     */
    public static SegmentedCodeScheme statistical12() {
        return STATISTICAL;
    }

    /**
     * The 15-digit grid code: 6-digit county (GB/T 2260) + 3-digit street + 3-digit community + 3-digit
     * grid sequence; every level's code is its own length (district 6, street 9, community 12, grid 15).
     *
     * @return the scheme with id {@value #COUNTY_15}
     */
    public static SegmentedCodeScheme county15() {
        return COUNTY;
    }

    /**
     * CJ/T 349-2010 (数字社区管理与服务 网格划分与编码规则): 20 digits = 6-digit object code (CJ/T 348)
     * + 6-digit county (GB/T 2260) + 3-digit street (GB/T 10114) + 3-digit community (CJ/T 213;
     * merged communities numbered from 601) + 2-digit grid sequence (west → east, north → south;
     * {@code 00} when a community is not subdivided). Codes are padded to 20 digits at every level of
     * district → street → community → grid.
     *
     * @return the scheme with id {@value #CJT_349}
     */
    public static SegmentedCodeScheme cjt349() {
        return CJT;
    }

    /** {@return every preset} */
    public static List<CodeScheme> all() {
        return List.of(STATISTICAL, COUNTY, CJT);
    }

    /**
     * The preset with an id.
     *
     * @param id {@value #STATISTICAL_12}, {@value #COUNTY_15} or {@value #CJT_349}
     * @return the preset, or empty
     */
    public static Optional<CodeScheme> byId(String id) {
        requireNonNull(id, "id");
        return all().stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /**
     * The code format a level scheme implies: each level's {@link Level#codeLength()} digits, not
     * padded; empty unless every level declares a code length.
     *
     * @param scheme the level scheme
     * @return the derived code scheme, with the level scheme's id
     */
    public static Optional<CodeScheme> fromLevels(LevelScheme scheme) {
        requireNonNull(scheme, "scheme");
        List<Integer> lengths = new ArrayList<>();
        for (Level level : scheme.levels()) {
            if (level.codeLength().isEmpty() || level.codeLength().getAsInt() > 9) {
                return Optional.empty();
            }
            lengths.add(level.codeLength().getAsInt());
        }
        return Optional.of(SegmentedCodeScheme.of(scheme.id(), lengths));
    }
}

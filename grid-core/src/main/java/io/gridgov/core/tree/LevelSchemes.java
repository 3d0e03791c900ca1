package io.gridgov.core.tree;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The preset level schemes (层级方案) taken from the local plans and national practice described in
 * {@code docs/domain.md}, which traces each plan section to its preset and test. Each preset cites the
 * plan section it comes from; a vendor with a different hierarchy builds a {@link LevelScheme} of its
 * own (or loads one from JSON) — nothing in the library depends on these presets or on their depth.
 *
 * <p>Role keys are those of {@code io.gridgov.core.staff.Role}: {@code leader} (网格长), {@code worker}
 * (网格员), {@code instructor} (网格指导员). The schemes are immutable constants and thread-safe.
 */
public final class LevelSchemes {

    /** Id of {@link #urban()}. */
    public static final String URBAN = "urban";
    /** Id of {@link #rural()}. */
    public static final String RURAL = "rural";
    /** Id of {@link #partyBuilding()}. */
    public static final String PARTY_BUILDING = "party-building";
    /** Id of {@link #fireSafety()}. */
    public static final String FIRE_SAFETY = "fire-safety";
    /** Id of {@link #enterpriseSafety()}. */
    public static final String ENTERPRISE_SAFETY = "enterprise-safety";
    /** Id of {@link #publicHealth()}. */
    public static final String PUBLIC_HEALTH = "public-health";

    private static final LevelScheme URBAN_SCHEME = new LevelScheme(URBAN, "城市社区网格", "urban community grids",
            List.of(
                    Level.builder("district").names("区", "district").codeLength(6).build(),
                    Level.builder("street").names("街道", "street").codeLength(3).build(),
                    Level.builder("community").names("社区", "community").codeLength(3).build(),
                    Level.builder("grid").names("网格", "grid").codeLength(3)
                            .households(Band.of(300, 500))
                            .population(Band.atMost(2_500))
                            .require(RoleRequirement.of("worker", 1, 1))
                            .require(RoleRequirement.of("leader", 1, 1))
                            .require(RoleRequirement.of("instructor", 0, 1))
                            .build()));

    private static final LevelScheme RURAL_SCHEME = new LevelScheme(RURAL, "农村网格", "rural grids", List.of(
            Level.builder("county").names("县", "county").codeLength(6).build(),
            Level.builder("town").names("镇", "town").codeLength(3).build(),
            Level.builder("village").names("村", "village").codeLength(3)
                    .require(RoleRequirement.atLeastOne("leader"))
                    .build(),
            Level.builder("group").names("组", "group").codeLength(3)
                    .households(Band.of(200, 300))
                    .require(RoleRequirement.of("worker", 1, 1))
                    .build()));

    private static final LevelScheme PARTY_SCHEME = new LevelScheme(PARTY_BUILDING, "党建网格", "party-building grids",
            List.of(
                    Level.builder("general-branch").names("党总支（一级网格）", "general branch (level-1 grid)")
                            .require(RoleRequirement.of("leader", 1, 1))
                            .require(RoleRequirement.atLeastOne("worker"))
                            .span(Span.of("worker", Span.Unit.CHILD_GRIDS, 4, 5))
                            .build(),
                    Level.builder("branch").names("党支部（二级网格）", "branch (level-2 grid)")
                            .require(RoleRequirement.of("leader", 1, 1))
                            .require(RoleRequirement.atLeastOne("worker"))
                            .span(Span.of("worker", Span.Unit.SUBORDINATE_WORKERS, 8, 10))
                            .build(),
                    Level.builder("homestead").names("屋场（三级网格）", "homestead group (level-3 grid)")
                            .require(RoleRequirement.atLeastOne("worker"))
                            .span(Span.of("worker", Span.Unit.HOUSEHOLDS, 20, 30))
                            .singlePiece(false)
                            .build()));

    private static final LevelScheme FIRE_SCHEME = new LevelScheme(FIRE_SAFETY, "消防安全网格", "fire-safety grids",
            List.of(
                    Level.builder("medium").names("中网格（乡镇）", "medium grid (township)")
                            .require(RoleRequirement.of("worker", 2, 3))
                            .build(),
                    Level.builder("small").names("小网格（村居委会）", "small grid (village or residents' committee)")
                            .require(RoleRequirement.of("leader", 1, 1))
                            .require(RoleRequirement.of("worker", 1, 2))
                            .build(),
                    Level.builder("cell").names("单元格（村民小组、楼院、单位）", "unit cell (group, building, organisation)")
                            .require(RoleRequirement.of("leader", 1, 1))
                            .build()));

    private static final LevelScheme ENTERPRISE_SCHEME = new LevelScheme(ENTERPRISE_SAFETY, "企业安全生产网格",
            "enterprise safety grids", List.of(
                    Level.builder("department").names("部门（一级网格）", "department (level-1 grid)")
                            .require(RoleRequirement.of("leader", 1, 1))
                            .build(),
                    Level.builder("team").names("班组（二级网格）", "team (level-2 grid)")
                            .require(RoleRequirement.of("leader", 1, 1))
                            .build(),
                    Level.builder("post").names("岗位责任人（三级网格）", "post (level-3 grid, one responsible person)")
                            .require(RoleRequirement.of("worker", 1, 1))
                            .singlePiece(false)
                            .build()));

    private static final LevelScheme HEALTH_SCHEME = new LevelScheme(PUBLIC_HEALTH, "基本公共卫生服务网格",
            "public-health grids", List.of(
                    Level.builder("county").names("县级（卫生局）", "county (health bureau)").build(),
                    Level.builder("town").names("镇级（卫生院）", "town (health centre)").build(),
                    Level.builder("village").names("村级（卫生室）", "village (clinic)").build(),
                    Level.builder("group").names("组级（自然组）", "natural group")
                            .require(RoleRequirement.of("leader", 1, 1))
                            .build()));

    private static final List<LevelScheme> ALL = List.of(URBAN_SCHEME, RURAL_SCHEME, PARTY_SCHEME, FIRE_SCHEME,
            ENTERPRISE_SCHEME, HEALTH_SCHEME);

    private LevelSchemes() {
    }

    /**
     * Urban comprehensive grids: district (区) → street (街道) → community (社区) → grid (网格), with the
     * 15-digit code's segment lengths 6+3+3+3. A grid holds 300–500 households and at most 2,500
     * residents (national practice, see docs/domain.md; S3 §四(一) gives ~300 households or ~1,000 people), has
     * exactly one worker (一格一员, S3 §四(二)) and one leader (S1 §二), and at most one instructor.
     *
     * @return the scheme with id {@value #URBAN}
     */
    public static LevelScheme urban() {
        return URBAN_SCHEME;
    }

    /**
     * Rural grids: county (县) → town (镇) → village (村) → villagers' group (组), codes 6+3+3+3.
     * A group holds 200–300 households and one worker (S4 §二(一): base grids of 200–300 households);
     * each village has a leader, usually the party secretary (S4 §二(二)).
     *
     * @return the scheme with id {@value #RURAL}
     */
    public static LevelScheme rural() {
        return RURAL_SCHEME;
    }

    /**
     * Party-building grids (S9): general branch (党总支, level 1) → branch (党支部, level 2) → homestead
     * group (屋场, level 3). Spans of control from S9 §1: each level-1 worker links 4–5 level-2 grids,
     * each level-2 worker links 8–10 level-3 workers, each level-3 worker links 20–30 households.
     *
     * @return the scheme with id {@value #PARTY_BUILDING}
     */
    public static LevelScheme partyBuilding() {
        return PARTY_SCHEME;
    }

    /**
     * Fire-safety grids (S10 §一(一)): medium grid (township) → small grid (village or residents'
     * committee) → unit cell (group, building, organisation). Staffing from S10 §二(一): 2–3 fire
     * managers for a medium grid, the committee head as first responsible person and 1–2 managers for
     * a small grid, a responsible person for each unit cell.
     *
     * @return the scheme with id {@value #FIRE_SAFETY}
     */
    public static LevelScheme fireSafety() {
        return FIRE_SCHEME;
    }

    /**
     * Enterprise safety grids (S11 §三.1): department (level 1) → team (level 2) → post with its
     * responsible person (level 3); posts need not be contiguous land.
     *
     * @return the scheme with id {@value #ENTERPRISE_SAFETY}
     */
    public static LevelScheme enterpriseSafety() {
        return ENTERPRISE_SCHEME;
    }

    /**
     * Public-health grids (S12 §二(一)): county bureau (卫生局) → town health centre (卫生院) → village
     * clinic (卫生室) → natural group (自然组), each group with its grid leader (S12 §二(二)).
     *
     * @return the scheme with id {@value #PUBLIC_HEALTH}
     */
    public static LevelScheme publicHealth() {
        return HEALTH_SCHEME;
    }

    /** {@return every preset, in the order of this class} */
    public static List<LevelScheme> all() {
        return ALL;
    }

    /**
     * The preset with an id.
     *
     * @param id such as {@code urban} or {@code party-building}
     * @return the preset, or empty when no preset has that id
     */
    public static Optional<LevelScheme> byId(String id) {
        requireNonNull(id, "id");
        return ALL.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** Id of the {@link #generic(Collection) generic levels}. */
    public static final String GENERIC = "generic";

    /**
     * Generic levels (通用层级) for nodes that come without a scheme — a tree file without
     * {@code "scheme"}, a GeoJSON file, a national division list: as many levels as the deepest node
     * lies from its root, each keyed by the {@code level} the nodes of that depth declare (the first
     * found), else {@code level-1}, {@code level-2}, … counted from the roots. The levels require
     * nothing beyond a single piece of land; any parent–child list therefore loads as it is.
     *
     * @param nodes the nodes, in any order (unknown parents and cycles are left to the tree's findings)
     * @return the scheme, with id {@value #GENERIC}
     */
    public static LevelScheme generic(Collection<GridNode> nodes) {
        requireNonNull(nodes, "nodes");
        GridTree probe = GridTree.assemble(LevelScheme.of(GENERIC, Level.builder("level-1").build()), nodes).tree();
        int depth = Math.max(1, probe.maxLevelNumber());
        List<Level> levels = new ArrayList<>();
        java.util.Set<String> keys = new java.util.HashSet<>();
        for (int number = 1; number <= depth; number++) {
            String key = probe.atLevel(number).stream().map(g -> g.levelKey().orElse(""))
                    .filter(k -> !k.isBlank()).findFirst().orElse("level-" + number);
            if (!keys.add(key)) {
                key = "level-" + number;
                keys.add(key);
            }
            levels.add(Level.builder(key).build());
        }
        return new LevelScheme(GENERIC, "通用层级", "generic levels", levels);
    }

    /** {@return the preset ids, comma-separated, for error messages} */
    public static String ids() {
        return String.join(", ", ALL.stream().map(LevelScheme::id).toList());
    }
}

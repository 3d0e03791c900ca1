package io.gridgov.core.tree;

import static java.util.Objects.requireNonNull;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The ordered levels of a grid hierarchy, top first: district → street → community → grid
 * (区 → 街道 → 社区 → 网格), county → town → village → group (县 → 镇 → 村 → 组), or a plant's
 * department → team → post. Any number of levels from one up; nothing in the library assumes a
 * fixed depth.
 *
 * <p>Levels are numbered from 1 at the top: {@code level(1)} is the first level.
 * Immutable and thread-safe.
 *
 * @param id a stable identifier, such as {@code urban}
 * @param nameZh the Chinese name
 * @param nameEn the English name
 * @param levels the levels, top first
 */
public record LevelScheme(String id, String nameZh, String nameEn, List<Level> levels) {

    /** Validates the scheme: at least one level, unique level keys. */
    public LevelScheme {
        requireNonNull(id, "id");
        requireNonNull(nameZh, "nameZh");
        requireNonNull(nameEn, "nameEn");
        levels = List.copyOf(levels);
        if (levels.isEmpty()) {
            throw new IllegalArgumentException("level scheme '" + id + "' has no levels");
        }
        Set<String> keys = new HashSet<>();
        for (Level level : levels) {
            if (!keys.add(level.key())) {
                throw new IllegalArgumentException("level scheme '" + id + "' repeats level key '"
                        + level.key() + "'");
            }
        }
    }

    /** {@return a scheme of the given levels, with the id as its names} */
    public static LevelScheme of(String id, Level... levels) {
        return new LevelScheme(id, id, id, List.of(levels));
    }

    /** {@return the number of levels} */
    public int depth() {
        return levels.size();
    }

    /**
     * The level with the given number.
     *
     * @param number 1 for the top level, {@link #depth()} for the bottom
     * @return the level
     * @throws IllegalArgumentException when the number is outside {@code [1, depth()]}
     */
    public Level level(int number) {
        if (number < 1 || number > levels.size()) {
            throw new IllegalArgumentException("level number " + number + " is outside 1–" + levels.size()
                    + " of scheme '" + id + "'");
        }
        return levels.get(number - 1);
    }

    /** {@return the level with the given key, if any} */
    public Optional<Level> level(String key) {
        return levels.stream().filter(l -> l.key().equals(key)).findFirst();
    }

    /** {@return the number (1 = top) of the level with the given key, or empty} */
    public java.util.OptionalInt numberOf(String key) {
        for (int i = 0; i < levels.size(); i++) {
            if (levels.get(i).key().equals(key)) {
                return java.util.OptionalInt.of(i + 1);
            }
        }
        return java.util.OptionalInt.empty();
    }

    /** {@return the bottom level} */
    public Level bottom() {
        return levels.get(levels.size() - 1);
    }
}

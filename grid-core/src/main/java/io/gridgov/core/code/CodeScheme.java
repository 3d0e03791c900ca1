package io.gridgov.core.code;

import java.util.OptionalInt;

/**
 * A grid-code format (网格编码规则): how long the code of a node at each level is, which characters
 * it may hold, and which part of a parent's code its children's codes must extend. Pluggable: the
 * presets are in {@link CodeSchemes}; a vendor with its own format implements this interface or
 * builds a {@link SegmentedCodeScheme}.
 *
 * <p>Levels are numbered as in {@code io.gridgov.core.tree.LevelScheme}: 1 at the top.
 * Implementations must be immutable and thread-safe.
 */
public interface CodeScheme {

    /** {@return a stable identifier, such as {@code county-15}} */
    String id();

    /**
     * The length of a node's code at a level.
     *
     * @param levelNumber 1 for the top level
     * @return the number of characters, or empty when the scheme does not cover that level
     */
    OptionalInt length(int levelNumber);

    /**
     * Whether a code is well formed for a level: the right length and characters (and, for padded
     * schemes, zeros below the level).
     *
     * @param code the code
     * @param levelNumber the node's level
     * @return whether the code is well formed; {@code true} when the scheme does not cover the level
     */
    boolean wellFormed(String code, int levelNumber);

    /**
     * The part of a node's code that the codes of its children must start with: the whole code, or
     * for a padded scheme the code without its trailing zero segments.
     *
     * @param code the node's code
     * @param levelNumber the node's level
     * @return the prefix its children's codes extend
     */
    String childPrefix(String code, int levelNumber);

    /**
     * The code of the {@code sequence}-th child of a node.
     *
     * @param parentCode the parent's code
     * @param parentLevel the parent's level
     * @param sequence the child's number, from 1 (or the generator's start)
     * @return the child's code
     * @throws IllegalArgumentException when the sequence does not fit the child level's segment or
     *         the scheme does not cover the child level
     */
    String childCode(String parentCode, int parentLevel, int sequence);

    /**
     * The code of a top-level node from its own segment.
     *
     * @param segment the digits of level 1 (with any fixed prefix the scheme requires in front)
     * @return the code, padded when the scheme pads
     */
    default String topCode(String segment) {
        return segment;
    }
}

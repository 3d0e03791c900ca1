package io.gridgov.spring;

import java.util.Map;

/**
 * A part of a {@link GridSnapshot} loaded beside the tree (快照组成部分), such as the boundaries with
 * their validation report and locator (grid-geo). Parts are immutable, so a snapshot can be read by any
 * number of threads while a reload builds the next one.
 */
public interface GridPart {

    /** {@return the part's name in health details, such as {@code boundaries}} */
    String name();

    /** {@return the part's health details: counts and whether it is valid at ERROR level} */
    Map<String, Object> details();
}

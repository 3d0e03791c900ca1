package io.gridgov.spring;

import java.time.Duration;

/**
 * Where the starter reports what it does (运行指标): boundary validation time, points located, cases
 * replayed, scorecards computed. With Micrometer on the class path the starter records them as
 * {@code gridgov.validation} (timer), {@code gridgov.points.located}, {@code gridgov.cases.replayed}
 * and {@code gridgov.scorecards.computed} (counters); without it, {@link #NONE} drops them.
 * Implementations are thread-safe.
 */
public interface GridGovMetrics {

    /** Records nothing. */
    GridGovMetrics NONE = new GridGovMetrics() {
    };

    /** Records one boundary validation. @param time how long it took */
    default void validated(Duration time) {
    }

    /** Records located points. @param points how many */
    default void located(long points) {
    }

    /** Records replayed cases. @param cases how many */
    default void replayed(long cases) {
    }

    /** Records computed scorecards. @param cards how many */
    default void scored(long cards) {
    }
}

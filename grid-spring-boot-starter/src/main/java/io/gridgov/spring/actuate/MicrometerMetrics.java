package io.gridgov.spring.actuate;

import io.gridgov.spring.GridGovMetrics;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;

/** {@link GridGovMetrics} on a Micrometer registry. Thread-safe (Micrometer's meters are). */
final class MicrometerMetrics implements GridGovMetrics {

    private final Timer validation;
    private final Counter located;
    private final Counter replayed;
    private final Counter scored;

    MicrometerMetrics(MeterRegistry registry) {
        validation = Timer.builder("gridgov.validation").description("Boundary validation of every level")
                .register(registry);
        located = Counter.builder("gridgov.points.located").description("Points located to their grid")
                .register(registry);
        replayed = Counter.builder("gridgov.cases.replayed").description("Cases replayed from their events")
                .register(registry);
        scored = Counter.builder("gridgov.scorecards.computed").description("Scorecards computed")
                .register(registry);
    }

    @Override
    public void validated(Duration time) {
        validation.record(time);
    }

    @Override
    public void located(long points) {
        located.increment(points);
    }

    @Override
    public void replayed(long cases) {
        replayed.increment(cases);
    }

    @Override
    public void scored(long cards) {
        scored.increment(cards);
    }
}

package org.educloud.maintenance.status;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Spring Modulith's publications of events to listeners that have not completed yet: those waiting for a listener
 * to run, and those whose listener failed and waits to be resubmitted. A backlog that grows or ages means a listener
 * keeps failing (a learning record not stored, a notification not sent). Exposed as gauges
 * ({@code educloud_events_incomplete}, {@code educloud_events_oldest_incomplete_seconds}) read at each scrape.
 */
@Component
class EventBacklog implements MeterBinder {

    /** The backlog at one moment: how many publications are incomplete, and since when the oldest has waited. */
    record Figures(long incomplete, @Nullable Instant oldest) {

        @Nullable Duration age(Instant now) {
            return oldest == null ? null : Duration.between(oldest, now);
        }
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    EventBacklog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Figures figures() {
        return jdbc.sql("SELECT count(*), min(publication_date) FROM event_publication WHERE completion_date IS NULL")
                .query((rs, n) -> {
                    Timestamp oldest = rs.getTimestamp(2);
                    return new Figures(rs.getLong(1), oldest == null ? null : oldest.toInstant());
                }).single();
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("educloud.events.incomplete", this, b -> b.safely().incomplete())
                .description("Event publications whose listener has not completed yet")
                .register(registry);
        Gauge.builder("educloud.events.oldest.incomplete", this, b -> {
                    Duration age = b.safely().age(b.clock.instant());
                    return age == null ? 0 : age.toMillis() / 1000.0;
                })
                .description("How long the oldest incomplete event publication has waited")
                .baseUnit("seconds")
                .register(registry);
    }

    /** The figures, or none while the database cannot answer: a scrape must not fail because of it. */
    private Figures safely() {
        try {
            return figures();
        } catch (DataAccessException e) {
            return new Figures(0, null);
        }
    }
}

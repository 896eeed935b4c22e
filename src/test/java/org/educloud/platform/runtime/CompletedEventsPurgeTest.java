package org.educloud.platform.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.educloud.support.EduCloudTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * The nightly purge forgets only events delivered more than a week ago. The test's rows are written and purged in
 * the test's own transaction, rolled back at its end: no other thread (the redelivery of undelivered events above
 * all) ever sees a publication of a listener that does not exist.
 */
@EduCloudTest
@Transactional
class CompletedEventsPurgeTest {

    @Autowired
    CompletedEventsPurge purge;

    @Autowired
    JdbcClient jdbc;

    @Test
    void deliveredEventsOlderThanAWeekAreForgottenAndUndeliveredOnesKept() {
        Instant now = Instant.now();
        UUID deliveredLongAgo = publication(now.minus(30, ChronoUnit.DAYS), now.minus(30, ChronoUnit.DAYS));
        UUID deliveredYesterday = publication(now.minus(1, ChronoUnit.DAYS), now.minus(1, ChronoUnit.DAYS));
        UUID neverDeliveredLongAgo = publication(now.minus(30, ChronoUnit.DAYS), null);
        UUID neverDelivered = publication(now, null);

        purge.forgetDelivered();

        List<UUID> left = jdbc.sql("SELECT id FROM event_publication WHERE id IN (:ids)")
                .param("ids", List.of(deliveredLongAgo, deliveredYesterday, neverDeliveredLongAgo, neverDelivered))
                .query(UUID.class).list();
        assertThat(left).containsExactlyInAnyOrder(deliveredYesterday, neverDeliveredLongAgo, neverDelivered);
    }

    private UUID publication(Instant published, Instant completed) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO event_publication (id, listener_id, event_type, serialized_event, publication_date,
                                               completion_date, status)
                VALUES (:id, 'test.listener', 'org.educloud.test.Nothing', '{}', :published, :completed,
                        CASE WHEN CAST(:completed AS timestamptz) IS NULL THEN 'PUBLISHED' ELSE 'COMPLETED' END)""")
                .param("id", id).param("published", Timestamp.from(published))
                .param("completed", completed == null ? null : Timestamp.from(completed))
                .update();
        return id;
    }
}

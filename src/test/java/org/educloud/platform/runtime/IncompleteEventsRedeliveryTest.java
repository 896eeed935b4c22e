package org.educloud.platform.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.educloud.records.LearningActivity;
import org.educloud.records.LearningActivity.LearningObject;
import org.educloud.records.LearningObjectKind;
import org.educloud.records.LearningVerb;
import org.educloud.support.EduCloudTest;
import org.educloud.support.TenantFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A publication whose listener failed is delivered again once it is a minute old. The failure is set up as a node
 * would leave it: a learning activity is published and recorded, then its publication is put back as failed two
 * minutes ago; the listener runs again (a repeat it tolerates) and the publication completes.
 */
@EduCloudTest
class IncompleteEventsRedeliveryTest {

    private static final String LISTENER =
            "org.educloud.records.xapi.LearningActivityProjection.on(org.educloud.records.LearningActivity)";

    @Autowired
    IncompleteEventsRedelivery redelivery;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    TenantFixture fixture;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aFailedPublicationAMinuteOldIsDeliveredAgainAndCompletes() {
        LearningActivity viewed = new LearningActivity(UUID.randomUUID(), 9_000_001L, fixture.a().school().id(), null,
                LearningVerb.VIEWED, new LearningObject(LearningObjectKind.RESOURCE, "redelivery", "重投的资源",
                "Redelivered resource", null), null, null, Instant.now());
        transactions.executeWithoutResult(status -> events.publishEvent(viewed));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> completedPublication(viewed) != null);
        UUID failed = failedCopyOf(completedPublication(viewed), Instant.now().minus(Duration.ofMinutes(2)));

        redelivery.deliverAgain();

        // this call or the scheduled run of this or another test context, whichever holds the lock
        Awaitility.await().atMost(Duration.ofSeconds(100)).until(() -> completed(failed));
        assertThat(jdbc.sql("SELECT count(*) FROM records.statement WHERE id = ?").param(viewed.id())
                .query(Long.class).single()).as("the repeat stores nothing twice").isEqualTo(1);
        jdbc.sql("DELETE FROM event_publication WHERE id = ?").param(failed).update();
    }

    private UUID completedPublication(LearningActivity activity) {
        return jdbc.sql("""
                SELECT id FROM event_publication
                WHERE listener_id = ? AND completion_date IS NOT NULL AND serialized_event LIKE ?""")
                .params(LISTENER, "%" + activity.id() + "%").query(UUID.class).optional().orElse(null);
    }

    private UUID failedCopyOf(UUID publication, Instant published) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO event_publication (id, listener_id, event_type, serialized_event, publication_date,
                                               status, completion_attempts)
                SELECT ?, listener_id, event_type, serialized_event, ?, 'FAILED', 1
                FROM event_publication WHERE id = ?""")
                .params(id, Timestamp.from(published), publication).update();
        return id;
    }

    private boolean completed(UUID publication) {
        return jdbc.sql("SELECT completion_date IS NOT NULL FROM event_publication WHERE id = ?").param(publication)
                .query(Boolean.class).single();
    }
}

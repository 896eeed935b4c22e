package org.educloud.integration.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.educloud.identity.IdentityManagement;
import org.educloud.shared.AuditableActionOccurred;
import org.educloud.shared.Role;
import org.educloud.shared.Scope;
import org.educloud.support.EduCloudTest;
import org.educloud.support.TenantFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.util.AopTestUtils;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * A resource's publication and a survey's confirmation reach webhooks as audited actions. Each action keeps the id it
 * was published with, through the event publication registry's storage: the listener run again for it (a retry, or
 * the registry's republication on another node after a crash) queues nothing new, and the receiver sees that id.
 */
@EduCloudTest
class AuditedEventIdTest {

    @Autowired
    EventsToOutbox listener;
    @Autowired
    Subscriptions subscriptions;
    @Autowired
    TenantFixture fixture;
    @Autowired
    IdentityManagement identity;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JsonMapper json;

    @Test
    void aPublishedResourceHandledTwiceIsQueuedOnceUnderTheIdItWasPublishedWith() throws Exception {
        assertQueuedOnce("library.resource.published", "#4343 秋天的诗", null, EventKind.RESOURCE_PUBLISHED);
    }

    @Test
    void aConfirmedSurveyHandledTwiceIsQueuedOnceUnderTheIdItWasPublishedWith() throws Exception {
        assertQueuedOnce("equity.survey.confirmed", "测试学校", "2026-2027", EventKind.SURVEY_CONFIRMED);
    }

    @Test
    void twoActionsAlikeInEveryWordAreTwoEvents() {
        AuditableActionOccurred first = new AuditableActionOccurred(null, "library.resource.published", "#1 诗", null, null);
        AuditableActionOccurred second = new AuditableActionOccurred(null, "library.resource.published", "#1 诗", null, null);

        assertThat(first.id()).isNotEqualTo(second.id());
    }

    private void assertQueuedOnce(String action, String target, String detail, EventKind kind) throws Exception {
        TenantFixture.Side a = fixture.a();
        Scope admin = identity.scopeOf(a.person(Role.DISTRICT_ADMIN));
        try (Receiver receiver = new Receiver()) {
            long subscription = subscriptions.subscribe(admin, a.district().id(), "去重" + kind.ordinal(),
                    receiver.url("/once"), List.of(kind)).subscription().id();
            AuditableActionOccurred published = new AuditableActionOccurred(a.person(Role.SCHOOL_ADMIN), action, target,
                    a.school().path(), detail);
            // what the registry stored and hands to the listener again
            AuditableActionOccurred stored = json.readValue(json.writeValueAsString(published),
                    AuditableActionOccurred.class);
            EventsToOutbox handler = AopTestUtils.getTargetObject(listener);

            transactions.executeWithoutResult(tx -> handler.on(published));
            transactions.executeWithoutResult(tx -> handler.on(stored));

            List<UUID> queued = jdbc.sql("SELECT event_id FROM integration.webhook_delivery WHERE subscription_id = ?")
                    .param(subscription).query(UUID.class).list();
            String payload = jdbc.sql("SELECT payload FROM integration.webhook_delivery WHERE subscription_id = ?")
                    .param(subscription).query(String.class).single();
            subscriptions.disable(admin, subscription);
            assertThat(stored.id()).isEqualTo(published.id());
            assertThat(queued).containsExactly(published.id());
            assertThat(json.readTree(payload).get("id").asString()).isEqualTo(published.id().toString());
        }
    }
}

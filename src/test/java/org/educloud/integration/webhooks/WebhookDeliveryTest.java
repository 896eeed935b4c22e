package org.educloud.integration.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BooleanSupplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.educloud.learning.AssignmentId;
import org.educloud.learning.AssignmentPublished;
import org.educloud.roster.ClassId;
import org.educloud.shared.AuditableActionOccurred;
import org.educloud.shared.Role;
import org.educloud.shared.Scope;
import org.educloud.shared.UserId;
import org.educloud.support.EduCloudTest;
import org.educloud.support.TenantFixture;
import org.educloud.identity.IdentityManagement;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Webhooks end to end, against a real HTTP receiver on 127.0.0.1 (the tests' loopback allowance): events of a node
 * reach its subscribers signed, are retried, switch a failing subscription off with a notice, never reach another
 * node's subscribers, and never hold up the request that produced them.
 */
@EduCloudTest
class WebhookDeliveryTest {

    @Autowired
    Subscriptions subscriptions;
    @Autowired
    SubscriptionDeliveries deliveries;
    @Autowired
    Deliverer deliverer;
    @Autowired
    OutboxStore outbox;
    @Autowired
    TenantFixture fixture;
    @Autowired
    IdentityManagement identity;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;

    @Test
    void aBureausSubscriberGetsItsSchoolsEventSignedWithItsOwnSecret() throws Exception {
        TenantFixture.Side a = fixture.a();
        try (Receiver receiver = new Receiver()) {
            IssuedSecret issued = subscriptions.subscribe(admin(a, Role.DISTRICT_ADMIN), a.district().id(), "区数据中心",
                    receiver.url("/district"), List.of(EventKind.ASSIGNMENT_PUBLISHED));
            long assignment = publishAssignment(a);

            deliverUntil(() -> receiver.received().size() == 1);

            Receiver.Received got = receiver.received().getFirst();
            assertThat(got.header("EduCloud-Webhook-Kind")).isEqualTo("assignment.published");
            long timestamp = Long.parseLong(got.header("EduCloud-Webhook-Timestamp"));
            assertThat(timestamp).isBetween(Instant.now().getEpochSecond() - 60, Instant.now().getEpochSecond() + 1);
            assertThat(got.header("EduCloud-Webhook-Signature"))
                    .isEqualTo("v1=" + hmac(issued.secret(), timestamp + "." + got.body()));
            assertThat(got.header("EduCloud-Webhook-Signature"))
                    .isNotEqualTo("v1=" + hmac("whsec_someone-else", timestamp + "." + got.body()));
            JsonNode body = json.readTree(got.body());
            assertThat(body.get("id").asString()).isEqualTo(got.header("EduCloud-Webhook-Id"));
            assertThat(body.get("kind").asString()).isEqualTo("assignment.published");
            assertThat(body.get("node").get("id").asLong()).isEqualTo(a.school().id().value());
            assertThat(body.get("data").get("assignment").asLong()).isEqualTo(assignment);

            List<AttemptView> log = deliveries.log(admin(a, Role.DISTRICT_ADMIN), issued.subscription().id());
            assertThat(log).singleElement().satisfies(line -> {
                assertThat(line.statusCode()).isEqualTo(200);
                assertThat(line.succeeded()).isTrue();
                assertThat(line.attempt()).isEqualTo(1);
            });
        }
    }

    @Test
    void aSchoolsSubscriberNeverHearsOfAnotherSchoolsEvents() throws Exception {
        TenantFixture.Side a = fixture.a();
        try (Receiver receiver = new Receiver()) {
            long id = subscriptions.subscribe(admin(a, Role.SCHOOL_ADMIN), a.school().id(), "本校教务系统",
                    receiver.url("/school"), List.of(EventKind.ASSIGNMENT_PUBLISHED, EventKind.ROSTER_CHANGED))
                    .subscription().id();
            publishAssignment(fixture.b());
            audited("roster.student.registered", fixture.b());
            audited("roster.student.registered", a);

            deliverUntil(() -> receiver.received().size() >= 1);
            Thread.sleep(1500);
            deliverer.deliverDue();

            assertThat(receiver.received()).hasSize(1).allSatisfy(got -> {
                JsonNode body = json.readTree(got.body());
                assertThat(body.get("kind").asString()).isEqualTo("roster.changed");
                assertThat(body.get("node").get("id").asLong()).isEqualTo(a.school().id().value());
                assertThat(body.get("data").get("change").asString()).isEqualTo("roster.student.registered");
            });
            assertThat(jdbc.sql("SELECT count(*) FROM integration.webhook_delivery WHERE subscription_id = ?")
                    .param(id).query(Long.class).single()).isEqualTo(1);
        }
    }

    @Test
    void aFailedDeliveryIsRetriedLaterWithTheSameEventId() throws Exception {
        TenantFixture.Side a = fixture.a();
        try (Receiver receiver = new Receiver().answering(500)) {
            Scope admin = admin(a, Role.SCHOOL_ADMIN);
            long id = subscriptions.subscribe(admin, a.school().id(), "重试", receiver.url("/retry"),
                    List.of(EventKind.ASSIGNMENT_PUBLISHED)).subscription().id();
            publishAssignment(a);

            deliverUntil(() -> receiver.received().size() == 1);
            awaitLog(admin, id, 1);
            Instant next = jdbc.sql("SELECT next_attempt_at FROM integration.webhook_delivery WHERE subscription_id = ?")
                    .param(id).query(java.sql.Timestamp.class).single().toInstant();
            assertThat(next).as("backed off by about the 30 s base").isAfter(Instant.now().plusSeconds(20));

            moveDue(id);
            deliverUntil(() -> receiver.received().size() == 2);
            awaitLog(admin, id, 2);

            List<AttemptView> log = deliveries.log(admin, id);
            assertThat(log).extracting(AttemptView::statusCode).containsExactly(200, 500);
            assertThat(log).extracting(AttemptView::attempt).containsExactly(2, 1);
            assertThat(receiver.received().get(0).header("EduCloud-Webhook-Id"))
                    .isEqualTo(receiver.received().get(1).header("EduCloud-Webhook-Id"));
            assertThat(subscriptions.managed(admin, id).consecutiveFailures()).isZero();
        }
    }

    @Test
    void aSubscriptionFailingAgainAndAgainIsSwitchedOffWithANoticeAndCanBeSwitchedOnAgain() throws Exception {
        TenantFixture.Side a = fixture.a();
        UserId schoolAdmin = a.person(Role.SCHOOL_ADMIN);
        try (Receiver receiver = new Receiver().alwaysAnswering(503)) {
            Scope admin = admin(a, Role.SCHOOL_ADMIN);
            long id = subscriptions.subscribe(admin, a.school().id(), "总是失败", receiver.url("/failing"),
                    List.of(EventKind.ASSIGNMENT_PUBLISHED)).subscription().id();
            publishAssignment(a);
            deliverUntil(() -> receiver.received().size() == 1);
            for (int round = 2; round <= 10; round++) {
                int expected = round;
                awaitLog(admin, id, round - 1);
                moveDue(id);
                deliverUntil(() -> receiver.received().size() == expected);
            }
            awaitLog(admin, id, 10);

            WebhookView off = subscriptions.managed(admin, id);
            assertThat(off.active()).isFalse();
            assertThat(off.disabledReason()).isEqualTo("FAILURES");
            assertThat(jdbc.sql("SELECT count(*) FROM learning.notification WHERE recipient = ? "
                            + "AND kind = 'WEBHOOK_DISABLED' AND link = ?")
                    .params(schoolAdmin.value(), "/admin/webhooks/" + id).query(Long.class).single()).isEqualTo(1);
            moveDue(id);
            deliverer.deliverDue();
            assertThat(receiver.received()).as("nothing goes to a switched-off subscription").hasSize(10);

            receiver.alwaysAnswering(204);
            mvc.perform(post("/admin/webhooks/" + id + "/enable").with(authentication(fixture.as(schoolAdmin)))
                    .with(csrf())).andReturn();
            assertThat(subscriptions.managed(admin, id).active()).isTrue();
            deliverUntil(() -> receiver.received().size() == 11);
            awaitLog(admin, id, 11);
            assertThat(deliveries.log(admin, id).getFirst().succeeded()).isTrue();
        }
    }

    @Test
    void aSubscriptionWhoseSecretCannotBeOpenedFailsItsAttemptAndBacksOffInsteadOfBlockingTheQueue() throws Exception {
        TenantFixture.Side a = fixture.a();
        try (Receiver receiver = new Receiver()) {
            Scope admin = admin(a, Role.SCHOOL_ADMIN);
            long id = subscriptions.subscribe(admin, a.school().id(), "坏密钥", receiver.url("/unreadable"),
                    List.of(EventKind.GRADE_RELEASED)).subscription().id();
            // as after a change of secret-key: the sealed secret no longer opens
            jdbc.sql("UPDATE integration.webhook_subscription SET secret_cipher = ? WHERE id = ?")
                    .params(java.util.Base64.getEncoder().encodeToString(new byte[40]), id).update();
            deliveries.sendTest(admin, id);

            awaitLog(admin, id, 1);

            assertThat(deliveries.log(admin, id)).singleElement().satisfies(line -> {
                assertThat(line.succeeded()).isFalse();
                assertThat(line.statusCode()).isNull();
                assertThat(line.error()).isEqualTo("secret cannot be opened; rotate it");
            });
            Instant next = jdbc.sql("SELECT next_attempt_at FROM integration.webhook_delivery WHERE subscription_id = ?")
                    .param(id).query(java.sql.Timestamp.class).single().toInstant();
            assertThat(next).as("backed off like any failed attempt").isAfter(Instant.now().plusSeconds(20));
            assertThat(subscriptions.managed(admin, id).consecutiveFailures()).isEqualTo(1);
            assertThat(receiver.received()).isEmpty();

            // a new secret, so that the shared test database keeps no secret that no node can open
            subscriptions.rotate(admin, id);
            subscriptions.disable(admin, id);
        }
    }

    @Test
    void aSubscriptionWithABacklogTakesAtMostItsShareOfARun() {
        TenantFixture.Side a = fixture.a();
        Scope admin = admin(a, Role.SCHOOL_ADMIN);
        long busy = subscriptions.subscribe(admin, a.school().id(), "积压", "https://93.184.216.34/busy",
                List.of(EventKind.GRADE_RELEASED)).subscription().id();
        long quiet = subscriptions.subscribe(admin, a.school().id(), "清闲", "https://93.184.216.34/quiet",
                List.of(EventKind.GRADE_RELEASED)).subscription().id();
        // queued as due an hour from now, so that the scheduled deliverer leaves them alone
        Instant later = Instant.now().plus(Duration.ofHours(1));
        for (int n = 0; n < 3 * OutboxStore.PER_SUBSCRIPTION; n++) {
            outbox.enqueue(busy, java.util.UUID.randomUUID(), EventKind.PING, "{}", later);
        }
        outbox.enqueue(quiet, java.util.UUID.randomUUID(), EventKind.PING, "{}", later.plusMillis(1));

        List<OutboxStore.Due> run = outbox.due(later.plusSeconds(1), 10_000);

        assertThat(run).filteredOn(due -> due.subscriptionId() == busy).hasSize(OutboxStore.PER_SUBSCRIPTION);
        assertThat(run).filteredOn(due -> due.subscriptionId() == quiet).hasSize(1);
        subscriptions.disable(admin, busy);
        subscriptions.disable(admin, quiet);
    }

    @Test
    void aTestPingIsRefusedWhileTheLastOneStillWaits() throws Exception {
        TenantFixture.Side a = fixture.a();
        UserId schoolAdmin = a.person(Role.SCHOOL_ADMIN);
        try (Receiver receiver = new Receiver().slow(Duration.ofSeconds(2))) {
            Scope admin = admin(a, Role.SCHOOL_ADMIN);
            long id = subscriptions.subscribe(admin, a.school().id(), "连点测试", receiver.url("/ping"),
                    List.of(EventKind.GRADE_RELEASED)).subscription().id();
            deliveries.sendTest(admin, id);

            String page = mvc.perform(post("/admin/webhooks/" + id + "/test").with(authentication(fixture.as(schoolAdmin)))
                    .with(csrf()).cookie(new Cookie("educloud-lang", "zh_CN"))).andReturn().getResponse()
                    .getContentAsString();
            MockHttpServletResponse api = mvc.perform(post("/api/v1/webhooks/" + id + "/test")
                    .with(authentication(fixture.asTokenHolder(schoolAdmin)))).andReturn().getResponse();

            assertThat(page).contains("上一条测试事件还在等待发送");
            assertThat(api.getStatus()).isBetween(400, 422);
            assertThat(api.getContentType()).contains("application/problem+json");
            assertThat(outbox.pending(id)).isEqualTo(1);
            awaitLog(admin, id, 1);
            deliveries.sendTest(admin, id);
            assertThat(outbox.pending(id)).as("once the ping went out, another may be sent").isEqualTo(1);
        }
    }

    @Test
    void aSlowReceiverDoesNotSlowTheRequestThatProducedTheEvent() throws Exception {
        TenantFixture.Side a = fixture.a();
        UserId schoolAdmin = a.person(Role.SCHOOL_ADMIN);
        try (Receiver receiver = new Receiver().slow(Duration.ofSeconds(3))) {
            Scope admin = admin(a, Role.SCHOOL_ADMIN);
            long id = subscriptions.subscribe(admin, a.school().id(), "慢吞吞", receiver.url("/slow"),
                    List.of(EventKind.ASSIGNMENT_PUBLISHED)).subscription().id();

            long started = System.nanoTime();
            MockHttpServletResponse answer = mvc.perform(post("/admin/webhooks/" + id + "/test")
                    .with(authentication(fixture.as(schoolAdmin))).with(csrf())).andReturn().getResponse();
            long requestMillis = (System.nanoTime() - started) / 1_000_000;
            started = System.nanoTime();
            publishAssignment(a);
            long publishingMillis = (System.nanoTime() - started) / 1_000_000;

            assertThat(answer.getStatus()).isEqualTo(302);
            assertThat(requestMillis).isLessThan(1500);
            assertThat(publishingMillis).isLessThan(1500);
            deliverUntil(() -> deliveries.log(admin, id).size() == 2);
            assertThat(deliveries.log(admin, id)).allSatisfy(line -> {
                assertThat(line.succeeded()).isTrue();
                assertThat(line.durationMs()).isGreaterThanOrEqualTo(2900);
            });
            assertThat(receiver.received()).extracting(r -> r.header("EduCloud-Webhook-Kind"))
                    .containsExactlyInAnyOrder("ping", "assignment.published");
        }
    }

    @Test
    void aRotatedSecretSignsFromThenOnAndIsShownOnce() throws Exception {
        TenantFixture.Side a = fixture.a();
        UserId schoolAdmin = a.person(Role.SCHOOL_ADMIN);
        try (Receiver receiver = new Receiver()) {
            Scope admin = admin(a, Role.SCHOOL_ADMIN);
            IssuedSecret first = subscriptions.subscribe(admin, a.school().id(), "换密钥", receiver.url("/rotate"),
                    List.of(EventKind.GRADE_RELEASED));
            long id = first.subscription().id();
            String page = mvc.perform(post("/admin/webhooks/" + id + "/rotate")
                    .with(authentication(fixture.as(schoolAdmin))).with(csrf())).andReturn().getResponse()
                    .getContentAsString();
            String secret = page.replaceAll("(?s).*id=\"webhook-secret\">(whsec_[A-Za-z0-9_-]+)<.*", "$1");
            assertThat(secret).startsWith("whsec_").isNotEqualTo(first.secret());
            assertThat(mvc.perform(get("/admin/webhooks/" + id).with(authentication(fixture.as(schoolAdmin))))
                    .andReturn().getResponse().getContentAsString()).doesNotContain(secret);

            deliveries.sendTest(admin, id);
            deliverUntil(() -> receiver.received().size() == 1);
            Receiver.Received got = receiver.received().getFirst();
            String signed = got.header("EduCloud-Webhook-Timestamp") + "." + got.body();
            assertThat(got.header("EduCloud-Webhook-Signature")).isEqualTo("v1=" + hmac(secret, signed))
                    .isNotEqualTo("v1=" + hmac(first.secret(), signed));
            assertThat(jdbc.sql("SELECT count(*) FROM identity.audit_event WHERE action = 'integration.webhook.rotated' "
                    + "AND target = ?").param("#" + id + " 换密钥").query(Long.class).single()).isEqualTo(1);
        }
    }

    @Test
    void endpointsOnPrivateAddressesAreRefusedWithAClearMessageAndProblemDetails() throws Exception {
        TenantFixture.Side a = fixture.a();
        UserId districtAdmin = a.person(Role.DISTRICT_ADMIN);
        for (String inside : List.of("https://10.1.2.3/hook", "https://169.254.169.254/latest", "https://[fc00::1]/")) {
            String page = mvc.perform(post("/admin/webhooks").with(authentication(fixture.as(districtAdmin))).with(csrf())
                            .param("name", "内网").param("url", inside).param("orgId", a.district().id().value() + "")
                            .param("kinds", "GRADE_RELEASED").cookie(new Cookie("educloud-lang", "zh_CN")))
                    .andReturn().getResponse().getContentAsString();
            assertThat(page).as(inside).contains("不允许推送");
        }
        MockHttpServletResponse refused = mvc.perform(post("/api/v1/webhooks")
                .with(authentication(fixture.asTokenHolder(districtAdmin))).contentType(MediaType.APPLICATION_JSON)
                .content("{\"orgId\":" + a.district().id().value() + ",\"name\":\"x\",\"url\":\"https://10.0.0.1/\","
                        + "\"kinds\":[\"GRADE_RELEASED\"]}")).andReturn().getResponse();
        assertThat(refused.getStatus()).isBetween(400, 422);
        assertThat(refused.getContentType()).contains("application/problem+json");
        MockHttpServletResponse unknownKind = mvc.perform(post("/api/v1/webhooks")
                .with(authentication(fixture.asTokenHolder(districtAdmin))).contentType(MediaType.APPLICATION_JSON)
                .content("{\"orgId\":" + a.district().id().value() + ",\"name\":\"x\",\"url\":\"https://93.184.216.34/\","
                        + "\"kinds\":[\"EVERYTHING\"]}")).andReturn().getResponse();
        assertThat(unknownKind.getStatus()).isBetween(400, 422);
        MockHttpServletResponse missing = mvc.perform(post("/api/v1/webhooks")
                .with(authentication(fixture.asTokenHolder(districtAdmin))).contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"" + "x".repeat(65) + "\"}")).andReturn().getResponse();
        assertThat(missing.getStatus()).isBetween(400, 422);
        assertThat(missing.getContentType()).contains("application/problem+json");
        MockHttpServletResponse huge = mvc.perform(post("/api/v1/webhooks")
                .with(authentication(fixture.asTokenHolder(districtAdmin))).contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"" + "x".repeat(WebhookApi.MAX_BODY_BYTES) + "\"}")).andReturn().getResponse();
        assertThat(huge.getStatus()).isEqualTo(413);
        assertThat(huge.getContentType()).contains("application/problem+json");
        assertThat(subscriptions.visibleTo(admin(a, Role.DISTRICT_ADMIN))).extracting(WebhookView::url)
                .noneMatch(url -> url.contains("10.") || url.contains("169.254") || url.contains("fc00"));
    }

    @Test
    void theJsonApiSubscribesAndShowsTheLogAndThePagesRenderInBothLanguages() throws Exception {
        TenantFixture.Side a = fixture.a();
        UserId districtAdmin = a.person(Role.DISTRICT_ADMIN);
        try (Receiver receiver = new Receiver()) {
            MockHttpServletResponse created = mvc.perform(post("/api/v1/webhooks")
                    .with(authentication(fixture.asTokenHolder(districtAdmin))).contentType(MediaType.APPLICATION_JSON)
                    .content("{\"orgId\":" + a.district().id().value() + ",\"name\":\"接口订阅\",\"url\":\""
                            + receiver.url("/api") + "\",\"kinds\":[\"survey.confirmed\",\"RESOURCE_PUBLISHED\"]}"))
                    .andReturn().getResponse();
            assertThat(created.getStatus()).isEqualTo(201);
            JsonNode issued = json.readTree(created.getContentAsString());
            long id = issued.get("subscription").get("id").asLong();
            assertThat(issued.get("secret").asString()).startsWith("whsec_");
            audited("library.resource.published", a, "#4242 春天的诗");
            deliverUntil(() -> receiver.received().size() == 1);
            JsonNode body = json.readTree(receiver.received().getFirst().body());
            assertThat(body.get("data").get("resource").asLong()).isEqualTo(4242);
            assertThat(body.get("data").get("title").asString()).isEqualTo("春天的诗");
            awaitLog(admin(a, Role.DISTRICT_ADMIN), id, 1);

            String log = mvc.perform(get("/api/v1/webhooks/" + id + "/deliveries")
                    .with(authentication(fixture.asTokenHolder(districtAdmin)))).andReturn().getResponse()
                    .getContentAsString();
            assertThat(json.readTree(log).get(0).get("statusCode").asInt()).isEqualTo(200);
            for (String language : List.of("zh_CN", "en")) {
                for (String page : List.of("/admin/webhooks", "/admin/webhooks/" + id)) {
                    MockHttpServletResponse shown = mvc.perform(get(page).with(authentication(fixture.as(districtAdmin)))
                            .cookie(new Cookie("educloud-lang", language))).andReturn().getResponse();
                    assertThat(shown.getStatus()).as(page + " " + language).isEqualTo(200);
                    assertThat(shown.getContentAsString()).contains("接口订阅");
                }
            }
            assertThat(mvc.perform(get("/admin/webhooks/" + id).with(authentication(fixture.as(districtAdmin)))
                    .cookie(new Cookie("educloud-lang", "en"))).andReturn().getResponse().getContentAsString())
                    .contains("Delivery log", "resource.published");
        }
    }

    private Scope admin(TenantFixture.Side side, Role role) {
        return identity.scopeOf(side.person(role));
    }

    /** A teacher's assignment published at the side's school, as learning announces it (no assignment is made). */
    private long publishAssignment(TenantFixture.Side side) {
        long assignment = 9_000_000 + ThreadLocalRandom.current().nextLong(1_000_000_000L);
        transactions.executeWithoutResult(tx -> events.publishEvent(new AssignmentPublished(AssignmentId.of(assignment),
                ClassId.of(side.classId()), side.school().id(), "朗读课文", side.person(Role.TEACHER).value(),
                Instant.now().plus(Duration.ofDays(2)), Instant.now())));
        return assignment;
    }

    private void audited(String action, TenantFixture.Side side) {
        audited(action, side, "某学生");
    }

    private void audited(String action, TenantFixture.Side side, String target) {
        transactions.executeWithoutResult(tx -> events.publishEvent(new AuditableActionOccurred(
                side.person(Role.SCHOOL_ADMIN), action, target, side.school().path(), null)));
    }

    /** Runs the deliverer (as the schedule would, sooner) until the condition holds, for at most 30 s. */
    private void deliverUntil(BooleanSupplier done) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!done.getAsBoolean()) {
            assertThat(System.nanoTime()).as("delivered within 30 s").isLessThan(until);
            deliverer.deliverDue();
            Thread.sleep(100);
        }
    }

    private void awaitLog(Scope admin, long id, int lines) throws InterruptedException {
        deliverUntil(() -> deliveries.log(admin, id).size() >= lines);
    }

    /** Sits out the back-off: what waits for the subscription is due now. */
    private void moveDue(long id) {
        jdbc.sql("UPDATE integration.webhook_delivery SET next_attempt_at = created_at WHERE subscription_id = ? "
                + "AND status = 'PENDING'").param(id).update();
    }

    private static String hmac(String secret, String signed) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
    }
}

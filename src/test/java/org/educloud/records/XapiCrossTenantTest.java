package org.educloud.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.educloud.records.LrsClient.statement;
import static org.educloud.records.LrsClient.voiding;
import static org.educloud.records.LrsClient.withAttachment;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.educloud.identity.IdentityFixture;
import org.educloud.identity.IntegrationScope;
import org.educloud.records.xapi.RecordsProperties;
import org.educloud.shared.Role;
import org.educloud.shared.Scope;
import org.educloud.support.EduCloudTest;
import org.educloud.support.TenantFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two LRS clients bound to different districts, one of them hostile: what one district's client stores, the other
 * can neither change nor probe, however it phrases its statements.
 */
@EduCloudTest
class XapiCrossTenantTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TenantFixture fixture;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    LearningRecords records;

    @Autowired
    RecordsProperties properties;

    @Autowired
    IdentityFixture clients;

    LrsClient a;
    LrsClient b;

    @BeforeEach
    void clients() {
        a = LrsClient.of(mvc, fixture.a());
        b = LrsClient.of(mvc, fixture.b());
    }

    @Test
    void aVoidingStatementAimedAtAnotherDistrictsStatementIsStoredAndVoidsNothing() throws Exception {
        String target = b.stores(statement("mailto:owned.by.b@x.cn"));
        String voiding = a.stores(voiding(target));
        b.get("statementId", target).andExpect(status().isOk());
        b.get("voidedStatementId", target).andExpect(status().isNotFound());
        a.get("statementId", voiding).andExpect(status().isOk());

        // B's own voiding statement: out of A's reach it is an unknown target, not "a voiding statement" (400)
        String bVoids = b.stores(voiding(b.stores(statement("mailto:owned.by.b@x.cn"))));
        a.stores(voiding(bVoids));
        b.get("statementId", bVoids).andExpect(status().isOk());
    }

    @Test
    void onlyThePlatformVoidsThePlatformsOwnStatementsSoTheDailyFiguresStayRight() throws Exception {
        Instant at = Instant.parse("2026-09-14T02:00:00Z");
        LocalDate day = LocalDate.ofInstant(at, ZoneId.of("Asia/Shanghai"));
        LearningActivity activity = new LearningActivity(UUID.randomUUID(), 6_000_000L + (long) (Math.random() * 1e6),
                fixture.b().school().id(), null, LearningVerb.VIEWED, new LearningActivity.LearningObject(
                LearningObjectKind.RESOURCE, "7", "认识钟表", null, null), null, null, at);
        transactions.executeWithoutResult(tx -> events.publishEvent(activity));
        awaitStatement(activity.id());
        var before = records.schoolDays(Scope.installation(), fixture.b().school().path(), day, day);

        a.stores(voiding(activity.id().toString()));
        b.stores(voiding(activity.id().toString()));

        b.get("statementId", activity.id().toString()).andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(activity.id().toString()));
        assertThat(records.schoolDays(Scope.installation(), fixture.b().school().path(), day, day))
                .isEqualTo(before);
    }

    @Test
    void aReferenceToAnotherDistrictsStatementCannotBeUsedToProbeItThroughFilters() throws Exception {
        String verb = "https://educloud.example/verbs/" + UUID.randomUUID();
        String activity = "https://educloud.example/activities/" + UUID.randomUUID();
        String registration = UUID.randomUUID().toString();
        String agent = "mailto:" + UUID.randomUUID() + "@b.example.cn";
        String target = b.stores("{\"actor\":{\"mbox\":\"" + agent + "\"},\"verb\":{\"id\":\"" + verb + "\"},"
                + "\"object\":{\"id\":\"" + activity + "\"},\"context\":{\"registration\":\"" + registration + "\"}}");
        String probe = a.stores(LrsClient.referring(target, "https://educloud.example/verbs/probe"));
        for (String[] filter : new String[][] {{"verb", verb}, {"activity", activity}, {"registration", registration},
                {"agent", "{\"mbox\":\"" + agent + "\"}"}}) {
            a.get(filter[0], filter[1], "limit", "500")
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.statements[?(@.id == '" + probe + "')]").doesNotExist());
        }
        // within the client's own reach a reference still matches through its target (the conformance suite's rule)
        String own = a.stores(statement("mailto:" + UUID.randomUUID() + "@a.example.cn", verb, activity));
        String reference = a.stores(LrsClient.referring(own, "https://educloud.example/verbs/probe"));
        a.get("verb", verb).andExpect(jsonPath("$.statements[?(@.id == '" + reference + "')]").exists())
                .andExpect(jsonPath("$.statements[?(@.id == '" + probe + "')]").doesNotExist());
    }

    @Test
    void anAttachmentIsServedOnlyThroughAStatementThatCarriedIt() throws Exception {
        byte[] secret = ("乙县第一小学 心理辅导记录 " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
        String owned = UUID.randomUUID().toString();
        b.postWithAttachment(withAttachment(owned, "mailto:owner@b.example.cn", secret, null), "text/plain", secret)
                .andExpect(status().isOk());
        // A knows (or guesses) the hash and declares it with a fileUrl, so it need not send the bytes
        String claim = UUID.randomUUID().toString();
        a.post(withAttachment(claim, "mailto:probe@a.example.cn", secret, "https://a.example.cn/worksheet.txt"))
                .andExpect(status().isOk());
        assertThat(body(a.get("statementId", claim, "attachments", "true"))).contains(claim)
                .doesNotContain("心理辅导记录");
        assertThat(body(a.get("verb", LrsClient.VERB, "attachments", "true", "limit", "500")))
                .doesNotContain("心理辅导记录");
        assertThat(body(b.get("statementId", owned, "attachments", "true"))).contains("心理辅导记录");

        // whoever sends the content itself gets it back through its own statement
        String sent = UUID.randomUUID().toString();
        a.postWithAttachment(withAttachment(sent, "mailto:probe@a.example.cn", secret, null), "text/plain", secret)
                .andExpect(status().isOk());
        assertThat(body(a.get("statementId", sent, "attachments", "true"))).contains("心理辅导记录");
    }

    @Test
    void anotherDistrictsStatementIdIsAConflictWhateverTheContentAndNothingIsStored() throws Exception {
        String content = statement("mailto:owned.by.b@x.cn");
        String id = b.stores(content);
        String same = a.put(id, content).andExpect(status().isConflict()).andReturn().getResponse()
                .getContentAsString();
        String other = a.put(id, statement("mailto:guess@x.cn")).andExpect(status().isConflict()).andReturn()
                .getResponse().getContentAsString();
        assertThat(same).isEqualTo(other);
        a.post("[" + content.replaceFirst("\\{", "{\"id\":\"" + id + "\",") + "]").andExpect(status().isConflict());
        assertThat(jdbc.sql("SELECT client_id FROM records.statement WHERE id = ?::uuid").param(id)
                .query(String.class).list()).containsExactly(fixture.b().clientId());
        // for its own statement the client still gets the idempotent answer the specification asks for
        b.put(id, content).andExpect(status().isNoContent());
    }

    @Test
    void theLearnersDistrictReadsWhatOthersWroteAboutItsLearnersAndNoClientWritesAboutAnotherDistrictsLearner()
            throws Exception {
        var issued = clients.registerClient(fixture.region().id(), "city LRS " + UUID.randomUUID(),
                IntegrationScope.ALL);
        LrsClient city = new LrsClient(mvc, issued.clientId(), issued.clientSecret());
        String aboutB = city.stores(about(fixture.b().studentId()));
        b.get("statementId", aboutB).andExpect(status().isOk());
        a.get("statementId", aboutB).andExpect(status().isNotFound());
        assertThat(body(b.get("agent", agent(fixture.b().studentId()), "limit", "500"))).contains(aboutB);

        String refused = a.put(UUID.randomUUID().toString(), about(fixture.b().studentId()))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.error").isString())
                .andReturn().getResponse().getContentAsString();
        // a name that is nobody is refused the same way as another district's learner
        String nobody = a.put(UUID.randomUUID().toString(), about(999_999_999L))
                .andExpect(status().isForbidden()).andReturn().getResponse().getContentAsString();
        assertThat(refused.replace(String.valueOf(fixture.b().studentId()), "N"))
                .isEqualTo(nobody.replace("999999999", "N"));
        // wherever the learner is named: as the object, or as a member of a team
        a.post("{\"actor\":{\"mbox\":\"mailto:t@a.cn\"},\"verb\":{\"id\":\"" + LrsClient.VERB + "\"},"
                + "\"object\":{\"objectType\":\"Agent\"," + agent(fixture.b().studentId()).substring(1) + "}")
                .andExpect(status().isForbidden());
        a.post(statement("mailto:t@a.cn").replace("}}", "},\"context\":{\"team\":{\"objectType\":\"Group\","
                        + "\"member\":[" + agent(fixture.b().studentId()) + "]}}}"))
                .andExpect(status().isForbidden());
        mvc.perform(a.as(MockMvcRequestBuilders.put(
                        "/xapi/activities/state")).param("activityId", "https://educloud.example/activities/x")
                        .param("agent", agent(fixture.b().studentId())).param("stateId", "bookmark")
                        .contentType("application/json").content("{}"))
                .andExpect(status().isForbidden());

        String own = a.stores(about(fixture.a().studentId()));
        a.get("statementId", own).andExpect(status().isOk());
        b.get("statementId", own).andExpect(status().isNotFound());
    }

    @Test
    void theAdminBrowserFollowsTheSameRules() throws Exception {
        var issued = clients.registerClient(fixture.region().id(), "city LRS " + UUID.randomUUID(),
                IntegrationScope.ALL);
        String activity = "https://educloud.example/activities/" + UUID.randomUUID();
        String aboutB = new LrsClient(mvc, issued.clientId(), issued.clientSecret())
                .stores(about(fixture.b().studentId()).replace("https://educloud.example/resources/42", activity));
        String seenByB = page(fixture.b(), activity);
        assertThat(seenByB).contains(aboutB).contains(fixture.b().school().name());
        assertThat(page(fixture.a(), activity)).doesNotContain(aboutB).doesNotContain(fixture.b().school().name());
        mvc.perform(MockMvcRequestBuilders.get("/admin/records").param("verb", "http://e.c/\u0000")
                        .with(authentication(fixture.as(fixture.a().person(Role.DISTRICT_ADMIN)))))
                .andExpect(status().is(422));
    }

    private String page(TenantFixture.Side side, String activity) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get("/admin/records").param("activity", activity)
                        .with(authentication(fixture.as(side.person(Role.DISTRICT_ADMIN)))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private String about(long studentId) {
        return "{\"actor\":" + agent(studentId) + ",\"verb\":{\"id\":\"" + LrsClient.VERB + "\"},"
                + "\"object\":{\"id\":\"https://educloud.example/resources/42\"}}";
    }

    private String agent(long studentId) {
        return "{\"account\":{\"homePage\":\"" + properties.homePage() + "\",\"name\":\"person:" + studentId
                + "\"}}";
    }

    private static String body(org.springframework.test.web.servlet.ResultActions answer) throws Exception {
        return new String(answer.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray(),
                StandardCharsets.UTF_8);
    }

    private void awaitStatement(UUID id) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            if (jdbc.sql("SELECT count(*) FROM records.statement WHERE id = ?").param(id).query(Long.class)
                    .single() > 0) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the learning activity was not recorded within 10 s");
    }
}

package org.educloud.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.educloud.identity.IdentityFixture;
import org.educloud.identity.IntegrationScope;
import org.educloud.records.xapi.XapiVersion;
import org.educloud.support.EduCloudTest;
import org.educloud.support.TenantFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@EduCloudTest
class XapiStatementsTest {

    private static final String VERB = "http://adlnet.gov/expapi/verbs/completed";

    @Autowired
    MockMvc mvc;

    @Autowired
    TenantFixture fixture;

    @Autowired
    IdentityFixture clients;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aStatementIsStoredWithWhatTheLrsAddsAndReadBackById() throws Exception {
        String id = UUID.randomUUID().toString();
        mvc.perform(as(post("/xapi/statements")).content(statement(id, "mailto:li@example.cn")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0]").value(id));
        mvc.perform(as(get("/xapi/statements").param("statementId", id)))
                .andExpect(status().isOk())
                .andExpect(header().exists("X-Experience-API-Consistent-Through"))
                .andExpect(header().exists("Last-Modified"))
                .andExpect(jsonPath("$.id").value(id))
                .andExpect(jsonPath("$.stored").isString())
                .andExpect(jsonPath("$.version").value("2.0.0"))
                .andExpect(jsonPath("$.authority.account.name").value(fixture.a().clientId()));
        mvc.perform(as(get("/xapi/statements").param("verb", VERB).param("limit", "50")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.statements[?(@.id == '" + id + "')]").exists());
    }

    @Test
    void aStatementIsKeptInThePartitionOfTheMonthItWasStored() throws Exception {
        String id = UUID.randomUUID().toString();
        mvc.perform(as(post("/xapi/statements")).content(statement(id, "mailto:month@x.cn")))
                .andExpect(status().isOk());
        var month = java.time.YearMonth.now(java.time.ZoneOffset.UTC);
        assertThat(jdbc.sql("SELECT tableoid::regclass::text FROM records.statement WHERE id = ?::uuid").param(id)
                .query(String.class).single())
                .isEqualTo("records.statement_y%04dm%02d".formatted(month.getYear(), month.getMonthValue()));
    }

    @Test
    void theSameIdAgainIsANoOpButOtherContentUnderItIsAConflict() throws Exception {
        String id = UUID.randomUUID().toString();
        mvc.perform(as(put("/xapi/statements").param("statementId", id)).content(statement(null, "mailto:a@x.cn")))
                .andExpect(status().isNoContent());
        mvc.perform(as(put("/xapi/statements").param("statementId", id)).content(statement(null, "mailto:a@x.cn")))
                .andExpect(status().isNoContent());
        mvc.perform(as(put("/xapi/statements").param("statementId", id)).content(statement(null, "mailto:b@x.cn")))
                .andExpect(status().isConflict());
    }

    @Test
    void malformedStatementsAre400AndABatchWithOneIsStoredNotAtAll() throws Exception {
        long before = stored();
        for (String bad : List.of(
                "{\"verb\":{\"id\":\"" + VERB + "\"},\"object\":{\"id\":\"http://edu.cloud/a\"}}",
                "{\"actor\":{\"mbox\":\"mailto:a@x.cn\",\"openid\":\"http://x.cn/a\"},\"verb\":{\"id\":\"" + VERB
                        + "\"},\"object\":{\"id\":\"http://edu.cloud/a\"}}",
                "{\"actor\":{\"mbox\":\"a@x.cn\"},\"verb\":{\"id\":\"" + VERB + "\"},\"object\":{\"id\":\"http://e.c/a\"}}",
                "{\"actor\":{\"mbox\":\"mailto:a@x.cn\"},\"verb\":{\"id\":\"completed\"},\"object\":{\"id\":\"http://e.c/a\"}}",
                "{\"actor\":{\"mbox\":\"mailto:a@x.cn\"},\"verb\":{\"id\":\"" + VERB + "\",\"display\":{\"zh CN\":\"完成\"}},"
                        + "\"object\":{\"id\":\"http://e.c/a\"}}",
                "{\"actor\":{\"mbox\":\"mailto:a@x.cn\"},\"verb\":{\"id\":\"" + VERB + "\"},\"object\":{\"id\":\"http://e.c/a\"},"
                        + "\"timestamp\":\"2026-13-01T00:00:00Z\"}",
                "{\"actor\":{\"mbox\":\"mailto:a@x.cn\"},\"verb\":{\"id\":\"" + VERB + "\"},\"object\":{\"id\":\"http://e.c/a\"},"
                        + "\"result\":{\"duration\":\"1 hour\"}}",
                "{\"actor\":{\"mbox\":\"mailto:a@x.cn\"},\"verb\":{\"id\":\"" + VERB + "\"},\"object\":{\"id\":\"http://e.c/a\"},"
                        + "\"extra\":true}",
                "[" + statement(null, "mailto:ok@x.cn") + ",{\"actor\":{}}]",
                "not json")) {
            mvc.perform(as(post("/xapi/statements")).content(bad)).andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.error").isString());
        }
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void aVoidedStatementIsReadOnlyAsVoidedAndAVoidingStatementCannotBeVoided() throws Exception {
        String target = UUID.randomUUID().toString();
        mvc.perform(as(put("/xapi/statements").param("statementId", target)).content(statement(null, "mailto:v@x.cn")))
                .andExpect(status().isNoContent());
        String voiding = UUID.randomUUID().toString();
        mvc.perform(as(put("/xapi/statements").param("statementId", voiding)).content(voiding(target)))
                .andExpect(status().isNoContent());
        mvc.perform(as(get("/xapi/statements").param("statementId", target))).andExpect(status().isNotFound());
        mvc.perform(as(get("/xapi/statements").param("voidedStatementId", target))).andExpect(status().isOk());
        mvc.perform(as(post("/xapi/statements")).content(voiding(voiding))).andExpect(status().isBadRequest());
    }

    @Test
    void aClientReadsNothingOfAnotherDistrictAndNeedsTheScopeToWrite() throws Exception {
        String id = UUID.randomUUID().toString();
        mvc.perform(as(put("/xapi/statements").param("statementId", id)).content(statement(null, "mailto:a@x.cn")))
                .andExpect(status().isNoContent());
        mvc.perform(get("/xapi/statements").param("statementId", id).header(XapiVersion.HEADER, "2.0.0")
                        .with(httpBasic(fixture.b().clientId(), fixture.b().clientSecret())))
                .andExpect(status().isNotFound());
        String list = mvc.perform(get("/xapi/statements").param("limit", "500").header(XapiVersion.HEADER, "2.0.0")
                        .with(httpBasic(fixture.b().clientId(), fixture.b().clientSecret())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(list).doesNotContain(id);
        var readOnly = clients.registerClient(fixture.a().school().id(), "reader",
                List.of(IntegrationScope.XAPI_READ));
        mvc.perform(post("/xapi/statements").contentType(MediaType.APPLICATION_JSON).header(XapiVersion.HEADER, "2.0.0")
                        .content(statement(null, "mailto:a@x.cn"))
                        .with(httpBasic(readOnly.clientId(), readOnly.clientSecret())))
                .andExpect(status().isForbidden());
    }

    @Test
    void anActivitysDefinitionMergesTheLanguagesOfItsStatementsAndAnAgentIsAPerson() throws Exception {
        String activity = "https://educloud.example/resources/" + UUID.randomUUID();
        for (String name : List.of("{\"zh-CN\":\"分数\"}", "{\"en-US\":\"Fractions\"}")) {
            mvc.perform(as(post("/xapi/statements")).content("{\"actor\":{\"mbox\":\"mailto:a@x.cn\"},\"verb\":"
                    + "{\"id\":\"" + VERB + "\"},\"object\":{\"id\":\"" + activity + "\",\"definition\":{\"name\":"
                    + name + "}}}")).andExpect(status().isOk());
        }
        mvc.perform(as(get("/xapi/activities").param("activityId", activity)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.objectType").value("Activity"))
                .andExpect(jsonPath("$.definition.name['zh-CN']").value("分数"))
                .andExpect(jsonPath("$.definition.name['en-US']").value("Fractions"));
        mvc.perform(as(get("/xapi/activities").param("activityId", "not an iri"))).andExpect(status().isBadRequest());
        mvc.perform(as(get("/xapi/agents").param("agent", "{\"mbox\":\"mailto:a@x.cn\",\"name\":\"李\"}")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.objectType").value("Person"))
                .andExpect(jsonPath("$.mbox[0]").value("mailto:a@x.cn"));
    }

    @Test
    void aFilterAlsoFindsStatementsThatReferToAMatchingStatementEvenAVoidedOne() throws Exception {
        String verb = "https://educloud.example/verbs/" + UUID.randomUUID();
        String target = UUID.randomUUID().toString();
        mvc.perform(as(put("/xapi/statements").param("statementId", target))
                .content(statement(null, "mailto:ref@x.cn").replace(VERB, verb))).andExpect(status().isNoContent());
        String voiding = UUID.randomUUID().toString();
        mvc.perform(as(put("/xapi/statements").param("statementId", voiding)).content(voiding(target)))
                .andExpect(status().isNoContent());
        mvc.perform(as(get("/xapi/statements").param("verb", verb)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.statements.length()").value(1))
                .andExpect(jsonPath("$.statements[0].id").value(voiding));
    }

    @Test
    void idsFormatKeepsOnlyIdentifiersAndCanonicalKeepsTheReadersLanguage() throws Exception {
        String id = UUID.randomUUID().toString();
        mvc.perform(as(post("/xapi/statements")).content(statement(id, "mailto:fmt@x.cn")
                        .replace("{\"zh-CN\":\"完成\"}", "{\"zh-CN\":\"完成\",\"en-US\":\"completed\"}")))
                .andExpect(status().isOk());
        mvc.perform(as(get("/xapi/statements").param("statementId", id).param("format", "ids")))
                .andExpect(jsonPath("$.actor.name").doesNotExist())
                .andExpect(jsonPath("$.actor.mbox").value("mailto:fmt@x.cn"))
                .andExpect(jsonPath("$.verb.display").doesNotExist())
                .andExpect(jsonPath("$.object.definition").doesNotExist());
        mvc.perform(as(get("/xapi/statements").param("statementId", id).param("format", "canonical"))
                        .header("Accept-Language", "en-US,zh-CN;q=0.5"))
                .andExpect(jsonPath("$.verb.display['en-US']").value("completed"))
                .andExpect(jsonPath("$.verb.display['zh-CN']").doesNotExist());
        mvc.perform(as(get("/xapi/statements").param("statementId", id).param("format", "pretty")))
                .andExpect(status().isBadRequest());
    }

    @Test
    void a103ClientMaySendARequestAsAFormPostButA20ClientMayNot() throws Exception {
        String id = UUID.randomUUID().toString();
        String authorization = "Basic " + java.util.Base64.getEncoder().encodeToString(
                (fixture.a().clientId() + ":" + fixture.a().clientSecret()).getBytes(StandardCharsets.UTF_8));
        for (String version : List.of("2.0.0", "1.0.3")) {
            mvc.perform(post("/xapi/statements?method=PUT").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                            .content("statementId=" + id + "&Authorization=" + encode(authorization)
                                    + "&X-Experience-API-Version=" + version
                                    + "&content=" + encode(statement(null, "mailto:form@x.cn"))))
                    .andExpect(status().is(version.equals("1.0.3") ? 204 : 400));
        }
        mvc.perform(as(get("/xapi/statements").param("statementId", id))).andExpect(status().isOk());
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request) {
        return request.contentType(MediaType.APPLICATION_JSON).header(XapiVersion.HEADER, "2.0.0")
                .with(httpBasic(fixture.a().clientId(), fixture.a().clientSecret()));
    }

    private static String statement(String id, String mbox) {
        return "{" + (id == null ? "" : "\"id\":\"" + id + "\",") + "\"actor\":{\"mbox\":\"" + mbox
                + "\",\"name\":\"李同学\"},\"verb\":{\"id\":\"" + VERB + "\",\"display\":{\"zh-CN\":\"完成\"}},"
                + "\"object\":{\"id\":\"https://educloud.example/resources/42\",\"definition\":{\"name\":"
                + "{\"zh-CN\":\"分数的初步认识\"}}},\"result\":{\"score\":{\"scaled\":0.9},\"completion\":true,"
                + "\"duration\":\"PT12M\"},\"timestamp\":\"2026-11-23T08:00:00+08:00\"}";
    }

    private static String voiding(String target) {
        return "{\"actor\":{\"mbox\":\"mailto:teacher@x.cn\"},\"verb\":{\"id\":\"http://adlnet.gov/expapi/verbs/voided\"},"
                + "\"object\":{\"objectType\":\"StatementRef\",\"id\":\"" + target + "\"}}";
    }

    private long stored() {
        return jdbc.sql("SELECT count(*) FROM records.statement").query(Long.class).single();
    }
}

package org.educloud.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.educloud.records.xapi.RecordsProperties;
import org.educloud.shared.Role;
import org.educloud.support.EduCloudTest;
import org.educloud.support.TenantFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * The learning-record browser names learners and verbs as people say them: an EduCloud learner by name (only for an
 * admin whose roster reaches them), a common verb in words with its IRI as a tooltip, any other verb by the end of
 * its IRI.
 */
@EduCloudTest
class StatementBrowserWordingTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TenantFixture fixture;
    @Autowired
    RecordsProperties properties;
    @Autowired
    JdbcClient jdbc;

    @Test
    void learnersAreNamedAndVerbsTranslated() throws Exception {
        long student = fixture.a().studentId();
        String name = jdbc.sql("SELECT name FROM roster.student WHERE id = ?").param(student).query(String.class)
                .single();
        String activity = "https://educloud.example/activities/" + UUID.randomUUID();
        LrsClient client = LrsClient.of(mvc, fixture.a());
        client.stores(statement(student, LrsClient.VERB, activity));
        client.stores(statement(student, "https://example.org/verbs/juggled", activity));

        String zh = page(activity, "zh_CN");
        assertThat(zh).contains(">" + name + "<", ">完成了<", "title=\"" + LrsClient.VERB + "\"", ">juggled<",
                "title=\"https://example.org/verbs/juggled\"").doesNotContain(">person:" + student + "<");
        assertThat(page(activity, "en")).contains(">completed<", ">Action<");
    }

    private String page(String activity, String lang) throws Exception {
        return new String(mvc.perform(MockMvcRequestBuilders.get("/admin/records").param("activity", activity)
                        .param("lang", lang)
                        .with(authentication(fixture.as(fixture.a().person(Role.DISTRICT_ADMIN)))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }

    private String statement(long student, String verb, String activity) {
        return "{\"actor\":{\"account\":{\"homePage\":\"" + properties.homePage() + "\",\"name\":\"person:" + student
                + "\"}},\"verb\":{\"id\":\"" + verb + "\"},\"object\":{\"id\":\"" + activity + "\"}}";
    }
}

package org.educloud.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.educloud.records.LrsClient.statement;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import org.educloud.support.EduCloudTest;
import org.educloud.support.TenantFixture;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** What a careless or hostile client sends the LRS: each is refused with a reason, never a server error. */
@EduCloudTest
class XapiHostileInputTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TenantFixture fixture;

    @Autowired
    JdbcClient jdbc;

    LrsClient a;

    @BeforeEach
    void client() {
        a = LrsClient.of(mvc, fixture.a());
    }

    @Test
    void nulCharactersAndLoneSurrogatesAreRefusedWith400AndNothingIsStored() throws Exception {
        String mbox = "mailto:nul-" + UUID.randomUUID() + "@x.cn";
        String plain = statement(mbox);
        for (String bad : List.of(
                plain.replace("}}", "},\"result\":{\"response\":\"1/2\\u0000DROP\"}}"),
                plain.replace("}}", "},\"context\":{\"extensions\":{\"https://e.c/x\":{\"note\":\"a\\u0000b\"}}}}"),
                plain.replace("}}", "},\"context\":{\"extensions\":{\"https://e.c/x\":{\"k\\u0000\":1}}}}"),
                plain.replace("\"actor\":{", "\"actor\":{\"name\":\"\\u0000\","))) {
            a.post(bad).andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.error", Matchers.containsString("U+0000")));
        }
        for (String lone : List.of("\\ud800", "\\udc00x", "x\\ud83d")) {
            a.post(plain.replace("\"actor\":{", "\"actor\":{\"name\":\"李" + lone + "\","))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.error", Matchers.containsString("unpaired surrogate")));
        }
        // a proper pair (an emoji) is text like any other
        a.post(plain.replace("\"actor\":{", "\"actor\":{\"name\":\"李\\ud83d\\ude00\",")).andExpect(status().isOk());
        assertThat(storedOf(mbox)).isEqualTo(1);
    }

    @Test
    void nulInQueryParametersAndDocumentIdsIsRefusedWith400() throws Exception {
        for (String[] query : new String[][] {{"verb", "http://e.c/\u0000"}, {"activity", "\u0000"},
                {"agent", "{\"mbox\":\"mailto:a\u0000@x.cn\"}"}, {"agent", "{\"mbox\":\"mailto:a\\u0000@x.cn\"}"},
                {"registration", "\u0000"}, {"since", "\u0000"}, {"verb\u0000", "x"}}) {
            a.get(query[0], query[1]).andExpect(status().isBadRequest()).andExpect(jsonPath("$.error").isString());
        }
        for (var request : List.of(
                MockMvcRequestBuilders.get("/xapi/activities/state").param("stateId", "bookmark\u0000"),
                MockMvcRequestBuilders.put("/xapi/activities/state").param("stateId", "bookmark\u0000")
                        .contentType("application/json").content("{}"),
                MockMvcRequestBuilders.delete("/xapi/activities/state").param("stateId", "\u0000"),
                MockMvcRequestBuilders.put("/xapi/activities/state").param("stateId", "long-type")
                        .contentType("application/" + "x".repeat(300)).content("{}"))) {
            mvc.perform(a.as(request).param("activityId", "https://educloud.example/activities/" + UUID.randomUUID())
                            .param("agent", "{\"mbox\":\"mailto:doc@x.cn\"}"))
                    .andExpect(status().isBadRequest()).andExpect(jsonPath("$.error").isString());
        }
        mvc.perform(a.as(MockMvcRequestBuilders.get("/xapi/activities")).param("activityId", "https://e.c/\u0000"))
                .andExpect(status().isBadRequest());
    }

    private long storedOf(String mbox) {
        return jdbc.sql("SELECT count(*) FROM records.statement WHERE actor_key = ?").param("mbox:" + mbox)
                .query(Long.class).single();
    }
}

package org.educloud.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.educloud.records.xapi.XapiVersion;
import org.educloud.support.EduCloudTest;
import org.educloud.support.TenantFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@EduCloudTest
class XapiDocumentsTest {

    private static final String AGENT = "{\"mbox\":\"mailto:zhang@example.cn\"}";
    private static final String ACTIVITY = "https://educloud.example/courses/fractions";

    @Autowired
    MockMvc mvc;

    @Autowired
    TenantFixture fixture;

    @Test
    void stateIsStoredAsSentAndOverwrittenOnlyWithItsETag() throws Exception {
        String stateId = "bookmark-" + UUID.randomUUID();
        mvc.perform(state(put("/xapi/activities/state"), stateId).contentType(MediaType.TEXT_PLAIN).content("page 7"))
                .andExpect(status().isNoContent());
        String etag = mvc.perform(state(get("/xapi/activities/state"), stateId))
                .andExpect(status().isOk())
                .andExpect(content().string("page 7"))
                .andExpect(header().exists("Last-Modified"))
                .andReturn().getResponse().getHeader("ETag");
        assertThat(etag).matches("\"[0-9a-f]{40}\"");
        mvc.perform(state(put("/xapi/activities/state"), stateId).contentType(MediaType.TEXT_PLAIN).content("page 8"))
                .andExpect(status().isConflict());
        mvc.perform(state(put("/xapi/activities/state"), stateId).contentType(MediaType.TEXT_PLAIN).content("page 8")
                        .header("If-Match", "\"0000000000000000000000000000000000000000\""))
                .andExpect(status().isPreconditionFailed());
        mvc.perform(state(put("/xapi/activities/state"), stateId).contentType(MediaType.TEXT_PLAIN).content("page 8")
                        .header("If-Match", etag))
                .andExpect(status().isNoContent());
        mvc.perform(state(put("/xapi/activities/state"), stateId).contentType(MediaType.TEXT_PLAIN).content("page 9")
                        .header("If-None-Match", "*"))
                .andExpect(status().isPreconditionFailed());
        mvc.perform(state(get("/xapi/activities/state"), stateId)).andExpect(content().string("page 8"));
    }

    @Test
    void postMergesJsonObjectsKeyByKeyAndRefusesAnythingElse() throws Exception {
        String stateId = "progress-" + UUID.randomUUID();
        mvc.perform(state(post("/xapi/activities/state"), stateId).contentType(MediaType.APPLICATION_JSON)
                .content("{\"car\":\"MKX\",\"lesson\":3}")).andExpect(status().isNoContent());
        mvc.perform(state(post("/xapi/activities/state"), stateId).contentType(MediaType.APPLICATION_JSON)
                .content("{\"car\":\"MKZ\"}")).andExpect(status().isNoContent());
        mvc.perform(state(get("/xapi/activities/state"), stateId))
                .andExpect(jsonPath("$.car").value("MKZ"))
                .andExpect(jsonPath("$.lesson").value(3));
        mvc.perform(state(post("/xapi/activities/state"), stateId).contentType(MediaType.TEXT_PLAIN).content("x"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void listingDeletingAndBadParametersFollowTheSpec() throws Exception {
        String registration = UUID.randomUUID().toString();
        for (String id : new String[] {"a", "b"}) {
            mvc.perform(as(put("/xapi/activities/state")).param("activityId", ACTIVITY).param("agent", AGENT)
                    .param("registration", registration).param("stateId", id).contentType(MediaType.TEXT_PLAIN)
                    .content(id)).andExpect(status().isNoContent());
        }
        mvc.perform(as(get("/xapi/activities/state")).param("activityId", ACTIVITY).param("agent", AGENT)
                        .param("registration", registration))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(2));
        mvc.perform(as(delete("/xapi/activities/state")).param("activityId", ACTIVITY).param("agent", AGENT)
                .param("registration", registration)).andExpect(status().isNoContent());
        mvc.perform(as(get("/xapi/activities/state")).param("activityId", ACTIVITY).param("agent", AGENT)
                        .param("registration", registration))
                .andExpect(jsonPath("$.length()").value(0));
        mvc.perform(as(get("/xapi/activities/state")).param("activityId", ACTIVITY).param("agent", "true"))
                .andExpect(status().isBadRequest());
        mvc.perform(as(get("/xapi/activities/state")).param("activityId", ACTIVITY).param("agent", AGENT)
                .param("registration", "true")).andExpect(status().isBadRequest());
        mvc.perform(as(get("/xapi/activities/profile"))).andExpect(status().isBadRequest());
    }

    @Test
    void profilesBelongToTheWritingClientsOrg() throws Exception {
        String profileId = "prefs-" + UUID.randomUUID();
        mvc.perform(as(put("/xapi/agents/profile")).param("agent", AGENT).param("profileId", profileId)
                .header("If-None-Match", "*").contentType(MediaType.APPLICATION_JSON).content("{\"lang\":\"zh-CN\"}"))
                .andExpect(status().isNoContent());
        mvc.perform(as(get("/xapi/agents/profile")).param("agent", AGENT).param("profileId", profileId))
                .andExpect(status().isOk());
        mvc.perform(get("/xapi/agents/profile").param("agent", AGENT).param("profileId", profileId)
                        .header(XapiVersion.HEADER, "2.0.0")
                        .with(httpBasic(fixture.b().clientId(), fixture.b().clientSecret())))
                .andExpect(status().isNotFound());
    }

    private MockHttpServletRequestBuilder state(MockHttpServletRequestBuilder request, String stateId) {
        return as(request).param("activityId", ACTIVITY).param("agent", AGENT).param("stateId", stateId);
    }

    private MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request) {
        return request.header(XapiVersion.HEADER, "2.0.0")
                .with(httpBasic(fixture.a().clientId(), fixture.a().clientSecret()));
    }
}

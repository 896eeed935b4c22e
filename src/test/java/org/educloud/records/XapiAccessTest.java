package org.educloud.records;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.educloud.support.EduCloudTest;
import org.educloud.support.TenantFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@EduCloudTest
class XapiAccessTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TenantFixture fixture;

    @Test
    void aboutNamesTheVersionsToAnyoneAndEveryAnswerCarriesTheVersionHeader() throws Exception {
        mvc.perform(get("/xapi/about"))
                .andExpect(status().isOk())
                .andExpect(header().string(XapiVersion.HEADER, "2.0.0"))
                .andExpect(jsonPath("$.version[0]").value("2.0.0"))
                .andExpect(jsonPath("$.version[1]").value("1.0.3"));
        mvc.perform(get("/xapi/about").header(XapiVersion.HEADER, "1.0.3"))
                .andExpect(header().string(XapiVersion.HEADER, "1.0.3"));
    }

    @Test
    void theRestOfTheStoreWantsAClientsBasicCredentials() throws Exception {
        mvc.perform(get("/xapi/statements").header(XapiVersion.HEADER, "2.0.0"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", org.hamcrest.Matchers.startsWith("Basic")))
                .andExpect(header().string(XapiVersion.HEADER, "2.0.0"));
        mvc.perform(get("/xapi/statements").header(XapiVersion.HEADER, "2.0.0")
                        .with(httpBasic(fixture.a().clientId(), "not the secret")))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void aRequestWithoutASupportedVersionIsRefused() throws Exception {
        mvc.perform(get("/xapi/statements").with(httpBasic(fixture.a().clientId(), fixture.a().clientSecret())))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/xapi/statements").header(XapiVersion.HEADER, "0.95")
                        .with(httpBasic(fixture.a().clientId(), fixture.a().clientSecret())))
                .andExpect(status().isBadRequest());
    }
}

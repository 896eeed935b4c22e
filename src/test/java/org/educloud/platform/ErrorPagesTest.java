package org.educloud.platform;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.educloud.shared.Role;
import org.educloud.support.EduCloudTest;
import org.educloud.support.TenantFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@EduCloudTest
class ErrorPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TenantFixture fixture;

    @Test
    void anIdOfAnotherDistrictGetsATranslatedNotFoundPage() throws Exception {
        var teacher = fixture.as(fixture.a().person(Role.TEACHER));
        mvc.perform(get("/orgs/{id}", fixture.b().school().id().value()).with(authentication(teacher)))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("不在您的管理范围内")));
        mvc.perform(get("/orgs/{id}", fixture.b().school().id().value()).with(authentication(teacher))
                        .cookie(new Cookie("educloud-lang", "en")))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("outside what you manage")));
    }

    @Test
    void aNonNumericIdIsNotFoundRatherThanAServerError() throws Exception {
        mvc.perform(get("/orgs/abc").with(authentication(fixture.as(fixture.a().person(Role.TEACHER)))))
                .andExpect(status().isNotFound());
    }

    @Test
    void aFormPostWithoutCsrfTokenExplainsThatNothingWasSaved() throws Exception {
        mvc.perform(post("/orgs/{id}/close", fixture.a().school().id().value())
                        .with(authentication(fixture.as(fixture.a().person(Role.DISTRICT_ADMIN)))))
                .andExpect(status().isForbidden());
    }

    @Test
    void pagesCarrySecurityHeaders() throws Exception {
        mvc.perform(get("/"))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
                .andExpect(content().string(not(containsString("Exception"))));
    }

    @Test
    void theApiAnswersUnknownIdsWithAProblemNotAStackTrace() throws Exception {
        mvc.perform(get("/api/v1/orgs/{id}", 987654321L)
                        .with(authentication(fixture.asTokenHolder(fixture.a().person(Role.TEACHER)))))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("https://educloud.org/problems/not-found")));
    }
}

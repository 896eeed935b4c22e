package org.educloud.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.educloud.shared.Role;
import org.educloud.support.EduCloudTest;
import org.educloud.support.TenantFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Stylesheets, scripts and web jars are served to anyone from their prefixes, and nothing else of the classpath is. */
@EduCloudTest
class StaticFilesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TenantFixture fixture;

    @Test
    void theFilesPagesLinkAreServedWithoutLogin() throws Exception {
        for (String file : new String[] {"/css/app.css", "/js/app.js", "/js/equity-charts.js",
                "/webjars/htmx.org/2.0.4/dist/htmx.min.js", "/webjars/echarts/5.3.1/dist/echarts.common.min.js"}) {
            mvc.perform(get(file)).andExpect(status().isOk());
        }
    }

    @Test
    void otherClasspathFilesAreNotServed() throws Exception {
        // as a logged-in person, so the answer is the resource handling's and not a redirect to the login page
        var teacher = authentication(fixture.as(fixture.a().person(Role.TEACHER)));
        for (String file : new String[] {"/application.yml", "/css/../application.yml",
                "/templates/platform/layout.html", "/messages/platform.properties", "/static/css/app.css"}) {
            mvc.perform(get(file).with(teacher)).andExpect(result -> assertThat(result.getResponse().getStatus())
                    .as(file).isNotEqualTo(200));
        }
    }
}

package org.educloud.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.educloud.support.EduCloudTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Stylesheets, scripts and web jars are served to anyone from their prefixes, and nothing else of the classpath is. */
@EduCloudTest
class StaticFilesTest {

    @Autowired
    MockMvc mvc;

    @Test
    void theFilesPagesLinkAreServedWithoutLogin() throws Exception {
        for (String file : new String[] {"/css/app.css", "/js/app.js", "/js/equity-charts.js",
                "/webjars/htmx.org/2.0.4/dist/htmx.min.js", "/webjars/echarts/5.3.1/dist/echarts.common.min.js"}) {
            mvc.perform(get(file)).andExpect(status().isOk());
        }
    }

    @Test
    void otherClasspathFilesAreNotServed() throws Exception {
        for (String file : new String[] {"/application.yml", "/css/../application.yml",
                "/templates/platform/layout.html", "/messages/platform.properties"}) {
            // anonymous visitors are sent to the login page; what matters is that no file content comes back
            mvc.perform(get(file)).andExpect(result -> assertThat(result.getResponse().getStatus())
                    .as(file).isNotEqualTo(200));
        }
    }
}

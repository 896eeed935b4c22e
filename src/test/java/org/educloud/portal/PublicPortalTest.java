package org.educloud.portal;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.educloud.support.EduCloudTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The public portal says only what this installation does (issue 26 item 14), in both languages. */
@EduCloudTest
class PublicPortalTest {

    @Autowired
    MockMvc mvc;

    @Test
    void theHomePageClaimsNoNetworkMonitoringAndNoQuizzes() throws Exception {
        mvc.perform(get("/")).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("断网"))))
                .andExpect(content().string(not(containsString("设备状况"))))
                .andExpect(content().string(not(containsString("测验"))))
                .andExpect(content().string(not(containsString("校校通"))))
                .andExpect(content().string(containsString("办学条件")))
                .andExpect(content().string(containsString("/open/curriculum")));
        mvc.perform(get("/").cookie(new Cookie("educloud-lang", "en"))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("outage"))))
                .andExpect(content().string(not(containsString("quiz"))))
                .andExpect(content().string(containsString("School conditions")))
                .andExpect(content().string(not(containsString("Broadband"))));
    }

    @Test
    void theHomePageCountsTheResourcesOpenToThePublic() throws Exception {
        mvc.perform(get("/")).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"open-resources\">")))
                .andExpect(content().string(not(containsString("id=\"open-resources\">0<"))));
    }
}

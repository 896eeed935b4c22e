package org.educloud.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import org.educloud.support.EduCloudTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Every list pages the same way, and turning a page keeps the filters the reader set. */
@EduCloudTest
class PagerTest {

    @Autowired
    MockMvc mvc;

    @Test
    void turningAPageKeepsTheReadersFiltersIncludingChineseText() throws Exception {
        Cookie session = mvc.perform(formLogin("/login").user("city.admin").password("EduCloud2026")).andReturn()
                .getResponse().getCookie("SESSION");
        String first = mvc.perform(get("/roster/students").param("gender", "FEMALE").cookie(session)).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(first).contains("href=\"/roster/students?gender=FEMALE&amp;page=1\"")
                .doesNotContain("page=-1");

        String second = mvc.perform(get("/roster/students").param("gender", "FEMALE").param("page", "1")
                .cookie(session)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(second).contains("href=\"/roster/students?gender=FEMALE&amp;page=0\"",
                "href=\"/roster/students?gender=FEMALE&amp;page=2\"");

        String audit = mvc.perform(get("/admin/audit").param("actor", "city.admin").param("action", "登录")
                .cookie(session)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        // one page or several: any pager link carries the filter, percent-encoded
        if (audit.contains("class=\"pager\"")) {
            assertThat(audit).contains("action=%E7%99%BB%E5%BD%95");
        }
    }
}
